"""Clubs named by a player's or manager's role after them ("Real Valmont midfielder X",
"Ridgeford Athletic manager Y"), so that "the club said" may mean them."""

from __future__ import annotations

import re

ROLES = (
    "manager", "midfielder", "striker", "defender", "goalkeeper", "winger", "forward",
    "full-back", "centre-back", "center-back", "chairman", "head coach",
)
# The club right before the role, the name right after it: "Real Valmont midfielder Tobi".
_CLUB = re.compile(r"([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2}) $")
_NOT_CLUBS = frozenset(
    "former ex veteran interim caretaker assistant new then young star club team the his her"
    " their its our former-".split()
)
_BACK = 40  # characters read before a role for the club


def club_mentions(text: str) -> list[tuple[int, str]]:
    """(position, name) of each club set before a role and a name ("Kestrel City manager X")."""
    found: list[tuple[int, str]] = []
    for role in ROLES:
        at = text.find(f" {role} ")
        while at >= 0:
            after = at + len(role) + 2
            club = _CLUB.search(text, max(0, at + 1 - _BACK), at + 1)
            if club and text[after : after + 1].isupper():
                found.append(_without_openers(club.start(1), club.group(1)))
            at = text.find(f" {role} ", at + 1)
    clubs = [(at, name) for at, name in found if name and _opens_no_sentence(text, at, name)]
    return clubs + [short for at, name in clubs for short in _short_forms(text, at, name)]


# Words of a club's name its short form leaves out: "Real Valmont" is "Valmont" again.
_PREFIXES = frozenset("Real Atlético Atletico Sporting Dynamo Inter FC AC AS SC".split())
_SUFFIXES = frozenset("City United Athletic Rovers Town Wanderers Albion FC County Villa".split())


def _short_forms(text: str, at: int, name: str) -> list[tuple[int, str]]:
    """(position, full name) of each later place the club's short form is written."""
    words = name.split()
    if len(words) != 2:
        return []
    short = words[1] if words[0] in _PREFIXES else words[0] if words[1] in _SUFFIXES else ""
    return _written_as(text, at, name, short) if short else []


# A club's second word that its fans and reporters call it by alone: "Rovers" for "Carrow Rovers".
_NICKNAMES = frozenset("Rovers Wanderers Albion Rangers Hotspur".split())
_NEXT_CAPITAL = re.compile(r"\w+ [A-Z]")  # a word that a longer name goes on from


def named_short(text: str, mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(position, full name) of each later place a club named in full is written short: by its
    place ("Carrow") or, for a nickname, by that ("Rovers")."""
    found: list[tuple[int, str]] = []
    firsts = {name: at for at, name in reversed(mentions)}  # from where each is first named
    for name, at in firsts.items():
        place, _, nickname = name.partition(" ")
        if nickname in _NICKNAMES and " " not in place:
            alone = _written_as(text, at, name, nickname)  # not "Rovers Trust"
            found += _short_forms(text, at, name) + [
                (where, name) for where, name in alone if not _NEXT_CAPITAL.match(text, where)
            ]
    return found


def _written_as(text: str, at: int, name: str, short: str) -> list[tuple[int, str]]:
    """(position, name) of each whole word `short` after `at` that is not part of `name`."""
    found: list[tuple[int, str]] = []
    where = text.find(short, at + len(name))
    while where >= 0:
        end = where + len(short)
        whole = not text[where - 1 : where].isalnum() and not text[end : end + 1].isalnum()
        if whole and not (text.startswith(name, where) or text.startswith(name, end - len(name))):
            found.append((where, name))
        where = text.find(short, end)
    return found


def _without_openers(at: int, name: str) -> tuple[int, str]:
    """The club's name without a leading word of no club ("Former Valmont" -> "Valmont")."""
    first, _, rest = name.partition(" ")
    if first.lower() in _NOT_CLUBS:
        return at + len(first) + 1, rest
    return at, name


def _opens_no_sentence(text: str, at: int, name: str) -> bool:
    """Whether a one-word club stands inside its sentence ("for Kestrel manager X"): a word
    opening a sentence may be a capitalised role word ("Veteran manager X")."""
    if " " in name:
        return True
    before = text[max(0, at - 2) : at]
    return at > 0 and not before.endswith(("\n",)) and before[:1] not in ".!?"
