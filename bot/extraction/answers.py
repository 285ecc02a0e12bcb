"""Who answers a question: "“…?” Lee asked. “…,” she replied." is the one asked, and so is
"X asked the question a second time. “…,” he said." after X had asked someone before."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.names import People
from bot.extraction.runs import is_org

# "…,” she replied." after a question: the pronoun means the one asked, not the asker.
_REPLIED = re.compile(r"\W*(he|she) (?:replied|answered|responded|retorted|shot back)\b", re.I)
_SAID = re.compile(r"\W*(he|she) (?:said|says|replied|answered|responded)\b")
# A sentence whose subject asks again, with no one named as asked: "Beltrán-Wu asked the
# question a second time.", "Halvorsen pressed him again."
_ASKED_AGAIN = re.compile(
    r"(?:^|[.!?]\s+)([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})\s+(?:then\s+|again\s+)?"
    r"(?:asked|repeated|pressed|put)\b[^.!?“”A-Z]*[.?]\s*$"
)
_REACH = 1500  # characters looked back for the one asked before


def answerer(tail: str, question: str, replier: Callable[[str], str | None]) -> str | None:
    """The one asked, when the quote answers a quoted question ("“…?” Lee asked. “…,” she
    replied."); `replier` finds the other person of a gender."""
    answer = _REPLIED.match(tail)
    if answer and question.endswith("?"):
        return replier("m" if answer.group(1).lower() == "he" else "f")
    return None


def asked_again(tail: str, before: str, people: People, at: int) -> str | None:
    """The one asked before, for "X asked the question a second time. “…,” he said.": the
    person of that gender named last before the quote other than X, else None."""
    said = _SAID.match(tail) if " asked" in before[-200:] or " pressed" in before[-200:] else None
    asked = _ASKED_AGAIN.search(before[-200:]) if said else None
    if said is None or asked is None:
        return None
    gender = "m" if said.group(1) == "he" else "f"
    asker = people.full_name(asked.group(1), at)
    for mention in people.iter_before(at, 8, max(0, at - _REACH)):
        full = people.full_name(mention.name, mention.start)
        if " " in full and full != asker and not is_org(full) and people.gender(full) == gender:
            return full
    return None
