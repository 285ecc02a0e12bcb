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
        self._found: dict[str, list[int]] = {}
        self._found_whole: dict[str, list[int]] = {}

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

    def find(self, word: str, whole: bool = False) -> list[int]:
        """Positions where `word` is written, not right after a letter, in text order (at most
        `MAX_PLACES`); with `whole`, only where no letter or digit follows it. Cached."""
        cache = self._found_whole if whole else self._found
        found = cache.get(word)
        if found is None:
            found = cache[word] = self._whole(word) if whole else self._search(word)
        return found

    def _whole(self, word: str) -> list[int]:
        """The places of `word` where no letter or digit follows it."""
        text, size, end = self.text, len(word), len(self.text)
        return [at for at in self.find(word) if at + size >= end or not text[at + size].isalnum()]

    def _search(self, word: str) -> list[int]:
        text = self.text
        if len(text) > SCAN_LIMIT:
            head = self._head(word)  # a long text: only its capitalised words are looked up
            places = self._build().get(head, [])[:MAX_PLACES] if head else []
            places = [at for at in places if text.startswith(word, at)]
        else:
            places = []
            at = text.find(word)
            while at >= 0 and len(places) < MAX_PLACES:
                if not (at and text[at - 1].isalpha()):
                    places.append(at)
                at = text.find(word, at + 1)
        return places

    def find_prefix(self, prefix: str) -> Iterator[int]:
        """Positions of capitalised words that begin with `prefix` and run on ("Beyoncé")."""
        if len(self.text) <= SCAN_LIMIT:
            for at in self.find(prefix):
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
