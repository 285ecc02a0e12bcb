"""A lone name set before an appositive that says what person it is: "Sukarnadi, the veteran
negotiator who …, said", "Amadou Sall, the opposition leader"."""

from __future__ import annotations

from bot.extraction.index import CapitalIndex
from bot.extraction.title_genders import ROLE_BEFORE, described_person

_CLOSE_REACH = 120  # characters after the name read for the comma closing its appositive


def described_end(text: str, name: str, places: list[int]) -> int | None:
    """Where the appositive ends that follows a lone name and says what person it is
    ("Sukarnadi, the veteran negotiator who …, said"), so one pronoun after it will do."""
    for place in places:
        end = place + len(name)
        if not text.startswith(", ", end):
            continue
        if described_person(text[end + 2 : end + 82]):
            close = text.find(", ", end + 2, end + _CLOSE_REACH)
            return close + 2 if close > 0 and "." not in text[end:close] else None
        role = ROLE_BEFORE.search(text, max(0, place - 40), place)  # "X's neighbour, Morag,"
        if role and described_person("a " + role.group(1)):
            return end + 2
    return None


def described_somewhere(text: str, index: CapitalIndex, name: str) -> bool:
    """Whether a name is set somewhere before an appositive saying what person it is
    ("Amadou Sall, the opposition leader"): a person, whatever their first name."""
    last = name.rpartition(" ")[2]
    for place in index.find(last):
        end = place + len(last)
        if text.startswith(", ", end) and described_person(text[end + 2 : end + 82]):
            return True
    return False
