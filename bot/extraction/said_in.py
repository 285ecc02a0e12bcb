"""Someone's words in a document they wrote: "X said in a statement", "X, in a statement,
said", "the company disclosed in a filing" (the company, whichever the article named)."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ORG_NOUNS, trie
from bot.extraction.lexicons import is_irregular_past

BODY_NOUNS = trie(sorted(ORG_NOUNS))  # the nouns for a body's kind: "office", "ministry"
_SAID = "said|says|added|wrote|responded|replied|argued|countered"  # "X responded in a filing"
_SAID += "|disclosed|revealed|warned|stated|admitted|confirmed"  # "X disclosed in a filing"
# "X told staff in a memo": the one who told, as "X said in a statement" is.
SAID_IN = re.compile(
    rf"(?:\b(?:{_SAID}|told(?: [a-z]+){{1,3}})|,) in (?:a|an|its|their) (?:[a-z\-]+ )?$"
)
# A body by its kind just before "said in a": "after the company disclosed in a filing".
# An aside may stand between: "The coalition, which speaks for 31 countries, said in a".
_KIND_SAID_IN = re.compile(
    rf"\b[Tt]he ([a-z]+)(?:, [^,“”.]{{1,80}},)? (?:{_SAID}) in (?:a|an|its|their) (?:[a-z\-]+ )?$"
)


# A body by its kind right before the document's noun: "an agency update", "a company statement";
# never a court's, which files nothing of its own ("a court filing" is a party's).
_KIND_BEFORE = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+((?!court\b)(?:{BODY_NOUNS}))\s+$")


def kind_said_in(text: str, start: int, at: int, said: bool) -> str | None:
    """The noun for a body ("company") said to speak in the document mentioned at `at`
    (`said`: after "said in"), or set before the document's noun ("a company statement")."""
    reach = 140 if said else 50  # "The coalition, which …, said in a": past an aside
    found = (_KIND_SAID_IN if said else _KIND_BEFORE).search(text, max(start, at - reach), at)
    return found.group(1) if found and found.group(1) in ORG_NOUNS else None


# A document many unnamed people signed, one of them named: "X is one of more than 300
# relatives who have signed an open letter", "among the 40 doctors who wrote".
_MANY_SIGNERS = re.compile(
    r"\b(?:one of|among)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[\d,]+\s+[a-z]+\s+who\b"
)


def signed_by_many(text: str, start: int, end: int) -> bool:
    """Whether the sentence from `start` to `end` brings in a document many unnamed people
    signed, one of them named ("X is one of 300 relatives who signed a letter")."""
    return " who " in text[start:end] and _MANY_SIGNERS.search(text, start, end) is not None


# A company's own filing brought in by "according to": "X now expects …, according to a filing
# with the stock exchange" is X speaking in it, as "X said in a filing" is.
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to (?:a|an|its|their) (?:[a-z\-]+ ){0,2}$")
_FILINGS = ("filing", "prospectus", "pitch deck", "deck")


def said_in_at(text: str, start: int, at: int) -> re.Match[str] | None:
    """The words before a document's noun at `at` (its sentence starting at `start`) saying
    someone spoke in it ("X said in a", "according to a" filing), else None."""
    found = SAID_IN.search(text, max(start, at - 30), at)
    if found is None and text.startswith(_FILINGS, at):
        found = _ACCORDING_TO.search(text, max(start, at - 50), at)
    return found


def acted_on(sentence: str, at: int) -> bool:
    """Whether a past verb comes just before the name at `at` ("In a letter, the authority asked
    Lumenvale to …"): the name is what the subject acted on, not a subject after its role."""
    words = sentence[max(0, at - 24) : at].split()
    word = words[-1] if words else ""
    return word.endswith("ed") or is_irregular_past(word)
