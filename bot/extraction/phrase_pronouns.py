"""The pronoun a speech phrase stands on ("she", "he’ll", "she can be heard telling")."""

import re

from bot.extraction.phrase_names import ALL_PRONOUNS
from bot.extraction.runs import is_acronym
from bot.extraction.word_given import chinese_pair

_AUXILIARY = re.compile(r"[’'](?:d|ll)$")  # a contracted "would" or "will"


def phrase_pronoun(phrase: str) -> str | None:
    """The pronoun ending or opening a phrase's last clause, else None ("He Wei" is a name)."""
    words = phrase.rstrip(",").rpartition(",")[2].split()
    if words:
        words[-1] = _AUXILIARY.sub("", words[-1])  # "she’d (reply)", "he’ll (say)"
    if words and is_acronym(words[-1]):
        return None  # "the WHO": an acronym, not "who"
    if words and words[-1].lower() in ALL_PRONOUNS:
        return words[-1].lower()
    if 1 < len(words) <= 5 and words[0].lower() in ALL_PRONOUNS and not is_acronym(words[0]):
        her = words[0].lower() == "her"  # "WHO chief Ana Ruiz": an acronym, not "who"
        if her and words[1][:1].isalpha():
            return None  # "Her colleague Dr Raul Pinto", "her aide": someone of hers
        if chinese_pair(words[:2]):
            return None  # "He Wei": a Chinese family name, then a given name
        return words[0].lower()  # "she can be heard telling"
    return None
