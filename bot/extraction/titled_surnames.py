"""The person a surname behind a gendered title means when the article names a man and a woman
with it ("Mrs Doyle" after "Margaret Doyle" and "her husband, Frank Doyle": Margaret)."""

from __future__ import annotations

from bot.extraction.mentions import Mention
from bot.extraction.names import People
from bot.extraction.title_genders import title_gender


def titled_full(people: People, mention: Mention) -> str:
    """The full name of a mention; for a lone surname written after a gendered title, the one of
    the title's gender when the name read for it is of the other."""
    name = mention.name
    full = people.full_name(name, mention.start)
    if " " in name or full == name:
        return full
    gender = title_gender(people.text, name, (mention.start,))
    if gender is None or people.gender(full) in (None, gender):
        return full
    return people.full_name_of_gender(name, mention.start, gender) or full
