"""Someone introduced by the verb of a role rather than its noun: "Denise Okafor, who leads the
ruling group," is a leader; "Helen Okafor, who chairs the panel," its chair."""

from __future__ import annotations

import re

# A role noun and the verbs that say someone holds it.
_VERBS = {
    "leader": "leads",
    "chair": "chairs",
    "chairman": "chairs",
    "chairwoman": "chairs",
    "chairperson": "chairs",
    "head": "heads",
    "manager": "manages",
    "coach": "coaches",
    "owner": "owns",
    "director": "directs",
    "editor": "edits",
    "presenter": "presents",
    "host": "hosts",
    "captain": "captains",
    "organiser": "organises",
    "organizer": "organizes",
}
_PATTERNS: dict[str, re.Pattern[str]] = {}
# Read from a word's start only: tried at every capital of a long word, it went quadratic.
_NAME = r"(?<![\w’'\-])[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,3}"
# The verb going somewhere or doing something, holding no role: "who heads to court", "who
# manages to smile", "who owns up".
_NOT_HELD = r" (?:to|for|into|towards|back|home|off|out|up|down|away)\b"


def named_by_verb(text: str, noun: str, start: int, end: int, later: bool) -> str | None:
    """The name written with "who" and the verb of the role `noun` between `start` and `end`
    ("Denise Okafor, who leads the group," for "leader"): the first with `later`, else the
    last; None when there is none."""
    verb = _VERBS.get(noun)
    if verb is None or verb not in text:
        return None
    pattern = _PATTERNS.get(noun)
    if pattern is None:
        pattern = _PATTERNS[noun] = re.compile(
            rf"({_NAME}),? who (?:also |now |currently |still )?{verb}\b(?!{_NOT_HELD})"
        )
    found = [match.group(1) for match in pattern.finditer(text, start, end)]
    return (found[0] if later else found[-1]) if found else None
