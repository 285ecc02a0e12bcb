"""The person a paragraph opens with, for a "she said" no first-name list can settle: "Naledi
Mokoena did not respond. On Monday she shared a photo. “…,” she said." is Mokoena's, not the
last woman quoted whose first name a list knows."""

from __future__ import annotations

from collections.abc import Callable

from bot.extraction.masking import Masked
from bot.extraction.names import People
from bot.extraction.speakers import is_org


def paragraph_opener(
    masked: Masked,
    upto: int,
    offset: int,
    people: People,
    subject_of: Callable[[str], str | None],
) -> str | None:
    """The full name opening the paragraph's first sentence, when the lists give it no gender
    and no one else is named outside quotes between it and `upto` (the quote), else None."""
    first = masked.first_end_after(0)
    if first is None or first[1] >= upto:
        return None  # the quote stands in the first sentence: its own rules read it
    subject = subject_of(masked.text[: first[1]])
    if not subject or " " not in subject or is_org(subject) or people.gender(subject):
        return None
    for mention in people.iter_before(offset + upto, 8, offset):
        if people.full_name(mention.name, mention.start) != subject:
            return None
    return subject
