"""The full names a bare name may stand for in one article, and the one chosen at a place."""

from __future__ import annotations

from bisect import bisect_left

from bot.extraction.persons import same_surname_choice


class NameChoices:
    """The full names a bare name may stand for, and the one chosen at a place: the choice
    changes only where one of them is written, so it is made once per stretch between two."""

    __slots__ = ("_chosen", "_everyone", "_places", "candidates")

    def __init__(self, candidates: list[tuple[int, str]], everyone: list[tuple[int, str]]) -> None:
        self.candidates = candidates
        self._everyone = sorted(everyone)  # with those called by first name alone
        self._places = [pos for pos, _ in self._everyone]
        self._chosen: dict[int, str] = {}

    @property
    def everyone(self) -> list[tuple[int, str]]:
        """(position, full name) of every full mention, in text order."""
        return self._everyone

    def at(self, at: int) -> str:
        """The one chosen at `at`, from those written before it: the only one named so far,
        when the rest are named later ("Raghunath said" before "her mother, Lakshmi …")."""
        count = bisect_left(self._places, at)  # how many are written before `at`
        chosen = self._chosen.get(count)
        if chosen is None:
            named = {full for _, full in self._everyone[:count]} if at >= 0 else set()
            only = named.pop() if len(named) == 1 else None
            chosen = only or same_surname_choice(self.candidates, at)
            self._chosen[count] = chosen
        return chosen
