"""Where each capitalised word of an article is written: found in one pass, then looked up."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from bot.extraction.lexicon import UPPER

# At most this many capitalised words are indexed per article (a long news article has a few
# thousand); names written after that are not looked up, which bounds the work on any input.
MAX_WORDS = 60_000
# At most this many places are visited per looked-up word (a surname appears a few dozen times).
MAX_PLACES = 400
# Texts up to this long are searched directly, which is quicker than indexing them first.
SCAN_LIMIT = 100_000
_CAPITALISED = re.compile(rf"(?<![^\W\d_])[{UPPER}][^\W\d_]*")


class CapitalIndex:
    """Positions of the capitalised words of a text, by word (letters only: "O" for "O'Neill")."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._places: dict[str, list[int]] | None = None
        self._sorted: list[str] | None = None

    def _build(self) -> dict[str, list[int]]:
        if self._places is None:
            places: dict[str, list[int]] = {}
            for count, match in enumerate(_CAPITALISED.finditer(self.text)):
                if count >= MAX_WORDS:
                    break
                places.setdefault(match.group(), []).append(match.start())
            self._places = places
        return self._places

    def _head(self, word: str) -> str:
        match = _CAPITALISED.match(word)
        return match.group() if match else ""

    def find(self, word: str, whole: bool = False) -> Iterator[int]:
        """Positions where `word` is written starting at a capitalised word, in text order
        (at most `MAX_PLACES`); with `whole`, only where no letter or digit follows it."""
        head = self._head(word)
        if not head and len(self.text) > SCAN_LIMIT:
            return  # only capitalised words are indexed
        text, size = self.text, len(word)
        for at in self._places_of(word, head):
            if text.startswith(word, at):
                if whole and at + size < len(text) and text[at + size].isalnum():
                    continue
                yield at

    def _places_of(self, word: str, head: str) -> Iterator[int]:
        """Candidate positions of `word` (whose leading letters are `head`), in text order."""
        text = self.text
        if len(text) > SCAN_LIMIT:
            yield from self._build().get(head, ())[:MAX_PLACES]
            return
        at, found = text.find(word), 0
        while at >= 0 and found < MAX_PLACES:
            if not (at and text[at - 1].isalpha()):
                found += 1
                yield at
            at = text.find(word, at + 1)

    def find_prefix(self, prefix: str) -> Iterator[int]:
        """Positions of capitalised words that begin with `prefix` and run on ("Beyoncé")."""
        if len(self.text) <= SCAN_LIMIT:
            for at in self._places_of(prefix, prefix):
                following = self.text[at + len(prefix) : at + len(prefix) + 1]
                if following.isalpha():
                    yield at
            return
        places = self._build()
        if self._sorted is None:
            self._sorted = sorted(places)
        keys = self._sorted
        index = bisect_left(keys, prefix)
        visited = 0
        while index < len(keys) and keys[index].startswith(prefix) and visited < MAX_PLACES:
            if keys[index] != prefix:
                for at in places[keys[index]][:MAX_PLACES]:
                    visited += 1
                    yield at
            index += 1
