"""Two people named together just before a quote: "A and board chair B said …"."""

from __future__ import annotations

from itertools import pairwise

from bot.extraction.antecedents import SEARCH_BACK
from bot.extraction.mentions import Mention
from bot.extraction.names import People
from bot.extraction.sentence_bounds import sentence_start

_PAIR_GAP = 60  # characters between two people named together ("A and board chair B")


def first_of_pair(people: People, at: int) -> str | None:
    """The first of two people named together just before `at` ("A and board chair B
    said ...")."""
    return _first_joined(people, [m for m in people.before(at, 4) if at - m.start < SEARCH_BACK])


def one_of_pair(people: People, at: int, latter: bool) -> str | None:
    """"The former" (with `latter`, "the latter") of two people named together just before
    `at` ("Ana Ruiz and Ben Ode clashed. … the latter said")."""
    pair = _joined(people, [m for m in people.before(at, 4) if at - m.start < SEARCH_BACK])
    one = pair[latter] if pair else None
    return people.full_name(one.name, one.start) if one else None


def pair_just_before(people: People, at: int) -> str | None:
    """The first of two people named together in the sentence before the one holding `at`
    ("The letter, signed by A and B, asks … “…,” they wrote."), else None."""
    here = sentence_start(people.text, at)
    start = sentence_start(people.text, here - 2) if here > 1 else 0
    return _first_joined(people, [m for m in people.before(at, 4) if m.start >= start])


def _first_joined(people: People, mentions: list[Mention]) -> str | None:
    """The earlier of the first two mentions (nearest first) joined by "and" in one sentence."""
    pair = _joined(people, mentions)
    return people.full_name(pair[0].name, pair[0].start) if pair else None


def _joined(people: People, mentions: list[Mention]) -> tuple[Mention, Mention] | None:
    """The first two mentions (nearest first) joined by "and" in one sentence, in text order."""
    for later, earlier in pairwise(mentions):
        gap = people.text[earlier.end : later.start]
        if " and " in gap and ". " not in gap and len(gap) < _PAIR_GAP:
            return earlier, later
    return None
