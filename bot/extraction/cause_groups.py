"""Groups named for the people in them and their cause: "Moms for Liberty", "Students for Fair
Fees", "Parents for Safer Schools in Wexmoor", or as a band of kin: "Sons of the Kafra"."""

from __future__ import annotations

import re

from bot.extraction.lexicon import UPPER

_FOR = re.compile(rf" for (?:an? )?(?=[{UPPER}])| of the (?=[{UPPER}])")  # "for a Safer X"
_PEOPLE_BEFORE = re.compile(rf"(?<![\w’'\-])((?:[{UPPER}][a-z]+ )?[{UPPER}][a-z]+s)$")
_CAUSE = re.compile(rf"[{UPPER}][\w’'\-]*(?: (?:(?:in|of|and|the) )?[{UPPER}][\w’'\-]*){{0,4}}")
# The people such groups are named for; not roles that act for someone ("Lawyers for Ozy Media",
# "Representatives for the actor", "Workers for Acme"), which are people of another body.
_PLURALS = frozenset(
    """moms mums dads mothers fathers families parents grandparents students teachers citizens
    residents neighbors neighbours veterans scientists voters taxpayers women""".split()
)
# Bands that name themselves as kin or keepers of something: "Sons of the Kafra", "Friends of
# the Earth", "Mothers of the Disappeared"; not people of a place ("Residents of Kessa").
_BANDS = frozenset(
    """sons daughters brothers sisters children friends mothers fathers guardians defenders
    heirs martyrs knights partisans""".split()
)
_SENTENCE_WORDS = frozenset("the this that these those in on at for and but".split())


def _people(words: str, joint: str = " for ") -> bool:
    """Whether the words before "for" are people ("Moms", "Concerned Parents"), or before
    "of" a band of kin ("Sons")."""
    if " " in words and words.partition(" ")[0].lower() in _SENTENCE_WORDS:
        return False  # "The Parents for …": a sentence's opening word, no part of the name
    return words.rpartition(" ")[2].lower() in (_PLURALS if joint == " for " else _BANDS)


def cause_groups(text: str) -> list[tuple[int, str]]:
    """(position, name) of each group named for its people and cause, in text order."""
    found: list[tuple[int, str]] = []
    for match in _FOR.finditer(text):
        at = match.start()
        people = _PEOPLE_BEFORE.search(text, max(0, at - 30), at)
        cause = _CAUSE.match(text, match.end())
        if people and cause and _people(people.group(1), match.group()[:5]):
            found.append((people.start(1), f"{people.group(1)}{match.group()}{cause.group()}"))
    return found


def is_cause_group(phrase: str) -> bool:
    """Whether a phrase is all of such a group's name ("Moms for Liberty", "Sons of the X")."""
    joint = " for " if " for " in phrase else " of "
    head, sep, tail = phrase.partition(joint)
    if sep == " of " and not tail.startswith("the "):
        return False  # "Friends of Bank": no band names itself without "the"
    tail = tail[4:] if sep == " of " else _A_OR_AN.sub("", tail)  # "for a Livable Harlan"
    if not sep or not _PEOPLE_BEFORE.fullmatch(head) or not _CAUSE.fullmatch(tail):
        return False
    return _people(head, joint)


_A_OR_AN = re.compile(r"^an? ")
_NAMING = re.compile(r"\b(?:itself|themselves|called|named)\s+")


def named_group(phrase: str) -> str | None:
    """Such a group's name when it is all of a phrase ("the Sons of the Kafra") or ends one
    after the words that name it ("The group that held them, which calls itself the Sons …,")."""
    body = phrase.rstrip(", ")
    namings = list(_NAMING.finditer(body)) if "sel" in body or "ed " in body else []
    body = body[namings[-1].end() :] if namings else body
    body = body[4:] if body.startswith(("the ", "The ")) else body
    return body if is_cause_group(body) else None


def with_cause_groups(text: str, mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Organisation mentions with the cause groups added, in text order, less any mention
    inside one of them ("Fair Fees" in "Students for Fair Fees")."""
    groups = cause_groups(text)
    if not groups:
        return sorted(mentions)
    spans = [(at, at + len(name)) for at, name in groups]
    kept = [m for m in mentions if not any(start <= m[0] < end for start, end in spans)]
    return sorted(kept + groups)
