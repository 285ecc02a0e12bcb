"""How a speaker's name is shown: no place, group or thing, a person without a title, and an
organisation as named."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extraction.cause_groups import is_cause_group
from bot.extraction.lexicon import TITLES, is_thing
from bot.extraction.lexicons import is_common_plural, is_place
from bot.extraction.orgs import org_spans
from bot.extraction.persons import first_name_gender
from bot.extraction.runs import clean_run, is_org
from bot.extraction.seats import seat_of

# Members of a body: "Labour MPs", "House Democrats" are many people, not a speaker to show.
_THE_INSIDE = re.compile(r"[A-Z][\w’'\-]* the [A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)*")
# A body named for what its people are or do: "Bridges of Care", "Friends of Harrow Park",
# "Doctors for the Valley"; a title of one person is singular ("Duke of Harwell").
_PLURAL_OF = re.compile(
    r"([A-Z][a-z]+s) (?:of|for) (?:the )?[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,3}"
)
_GROUP = re.compile(r"(?:\b[A-Z]{2,}s|(?:^|\b(?:House|Senate) )(?:Democrats|Republicans|Tories))$")


@lru_cache(maxsize=4096)
def shown(name: str) -> str | None:
    """The speaker as shown: never a place or a group of members ("Santa Fe", "Labour MPs"),
    and a person without a title left on the name ("Jane Roe"); a lower-case "the" read with
    an organisation is no part of its name ("the Harbour Times")."""
    if name.startswith("the ") and len(name) > 4:
        name = name[4:]
    if seat_of(name) == name:
        return name  # "Downing Street", "Vatican": a government by its seat, no street or state
    if (is_place(name) and not first_name_gender(name)) or _GROUP.search(name):
        return None
    if is_thing(name):
        return None  # "Diwali", "Holy Ghost", "Andromeda Galaxy"
    if " " in name and not is_organisation(name):
        return clean_run(name) or name
    return name


@lru_cache(maxsize=1024)
def is_organisation(name: str) -> bool:
    """Whether a speaker's name is an organisation's (no title is cut from those)."""
    if is_org(name) or name.startswith("The ") or is_cause_group(name):
        return True  # "Moms for Liberty" too, whose last word alone is no body
    if " the " in name and _THE_INSIDE.fullmatch(name):
        return True  # "Save the Children": a lower-case "the" inside no person's name
    plural = _PLURAL_OF.fullmatch(name) if " of " in name or " for " in name else None
    if plural and is_common_plural(plural.group(1).lower()):
        return True
    if _BRANCH.fullmatch(name) and _branch(name):
        return True  # "Habitat for Humanity Canada": a body's branch, named by its country
    spans = org_spans(name)
    return bool(spans) and spans[0][2] == name


# A body named for a cause, then its country: "Threads for Tomorrow Ireland".
_BRANCH = re.compile(r"([A-Z][\w’'\-]*) (?:of|for) (?:the )?((?:[A-Z][\w’'\-]* ){1,3})([A-Z]\w+)")


def _branch(name: str) -> bool:
    """Whether a name like "Habitat for Humanity Canada" ends with a place after a cause of its
    own, and opens with no title or first name ("Mayor of Greater London" is a person)."""
    match = _BRANCH.fullmatch(name)
    if match is None or match.group(1).lower() in TITLES or first_name_gender(match.group(1)):
        return False
    cause = match.group(2).strip()
    return (
        is_place(match.group(3))
        and not is_place(cause)
        and not is_place(f"{cause} {match.group(3)}")
    )
