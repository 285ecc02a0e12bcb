"""Headline names a Title Case pair test misses: particles, initials, Korean, Vietnamese."""

from __future__ import annotations

import re

from bot.extraction.lexicons import common_words, is_family_name, is_place, verbs
from bot.extraction.persons import first_name_gender, vietnamese_order
from bot.extraction.runs import PARTICLE_SET

_JOINED = re.compile(r"(?:al|el)-[A-Z][a-z]+")  # "al-Farouk"
_SURNAME = re.compile(r"[A-Z][\w’'\-]*")
_INITIAL = re.compile(r"[A-Z]\.")  # "J." of "J. R. Okafor"
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")  # "Min-jun", "Seo-yeon"
_CREDIT_VERBS = r",? (?:said|says|added|told)\b"  # after a family name alone: "Zhang said"


def particle_name_end(words: list[str], index: int, body: str) -> int:
    """The index after a name that runs from `words[index]` through lower-case particles to a
    surname ("Milo de Bock", "Anna van der Berg", "Aminatu al-Farouk"), or 0 when there is none:
    the first word is a known first name or the body writes the particles and surname together."""
    given = first_name_gender(words[index]) is not None
    end = index + 1
    while end < len(words) and (words[end] if not given else words[end].lower()) in PARTICLE_SET:
        end += 1
    if end >= len(words):
        return 0
    last = words[end].rstrip(",:;")
    joined = end == index + 1 and _JOINED.fullmatch(last) is not None
    if end == index + 1 and not joined:
        return 0
    if not joined and _SURNAME.fullmatch(last) is None:
        return 0
    tail = " ".join([*words[index + 1 : end], last])
    if not given and f" {tail}" not in body:
        return 0
    return end + 1


def keep_particle_names(words: list[str], keep: list[bool], body: str) -> None:
    """Mark the words of every particle name (`particle_name_end`) in `keep`."""
    for index in range(len(words) - 1):
        if not words[index][:1].isupper():
            continue
        end = particle_name_end(words, index, body)
        for at in range(index, end):
            keep[at] = True


def keep_initials(words: list[str], keep: list[bool]) -> None:
    """Keep the initials written before a kept name ("A. B. Lawrence", "J. Okafor")."""
    for index in range(len(words) - 2, -1, -1):
        if keep[index + 1] and not keep[index] and _INITIAL.fullmatch(words[index]):
            keep[index] = True


def korean_given(word: str) -> bool:
    """Whether a word has the shape of a romanised Korean given name ("Min-jun", "Ji-woo")."""
    return _KOREAN_GIVEN.fullmatch(word) is not None


def keep_korean_names(words: list[str], keep: list[bool], body: str) -> None:
    """Keep a family name before a romanised Korean given name ("Park Seo-yeon", "Oh Ji-hoon")
    when the family name is listed or the body writes it alone ("Oh said")."""
    for index in range(len(words) - 1):
        family, given = words[index], words[index + 1].rstrip(",:;")
        if not korean_given(given) or not family.isalpha() or not family.istitle():
            continue
        if is_family_name(family.upper()) or f" {family} " in body:
            keep[index] = keep[index + 1] = True


def keep_family_first_names(words: list[str], keep: list[bool], body: str) -> None:
    """Keep a listed family name and the short given name after it ("Zhang Jun Warns", "Xie
    Ming") when the body credits the family name alone ("Zhang said")."""
    for index in range(len(words) - 1):
        family, given = words[index], words[index + 1].rstrip(",:;")
        if keep[index] or not family.isalpha() or not family.istitle() or len(given) > 7:
            continue
        if not given.isalpha() or not given.istitle() or _verb_or_common(given):
            continue
        if is_family_name(family.upper()) and _credited(family, body):
            keep[index] = keep[index + 1] = True


def _credited(family: str, body: str) -> bool:
    """Whether the body credits a family name alone with a verb of saying ("Zhang said")."""
    return re.search(rf"(?<![\w’']){re.escape(family)}{_CREDIT_VERBS}", body) is not None


def keep_vietnamese_names(words: list[str], keep: list[bool]) -> None:
    """Keep three words that are a Vietnamese name, family name first ("Nguyễn Văn Châu"),
    which the first-name pair test splits after a family name no list gives a gender."""
    for index in range(len(words) - 2):
        three = [word.rstrip(",:;") for word in words[index : index + 3]]
        if not vietnamese_order(three) or any(_verb_or_common(word) for word in three[1:]):
            continue
        if not is_place(" ".join(words[index : index + 4])):  # "Ho Chi Minh City"
            keep[index] = keep[index + 1] = keep[index + 2] = True


def _verb_or_common(word: str) -> bool:
    """Whether a headline word is a common English word or a verb's "-s" form ("Warns")."""
    lower = word.lower()
    return lower in common_words() or (lower.endswith("s") and lower[:-1] in verbs())
