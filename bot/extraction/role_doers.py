"""Who acts in the sentences just before a role tag ("“…,” the actor wrote.") when the name is
written as an object: the one named after someone's role ("Ann Lee’s former co-star Eva Ode
came to her defence") or after a passive "by" ("The festival was founded by Eva Ode")."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ROLE_NOUNS
from bot.extraction.lexicons import is_person_noun
from bot.extraction.mentions import Mention
from bot.extraction.opening_subjects import SENTENCE_END

# What an owner's role writes between the owner and the one holding it: "’s former co-star ",
# "’s sister, ", "’s on-screen husband, played by ".
_OWNED = re.compile(r"(?:’s|'s)(?: [a-z\-]+){1,3},?(?: (?:played|voiced|portrayed) by)? \Z")
# A passive verb and "by" right before a name, a kin or role of someone between them: "was
# founded in 2011 by ", "confirmed by her son, ", "led by ".
_BY_DOER = re.compile(
    r"\b(?:[a-z]+ed|[a-z]+en|[a-z]+wn|led|run|held|built|made)(?: (?:in|on) (?:\d{4}|[A-Z][a-z]+))?"
    r" by (?:(?:his|her|their) [a-z\-]+, )?\Z"
)
# A participle opening a sentence, read as a name for its capital: "Posting a photo, …".
_PARTICIPLE = re.compile(
    r"[A-Z][a-z]+ing (?:a|an|the|his|her|their|its|on|to|at|in|with|from|after|for|about|up"
    r"|out|back) "
)
_PAIRED = re.compile(r"(?:,? and|,? &) [A-Z]")
_REACH = 60  # characters read before an object for what makes it a doer


def _by_doer(text: str, mention: Mention, window: str) -> bool:
    """Whether an object is the one doer after a passive "by" ("by Ann Lee and Eva Ode": no)."""
    if not mention.is_object or " by " not in window or not _BY_DOER.search(window):
        return False
    return not _PAIRED.match(text, mention.end)


def acting(text: str, mentions: list[Mention]) -> list[Mention]:
    """Of mentions (nearest first), the subjects and the doers written as objects, without the
    owner whose role a doer holds ("Ann Lee’s co-star Eva Ode": Eva Ode, not Ann Lee)."""
    owners: set[int] = set()
    doers: set[int] = set()
    for mention in mentions:
        start = max(0, mention.start - _REACH)
        window = text[start : mention.start]
        owned = _OWNED.search(window) if "s " in window else None
        at = start + owned.start() if owned else -1  # a mention's end may take in its "’s"
        owner = next((m for m in mentions if m.start < at <= m.end), None)
        if owner is not None and not SENTENCE_END.search(text, at, mention.start):
            owners.add(owner.start)
            doers.add(mention.start)
        elif _by_doer(text, mention, window):
            doers.add(mention.start)
    return [
        m
        for m in mentions
        if (m.start in doers or not m.is_object)
        and m.start not in owners
        and not _PARTICIPLE.match(text, m.start)
    ]


def lone_given_name(text: str, mention: Mention, gender: str | None) -> bool:
    """Whether a one-word name a list gives a gender follows a person's noun, someone's role
    or a passive "by" ("councillor Fatima visited", "Lee's bandmate Liam came", "founded by
    Lupe, a teacher"), not a thing's ("her old dog, Lupe,") nor nothing ("Piper was carried")."""
    if gender is None:
        return False
    window = text[max(0, mention.start - _REACH) : mention.start]
    before = window.rstrip(", ").rpartition(" ")[2]
    if before == "by" or (before.islower() and (before in ROLE_NOUNS or is_person_noun(before))):
        return True
    return "s " in window and _OWNED.search(window) is not None  # "Lee's old bandmate Liam"
