"""Kin named beside a name: a role with its owner right before it ("The couple's daughter,
Mali,", "his son Chad") makes it a person's, even when the word is also a place's; an elder
named in passing ("his uncle, Piotr Nowak,") leaves a shared surname to the one the clause is
about; and kin opening a sentence ("Her friend, Nadia Cole,") is not whom a later "she" means."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.designations import styled_name
from bot.extraction.index import CapitalIndex
from bot.extraction.lexicons import is_place
from bot.extraction.runs import clean_run
from bot.extraction.title_genders import role_gender

_ROLE_NAMED = re.compile(
    r"(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w\-]+['’]s) (?:[\w\-’']+ )?([a-z\-]+),? $"
)


def kin_named(text: str, start: int) -> bool:
    """Whether a gendered role stands right before the name at `start` ("her daughter, Mali,")."""
    found = _ROLE_NAMED.search(text, max(0, start - 40), start)
    return found is not None and role_gender(found.group(1)) is not None


def kin_named_place(text: str, index: CapitalIndex, name: str) -> bool:
    """Whether a one-word place's name is given to a person somewhere by a role before it, or a
    full name is written after a short title's stop ("Eng. Salem Rashid"): shown as written."""
    if " " in name:
        return clean_run(name) != name and styled_name(text, index, name)
    if not is_place(name):
        return False
    return any(kin_named(text, at) for at in index.find(name, whole=True))


# Kin of another generation named inside someone's clause ("… about his late father, ", "… of
# her aunt "): background to the person the clause is about, who shares the surname; kin
# opening a sentence ("His mother, Ana Ruiz, wept") is its subject, no background.
_ELDER_NAMED = re.compile(
    r"\s(?:his|her|their|[A-Z][\w\-]+['’]s) (?:late )?(?:great-)?(?:grand)?"
    r"(?:father|mother|uncle|aunt),? $"
)


def not_only_kin(
    text: str, found: list[tuple[int, str]], speaks: re.Pattern[str], alone: Callable[[str], bool]
) -> list[tuple[int, str]]:
    """The mentions of people sharing a surname, without an elder kin only named in passing:
    never as speaking, never by first name alone ("his uncle, Piotr Nowak, was" leaves "Nowak"
    to the nephew; "his mother, Ana Ruiz, said" keeps her), when others are left."""
    if len({full for _, full in found}) < 2:
        return found
    kept = {
        full
        for at, full in found
        if not _ELDER_NAMED.search(text, max(0, at - 30), at)
        or speaks.match(text, at + len(full))
        or alone(full.split()[0])
    }
    return [(at, full) for at, full in found if full in kept] or found


# A sentence opening on someone's kin or friend before their name ("Her close friend, the
# actress Nadia Cole,", "His brother, and later his partner, Tom Ode"): "Her"/"His" is the
# one the passage is about, when the sentence names them again ("… talked her into it").
_KIN_OPENING = re.compile(
    r"(?:^|[.!?]\s+)(Her|His) (?:[a-z\-]+ ){0,2}(?:friend|sister|brother|mother|father|daughter"
    r"|son|husband|wife|cousin|aunt|uncle|mentor|grandmother|grandfather),?"
    r" (?:[^,.“”]{1,50}, |(?:the |an? )[a-z\- ]{1,30} )?$"
)
_STOP = re.compile(r"[.!?](?:\s|$)")  # a sentence's end
_AGAIN = {"f": re.compile(r"\b(?:her|she)\b"), "m": re.compile(r"\b(?:him|he)\b")}


def kin_opening(text: str, start: int, end: int, gender: str) -> bool:
    """Whether the name at `start`-`end` opens its sentence as the kin or friend of a "her"
    (`gender` "f") or "his" ("m") whom the sentence names again: "Her friend, Nadia Cole, was
    the one who talked her into it" is about the woman "her" means, not about Nadia Cole."""
    found = _KIN_OPENING.search(text, max(0, start - 90), start)
    if found is None or (found.group(1) == "Her") != (gender == "f"):
        return False
    stop = _STOP.search(text, end)
    return _AGAIN[gender].search(text, end, stop.start() if stop else len(text)) is not None
