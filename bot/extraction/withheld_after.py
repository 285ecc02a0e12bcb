"""A paragraph that says, in a sentence of its own, that "he" or "she" stayed unnamed ("“…,”
he said. He would not give his name."): that pronoun's quotes there have no named speaker."""

from __future__ import annotations

import re

_WITHHELD = re.compile(
    r"(?:^|[.!?”]\s+)(He|She)\s+(?:(?:asked|wished|requested|preferred)\s+not\s+to\s+be"
    r"\s+(?:named|identified)|(?:would\s+not|did\s+not|didn['’]t|declined\s+to|refused\s+to)"
    r"(?:\s+want\s+to)?\s+(?:give|share)\s+(?:his|her)\s+(?:full\s+)?name|declined\s+to\s+be\s+(?:named"
    r"|identified)|(?:spoke|was\s+speaking)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)\b"
)


def withheld_in(paragraph: str, pronoun: str) -> bool:
    """Whether a sentence of the paragraph opens with `pronoun` ("he"/"she") and says that
    person would not be named."""
    if "name" not in paragraph and "identif" not in paragraph and "anonym" not in paragraph:
        return False
    return any(m.group(1).lower() == pronoun for m in _WITHHELD.finditer(paragraph))
