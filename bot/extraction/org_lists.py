"""Bodies' names that hold a list of fields: commas ("Bureau of Alcohol, Tobacco, Firearms and
Explosives"), fields joined by "and" before a public body's noun ("Fish and Wildlife Service"),
or words an acronym in brackets right after defines ("Maritime and Coastal Safety Authority
(MCSA)")."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ORG_WORDS
from bot.extraction.lexicons import is_common_form, is_demonym, is_place, listed_gender

# Nouns for a public or member body, which fields joined by "and" may come before.
PUBLIC_HEADS = frozenset(
    """authority service council agency administration commission association federation
    network institute society board trust foundation centre center union alliance league fund
    guild coalition bureau office department ministry committee directorate""".split()
)
_W = r"[A-Z][\w’'\-]*"
# A body's head and "of", or one lead word, then a comma list of fields and "and" a last one.
_LISTED = re.compile(
    rf"(?:(?P<head>(?:{_W} ){{1,3}}(?:of|for) )|(?P<lead>{_W} )?)"
    rf"(?P<items>{_W}(?:, {_W}){{1,5}}),? (?:and|&) (?P<last>{_W}(?: {_W}){{0,3}})"
)
_LIST_START = re.compile(rf"{_W}, {_W}(?:, {_W})*,? (?:and|&) [A-Z]")
_HEAD_REACH = 80  # a head and "of" before the list, the last field's words after "and"
# Capitalised words and the small words names hold, ending where an acronym in brackets follows.
_DEFINED = re.compile(rf"(?:{_W} (?:(?:of|for|and|on|the|de|&) )*)*{_W}$")
_ACRONYM = re.compile(r" \(([A-Z]{2,6})\)")
_REACH = 160


def _org_word(word: str) -> bool:
    return word.rstrip(".,").removesuffix("’s").removesuffix("'s").lower() in ORG_WORDS


def _field(word: str) -> bool:
    """A field's word in a list: capitalised letters, no person's first name, no place."""
    return word.isalpha() and word.istitle() and not listed_gender(word) and not is_place(word)


# Words that open a body's own name, so a name after "and" that starts with one is a second body.
_OPENERS = frozenset("national federal royal state european international united central".split())
_MINISTRY_HEADS = frozenset(
    "ministry department office bureau agency commission centers centres".split()
)


def public_pair(before: list[str], piece: str) -> bool:
    """Whether a field word before "and" and a public body's name after it make one name
    ("Maritime and Coastal Safety Authority", "Arts and Humanities Research Council"), or a
    ministry's field and two more words ("Department of Fisheries and Marine Resources")."""
    after = piece.rstrip(".,").split()
    if len(after) == 1:
        return _second_field(before, after[0])
    if len(before) >= 3 and before[-2] in ("of", "for") and len(after) == 2:
        fields = [before[-1], *after]
        if before[-3].lower() not in _MINISTRY_HEADS or any(_org_word(w) for w in fields[:2]):
            return False
        if _org_word(after[1]) and after[1] != "Services":
            return False  # "… of Health and Social Services", not "… of Defence and Foreign Office"
        common = is_common_form(after[1].lower()) and not listed_gender(after[1])
        return common and all(w.isalpha() and w.istitle() for w in fields)  # not "… and Ann Lee"
    if len(before) != 1 or not 2 <= len(after) <= 4 or after[0].lower() in _OPENERS:
        return False
    if is_demonym(after[0]) or is_place(after[0]):
        return False  # "Hamas and Palestinian Authority": a people's body, a second one
    if after[-1].lower() not in PUBLIC_HEADS or _org_word(before[0]):
        return False
    word = before[0]  # a field, though a first name may be spelled so ("Parks and Wildlife")
    fits = word.isalpha() and word.istitle() and not is_place(word)
    return fits and all(w.istitle() for w in after)


# Endings of nouns for a field of work: "Prevention", "Development", "Safety", "Welfare".
_FIELD_END = re.compile(r"(?:tion|sion|ment|ity|ety|ance|ence|ing|ure|ics|ism|ogy|are)$")


def _second_field(before: list[str], word: str) -> bool:
    """Whether one field word after "and" ends a body's field of two words after its noun and
    "for" or "of": "Centers for Disease Control and Prevention" (not "… and Ofcom")."""
    if len(before) < 4 or before[-3] not in ("of", "for") or not _org_word(before[-4]):
        return False
    fields = [*before[-2:], word]
    if not all(_field(w) and not _org_word(w) for w in fields):
        return False
    return bool(_FIELD_END.search(word)) or is_common_form(word.lower())


def _list_matches(text: str) -> list[re.Match[str]]:
    """What `_LISTED.finditer(text)` finds, tried only near a comma list closed by "and" (the
    pattern alone is tried at every character of a long text)."""
    matches: list[re.Match[str]] = []
    done = 0
    for near in _LIST_START.finditer(text):
        start = max(done, near.start() - _HEAD_REACH)
        for match in _LISTED.finditer(text, start, near.end() + _HEAD_REACH):
            if match.start() <= near.start() < match.end():
                matches.append(match)
                done = match.end()
                break
    return matches


def listed_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of bodies' names holding a comma list of fields."""
    found: list[tuple[int, int, str]] = []
    if ", " not in text:
        return found
    for match in _list_matches(text):
        items, last = match.group("items").split(", "), match.group("last").split()
        head = match.group("head")
        if not all(_field(w) for w in items) or any(_org_word(w) for w in items):
            continue
        if head is not None:
            words = head.split()
            if not _org_word(words[-2]) or any(_org_word(w) for w in last):
                continue  # "Office of Ports, Harbours and Inland Waterways"
        elif not _org_word(last[-1]) or not all(w.endswith("s") for w in [*items, *last[-2:-1]]):
            continue  # "Seafood Processors, Traders and Exporters Federation", never "…, Liberals
            # and Labour Party", a list of parties
        start = match.start() + (4 if match.group().startswith("The ") else 0)
        found.append((start, match.end(), text[start : match.end()].rstrip(".,")))
    return found


def defined_start(text: str, start: int, end: int) -> int:
    """Where a body's name ending at `end` begins when an acronym in brackets right after it
    spells earlier words too ("Maritime and Coastal Safety Authority (MCSA)"), else `start`."""
    acronym = _ACRONYM.match(text, end)
    spelled = _DEFINED.search(text, max(0, end - _REACH), end) if acronym else None
    if acronym is None or spelled is None:
        return start
    at = spelled.start()
    for word in re.finditer(r"\S+", spelled.group()):
        initials = re.findall(r"(?<![\w’'\-])[A-Z]", text[at + word.start() : end])
        if word.group()[0].isupper() and "".join(initials) == acronym.group(1):
            return min(start, at + word.start())
    return start


_COUNTRY_SHORT = frozenset(("UK", "US", "USA", "EU", "UAE"))


def placed_tail(part: str, end: int) -> bool:
    """Whether the words after a body's noun at `end` are a place or a people's word that ends
    the name, as branches of a body are named ("Fashion Council Scotland", "Save the Children
    UK", "Craft Alliance Europe"), not a possessive or a date."""
    rest = part[end:].strip().rstrip(".,")
    if not rest or rest.endswith(("’s", "'s")):
        return False
    return rest in _COUNTRY_SHORT or is_place(rest) or is_demonym(rest)
