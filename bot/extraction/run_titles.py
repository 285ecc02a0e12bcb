"""Where the titles at the front of a capitalised run end and the person's name begins."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ORG_WORDS, PARTICLES
from bot.extraction.lexicon import TITLES as TITLE_WORDS
from bot.extraction.lexicons import (
    common_words,
    is_demonym,
    is_place,
    occupations,
    person_nouns,
    title_surnames,
)
from bot.extraction.persons import first_name_gender, vietnamese_order

_INITIAL = re.compile(r"[A-Z]\.")  # "P." in "Sri P. Rao" or "Sri K.V. Rao"
_AGENT_ENDS = ("er", "or", "ist", "ian")  # nouns for one who does: "Cellarer", "Curator"
_PARTICLES = frozenset(PARTICLES.split("|"))
# Titles that are also names or place words: "Kings", "Deans", "Majors" are no plural titles.
_NAME_TITLES = frozenset(("dean", "king", "major", "judge", "bishop", "prince", "earl", "duke"))


def after_title_words(tokens: list[str]) -> str:
    """The name in the words after a title's "I" and its capitalised verb ("I Learned From Tom
    Reyes"): from the first known first name on, else none ("I Want Power")."""
    for index, token in enumerate(tokens):
        if first_name_gender(token):
            return " ".join(tokens[index:])
    return ""


def title_surname(before: str) -> bool:
    """Whether a title word that is also a surname, ending a run, follows a word that may be a
    given name (no common word or place: "Saudi King" stays a title)."""
    return first_name_gender(before) is not None or not (
        before.lower() in common_words() or is_place(before)
    )


def title_surname_after(tokens: list[str], index: int) -> bool:
    """Whether a title word that is also a common surname, or a hyphened surname holding a
    title word ("Forster-Lord"), follows a known first name ("Sofia Pastor", "Joseph Baron"):
    the surname, not a title after the name."""
    lower = tokens[index].lower()
    parts = lower.split("-")
    surname = lower in title_surnames() or (
        len(parts) > 1 and not all(part in TITLE_WORDS for part in parts)  # "Forster-Lord"
    )
    return surname and first_name_gender(tokens[index - 1]) is not None


def hyphen_title(lower: str) -> bool:
    """A title written with a hyphen: "Vice-President", "Attorney-General", "Mayor-Elect"."""
    return "-" in lower and any(part in TITLE_WORDS for part in lower.split("-"))


def first_name_at(tokens: list[str]) -> int:
    """Where a known first name starts the name at the end of a run of three words or more,
    right after a word that may head a title ("Harbour Master Maria Holt": 2) or one or two
    words for one who does something ("Master Distiller Owen Pratt"), else 0."""
    if len(tokens) < 3 or first_name_gender(tokens[0]) or vietnamese_order(tokens):
        return 0  # "Vo Van Quoc Bao": a family name first, then the rest of one name
    for index in range(1, len(tokens) - 1):
        if tokens[index].lower() not in _PARTICLES and first_name_gender(tokens[index]):
            if is_place(f"{tokens[index - 1]} {tokens[index]}"):
                return 0  # "San Diego Padres": a place's name, no first name
            if _describes(tokens[index - 1]):
                return index
            # "Tavenzy Julius Cesar": after a word that heads no title, a middle name
            return index if index <= 2 and all(_is_agent(t) for t in tokens[:index]) else 0
    return 0


def _is_agent(word: str) -> bool:
    """A word for one who does something ("Cellarer", "Curator"), no first name."""
    return word.lower().endswith(_AGENT_ENDS)


def _describes(word: str) -> bool:
    """A word that may stand before a name without being one: a common word, a title, an
    organisation word, an occupation or a place ("Harbour Master", "Getty Images", "Guild")."""
    return _listed(word) or is_place(word)


def _listed(word: str) -> bool:
    """A common word, a title, an organisation word or an occupation."""
    lower = word.lower()
    return (
        lower in common_words()
        or lower in TITLE_WORDS
        or lower in ORG_WORDS
        or lower in occupations()
    )


def role_before_name(tokens: list[str], index: int) -> bool:
    """Whether a run's word is a job, a noun for a person or a nationality set before a first
    name ("Geologist Ana Ruiz", "Widow Ann Lee", "Kenyan Grace Ode"); a first name itself
    ("Mason") never is."""
    lower = tokens[index].lower().rstrip(".")
    if lower in occupations():
        return True
    if lower == "sri" and index + 1 < len(tokens) and _INITIAL.fullmatch(tokens[index + 1][:2]):
        return True  # "Sri P. Rao": the honorific of Indian English, not Indonesia's "Sri Wahyuni"
    if index + 2 < len(tokens) and is_demonym(tokens[index]):  # a first name and a surname
        return first_name_gender(tokens[index + 1]) is not None
    if (
        index + 1 >= len(tokens)
        or lower not in person_nouns()
        or first_name_gender(tokens[index]) is not None
    ):
        return False
    return first_name_gender(tokens[index + 1]) is not None or _agent_before_pair(tokens, index)


def _agent_before_pair(tokens: list[str], index: int) -> bool:
    """Whether a word for one who does something opens a run of three whose last two may be a
    name no list knows ("Drummer Sunniva Brekke"), not a place or body ("Walker Art Center")."""
    if index != 0 or len(tokens) != 3 or not _is_agent(tokens[0]):
        return False
    first, last = tokens[1], tokens[2]
    return (
        not _listed(first)  # "Musicologist Anand Chaturvedi": a place's name may be a first name
        and not _describes(last)
        and first.lower() not in person_nouns()
        and last.lower() not in person_nouns()
    )


def plural_title(tokens: list[str], index: int) -> bool:
    """Whether a token is a title in the plural before a first name ("Senators Ann Ode", "Drs
    Mia Hart"), not a body's or place's word ("Doctors Without Borders", "Kings College")."""
    lower = tokens[index].lower().rstrip(".")
    single = lower[:-1]
    return (
        lower.endswith("s")
        and single in TITLE_WORDS
        and single not in _NAME_TITLES
        and len(tokens) - index > 2
        and tokens[-1].lower() not in ORG_WORDS
        and first_name_gender(tokens[index + 1]) is not None
    )
