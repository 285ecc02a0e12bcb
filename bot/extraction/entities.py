"""The organisations of one article as entities: full names in text order, and their aliases."""

from __future__ import annotations

from bisect import bisect_left

from bot.extraction.lexicons import is_place
from bot.extraction.orgs import org_spans, short_forms

MAX_ORGS = 2_000  # organisation mentions read per article


class Organisations:
    """Organisation mentions of a text, found once: the full name each alias stands for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._mentions: list[tuple[int, str]] | None = None
        self._aliases: dict[str, str] = {}

    def mentions(self) -> list[tuple[int, str]]:
        """(position, full name) of every organisation mention, in text order."""
        if self._mentions is None:
            found = [(start, name) for start, _, name in org_spans(self.text)][:MAX_ORGS]
            for _, name in found:
                self._aliases.setdefault(name, name)
                for form in short_forms(name):
                    if not is_place(form):
                        self._aliases.setdefault(form, name)
            self._mentions = found
        return self._mentions

    def full(self, name: str) -> str | None:
        """The full name of the organisation `name` is (or abbreviates), else None."""
        self.mentions()
        return self._aliases.get(name)

    def last_before(self, at: int) -> str | None:
        """The organisation named last before position `at`."""
        mentions = self.mentions()
        index = bisect_left(mentions, (at, ""))
        return mentions[index - 1][1] if index else None
