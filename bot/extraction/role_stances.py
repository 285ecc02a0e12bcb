"""A role taking a stance in the sentence right before a quote ("The designer insists the line
is wearable.", "Her deputy disagreed."): the "he" or "she" after the quote means that role."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ROLE_NOUNS
from bot.extraction.lexicons import is_person_noun

# A sentence ending right before the quote, opened by a role as its subject and a verb of
# stance or speech: "The designer insists …", "Her deputy disagreed.", "The coach was adamant.";
# an age or a "who" clause may stand between ("His daughter, who was there, disagreed.").
_STANCE = re.compile(
    r"(?:^|(?<=[.!?”]\s)|(?<=\n))(?:But\s+|And\s+|Yet\s+)?((?:[Tt]he(?:\s+[a-z\-]+[’']s)?|[Hh]er|[Hh]is|[Tt]heir"
    r"|(?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+[’']s)\s+"  # "Lind's neighbour disagreed."
    r"(?:[a-z\-]+\s+)?([a-z\-]+))(?:,\s+(?:who\s|\d)[^,.!?“”\"]{0,60},)?\s+"  # ", who …,"
    r"(?:still\s+|also\s+|though\s+|however\s+)?"
    r"(?:insist|argue|maintain|believe|contend|disagree|agree|object|counter|admit|concede"
    r"|claim|doubt|think|feel|hope|fear|say|said|thought|felt|(?:is|was|remains|remained)\s+"
    r"(?:not\s+|less\s+|more\s+|far\s+)?(?:adamant|unconvinced|unmoved|unrepentant|defiant"
    r"|sceptical|skeptical|optimistic|confident|sure|blunt|upbeat|certain|convinced))"
    r"(?:s|d|ed|es)?\b[^.!?“”\"\n]{0,160}[.!?]\s*$"
)
_BACK = 240  # characters looked at before the quote
_BREAKS = (".", "!", "?", "“", "”", '"')


def stance_role(text: str, at: int) -> tuple[str, int, bool] | None:
    """(the role phrase, where it starts, whether someone owns it: "her deputy", "the
    designer's assistant") of a role taking a stance in the sentence ending right before `at`,
    else None."""
    start = max(0, at - _BACK)
    last = text[start:at].rstrip()
    if not last.endswith((".", "!", "?")):
        return None
    # Nothing the pattern reads before the sentence's own stop is a stop or a quote mark: it
    # is searched for only after the last one of those.
    end = start + len(last) - 1
    after = max(text.rfind(mark, start, end) for mark in _BREAKS) + 1
    found = _stance_from(text, max(start, after), at)
    if found is None:
        return None
    noun = found.group(2)
    if noun not in ROLE_NOUNS and not is_person_noun(noun):
        return None
    role = found.group(1)
    owned = not role.lower().startswith("the ") or "’s " in role or "'s " in role
    owner, mark, rest = role.replace("’s ", "'s ").partition("'s ")
    if mark and owner[:1].isupper() and not owner.startswith("The "):
        role = "their " + rest  # "Greta Lind's neighbour" read as "their neighbour": not Lind
    return role, found.start(1), owned


def _stance_from(text: str, begin: int, at: int) -> re.Match[str] | None:
    """The first `_STANCE` match in `text[begin:at]`, where no stop or quote mark is written
    before the sentence's own stop: tried only where the pattern may open a sentence, at
    `begin` or one after it (past a stop and a space before it) or after a line break."""
    starts = [begin, begin + 1]
    line = text.find("\n", begin, at)
    while line >= 0:
        if line + 1 > begin + 1:
            starts.append(line + 1)
        line = text.find("\n", line + 1, at)
    for where in starts:
        found = _STANCE.match(text, where, at)
        if found:
            return found
    return None


_NAMED_NEXT: dict[str, re.Pattern[str]] = {}  # per role noun
_BROUGHT_IN_BACK = 3000  # characters looked back for where the role was brought in unnamed


def brought_in_unnamed(text: str, noun: str, before: int) -> tuple[str, int] | None:
    """(the name, where it is written) opening the sentence after the role was last brought in
    unnamed before `before` ("It went to a 31-year-old designer showing her third collection.
    Raghunath sent out …": Raghunath), else None."""
    pattern = _NAMED_NEXT.get(noun)
    if pattern is None:
        pattern = _NAMED_NEXT[noun] = re.compile(
            rf"\b(?:a|an)\s+(?:\d+-year-old\s+)?(?:[a-z\-]+\s+){{0,2}}{re.escape(noun)}\b"
            r"[^.!?“”\"\n]{0,160}[.!?]\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)\s+[a-z]"
        )
    found = list(pattern.finditer(text, max(0, before - _BROUGHT_IN_BACK), before))
    return (found[-1].group(1), found[-1].start(1)) if found else None
