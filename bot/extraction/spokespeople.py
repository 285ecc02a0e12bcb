"""People an article names only as the ones who speak for someone else ("Her publicist, X")."""

from __future__ import annotations

import re

# Nouns for someone who speaks on another's behalf: never "the singer" or "the actor" quoted.
PROXY_NOUNS = frozenset(
    "publicist spokesperson spokesman spokeswoman representative rep agent lawyer attorney".split()
)
_NAME = r"[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2}"
_OWNER = r"(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he )?[\w’'\-]+['’]s?)"
_PROXY = rf"(?:[a-z\-]+ )?(?:{'|'.join(sorted(PROXY_NOUNS))})"
_PROXY_NAMED = re.compile(
    rf"\b{_OWNER} {_PROXY},? ({_NAME})|({_NAME}), (?:{_OWNER}|the) {_PROXY}\b"
)
# One of those nouns after a space, as every such name has it: most articles have none, and
# this plain search says so far sooner than the full pattern tried at every word.
_PROXY_NOUN = re.compile(rf" (?:{'|'.join(sorted(PROXY_NOUNS))})\b")


def proxy_surnames(text: str) -> frozenset[str]:
    """Last words of the names written as someone's publicist, spokesman, agent or lawyer."""
    if _PROXY_NOUN.search(text) is None:
        return frozenset()
    found = (m.group(1) or m.group(2) for m in _PROXY_NAMED.finditer(text))
    return frozenset(name.split()[-1] for name in found)


def is_proxy_role(role: str) -> bool:
    """Whether a role ("the publicist", "her lawyer") is itself one who speaks for another."""
    return role.lower().rpartition(" ")[2] in PROXY_NOUNS
