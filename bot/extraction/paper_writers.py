"""A paper someone wrote, then "It begins:" before a quote ("Carys Pryce wrote a letter to the
council. It ends: “…”"): the words are the writer's."""

from __future__ import annotations

import re

from bot.extraction.document_kinds import NOUNS

# "It begins:", "It reads, in part:", "It ends like this:" right before the quote.
_IT_GOES = re.compile(
    r"\bIt\s+(?:begins|began|starts|started|ends|ended|reads|read|says|said|goes|went|opens"
    r"|opened|closes|closed)(?:,\s*in\s+part,?|\s+like\s+this|\s+simply)?\s*:\s*[“\"]?$"
)
# Things bearing words that someone can make ("Ana Ruiz painted the placard herself.").
_SIGNS = "sign|placard|banner|poster|plaque|[Tt]-shirt"
# The sentence before: someone who wrote a paper, with an aside between ("Mali Pryce, for her
# part, has already written a speech.", "His daughter Carys penned a note to the firemen.").
_WROTE = re.compile(
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?:,[^,.;“”]{1,40},)?\s+(?:has\s+|had\s+)?"
    r"(?:already\s+|also\s+|since\s+|once\s+)?(?:written|wrote|penned|drafted|sent|posted|signed"
    r"|composed|typed|scrawled|painted|made|daubed|chalked|lettered)\s+(?:a|an|the|her|his|their)"
    rf"\s+(?:[a-z\-]+\s+){{0,2}}(?:{NOUNS}|speech|poem|card|song|list|{_SIGNS})\b"
    r"[^.!?“”\"]{0,120}[.!?]\s+$"
)
# The sentence before: a paper from whoever wrote it ("A framed letter from the Dunmore Town
# Council hangs by the till.", "A card signed by Ana Ruiz was pinned up.").
_FROM = re.compile(
    rf"(?:^|\s)(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z\-]+\s+){{0,2}}(?:{NOUNS}|card|poem)\s+"
    r"(?:from|by|signed\s+by)\s+(?:the\s+)?"
    r"([A-Z][\w’'\-]+(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'\-]+){0,5})"
    r"[^.!?“”\"]{0,120}[.!?]\s+$"
)
_BACK = 320  # characters read before the quote


def paper_writer(text: str, at: int) -> str | None:
    """The name of who wrote the paper whose words "It begins:" brings in before `at`."""
    start = max(0, at - _BACK)
    goes = _IT_GOES.search(text, start, at)
    if goes is None:
        return None
    wrote = _WROTE.search(text, start, goes.start()) or _FROM.search(text, start, goes.start())
    return wrote.group(1) if wrote else None
