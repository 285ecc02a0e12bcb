"""A written thing brought in just before a quote that "it read" ends: the words of no one,
or of whoever the sentence says wrote, sent or put it up."""

from __future__ import annotations

import re

# "“…,” it read.", "“…,” it reads", "“…,” it says."
_IT_READ = re.compile(r"[\s,]*it\s+(?:read|reads|said|says)\b")
# A thing that carries words without a speaker: "hung a banner", "a hand-written note",
# "The placard she carried", "chalked a message on the pavement", "held a bedsheet painted".
_THING = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w\-]+\s+){0,2}?(?:sign|placard|banner|poster|plaque"
    r"|billboard|card|note|message|inscription|sticker|graffiti|bedsheet|sheet|flag|whiteboard"
    r"|blackboard|chalkboard|cardboard|mural|[Tt]-shirt)\b"
)
# A post brought in as its sentence's subject, maybe after an opening phrase: "On the forum, a
# pinned post from the community team tried to reassure them." (not "In a post, she wrote").
_POST_SUBJECT = re.compile(
    r"(?:[^,]*,\s+)?(?:[Aa]n?|[Oo]ne)\s+(?:[\w\-]+\s+){0,2}?(?:post|comment|reply|review|tweet)\b"
)
# Someone wrote it, sent it or put it up: "Analysts at X sent clients a note", "a card from
# her son", "The Harbour Board put up a sign" (but "a banner from the gates" is no author).
_AUTHORED = re.compile(
    r"\b(?:wrote|writes|sent|sends|issued|issues|posted|posts|published|released|signed"
    r"|emailed|texted|penned|drafted|put\s+up|erected|painted|made|daubed|chalked|scrawled"
    r"|lettered|sprayed)\b"
    r"|\b(?:by|from)\s+(?:the\s+)?(?:[A-Z]|(?:his|her|their|its)\b)"
)
_NAMED_AFTER = re.compile(r"(?:by|from)\s+((?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4})")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“‘\"])")
_BACK = 300  # characters read before the quote for the sentence that brings the thing in


def last_sentence_start(text: str) -> int:
    """Where the last sentence of `text` starts (0 when it has one sentence)."""
    ends = list(_SENTENCE_END.finditer(text, 0, max(0, len(text) - 1)))
    return ends[-1].end() if ends else 0


def thing_read(tail: str, para: str, start: int) -> str | None:
    """For "it read" after a quote whose sentence before brings in a banner, sign, card or
    note: "" when no one wrote, sent or put it up ("workers hung a banner from the gates. “…,”
    it read."), the words before the verb when someone did ("Analysts at X" of "Analysts at X
    sent clients a note."); else None."""
    if _IT_READ.match(tail) is None:
        return None
    before = para[max(0, start - _BACK) : start].rstrip(" “\"")
    sentence = before[last_sentence_start(before) :]
    if _THING.search(sentence) is None and _POST_SUBJECT.match(sentence) is None:
        return None
    authored = _AUTHORED.search(sentence)
    if authored and authored.group().startswith(("by", "from")):
        named = _NAMED_AFTER.match(sentence, authored.start())  # "a pinned post from X": X
        if named:
            return named.group(1)
    return sentence[: authored.start()].strip(" ,") if authored else ""
