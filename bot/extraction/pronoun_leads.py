"""A "he" or "she" leading a quote: the pronoun that is a lead's subject, and whether the quote
speaks of that one as someone else; and an "I" framing the quote at the lead's end."""

from __future__ import annotations

import re
from collections.abc import Sequence

PRONOUN_LEAD = re.compile(r"(?:He|She)\s+[a-z]+")
# "he"/"she" as the subject after an opening phrase: "The morning after, she’ll stretch", "Asked
# on a podcast last month whether the company was overvalued, he laughed"; never after the one
# asking ("Asked by host X whether …, she laughed": the pronoun is not the asker's).
_PRONOUN_AFTER_OPENING = re.compile(
    r"(?!(?:Asked|Pressed|Questioned|Quizzed|Challenged) by )"
    r"[^,.;:!?]{2,120}, (he|she)(?:[’'](?:ll|d))?\s+[a-z]+"
)


# The same after a phrase of time with no comma: "The next day she loads up on lentils:",
# "Then he turns to the crowd:", "Most mornings she’ll stretch:".
_PRONOUN_AFTER_TIME = re.compile(
    r"(?:(?:[A-Z][a-z]*\s+)?(?:[a-z]+\s+){0,2}(?:day|morning|night|evening|afternoon|week|weekend"
    r"|month|year|season|time)s?|Then|Later|Afterwards|Sometimes|Often|Usually|Now|Today)"
    r" (he|she)(?:[’'](?:ll|d))?\s+[a-z]+"
)


def pronoun_subject(lead: str) -> str | None:
    """The "he" or "she" that is the subject of a lead, at its start or after an opening
    phrase ("He turned to us,", "The morning after, she’ll stretch:"), else None."""
    if PRONOUN_LEAD.match(lead):
        return lead.split(None, 1)[0].lower()
    found = _PRONOUN_AFTER_OPENING.match(lead)
    return found.group(1) if found else None


def pronoun_before_colon(sentence: str) -> str | None:
    """The "he" or "she" that is the subject of a sentence leading to a quote after a colon or
    comma, also after a phrase of time with no comma ("The next day she loads up on lentils:")."""
    subject = pronoun_subject(sentence)
    if subject:
        return subject
    found = _PRONOUN_AFTER_TIME.match(sentence)
    return found.group(1) if found else None


_ASKED_LEAD = re.compile(r"(?:Asked|Pressed|Questioned|Quizzed|Challenged)\s+(?!by\b)[a-z]")


def answers_asked(lead: str) -> bool:
    """Whether a lead opens with a question put to its "he" or "she" ("Asked what he would say
    to X, he smiled."): the one asked answers, though the quote speaks of "him" or "her"."""
    return _ASKED_LEAD.match(lead) is not None


# "He"/"she" doing something, not hearing or reading it, in a sentence the quote ends:
# "She blames greed and a belief that “…”", "The pope also takes on those who “…”".
ACTING_PRONOUN = re.compile(
    r"(He|She|The [a-z]+)\s+(?:also\s+|then\s+|later\s+|even\s+)?"
    r"(?!(?:was|is|were|had|has|did|does|read|heard|hears|saw|sees|received|receives|got|gets"
    r"|quoted|quotes|cited|cites|denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses|watched|watches)\b)"
    r"[a-z]+(?:s|ed)\b[^.!?“”\"]{8,}"
)
_THIRD = {"he": re.compile(r"\b(?:him|his|himself)\b"), "she": re.compile(r"\b(?:her|herself)\b")}


def about_them(pronoun: str, pieces: Sequence[str]) -> bool:
    """Whether a quote speaks of "he" or "she" as someone else ("… to devote himself …")."""
    third = [_THIRD[pronoun.lower()]] if pronoun.lower() in _THIRD else list(_THIRD.values())
    return any(pattern.search(piece) for pattern in third for piece in pieces)


# A role in a state, ending the sentence before a bare quote: "In the tunnel afterwards the
# captain is hoarse.", "After the match, the captain was still breathless." (no deed done to
# them: "was substituted").
_ROLE_IN_A_STATE = re.compile(
    r"(?:[A-Z][^.!?“”\"]{0,50}?[ ,]\s*)?(?:[Tt]he) ([a-z\-]+) (?:is|was) (?:(?:still|less|more"
    r"|now|clearly|visibly|a little|almost) )?(?![a-z]+ed\b)[a-z]+[.!]"
)


def role_in_a_state(lead: str) -> str | None:
    """The role noun of a lead's last sentence saying how "the captain" is, else None."""
    sentence = lead.strip().rsplit(". ", 1)[-1]
    found = (
        _ROLE_IN_A_STATE.fullmatch(sentence) if " is " in sentence or " was " in sentence else None
    )
    return found.group(1) if found else None


# Words a pronoun owns just before the quote: "in her words,", "by his own account,", "as she
# later put it,", "what he called", with only the rest of the clause between them and the quote.
_OWN_WORDS = re.compile(
    r"(?:\b[Ii]n\s+(his|her|their)\s+(?:own\s+)?(?:words|telling|phrase)"
    r"|\b[Bb]y\s+(his|her|their)\s+(?:own\s+)?(?:account|admission|reckoning)"
    r"|\b[Aa]s\s+(he|she|they)\s+(?:[a-z]+ly\s+|later\s+|once\s+|often\s+|liked\s+to\s+"
    r"|likes\s+to\s+|would\s+|used\s+to\s+){0,2}(?:put|puts)\s+it),\s*[^,;“”\"]{0,80}$"
    r"|\bwhat\s+(he|she|they)\s+(?:[a-z]+ly\s+|later\s+|once\s+|often\s+){0,2}(?:called|calls"
    r"|termed|terms|dubbed|dubs|described\s+as|describes\s+as|referred\s+to\s+as)\s*$"
    # a charge set beside the clause, that the pronoun answers: ", a charge she dismissed as"
    r"|,\s+(?:a|an)\s+(?:[a-z\-]+\s+){1,2}(?:that\s+|which\s+)?(he|she|they)\s+(?:[a-z]+ly\s+)?"
    r"(?:dismissed|dismisses|rejected|rejects|derided|derides|mocked|mocks|branded|brands"
    r"|labelled|labels|labeled|denounced|denounces|described|describes|called|calls)"
    r"(?:\s+as)?\s*$"
)
_OWN_WORDS_HINTS = (
    *"words telling phrase account admission reckoning put what".split(),
    *"dismiss reject derid mock brand label denounc describ call".split(),  # ", a charge she …"
)


def own_words(lead: str, stripped: str) -> str | None:
    """The pronoun ("he", "she", "his", "her") whose words a lead says the quote holds: a lone
    "his" or "her", "in her words,", "by his account,", "as she put it,", "what he called";
    else None."""
    if stripped in ("his", "His", "her", "Her"):
        return stripped.lower()  # "his “…”"
    tail = lead[-200:]
    if not any(map(tail.__contains__, _OWN_WORDS_HINTS)):
        return None
    found = _OWN_WORDS.search(tail)
    word = next((group for group in found.groups() if group), None) if found else None
    return word.lower() if word else None


# The first person framing the quote at the end of its lead: "… somebody that I'm just like,",
# "… books that make me go,", "and I thought:"; the quote is the "I"'s, not the subject's.
_MY_FRAME = re.compile(
    r"(?:\b(?:I|I’m|I'm|I’d|I'd|we|we’re|we're)\s+(?:[a-z]+\s+){0,2}(?:like|go|went|thought"
    r"|think|say|said)|\bmakes?\s+(?:me|us)\s+(?:go|say|think))\s*[,:]?\s*$"
)


def in_my_words(lead: str) -> bool:
    """Whether the lead ends in a first-person frame of the quote ("… that I'm just like,")."""
    if "I" not in lead and "me " not in lead and "we" not in lead:
        return False  # the cheap test first
    return _MY_FRAME.search(lead[-60:]) is not None
