"""A paper its subject put out, corrected or apologised for, whose claim a quote completes: "The
Herald ran a story that the minister had “…”" is the Herald's claim."""

from __future__ import annotations

import re

from bot.extraction.written_it import last_sentence_start

PAPER_WORDS = ("article", "story", "report", "piece", "segment", "broadcast", "column", "editorial")
# Verbs of putting a paper out or taking it back: "ran a story", "retracted its report".
PUT_OUT_VERBS = "published|ran|aired|printed|corrected|retracted|withdrew|deleted"
# The subject, a verb of putting a paper out or taking it back, the paper, and its claim with
# the quote's opening after it: "It had to apologise for a report that the troops were".
_PUT_OUT = re.compile(
    r"(.{1,80}?)\s+(?:(?:had|has|was|were)\s+(?:forced\s+)?to\s+|later\s+)?"
    rf"(?:{PUT_OUT_VERBS}"
    r"|apologi[sz]ed\s+for|apologi[sz]e\s+for)\s+(?:an?|the|its|their|his|her)\s+(?:[a-z]+\s+)?"
    r"(?:" + "|".join(PAPER_WORDS) + r")\s+(?:that|saying|claiming|which\s+said)\s[^“”\"]*"
)
_PRONOUNS = ("it", "he", "she", "they")


def paper_subject(sentence: str) -> str | None:
    """The subject (a pronoun in lower case, else the words) of a sentence ending on the
    claim of a paper it put out or took back, else None; read only when a paper is named."""
    if not any(paper in sentence for paper in PAPER_WORDS):
        return None
    found = _PUT_OUT.fullmatch(sentence)
    if found is None:
        return None
    subject = found.group(1).strip()
    return subject.lower() if subject.lower() in _PRONOUNS else subject


def sentence_before(text: str) -> str:
    """The last sentence of a text, without its full stop."""
    text = text.rstrip(" .")
    return text[last_sentence_start(text) :].strip()


def no_person(name: str, gender: str | None) -> bool:
    """Whether a subject "it" may stand for is no person: an acronym ("The BBC") or a name
    given no gender ("The Daily Courier")."""
    return name.split()[-1].isupper() or gender is None
