"""A study's authors "led by" someone, opening the sentence that quotes their paper."""

from __future__ import annotations

import re

from bot.extraction.accusers import accuser
from bot.extraction.naming_absolutes import naming_subject
from bot.extraction.phrases import lead_phrase

# "The authors, led by Osei-Bonsu, write in the paper that", "The study's co-authors, led by
# Dr. Ana Ruiz, note that": a plural present verb the speech verbs lack ("write", "note").
_AUTHORS_LED = re.compile(
    r"(?:^|[.!?]\s+)((?:The|the)\s+(?:[\w’'\-]+\s+){0,2}(?:authors|co-authors|researchers"
    r"|scientists|team|investigators),?\s+led\s+by\s+(?:(?:Dr|Prof|Professor)\.?\s+)?"
    r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*,)\s+(?:write|note|argue|conclude|suggest|report"
    r"|explain|caution|warn)\b"
)


# The same people with no leader named beside them: "The researchers write that", "The study's
# authors note that"; whoever led them is found as for "the researchers said".
_AUTHORS_WRITE = re.compile(
    r"(?:^|[.!?]\s+)(?:In (?:the|their|a|its) (?:[a-z\-]+ )?[a-z]+, )?"  # "In the paper, the"
    r"((?:The|the)\s+(?:(?:study|paper|trial|survey)[’']s\s+)?(?:authors|co-authors"
    r"|researchers|scientists|investigators))\s+(?:also\s+)?(?:write|note|argue|conclude|caution"
    r"|warn)\s+that\b[^.!?“”]*$"
)


def authors_led(lead: str) -> str | None:
    """The phrase "The authors, led by X," (or "The authors" alone) when it is the subject of a
    plural present verb in the lead, else None."""
    if " led by " not in lead:
        plain = _AUTHORS_WRITE.search(lead[-300:]) if " that " in lead else None
        return plain.group(1) if plain else None
    found = list(_AUTHORS_LED.finditer(lead))
    return found[-1].group(1) if found else None


def lead_or_authors(lead: str) -> str | None:
    """The speaker phrase of a lead ("with X calling it" nearest), its study's authors "led by"
    someone, or the accuser of the clause it ends ("when the mayor accused them of")."""
    return naming_subject(lead) or lead_phrase(lead) or authors_led(lead) or accuser(lead)


# A study's people after a quote with a verb of writing: "“…,” the authors write in the paper."
_AUTHORS_TAIL = re.compile(
    r"[\s,]*((?:the|The) (?:(?:study|paper|trial|survey)[’']s )?(?:authors|co-authors|researchers"
    r"|scientists|investigators)) (?:write|wrote|note|noted|conclude|concluded|argue|argued"
    r"|caution|cautioned|warn|warned)\b"
)


def authors_tail(tail: str) -> str | None:
    """The phrase "the authors" when a study's people write the quote in its tail, else None."""
    found = _AUTHORS_TAIL.match(tail) if "the" in tail[:8].lower() else None
    return found.group(1) if found else None
