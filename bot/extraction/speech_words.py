"""Whether a speech word written before a quote is used as a verb ("said", "reported") or as
a noun or adjective ("the claims were", "forty reported sightings")."""

from __future__ import annotations

import re

from bot.extraction.lexicon import PASSIVE_BEFORE

# A determiner makes the verb's word a noun: "the claims were", "his comments", "these reports",
# and so does a plural owner: "the observers' reports showed".
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|these|those|such)\s+$|[a-z]s['’]\s+$", re.I
)

# A number before a participle and a plural after it: "forty reported sightings", "two confirmed
# cases" use it as an adjective ("the father-of-two said" and "two said:" are verbs).
_NUMBER_BEFORE = re.compile(
    r"(?<![\w\-])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens?|hundreds"
    r"|thousands|several|numerous)\s+$",
    re.I,
)


def is_verb(text: str, match: re.Match[str]) -> bool:
    """Whether a speech word is a verb: no passive ("is said to be") or determiner before it, no
    adjective ("forty reported sightings"), nor the end of a compound ("a news-writing firm");
    "was telling" is an ongoing act."""
    at = match.start()
    return (
        (match.group().endswith("ing") or PASSIVE_BEFORE.search(text, max(0, at - 12), at) is None)
        and _DETERMINER_BEFORE.search(text, max(0, at - 8), at) is None
        and not _adjective(text, match)
        and text[at - 1 : at] != "-"
        and not (match.group()[-2:-1] != "s" == match.group()[-1] and _plural_object(text, at))
    )


# A verb of getting after which a speech word ending in "s" is a plural noun, its object: "had
# received reports of", "has comments from"; never "he reports" or "had said".
_OBJECT_VERB_BEFORE = re.compile(
    r"\b(?:had|has|have|received|receives|receiving|got|gets|saw|seen|heard)\s+$", re.I
)


def _plural_object(text: str, at: int) -> bool:
    """Whether the speech word at `at` is the plural object of the verb just before it."""
    return _OBJECT_VERB_BEFORE.search(text, max(0, at - 12), at) is not None


_PLURAL_AFTER = re.compile(r" [a-z]+s\b")


def _adjective(text: str, match: re.Match[str]) -> bool:
    """Whether a participle stands between a number and a plural ("forty reported sightings")."""
    if not match.group().endswith("ed") or not _PLURAL_AFTER.match(text, match.end()):
        return False
    return _NUMBER_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
