"""A bare surname two people named in full share ("Tom Dahl" and his brother "Lars Dahl"):
the one a role beside it names ("Dahl, the chief executive,"), the one named in full in the
sentence just before, else whom its last bare use meant while the other is not named in full
a paragraph back or nearer; else as the choices go."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from bot.extraction.index import CapitalIndex
from bot.extraction.name_choices import NameChoices

_SENTENCE_END = re.compile(r"[.!?][”’\"]?\s")
_QUOTE_MARK = re.compile(r"[“”\"]")
_TITLE_ROOM = 14  # characters a title takes before a surname ("Councillor Okafor")
# A role set beside a bare surname: "Lowry, the chief executive," or "Lowry, its founder,".
_ROLE_AFTER = re.compile(
    r",\s+(?:the|its|their|his|her)\s+((?:[a-z][a-z\-]+\s+){0,3}[a-z][a-z\-]+),"
)


class SharedSurnames:
    """Chooses among people named in full who share a surname, from its bare uses."""

    def __init__(self, text: str, index: CapitalIndex, in_quote: Callable[[int], bool]) -> None:
        self.text = text
        self.index = index
        self.in_quote = in_quote
        self._places: dict[str, list[int]] = {}
        self._meant: dict[tuple[str, int], str | None] = {}

    def choose(self, choices: NameChoices, name: str, at: int) -> str:
        """The full name `name` stands for at `at` among `choices`."""
        fulls = {full for _, full in choices.candidates}
        surname = name.rpartition(" ")[2]
        if at < 0 or len(fulls) < 2 or not all(f.endswith(" " + surname) for f in fulls):
            return choices.at(at)
        places = self._bare_places(surname, choices)
        count = bisect_right(places, at + _TITLE_ROOM)
        if count and not _SENTENCE_END.search(
            self.text, places[count - 1], max(at, places[count - 1])
        ):
            return self._referent(surname, count - 1, places, choices) or choices.at(at)
        count = bisect_left(places, at)
        found = self._referent(surname, count - 1, places, choices) if count else None
        return self._kept(found, at, choices) or choices.at(at)

    def _bare_places(self, surname: str, choices: NameChoices) -> list[int]:
        """Where the surname is written outside quotes and outside any full mention."""
        places = self._places.get(surname)
        if places is None:
            spans = [(pos, pos + len(full)) for pos, full in choices.everyone]
            places = self._places[surname] = [
                at
                for at in self.index.find(surname, whole=True)
                if not self.in_quote(at) and not any(a <= at < b for a, b in spans)
            ]
        return places

    def _referent(
        self, surname: str, number: int, places: list[int], choices: NameChoices
    ) -> str | None:
        """Whom the bare use `number` of `places` means, None when nothing tells."""
        key = (surname, places[number])
        if key not in self._meant:
            self._meant[key] = None  # guards against cycles
            at = places[number]
            named = {full for pos, full in choices.everyone if pos < at}
            if len(named) < 2:
                found: str | None = choices.at(at)
            else:
                found = self._by_role(at, surname, choices) or self._just_named(at, choices)
                if found is None and number:
                    earlier = self._referent(surname, number - 1, places, choices)
                    found = self._kept(earlier, at, choices)
            self._meant[key] = found
        return self._meant[key]

    def _by_role(self, at: int, surname: str, choices: NameChoices) -> str | None:
        """The one whose full mention carries the role set beside the surname at `at`."""
        role = _ROLE_AFTER.match(self.text, at + len(surname))
        if role is None:
            return None
        words = re.escape(role.group(1))
        before = re.compile(rf"\b{words},?\s+(?:[A-Z][a-z]+\.?\s+)?$")
        after = re.compile(rf",\s+(?:the\s+|its\s+|their\s+)?{words}\b")
        fits = {
            full
            for pos, full in choices.candidates
            if before.search(self.text, max(0, pos - 60), pos)
            or after.match(self.text, pos + len(full))
        }
        return fits.pop() if len(fits) == 1 else None

    def _just_named(self, at: int, choices: NameChoices) -> str | None:
        """The one named in full last, in the sentence of `at` or the one right before it."""
        before = [(pos, full) for pos, full in choices.candidates if pos < at]
        if not before:
            return None
        pos, full = before[-1]
        between = self.text[pos + len(full) : at]
        if len(_SENTENCE_END.findall(between)) > 1 or _QUOTE_MARK.search(between):
            return None
        return full

    def _kept(self, meant: str | None, at: int, choices: NameChoices) -> str | None:
        """`meant`, unless another of the surname is named in full in the paragraph of `at` or
        the one before it ("Amy Brown pulled a cart …" just before "said Brown")."""
        if meant is None:
            return None
        others = [pos for pos, full in choices.candidates if pos < at and full != meant]
        if not others:
            return meant
        breaks = self.text.count("\n", others[-1], at)
        return meant if breaks > 1 else None
