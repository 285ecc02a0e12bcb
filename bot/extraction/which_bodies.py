"""A body no word of its name marks as one, known by the "which" after it: "The Long Table is
produced by Brackwater Audio, which also makes a dozen other shows" or "Northlight, which
commissioned the series, has not said" is what a later "the network" or "the streamer" means."""

from __future__ import annotations

import re

from bot.extraction.lexicon import NOT_NAMES, UPPER
from bot.extraction.lexicons import is_place, listed_gender

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


def which_body(text: str, at: int, after: int) -> str | None:
    """The last name before `at`, and after position `after`, that a ", which" clause of what a
    body does follows and that is no person, place or sentence opener, else None."""
    found = None
    for match in _WHICH.finditer(text, max(after, at - _REACH, 0), at):
        name = match.group(1).removeprefix("The ")
        first = name.split()[0]
        if first.lower() in NOT_NAMES or listed_gender(first) or is_place(name):
            continue
        found = name
    return found
