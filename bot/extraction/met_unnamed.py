"""Someone brought in just before a quote by a noun alone ("Lind met a farmer on the road.", "…,
but a colleague disagreed.", "The taxi driver who brought me here had his own view.") whom the
quote's tag calls by it ("the farmer said"), or one the article says goes unnamed ("The
senator, who asked not to be named,"): no one named."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ROLE_NOUNS
from bot.extraction.lexicons import is_person_noun

_REACH = 320  # characters before the quote looked at: the same paragraph, or the one before
_THE_NOUN = re.compile(r"the (?:[a-z\-]+ )?([a-z\-]+)")
# What makes "a farmer" describe someone named: "Tom Hale, a farmer", "is a farmer", "as a farmer".
_DESCRIBES = re.compile(
    r"(?:,|\b(?:is|was|as|became|become|been|be|remains|remained))(?:\s+(?:also|still|now|once))?\s*$"
)
# A name given in the rest of its sentence, not a place or body after "the" or a preposition
# ("a hiker stopped outside the Skylume centre").
_CAPITAL = re.compile(
    r"[^.!?“”]*?(?<!\bthe )(?<!\bat )(?<!\bin )(?<!\bon )(?<!\bof )(?<!\bto )(?<!\bnear )"
    r"(?<!\bfrom )(?<!\boutside )\b[A-Z]"
)
_FULL_NAME = re.compile(r"[A-Z][\w’'\-]+ [A-Z][\w’'\-]+")
_BROUGHT_IN: dict[str, re.Pattern[str]] = {}  # per noun


def met_unnamed(text: str, role: str, at: int) -> bool:
    """Whether the role ("the farmer") was last brought in within reach before `at` with "a" or
    "an" and no name beside it, and no one was named in full since."""
    found = _THE_NOUN.fullmatch(role.lower())
    noun = found.group(1) if found else ""
    start = max(0, at - _REACH)
    if not noun or noun not in text[start:at] or not (noun in ROLE_NOUNS or is_person_noun(noun)):
        return False  # the cheap tests first
    pattern = _BROUGHT_IN.get(noun)
    if pattern is None:
        pattern = _BROUGHT_IN[noun] = re.compile(
            rf"\b(?:[Aa]n?|[Aa]nother|(The))\s+(?:[a-z\-]+\s+){{0,2}}{re.escape(noun)}\b"
            r"(?(1)\s+(?:who|that)\s(?![^.!?“”]*?\b(?:named|called)\b)"
            r"|(?!,?\s+(?:[A-Z]|named\b|called\b)))"
        )
    found_all = list(pattern.finditer(text, start, at))
    last = found_all[-1] if found_all else None
    if last is None or _DESCRIBES.search(text, max(0, last.start() - 18), last.start()):
        return False
    if not last.group(1) and _CAPITAL.match(text, last.end(), at):
        return False  # "a trader, who gave his name only as Chidi,", "a nurse, Ana,"
    return _FULL_NAME.search(text, last.end(), at) is None


_ANONYMOUS = ("anonym", "not to be named", "not be named", "not to be identified")


def kept_anonymous(text: str, noun: str) -> bool:
    """Whether the text says that the one it calls by the noun goes unnamed ("The senator, who
    asked not to be named, …", "…,” the nurse said, speaking on condition of anonymity.")."""
    if not noun.isalpha() or noun not in text or not any(cue in text for cue in _ANONYMOUS):
        return False  # the cheap tests first
    said = r"(?:,?\s+who\b|\s+(?:said|says|explained|added|told)\b)"
    kept = r"[^.;“”\"]{0,60}?(?:anonym|not (?:to )?be (?:named|identified))"
    pattern = rf"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[\w\-]+\s+){{0,2}}{noun}{said}{kept}"
    return re.search(pattern, text) is not None
