"""Whether someone introduced with a role noun was introduced under another team or body's name
than a role asks for ("Kingsbridge manager Tomas Varga" is not "the Rovers manager")."""

from __future__ import annotations

import re

from bot.extraction.lexicons import common_words
from bot.extraction.sentence_openers import opens_sentence

# The words right before a role noun, back to a determiner, a stop or a comma: "Kingsbridge
# Athletic ", "the Lions' head ".
_BEFORE_NOUN = re.compile(r"((?:[\w’'\-]+ ){1,3})$")
_DETERMINERS = frozenset("the a an his her its their our my your".split())
_POSSESSIVE = ("’s", "'s", "’", "'")


def _bare(word: str) -> str:
    """A word without a possessive ending ("Lions'" -> "Lions")."""
    for ending in _POSSESSIVE:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def role_qualifier(role: str) -> str | None:
    """The capitalised name a role is written with before its noun ("the Rovers manager":
    "Rovers"), else None."""
    words = role.split()
    if len(words) < 3 or words[0].lower() not in _DETERMINERS:
        return None
    word = _bare(words[-2])
    return word if word[:1].isupper() else None


def other_qualifier(text: str, noun_at: int, qualifier: str) -> bool:
    """Whether the role noun at `noun_at` is written under a capitalised name that is not
    `qualifier` ("Kingsbridge manager" for "Rovers"), one opening its sentence not counted
    when it is a common word ("Former manager", "Head coach")."""
    found = _BEFORE_NOUN.search(text, max(0, noun_at - 60), noun_at)
    if found is None:
        return False
    names: list[str] = []
    at = found.start()
    for word in found.group(1).split():
        start, at = at, at + len(word) + 1
        if word.lower() in _DETERMINERS:
            names = []  # "Tomas Varga, the Kingsbridge manager": only what follows "the"
            continue
        plain = _bare(word)
        common = plain.lower() in common_words() and opens_sentence(text, start)
        if plain[:1].isupper() and not common:
            names.append(plain)
    return bool(names) and qualifier not in names
