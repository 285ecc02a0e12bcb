"""Headline names a Title Case pair test misses: surname particles, initials, Korean given names."""

from __future__ import annotations

import re

from bot.extraction.lexicon import PARTICLES
from bot.extraction.lexicons import is_family_name
from bot.extraction.persons import first_name_gender

_PARTICLE_SET = frozenset(PARTICLES.split("|"))
_JOINED = re.compile(r"(?:al|el)-[A-Z][a-z]+")  # "al-Farouk"
_SURNAME = re.compile(r"[A-Z][\w’'\-]*")
_INITIAL = re.compile(r"[A-Z]\.")  # "J." of "J. R. Okafor"
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")  # "Min-jun", "Seo-yeon"


def particle_name_end(words: list[str], index: int, body: str) -> int:
    """The index after a name that runs from `words[index]` through lower-case particles to a
    surname ("Milo de Bock", "Anna van der Berg", "Aminatu al-Farouk"), or 0 when there is none:
    the first word is a known first name or the body writes the particles and surname together."""
    given = first_name_gender(words[index]) is not None
    end = index + 1
    while end < len(words) and (words[end] if not given else words[end].lower()) in _PARTICLE_SET:
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
