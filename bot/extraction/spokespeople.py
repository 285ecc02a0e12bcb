"""People an article names only as the ones beside someone else: who speaks for them ("Her
publicist, X") or a fan of theirs ("X, a fan")."""

from __future__ import annotations

import re

# Nouns for someone who speaks on another's behalf, or who came to see them: never "the singer"
# or "the actor" quoted.
_FAN_NOUNS = "fan superfan onlooker spectator".split()
PROXY_NOUNS = frozenset(
    "publicist spokesperson spokesman spokeswoman representative rep agent lawyer attorney".split()
    + _FAN_NOUNS
)
_NOT_A_FAN = "favourite|favorite|club|base|page|account|zone|art|fiction"  # "a fan favourite"
_NAME = r"[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2}"
_OWNER = r"(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he )?[\w’'\-]+['’]s?)"
_PROXY = rf"(?:[a-z\-]+ )?(?:{'|'.join(sorted(PROXY_NOUNS))})(?! (?:{_NOT_A_FAN})\b)"
_PROXY_NAMED = re.compile(
    rf"\b{_OWNER} {_PROXY},? ({_NAME})|({_NAME}), (?:{_OWNER}|the|an?) {_PROXY}\b"
)
# "Fan Rosa Diaz queued", "longtime fan Rosa Diaz": a fan named right after the noun.
_FAN_NAMED = re.compile(rf"\b(?i:{'|'.join(_FAN_NOUNS)}) ({_NAME})")
# One of those nouns after a space, as every such name has it: a name is looked for only in
# the lines that have one (no name runs across a line), not with the full pattern everywhere.
_PROXY_NOUN = re.compile(rf" (?:{'|'.join(sorted(PROXY_NOUNS))})\b")
# A fan noun as written before a name, in any case ("superfan" ends with "fan "); the pattern
# is tried only on a text that has one, or an "ſ" (which it matches as "s", unlike lowering).
_FAN_WRITTEN = tuple(noun + " " for noun in _FAN_NOUNS if noun != "superfan")


def proxy_surnames(text: str) -> frozenset[str]:
    """Last words of the names written as someone's publicist, spokesman, agent, lawyer or
    fan."""
    found: set[str] = set()
    done = -1  # the end of the last line read
    for noun in _PROXY_NOUN.finditer(text):
        if noun.start() < done:
            continue
        start = text.rfind("\n", 0, noun.start()) + 1
        done = text.find("\n", noun.end()) % (len(text) + 1)  # the text's end when no line ends
        for match in _PROXY_NAMED.finditer(text, start, done):
            found.add((match.group(1) or match.group(2)).split()[-1])
    lowered = text.lower()
    if "ſ" in text or any(noun in lowered for noun in _FAN_WRITTEN):
        found.update(match.group(1).split()[-1] for match in _FAN_NAMED.finditer(text))
    return frozenset(found)


def is_proxy_role(role: str) -> bool:
    """Whether a role ("the publicist", "her lawyer") is itself one who speaks for another."""
    return role.lower().rpartition(" ")[2] in PROXY_NOUNS
