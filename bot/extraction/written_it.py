"""A written thing brought in just before a quote that "it read" ends: the words of no one."""

from __future__ import annotations

import re

# "“…,” it read.", "“…,” it reads", "“…,” it says."
_IT_READ = re.compile(r"[\s,]*it\s+(?:read|reads|said|says)\b")
# A thing that carries words without a speaker: "hung a banner", "a hand-written note",
# "The placard she carried", "chalked a message on the pavement".
_THING = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w\-]+\s+){0,2}?(?:sign|placard|banner|poster|plaque"
    r"|billboard|card|note|message|inscription|sticker|graffiti)\b"
)
# Someone wrote it, sent it or put it up: "Analysts at X sent clients a note", "a card from
# her son", "The Harbour Board put up a sign" (but "a banner from the gates" is no author).
_AUTHORED = re.compile(
    r"\b(?:wrote|writes|sent|sends|issued|issues|posted|posts|published|released|signed"
    r"|emailed|texted|penned|drafted|put\s+up|erected)\b"
    r"|\b(?:by|from)\s+(?:the\s+)?(?:[A-Z]|(?:his|her|their|its)\b)"
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“‘\"])")
_BACK = 300  # characters read before the quote for the sentence that brings the thing in


def read_from_a_thing(tail: str, para: str, start: int) -> bool:
    """Whether "it read" after a quote means a banner, sign, card or note the sentence before
    brought in with no one who wrote it ("workers hung a banner from the gates. “…,” it read.")."""
    if _IT_READ.match(tail) is None:
        return False
    before = para[max(0, start - _BACK) : start].rstrip(" “\"")
    ends = list(_SENTENCE_END.finditer(before, 0, max(0, len(before) - 1)))
    sentence = before[ends[-1].end() :] if ends else before
    return _THING.search(sentence) is not None and _AUTHORED.search(sentence) is None
