"""A profile written as fields ("Season in review: Ann Lee, No. 7", "Best race: …") whose quote
field is a bare label ("Quotable: “…”"): the quote is the profiled person's, the name that
heads the nearest earlier field whose label ends in no role ("Crew chief: Tom Ode" is another)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.lexicon import ROLE_NOUNS, UPPER
from bot.extraction.runs import is_org

_LABEL = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}:")  # "Quotable:", "Quote of the year:"
_FIELD = re.compile(r"([A-Z][\w’'\-]*(?: [\w’'\-]+){0,3}): (\S)")  # "Best race: …"
_HEAD = re.compile(rf"[{UPPER}][\w’'\-]+(?: [{UPPER}][\w’'\-]+){{1,2}}(?=,|$| \()")
_FIELDS = 2  # earlier fields that make the article a profile in fields
_BACK = 12  # paragraphs read back


def profiled(paragraphs: Sequence[str], para: int, lead: str) -> str | None:
    """The profiled person a quote opening its paragraph after a bare label belongs to."""
    if not _LABEL.fullmatch(lead) or not paragraphs[para].startswith(lead):
        return None
    fields, found = 0, None
    for text in reversed(paragraphs[max(0, para - _BACK) : para]):
        field = _FIELD.match(text)
        if not field:
            continue
        fields += 1
        head = _HEAD.match(text, field.start(2))
        role = field.group(1).rpartition(" ")[2].lower() in ROLE_NOUNS  # "Crew chief: X"
        if found is None and head and not role and not is_org(head.group()):
            found = head.group()
    return found if fields >= _FIELDS else None
