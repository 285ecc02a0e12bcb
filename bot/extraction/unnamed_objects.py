"""Someone unnamed brought in by a gendered noun in the sentence right before a quote ("State
television showed footage of X embracing an elderly woman. “…,” she told him."): the "she"
after the quote is that woman's, no one the article names, when no one named in that sentence
could be a "she"."""

from __future__ import annotations

import re

from bot.extraction.context import ContextReader
from bot.extraction.written_it import last_sentence_start

_UNNAMED_OF = {
    "she": re.compile(
        r"\b(?:an?|one)\s+(?:[a-z\-]+\s+){0,2}(?:woman|girl|grandmother|mother|widow|lady)\b"
    ),
    "he": re.compile(
        r"\b(?:an?|one)\s+(?:[a-z\-]+\s+){0,2}(?:man|boy|grandfather|father|widower)\b"
    ),
}
_OTHER = {"she": "m", "he": "f"}


class UnnamedObjects(ContextReader):
    """Tells a pronoun after a quote that means someone unnamed just brought in."""

    def unnamed_object(self, index: int, pronoun: str) -> bool:
        """Whether the sentence right before the quote brings in someone unnamed of the
        pronoun's gender ("an elderly woman") and names no one else who could be meant."""
        pattern = _UNNAMED_OF.get(pronoun)
        span = self.spans[index]
        if pattern is None or span.start < 2:
            return False
        before = self.paragraphs[span.para][: span.start].rstrip(" “\"")
        if pattern.search(before) is None:  # none in the paragraph, none in its last sentence
            return False
        start = last_sentence_start(before)
        if pattern.search(before, start) is None:
            return False
        offset = self.text.offsets[span.para]
        return all(
            self.people.gender(self.people.full_name(m.name, m.start)) == _OTHER[pronoun]
            for m in self.people.iter_before(offset + span.start, 4, offset + start)
        )
