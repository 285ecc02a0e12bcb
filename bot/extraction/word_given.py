"""Given names that are common words ("Per", "Peace") and Chinese family names ("He", "Ma") kept."""

from functools import cache

from bot.extraction.lexicons import common_words, data_lines, is_place, listed_gender


@cache
def _word_given_names() -> frozenset[str]:
    return frozenset(data_lines("word_given_names.txt"))


@cache
def _chinese() -> dict[str, frozenset[str]]:
    pairs = [line.split("\t") for line in data_lines("chinese_romanized.tsv")]
    return {kind: frozenset(n for k, n in pairs if k == kind) for kind in ("family", "given")}


def chinese_family(word: str) -> bool:
    """Whether a word is a romanised Chinese family name ("He", "Ma", "Xu")."""
    return word in _chinese()["family"]


def chinese_pair(words: list[str]) -> bool:
    """Whether two words are a romanised Chinese family name, then a given name ("Ma Jun")."""
    return len(words) == 2 and chinese_family(words[0]) and words[1] in _chinese()["given"]


@cache
def _surnames() -> frozenset[str]:
    return frozenset(data_lines("surnames.txt"))


def listed_surname(word: str) -> bool:
    """Whether a word is a listed family name that is no common word ("Adams", "Noor")."""
    return word in _surnames()


def word_given(words: list[str]) -> bool:
    """Whether two capitalised words are a given name that is also a common word and a listed
    surname ("Per Lindqvist", "Peace Okafor"), or a Chinese family name and a romanised given
    name ("He Wei", "Ma Jun"), not an opener before a name ("Among Walsh", "He Tom")."""
    if len(words) != 2:
        return False  # the cheap test: almost every run fails here
    chinese = chinese_family(words[0])
    if not chinese and words[0] not in _word_given_names():
        return False
    surname = words[1].rstrip(".,;:")
    for ending in ("’s", "'s"):
        surname = surname.removesuffix(ending)
    if chinese:  # "He Wei", "Ma Jun": a family name before a given name
        return surname in _chinese()["given"]
    if surname.lower() in common_words() or listed_gender(surname) or is_place(surname):
        return False
    return surname in _surnames()
