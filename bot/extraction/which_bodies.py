"""A body no word of its name marks as one, known by the "which" after it: "The Long Table is
produced by Brackwater Audio, which also makes a dozen other shows" or "Northlight, which
commissioned the series, has not said" is what a later "the network" or "the streamer" means."""

from __future__ import annotations

import re
from bisect import bisect_left

from bot.extraction.lexicon import NOT_NAMES, UPPER
from bot.extraction.lexicons import common_words, is_place, listed_gender, verbs

# What a body does in the clause: "which also makes", "which commissioned", "which owns".
_DEEDS = (
    "makes|made|produces|produced|owns|owned|commissioned|commissions|runs|ran|operates|operated"
    "|publishes|published|employs|employed|bought|acquired|sells|sold|streams|streamed"
    "|distributes|distributed|funds|funded|manages|managed|develops|developed|hired|hires"
    "|represents|represented|broadcasts|broadcast|organises|organised|organizes|organized"
).split("|")
_REACH = 1500  # characters looked back for a name set before ", which"
_WHICH = re.compile(
    rf"(?<![\w’'])((?:[{UPPER}][\w’'&\-]*\s+){{0,3}}[{UPPER}][\w’'&\-]*),\s+which\s+"
    r"(?:(?:[a-z]+ly|also|still|now|already|once|first|later)\s+)?(?:" + "|".join(_DEEDS) + r")\b"
)


def which_body(text: str, at: int, bodies: list[tuple[int, str]]) -> str | None:
    """The last name before `at`, and after the last of the (position, name) `bodies` before
    it, that a ", which" clause of what a body does follows and that is no person, place or
    sentence opener, else None."""
    index = bisect_left(bodies, (at, ""))
    after = bodies[index - 1][0] if index else 0
    found = None
    for match in _WHICH.finditer(text, max(after, at - _REACH, 0), at):
        name = match.group(1).removeprefix("The ")
        first = name.split()[0]
        if first.lower() in NOT_NAMES or listed_gender(first) or is_place(name):
            continue
        found = name
    return found


_BUSINESS = frozenset("company firm maker developer startup business".split())
# The lede's subject doing something of "its": "Halvora showed off its first folding tablet",
# a name of two words too ("Brannock Freight cut its forecast").
_LEDE = re.compile(r"\s*([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)\s+([a-z]+)\b[^.!?\n]*\bits\b")
_LEDE_VERBS = frozenset("has is was will".split())


def _lede_verb(word: str) -> bool:
    """Whether a word after the lede's name is its verb: "showed", "makes", "cut" (a verb whose
    past is the same; WordNet's irregular pasts hold no such form)."""
    return word.endswith(("ed", "s")) or word in _LEDE_VERBS or word in verbs()


def lede_body(text: str, noun: str) -> str | None:
    """The one-word name opening the first or second line (the lede after a headline) as the
    subject of a sentence about its doings, the body a later "the company" means when the
    article names no other; else None."""
    if noun not in _BUSINESS:
        return None
    starts = (0, text.find("\n") + 1) if "\n" in text else (0,)
    for start in starts:
        match = _LEDE.match(text, start)
        name = match.group(1) if match and _lede_verb(match.group(2)) else ""
        lower = name.lower()
        person_or_place = not name or listed_gender(name.split()[0]) or is_place(name)
        if not person_or_place and lower not in NOT_NAMES and lower not in common_words():
            return name
    return None
