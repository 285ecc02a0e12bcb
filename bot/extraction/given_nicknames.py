"""Nicknames the article gives someone ("Quigley, Bernie to everyone in the village, said",
"Bernadette Quigley, known as Bernie,"), so that a later "Bernie said" is that person."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extraction.persons import first_name_gender

_NAME = r"[A-Z][\w’'\-]+"
# "Quigley, Bernie to everyone in the village,": a name, then a first name "to" the people who
# call them by it; "Bernadette Quigley, known to all as Bernie," and "known as “Bernie”".
_TO = (
    rf",\s+({_NAME})\s+to\s+(?:everyone|everybody|all|friends|(?:his|her|their)"
    r"\s+(?:friends|family|colleagues|players|pupils|students|team)|the\s+[a-z]+)\b[^,.;“”]{0,40},"
)
_AS = rf",\s+(?:known|called)\s+(?:to\s+[a-z ]{{2,30}}\s+)?as\s+[“\"‘]?({_NAME})[”\"’]?,"
_GIVEN = re.compile(rf"\b({_NAME}){_TO}|\b({_NAME}){_AS}")
# The same from the comma on: it opens with a literal comma, so searching for it is far cheaper,
# and every text the full pattern matches, it matches too.
_GIVEN_TAIL = re.compile(f"{_TO}|{_AS}")


# "Everyone on Mercer Street calls him Vovô", "His grandfather nicknamed him Sprocket": the
# person "him" or "her" is, the last one of that gender named in full before it.
_CALLS = re.compile(
    rf"\b(?:calls?|called|nicknamed)\s+(him|her)\s+[“\"‘]?"
    rf"({_NAME}(?: {_NAME})?)\b(?![ \-][A-Z])"
)
# "Adaeze Okonjo, 24, who everyone calls Dazzy,": the name set just before "who".
_WHO_CALLS = re.compile(
    rf"\b({_NAME} {_NAME}),[^.;“”]{{0,40}}?\bwhom?\s+(?:[a-z]+\s+){{1,3}}?calls?\s+"
    rf"[“\"‘]?({_NAME})\b"
)
# What every such phrase writes, looked for first, one pattern per verb: each opens with its
# letters, so a search skips quickly to them, where the whole pattern, opening with a word
# boundary, is tried at every character of the article.
_CALLS_CUES = (
    re.compile(r"call(?:s|ed)?\s+(?:him|her)\s"),
    re.compile(r"nicknamed\s+(?:him|her)\s"),
)
# What every "who … calls" phrase writes, opening with its letters as above: the whole pattern
# opens with a capital, tried at every character of the many articles writing "who" and " call".
_WHO_CALLS_CUE = re.compile(r"whom?\s+(?:[a-z]+\s+){1,3}?calls?\s")
# "Natalia Solberg, who goes by the name Nadia Sol online,": the name another one stands for.
_GOES_BY = re.compile(
    rf"\b({_NAME} {_NAME})(?:,|\s+[—–])\s+who\s+goes\s+by\s+(?:the\s+name\s+)?[“\"‘]?"
    rf"({_NAME}(?: {_NAME})?)\b"
)
_FULL = re.compile(rf"\b({_NAME}) {_NAME}\b")
_BACK = 800  # characters read back for the one "him" or "her" is


@lru_cache(maxsize=8)
def given_nicknames(text: str) -> dict[str, str]:
    """Each nickname the text gives someone, with the name written just before it."""
    found: dict[str, str] = {}
    given = _GIVEN.finditer(text) if _GIVEN_TAIL.search(text) else ()
    for match in given:
        name, nickname = match.group(1) or match.group(3), match.group(2) or match.group(4)
        if nickname != name:
            found.setdefault(nickname, name)
    calls = _CALLS.finditer(text) if any(cue.search(text) for cue in _CALLS_CUES) else ()
    for match in calls:
        named = named_before(text, match.start(), "m" if match.group(1) == "him" else "f")
        if named:  # "Papa Emeka" stands for them, and so does "Emeka" alone
            for nickname in {match.group(2), match.group(2).rpartition(" ")[2]}:
                found.setdefault(nickname, named)
    who = _WHO_CALLS.finditer(text) if _WHO_CALLS_CUE.search(text) else ()
    for match in who:
        found.setdefault(match.group(2), match.group(1))
    goes_by = _GOES_BY.finditer(text) if " goes by " in text else ()
    for match in goes_by:  # "DJ Tommo" and "Tommo" alone
        for nickname in {match.group(2), match.group(2).rpartition(" ")[2]}:
            found.setdefault(nickname, match.group(1))
    return found


def named_before(text: str, at: int, gender: str) -> str | None:
    """The last full name before `at` whose first name is of `gender` ("Aurelio Ferreira")."""
    names = [m for m in _FULL.finditer(text, max(0, at - _BACK), at)]
    for found in reversed(names):
        if first_name_gender(found.group(1)) == gender:
            return found.group()
    return None
