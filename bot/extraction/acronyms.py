"""The full name an acronym stands for: spelled out before it ("World Health Organization
(WHO)"), or written out elsewhere in words its letters begin."""

from __future__ import annotations

import re

from bot.extraction.designations import holder
from bot.extraction.index import CapitalIndex
from bot.extraction.lexicon import ORG_WORDS, TITLES
from bot.extraction.lexicons import is_place

_REACH = 160  # characters read before an acronym, or from a name's start, for its full name
# Capitalised words, with the small words names hold, ending right before " (ACRONYM)".
_SPELLED = re.compile(r"(?:[A-Z][\w’'.\-]*\s+(?:(?:of|for|and|on|the|de|&)\s+)*)*[A-Z][\w’'.\-]*$")
_SMALL_JOINS = frozenset(("of", "for", "on", "the", "de", "&"))
_PUNCTUATION = ".,;:!?)”\"’'"


class Acronyms:
    """The full names the acronyms of one text stand for, each looked for once."""

    def __init__(self, index: CapitalIndex) -> None:
        self.index = index
        self.text = index.text
        self._initials: dict[str, str | None] = {}

    def spelled_out(self, acronym: str) -> str | None:
        """The full name an acronym was brought in with: "World Health Organization (WHO)",
        else a name written out elsewhere whose initials it is."""
        at = self.text.find(f" ({acronym})")
        match = _SPELLED.search(self.text, max(0, at - _REACH), at) if at > 0 else None
        if match is None:
            return self._initials_of(acronym)
        words = match.group().split()
        first = next((i for i, w in enumerate(words) if w[0] == acronym[0]), None)
        if first is not None and first > 1 and words[first - 1] in ("of", "for"):
            first -= 2 if words[first - 2].lower() in ORG_WORDS else 0  # "Department of Housing"
        return " ".join(words[first:]) if first is not None and len(words) - first > 1 else None

    def _initials_of(self, acronym: str) -> str | None:
        """A name of capitalised words the acronym's letters begin, joined by small words or
        "and", and an "and" word after them ("Centers for Disease Control and Prevention")."""
        if acronym not in self._initials:
            found = None
            if 3 <= len(acronym) <= 6:
                starts = self.index.find_prefix(acronym[0])
                found = next(filter(None, (self._spelled_at(acronym, at) for at in starts)), None)
            self._initials[acronym] = found and (holder(self.text, found) or found)
        return self._initials[acronym]

    def _spelled_at(self, acronym: str, at: int) -> str | None:
        """The name at `at` whose capitalised words begin with the acronym's letters."""
        taken: list[str] = []
        letters = iter(acronym)
        letter = next(letters, None)
        for raw in self.text[at : at + _REACH].split(None, 3 * len(acronym)):
            word = raw.rstrip(_PUNCTUATION)
            ended = word != raw
            if letter is None:  # the letters are used up: "… Control and Prevention"
                if word == "and" and not ended:
                    taken.append(word)
                    continue
                if taken[-1] == "and" and word.isalpha() and word.istitle():
                    taken.append(word)
                break
            if taken and (word in _SMALL_JOINS or word == "and") and not ended:
                taken.append(word)  # "Food and Drug Administration" for "FDA"
            elif word.isalpha() and word.istitle() and word[0] == letter:
                taken.append(word)
                letter = next(letters, None)
                if ended:
                    break
            else:
                return None
        if letter is not None:
            return None
        while taken[-1] in _SMALL_JOINS or taken[-1] == "and":
            taken.pop()
        return " ".join(taken)


# An acronym of three letters or more acting as a subject: "The FDA approved", "NASA said".
_ACTING = re.compile(
    r"\b([A-Z]{3,6})\b(?=\s+(?:[a-z]+ed|said|says|has|had|is|was|will|would|also|(?:want|plan"
    r"|hope|expect|believe|argue|insist|warn|claim|intend|aim|state|admit|agree|propose)s)\b)"
)
_ACTING_REACH = 1500  # characters searched back for it
# Nouns for a public body that an acronym may be: "the agency said" after "The FDA approved".
PUBLIC_NOUNS = frozenset(
    "agency regulator department ministry authority administration bureau commission"
    " organization organisation".split()
)


def acting_acronym(text: str, at: int) -> str | None:
    """The last acronym before `at` that acts as a subject, not a place ("US") or a title."""
    found = None
    for match in _ACTING.finditer(text, max(0, at - _ACTING_REACH), at):
        word = match.group(1)
        if not is_place(word) and word.lower() not in TITLES:
            found = word
    return found


# Nouns for a law or a rulebook, which an acronym may stand for: "Executive Order … (EO 14100)".
_LAWS = frozenset(
    "act bill code order regulations regulation standard standards treaty directive charter"
    " convention agreement accord protocol guidance law statute ordinance framework report study"
    " survey plan strategy guidelines rules policy constitution resolution ruling".split()
)


def document_acronym(text: str, acronym: str) -> bool:
    """Whether an acronym was brought in for a document, not a body: "the Small Vessel Safety
    Code (SVSC)", "the Coastal Rescue Bill (CRB 12)"; what "according to the SVSC" reads has
    no issuer named there."""
    at = text.find(f" ({acronym}")
    if at < 0 or not re.match(r"\)| \d", text[at + len(acronym) + 2 : at + len(acronym) + 4]):
        return False
    spelled = _SPELLED.search(text, max(0, at - _REACH), at)
    if spelled is None:
        return False
    words = spelled.group().split()
    first = next((i for i, w in enumerate(words) if w[0] == acronym[0]), len(words))
    name = re.split(r" (?:on|of|for|to) ", " ".join(words[first:]))[0]
    head = name.rpartition(" ")[2].lower()
    return " " in name and head in _LAWS
