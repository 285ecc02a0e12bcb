"""A name set in quote marks as the subject of the quote's sentence: "“The Morning Table”
themselves responded, posting a clip captioned, “…”" and "The podcast “Late Shift” replied"
are the show's words."""

from __future__ import annotations

import re

from bot.extraction.spans import Span

# The subject as the lead shows it, the quoted name masked: "“T·······” themselves".
_QUOTED_SUBJECT = re.compile(
    r"(?:[Tt]he\s+[a-z]+\s+)?[“\"][^\s“”\"]+[”\"](?:\s+(?:themselves|itself|himself|herself))?"
)
_SMALL = frozenset("the of and a an in on for to at".split())
_MAX_WORDS = 5


def quoted_subject(phrase: str, named: Span | None) -> str | None:
    """The name in the quote `named` when the speaker phrase is that quoted name, else None."""
    if not phrase or ("“" not in phrase and '"' not in phrase) or named is None:
        return None
    if not _QUOTED_SUBJECT.fullmatch(phrase.strip()) or named.end_para != named.para:
        return None
    words = named.text.split()
    titled = all(word[:1].isupper() or word in _SMALL for word in words)
    fits = 0 < len(words) <= _MAX_WORDS and words[0][:1].isupper()
    return named.text if titled and fits else None
