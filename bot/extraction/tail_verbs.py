"""Verbs of saying that attribute a quote only right after it closes ("“…,” Tom Hale rejoined."),
read from WordNet's list in `data/tail_speech_verbs.txt`."""

from __future__ import annotations

import re

from bot.extraction.lexicon import TAIL_SPEECH_VERB
from bot.extraction.lexicons import tail_speech_verbs

_REACH = 200  # characters of the tail read for a listed verb
_WORD = re.compile(r"(?<![\w’'\-])[a-z]+(?![\w’'\-])")
# What follows such a verb in an attribution: the end of the clause, maybe after a pronoun it
# is said to, adverbs or a short phrase of place, time or manner ("rejoined.", "growled,
# adding", "scolded him gently.", "bellowed across the chamber.", "rejoined on Tuesday."),
# never a noun object ("Hale rejoined the party in May" is no saying) nor "to" ("returned to").
_CLAUSE_END = re.compile(
    r"(?:\s+(?:him|her|them|me|us|you))?(?:\s+(?:[a-z]+ly|back|again))*"
    r"(?:\s+(?:at|across|over|into|through|in|on|from|with|under|behind|outside|after|before"
    r"|during|as|when|while)(?:\s+[\w’'\-]+){1,4}?)?"
    r"\s*(?:[.,;:!?—–]|$)"
)
# After a verb that opens the tail, whoever said it: "“…,” rejoined Hale.", "growled the coach".
_SPEAKER_AFTER = re.compile(r"\s+(?:the\s|an?\s|his\s|her\s|their\s|its\s|one\s|[A-Z])")


def tail_speech_verb(text: str) -> re.Match[str] | None:
    """The speech verb of a quote's tail: the first hand-listed one, or a verb of saying from
    WordNet before it where it ends the attribution ("Hale rejoined.", "rejoined Hale.")."""
    listed = TAIL_SPEECH_VERB.search(text)
    return saying_verb(text, listed.start() if listed else len(text)) or listed


def saying_verb(text: str, end: int) -> re.Match[str] | None:
    """The first verb of saying of WordNet's list in `text[:end]` that ends an attribution:
    the clause ends after it ("Hale rejoined,") or, opening the text, its speaker follows."""
    end = min(end, _REACH)
    verbs = tail_speech_verbs()
    if verbs.isdisjoint(_WORD.findall(text, 0, end)):
        return None  # no listed verb at all: the words are not read one by one
    for word in _WORD.finditer(text, 0, end):
        if word.group() not in verbs:
            continue
        opens = not text[: word.start()].strip(" ,;:—–-")
        after = _SPEAKER_AFTER if opens else _CLAUSE_END
        if after.match(text, word.end()):
            return word
    return None
