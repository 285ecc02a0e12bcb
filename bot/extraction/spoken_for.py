"""Whom an unnamed person speaks for ("A spokesman for Mayor Owen Price"), where someone
unnamed but described speaks ("A salesman at a showroom said"), and the genders "he" and "she"
give."""

from __future__ import annotations

import re

from bot.extraction.anonymous_openings import UNNAMED_STAFF
from bot.extraction.appositive_person import appositive_person
from bot.extraction.lexicon import ROLE_NOUNS, SPEECH_VERB
from bot.extraction.lexicons import occupations, person_nouns
from bot.extraction.title_genders import role_gender

PRONOUN_GENDERS = {"he": "m", "she": "f"}

# Whom an unnamed person speaks for, after them: "(A spokesman) for Mayor Owen Price",
# "(An aide) to Owen Price", "(A source) close to the Lloyd family".
_SPOKEN_FOR = re.compile(
    r"\s+(?:for|to|of|close\s+to|from|at)\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*(?:\s+|$)){1,6}"
)


def spoken_for_end(text: str, at: int) -> int:
    """Where the words about whom an unnamed person speaks for end, from `at` on."""
    found = _SPOKEN_FOR.match(text, at)
    return found.end() if found else at


# A sentence of a quote whose speaker after it is unnamed: "“…,” a Voltaro spokeswoman said.",
# "“…,” said a spokesman for the club."
_UNNAMED_AFTER_QUOTE = re.compile(
    r"[“\"][^”\"]{0,600}[”\"][\s,]*(?:(?:"
    + SPEECH_VERB.pattern
    + r")\s+)?(?:a|an|one)"
    + UNNAMED_STAFF
)


def unnamed_after_quote(text: str, at: int) -> tuple[int, str] | None:
    """Where the words about the unnamed speaker of a quote opening the sentence at `at` end
    ("“…,” a spokeswoman for Voltaro said."), and those words; None for any other sentence."""
    found = _UNNAMED_AFTER_QUOTE.match(text, at)
    return (spoken_for_end(text, found.end()), found.group()) if found else None


# Someone unnamed described by a noun for a person and where they are: "A salesman at a showroom
# in Hangzhou", "One engineer at the plant", "An economist with the bank"; or the noun alone
# before an aside or the verb: "One tenant, a retired postman who …, said", "A neighbour said".
# Or someone's kin or role, themselves unnamed: "The mother of one participant, …, said", "One
# participant’s mother said".
_DESCRIBED = re.compile(
    r"(?:(?:A|An|One|Another)\s+(?:[a-z\-]+[’']s\s+)?(?:[a-z\-]+\s+){0,2}?"
    r"|The\s+(?=[a-z\-]+\s+of\s+(?:a|an|one|another)\s))"
    r"([a-z\-]+)(?:\s+(?:at|in|from|with|of)\s|,(?=\s+an?\s)"
    r"|\s+(?=(?:" + SPEECH_VERB.pattern + r"|was|is)\b))"
)
_SENTENCE_END = re.compile(r"[.!?]\s")
# A sentence opened by a full name, a title before it or not: ". Dr Keiko Arakawa, who".
_NAMED_OPENING = re.compile(
    r"[.!?]\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?[A-Z][\w’'\-]+\s+[A-Z]"
)
# Those whose trade is asking: what follows their question is the answer of the one asked.
_ASKERS = frozenset("reporter journalist correspondent".split())
_NAMED_BESIDE = re.compile(r",\s+[A-Z]")
# A mood closing the sentence in place of a speech verb: "… was less hopeful.", "… was blunter."
_MOOD = re.compile(r"\b(?:was|is)\s+(?:(?:less|more|far|much|even|rather)\s+)?[a-z]+[.:]")


def described_end(text: str, at: int, gender: str) -> int | None:
    """Where the speech verb (or a mood: "was blunter.") comes of a sentence opening at `at`, or of
    the paragraph, with someone unnamed described by a noun for a person of this gender or of
    none ("A salesman at a showroom said")."""
    match = _DESCRIBED.match(text, at)
    if match is None:  # the paragraph's opening, unless someone named opens a sentence since
        match = _DESCRIBED.match(text, 0)
        if match and _NAMED_OPENING.search(text, match.end(), at):
            return None  # "Another scientist was less reassuring. Dr Keiko Arakawa … she added:"
    if match is None:
        return None
    noun = match.group(1)
    owned = match.group().startswith("The") or "s " in match.group()  # "One participant’s mother"
    kin = owned and noun in ROLE_NOUNS  # "The mother of one participant": hers, unnamed
    described = appositive_person(text, match.end(1), gender)  # "One member, a nurse"
    if noun not in person_nouns() and noun not in occupations() and not kin and not described:
        return None
    if role_gender(noun) not in (None, gender):
        return None  # "A woman at the bar …, he said": someone else
    stop = _SENTENCE_END.search(text, match.end(), match.end() + 120)
    end = stop.start() if stop else match.end() + 120
    verb = SPEECH_VERB.search(text, match.end(), end) or _MOOD.search(text, match.end(), end + 1)
    if verb is None or _NAMED_BESIDE.search(text, match.end(), verb.start()):
        return None  # "A teacher at the school, Tomas Reyes, said": named after all
    if noun in _ASKERS and verb.group().lower().startswith("ask"):
        return None  # "A reporter asked whether …. “…,” she said.": the one asked answers
    return verb.start()


def owner_only(text: str, start: int, end: int) -> bool:
    """Whether a name written from `start` to `end` owns what follows it ("said Hollowell’s new
    rents were in line"): a possessor, never the subject who speaks."""
    return text.endswith(("’s", "'s"), start, end) or text.startswith(("’s ", "'s "), end)
