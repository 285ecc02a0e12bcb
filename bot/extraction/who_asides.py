"""Descriptions around a speaker: the one a "who" aside describes, when the aside holds the
speech verb nearest a quote, and someone unnamed placed by a long phrase before a verb."""

from __future__ import annotations

import re

from bot.extraction.lexicon import SPEECH_VERB

# The sentence up to a "who" that a verb follows: "Another sprinter, who (asked)", "X, a retired
# teacher who (said)"; the head is the words before "who".
_WHO_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”’\"]\s))([^.!?“”\"]{2,160}?)\s+who\s+$")
_ANONYMOUS = re.compile(r"\b(?:named|identified|anonymity|anonymous)\b")
_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")  # "Another sprinter": unnamed as read
# The one name an aside gave, set off by commas after it: "…by her first name, Nkechi,".
_NAME_NEXT = re.compile(r"\s+[“\"]?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2}[”\"]?,")
_ASIDE_REACH = 120  # characters an aside runs after its verb before its closing comma


def aside_head(lead: str, verb_start: int, verb_end: int) -> str | None:
    """The phrase a "who" aside holding the verb at `verb_start` describes, when a comma closes
    the aside ("Another sprinter, who asked not to be named …, said", "X, a teacher who said he
    had …, put it more bluntly:"), and no speech verb comes before the aside; else None."""
    who = _WHO_BEFORE.search(lead, max(0, verb_start - 200), verb_start)
    if who is None or who.end() != verb_start:
        return None
    rest = lead[verb_end : verb_end + _ASIDE_REACH]
    comma = rest.find(",")
    if comma < 0 or any(mark in rest[:comma] for mark in "“”\""):
        return None
    if not lead[verb_end + comma + 1 :].strip():
        return None  # "the neighbour who told me, “…”": the aside leads to the quote itself
    if rest[:comma].endswith("first name") and _NAME_NEXT.match(rest, comma + 1):
        return None  # "…, who asked to be identified by her first name, Nkechi,": Nkechi
    head = who.group(1).strip().rstrip(",")
    if SPEECH_VERB.search(head):
        return None
    if _ANONYMOUS.search(rest, 0, comma) and not _INDEFINITE.match(head):
        return None  # "The daughter of one patient, who asked not to be named,": kept unnamed
    return head


# Someone unnamed placed by a phrase, no clause of their own: "a man near the back of the X hall".
_SOMEONE_PLACED = re.compile(
    r"(?:an?|one|another)\s+[a-z]+\s+(?:near|at|in|from|outside)\s[^,;:]{1,80}"
)


def someone_placed(phrase: str) -> bool:
    """Whether `phrase` is someone unnamed and where they were ("a man near the back of the
    Millbrook Grange hall"), however long."""
    return _SOMEONE_PLACED.fullmatch(phrase.strip()) is not None


# A name a "who" clause follows whose verb leads straight to the quote: "like Ana Ruiz, who
# says, “…”", "Ana Ruiz, who told reporters, “…”".
_NAME_WHO = re.compile(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'.\-]+){0,3}),\s+who\s+(?:[a-z]+ly\s+)?$")
_TO_QUOTE = re.compile(r"(?:\s+[^,;:.“”\"]{1,40})?,\s*")


def aside_subject(lead: str, verb: re.Match[str], earlier: re.Match[str] | None) -> str | None:
    """`aside_head` for the verb nearest the quote when no verb comes before it, else for the
    verb before it (the aside's, "who asked not to be named", before the main "said"); or
    the name before a "who" whose verb leads straight to the quote."""
    if " who " not in lead:
        return None
    named = _NAME_WHO.search(lead, max(0, verb.start() - 80), verb.start())
    if named and _TO_QUOTE.fullmatch(lead, verb.end()):
        return named.group(1)  # "people like Ana Ruiz, who says, “…”": Ana Ruiz says it
    aside = verb if earlier is None or not lead[verb.end() :].strip() else earlier
    return aside_head(lead, aside.start(), aside.end())


_ASIDE_VERBS = frozenset(("asked", "told"))  # "X, asked about it, said": X was asked
# The aside's closing comma, maybe before a helping verb: ", (said)", ", would only (say)".
_ASIDE_END = re.compile(
    r",(?:\s+(?:would|could|will|can|did|does|might|may|must|should)(?:\s+(?:not|only|just"
    r"|also|still|then|never|simply))?)?\s*$"
)


def asked_aside(lead: str, asked: re.Match[str], between: str) -> bool:
    """Whether a speech word set off by commas before the verb is what the subject was asked
    or told ("X, asked if it would last, replied"), so the subject comes before it."""
    return (
        asked.group().lower() in _ASIDE_VERBS
        and lead[: asked.start()].rstrip(" ").endswith(",")
        and _ASIDE_END.search(between) is not None
    )
