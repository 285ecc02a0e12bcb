"""He or she opening the sentence after one a surname opens: the same person, by centring."""

from __future__ import annotations

import re

from bot.extraction.index import CapitalIndex
from bot.extraction.lexicons import given_to_both
from bot.extraction.persons import first_name_gender

_REACH = 300  # characters of the surname's sentence read for its end
_OPENS = ("\n", ". ")  # what stands before a sentence's first word
_PRONOUNS = (("He ", "m"), ("She ", "f"))
# A quote of one paragraph line and its tag's pronoun: "“…,” she says", "“…?” he asked".
_TAG = re.compile(r"[“\"][^”\"\n]{1,600}[,?!]?[”\"] (he|she) [a-z]+")


def next_subject_fits(index: CapitalIndex, name: str, gender: str) -> bool:
    """Whether a name given to both men and women is `gender` by the sentences its surname
    opens: the next opens with that gender's he or she, never the other's."""
    if not given_to_both(name.partition(" ")[0]):
        return False
    votes = next_subject_votes(index, name.rpartition(" ")[2])
    return votes[gender] > 0 and not votes["f" if gender == "m" else "m"]


def next_subject_votes(index: CapitalIndex, last: str) -> dict[str, int]:
    """He/she counts opening the sentence right after each sentence the surname opens as its
    subject, when no other person's given name is written between ("Aldous walked out. He
    said …"; not "Lind met Erik Sand. He said …")."""
    votes = {"m": 0, "f": 0}
    text = index.text
    for at in index.find(last, whole=True):
        if at and not text.endswith(_OPENS, 0, at):
            continue
        if text.startswith(("’", "'"), at + len(last)):
            continue  # "Vale’s co-host, Jo Kim, … She": the possessive is not the subject
        stop = _sentence_end(text, at + len(last))
        if stop < 0:
            continue
        gender = next((g for word, g in _PRONOUNS if text.startswith(word, stop)), None)
        gender = gender or _tag_gender(text, stop)
        if gender and not _given_between(text, at + len(last), stop):
            votes[gender] += 1
    return votes


def _tag_gender(text: str, start: int) -> str | None:
    """'m' or 'f' from the tag of a quote that opens the sentence at `start` ("Graves admits
    it. “…,” she says."): the quote's he or she, as one opening the sentence would be."""
    if not text.startswith(("“", '"'), start):
        return None
    tag = _TAG.match(text, start)
    return None if tag is None else "f" if tag.group(1) == "she" else "m"


def _sentence_end(text: str, start: int) -> int:
    """Where the next sentence starts after `start` (past ". " or a paragraph break), or -1."""
    limit = min(len(text), start + _REACH)
    ends = [at for at in (text.find(". ", start, limit), text.find("\n", start, limit)) if at >= 0]
    if not ends:
        return -1
    at = min(ends)
    while at < len(text) and text[at] in ".\n ":
        at += 1
    return at


def _given_between(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word between two positions is a listed first name."""
    return any(
        word[:1].isupper() and first_name_gender(word.strip(",.;:()")) is not None
        for word in text[start:end].replace("’s ", " ").replace("'s ", " ").split()
    )
