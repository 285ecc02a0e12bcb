"""Names whose shape looks like something else: a hyphened given name ("Yoon Seo-yeon"), a
family name or a surname in capitals ("KIM Hana", "Mary LEE"), against descriptors and acronyms."""

from __future__ import annotations

import calendar
import re

from bot.extraction.lexicon import NOT_NAMES, ORG_WORDS, TITLE_ABBREVIATIONS
from bot.extraction.lexicons import common_words, is_family_name, is_person_noun, is_place
from bot.extraction.persons import first_name_gender
from bot.extraction.word_given import chinese_family

# One romanised syllable: "seo", "yeon", "hyun", "jin", "kuan", "yew".
_SYLLABLE = r"[bcdfghjklmnprstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|k|l|m|p|r)?"
_GIVEN = re.compile(rf"{_SYLLABLE}-{_SYLLABLE}")
_DESCRIPTOR = re.compile(r"-[a-z]{3,}")  # "Ex-escort-turned-hairdresser", "Dallas-based"


def hyphened_given(tokens: list[str], index: int) -> bool:
    """Whether tokens[index] is a given name of two syllables joined by a hyphen after a family
    name ("Yoon Seo-yeon") or before it ("Nam-gyu Lee"), not a descriptor such as
    "Dallas-based" or "Irish-born"."""
    token = tokens[index]
    after = index and index == len(tokens) - 1 and tokens[index - 1][:1].isupper()
    before = index == len(tokens) - 2 and tokens[index + 1][:1].isupper()
    if not (after or before):
        return False
    head, _, tail = token.partition("-")
    if not (head[:1].isupper() and tail[:1].islower()):
        return False
    return _GIVEN.fullmatch(token.lower()) is not None


# Common Korean, Chinese and Japanese family names, as institute releases write them in
# capitals before the given name ("Professor KIM Hana"); words that are English too are left out.
_CAPS_FAMILY = frozenset(
    """KIM LEE PARK CHOI CHO JUNG JEONG KANG YOON LIM HAN SEO SHIN KWON HWANG AHN YOO HONG JEON
    YANG BAE BAEK HEO NAM NOH RYU WANG LI ZHANG LIU CHEN HUANG ZHAO WU ZHOU XU SUN ZHU HU GUO
    LIN GAO LUO ZHENG LIANG XIE TANG SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO
    NAKAMURA KOBAYASHI KATO""".split()
)


def caps_family(tokens: list[str], index: int) -> bool:
    """Whether tokens[index] is a family name in capitals, alone or before one given name
    ("KIM Hana", "Prof. KIM"), not an acronym; one of the longer list only before a given
    name that is no common word or place ("CHA Sunmi", not "SIM Card")."""
    token = tokens[index]
    if token not in _CAPS_FAMILY and (index != len(tokens) - 2 or not token.isupper()):
        return False  # the commonest case: no family name, or not before one last word
    rest = tokens[index + 1 :]
    given = len(rest) == 1 and rest[0][:1].isupper() and rest[0][1:].islower()
    if token in _CAPS_FAMILY:
        return not rest or given
    return (
        given
        and is_family_name(token)
        and rest[0].lower() not in common_words()
        and not is_place(rest[0])
    )


def descriptor(tokens: list[str], index: int) -> bool:
    """Whether a token describes rather than names ("Dallas-based"), unlike "Seo-yeon"."""
    return bool(_DESCRIPTOR.search(tokens[index])) and not hyphened_given(tokens, index)


_ROMAN = re.compile(r"[IVXLCDM]+")
_INITIAL = re.compile(r"[A-Z]\.")


def caps_surname(tokens: list[str]) -> bool:
    """A known first name then a surname in capitals ("Mary LEE", "C. Justin LEE", "Mary J.
    LEE"); a credential comes after a full name ("Nora Dunn MS"), a numeral is no surname
    ("Charles III")."""
    tokens = [token for token in tokens if not _INITIAL.fullmatch(token)]
    if len(tokens) != 2 or len(tokens[1]) < 3 or _ROMAN.fullmatch(tokens[1]):
        return False
    last = tokens[1]
    return (
        last.isalpha()
        and last.isupper()
        and any(letter in "AEIOUY" for letter in last)
        and first_name_gender(tokens[0]) is not None
    )


def given_before(full: str, name: str, text: str = "", at: int = 0) -> bool:
    """Whether `full` (written at `at` in `text`) is `name` after a given name: a first name
    ("Ana Cruz Vidal" for "Cruz Vidal"), or any name a title's stop is written just before
    ("Eng. Salem Rashid Al-Nuaimi" for "Rashid Al-Nuaimi")."""
    if not full.endswith(" " + name):
        return False
    title, stop, _ = text[at : at + 8].partition(". ")
    return (bool(stop) and title.lower() in TITLE_ABBREVIATIONS) or (
        first_name_gender(full[: -len(name) - 1]) is not None
    )


# A month that is also a given name, after a word that puts a date before it ("In June Reyes
# said", "since May Okafor took over"), is no part of the name; after "by", "from" or "of" it
# is ("written by June McDonald", "a letter from April Hughes").
_GIVEN_MONTHS = ("June ", "April ", "May ", "August ")
_DATE_BEFORE = re.compile(
    r"\b(?:in|since|until|till|last|early|late|mid|next|this|during|before|after|throughout)\s+$",
    re.IGNORECASE,
)


def month_dated(text: str, start: int, run: str, before: str = "") -> int:
    """How many characters of a run are a month standing for a date ("June " after "In "),
    or 0: a month that is also a given name opens a name elsewhere ("said June McDonald");
    `before` is the text written before `text`, when it is cut from a longer one."""
    words = run.split(" ", 2)  # the month, if any, is the first word or the second
    if (
        len(words) > 2
        and f"{words[1]} " in _GIVEN_MONTHS
        and _DATE_BEFORE.fullmatch(words[0] + " ") is not None
    ):
        return len(words[0]) + len(words[1]) + 2  # "In June Reyes" opening a sentence
    if not run.startswith(_GIVEN_MONTHS) or " " not in run:
        return 0
    prefix = text[max(0, start - 12) : start]
    if start < 12:
        prefix = (before + prefix)[-12:]
    if _DATE_BEFORE.search(prefix) is None:
        return 0
    return len(run.partition(" ")[0]) + 1


def is_acronym(token: str) -> bool:
    """ "NASA", "U.S.": letters in capitals, short or dotted."""
    letters = token.replace(".", "")
    return len(letters) > 1 and letters.isupper() and (len(letters) <= 4 or "." in token)


# Short forms of months that are also given names ("Jan Kowalski", "Jun Takeda"), and the given
# name "Said" that is also the verb ("said head teacher Said Benali", "Said Benali, 45, said").
_MONTH_GIVEN = frozenset(("jan", "jun", "said", "june", "april", "may", "august"))
_WHOLE_GIVEN = frozenset(("said", "june", "april", "may", "august"))  # one surname after them


def _month_given(tokens: list[str], index: int) -> bool:
    """Whether a month's short form opens a name before a surname ("Jun Takeda-Morrow")."""
    token = tokens[index]
    if token.lower() not in _MONTH_GIVEN or index + 1 >= len(tokens):
        return False
    after = tokens[index + 1]
    if token.lower() in _WHOLE_GIVEN and index + 2 != len(tokens):
        return False  # "Said Benali", never "Said Tom Reyes" (the verb before a full name)
    if token.lower() == "said" and first_name_gender(after):
        return False  # "Said Tom": the verb before a first name
    if token.lower() != "said" and (after.lower() in common_words() or is_place(after)):
        return False  # "In June Labour", "since May Paris": a date before a body or place
    return after[:1].isupper() and after.lower() not in NOT_NAMES and not is_acronym(after)


def month_given(tokens: list[str], index: int) -> bool:
    """Whether a month's short form opens a name before a surname ("Jun Takeda-Morrow") or
    ends one after a family name written first ("Lei Jun", "Zhang Jun")."""
    if _month_given(tokens, index):
        return True
    last = index == len(tokens) - 1 and index > 0
    if not last or tokens[index] != "Jun":
        return False
    return is_family_name(tokens[index - 1].upper()) or chinese_family(tokens[index - 1])


def opens_with_month_given(name: str) -> bool:
    """Whether `name` is a given name that is also a month's short form and a surname."""
    return month_given(name.split(), 0)


_DAYS = frozenset(day.lower() for day in calendar.day_name)


def day_paper(tokens: list[str], index: int) -> bool:
    """Whether a day's name opens the name of a paper or body ("Sunday Herald", "Saturday
    Post"), not a date before a name ("Monday Tom Reyes")."""
    last = tokens[-1].lower()
    return index == 0 and len(tokens) > 1 and tokens[index].lower() in _DAYS and last in ORG_WORDS


def role_fits(subject: re.Match[str]) -> bool:
    """Whether the word in lower case a subject pattern let stand before its name (group 1), if
    any, is a role ("sociologist Ana Ruiz") or a name given ("calling itself X"), not a word of
    the sentence ("then Ana Ruiz")."""
    before = subject.string[subject.start() : subject.start(1)].split()
    word = before[-1] if before else ""
    named = word in ("itself", "themselves", "called", "as")  # "A group calling itself X"
    return not word.islower() or word == "the" or named or is_person_noun(word)
