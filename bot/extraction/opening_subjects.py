"""Whether a person named just before a quote opens the last sentence before it, as its subject."""

from __future__ import annotations

import re

from bot.extraction.mentions import Mention
from bot.extraction.sentence_openers import is_opener
from bot.extraction.team_roles import opens_after_team_role

_LAST_SENTENCE = 600  # characters back to a subject whose sentence ends right before a quote
SENTENCE_END = re.compile(r"[.!?”\"]\s|\n")  # a sentence's end, or a line's
_OPENER_BEFORE = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))([A-Z][a-z]+) $")  # "Even Roe, …"
# What may open a sentence before its subject: "The health secretary, Roe, …", "His neighbour,
# Xu Mingyue, …", "Asked whether it was safe, Roe paused."
_ROLE_BEFORE = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))(?:The|His|Her|Their) [^,.;:“”\"]{1,60}, $")
_ASKED_OPENING = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:Asked|Pressed|Questioned)\b[^.;:!?“”\"]{1,100}, $"
)


def opens_last_sentence(text: str, mention: Mention, full: str, at: int) -> bool:
    """Whether a person named in full (here or before) opens the last sentence before `at`
    ("Ada Roe, a surgeon at X, has worked there for years. “…,” he says.", "Even Roe, …":
    the subject, whatever their gender), or the quote's own sentence before a dash."""
    if at - mention.start >= _LAST_SENTENCE or " " not in full:
        return False
    start = mention.start
    opens = start == 0 or text[start - 1] == "\n"
    opens = opens or text[max(0, start - 2) : start] in (". ", "! ", "? ")
    opens = opens or text[max(0, start - 3) : start] in (".” ", "!” ", "?” ")  # after a quote
    if not opens and " " not in mention.name:
        opener = _OPENER_BEFORE.search(text, max(0, start - 20), start)
        opens = opener is not None and is_opener(opener.group(1))
    if not opens:  # or after a role between commas, or "Kestrel manager X was diplomatic."
        opens = _opens_after_lead_in(text, mention) or opens_after_team_role(text, start)
    end = SENTENCE_END.search(text, mention.end, at)
    if end is None:  # "The health secretary, Roe, was blunter still — “…,” he said"
        return opens and text[mention.end : at].rstrip(' “"').endswith(("—", "–", ":"))
    return opens and not text[end.end() : at].strip(' “"\n')


def _opens_after_lead_in(text: str, mention: Mention) -> bool:
    """Whether a mention is its sentence's subject after a role set before it between
    commas ("The health secretary, Roe, was blunter") or a question put to it ("Asked
    whether it was safe, Roe paused")."""
    start = mention.start
    if text[start - 2 : start] != ", ":
        return False
    if text[mention.end : mention.end + 1] == "," and _ROLE_BEFORE.search(
        text, max(0, start - 64), start
    ):
        return True
    return _ASKED_OPENING.search(text, max(0, start - 112), start) is not None


_PRONOUN_OPENS = {"f": re.compile(r"She\s"), "m": re.compile(r"He\s")}
_ANY_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e)\b")
_GOES_ON = 400  # characters from the name to the quote a pronoun carries it


def pronoun_goes_on(text: str, mention: Mention, at: int, gender: str) -> bool:
    """Whether the sentence after the one a person is last named in opens with a "she" or "he"
    of that gender and ends right before `at` ("… said its director, Gwenllian Atherton. She
    said members had been charged more. “…,” she said."): the pronouns go on meaning them."""
    opens = _PRONOUN_OPENS.get(gender)
    if opens is None or at - mention.end >= _GOES_ON:
        return False
    begun = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start))
    if _ANY_PRONOUN.search(text, begun + 1, mention.start):
        return False  # "But she said the North Koreans …": the pronoun means someone else
    first = SENTENCE_END.search(text, mention.end - 1, at)  # a mention may keep its stop
    if first is None or not opens.match(text, first.end()):
        return False
    rest = text[first.end() : at].rstrip(" “\"\n")
    last = SENTENCE_END.search(rest)
    return last is None or last.start() >= len(rest) - 1
