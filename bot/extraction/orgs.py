"""Organisation names in full: "National Institute of Arts", "U.S. Attorney's Office"."""

from __future__ import annotations

import re

from bot.extraction.lexicon import NOT_NAMES, ORG_NOUNS, ORG_WORDS, UPPER, trie
from bot.extraction.lexicons import common_words, is_common_form, is_place, listed_gender
from bot.extraction.org_lists import defined_start, listed_names, placed_tail, public_pair

# Capitalised words, possessives and dotted abbreviations, joined by the small words that
# organisation names hold ("Bank of England", "Department for Education", "Procter & Gamble").
_ORG_SPAN = re.compile(
    rf"[{UPPER}][\w.’'&\-]*(?:[ ]+(?:(?:of|for|and|on|the|de|&)[ ]+)*[{UPPER}][\w.’'&\-]*)*"
    r"(?:[ ]+plc\b)?"  # a legal form written small: "Kelmar Brandt plc"
)
# "and" between two names, or a sentence's end inside a run ("… of Port Vale. The Harbour
# Times reported"): a word of small letters ending with a full stop, not "St." or "Bros.".
_AND = re.compile(r"[ ]+and[ ]+|(?<=[a-z]{3}\.)[ ]+")
_SHORT_FORMS = frozenset("bros corp dept univ assn natl intl govt inst assoc".split())
_ABBREVIATED = frozenset("inc co ltd plc llc jr sr".split())  # written with a stop at the end
_WORD = re.compile(r"\S+")
_ORG_WORD = re.compile(r"\b(?:" + trie(sorted(ORG_WORDS)) + r")\b", re.IGNORECASE)
# The same on ASCII text once lowered: a pattern with no case to fold is tried much faster.
_LOWER_ORG_WORD = re.compile(r"\b(?:" + trie(sorted(ORG_WORDS)) + r")\b")
_JOINS = frozenset(("of", "for", "on", "de"))
_POSSESSIVE_END = re.compile(r"[’']s$")
_MAX_WORDS = 10


def _org_word(token: str) -> bool:
    return _POSSESSIVE_END.sub("", token).rstrip(".,").lower() in ORG_WORDS


def has_org_word(text: str) -> bool:
    """Whether `text` holds an organisation word, in any case, as a whole word."""
    if text.isascii():
        return _LOWER_ORG_WORD.search(text.lower()) is not None
    return _ORG_WORD.search(text) is not None


# The rest of a body's name after "of": "(the Harbour Authority) of Tolva".
_OF_PLACE = re.compile(rf" of (?:the )?[{UPPER}][\w’'\-]*(?: [{UPPER}][\w’'\-]*){{0,3}}")


def with_place(name: str, text: str, end: int) -> str:
    """A body's name with the rest of it written after `end`: "the Harbour Authority" and " of
    Tolva"; any other name as it is."""
    more = _OF_PLACE.match(text, end) if has_org_word(name) else None
    return name + more.group() if more else name


def may_name_alone(word: str) -> bool:
    """Whether one word may be all of a name `org_spans` gives: an organisation word, with or
    without the full stop it was written with."""
    return _org_word(word) or _org_word(word + ".")


def org_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of organisation names of two words or more: words up to an
    organisation word, and a tail joined by "of"/"for" ("Institute of Arts"); "and" parts
    each stand alone, a leading "The" is left out."""
    found: list[tuple[int, int, str]] = []
    if not has_org_word(text):
        return found  # no organisation word at all: the common case, found in one scan
    for match in _ORG_SPAN.finditer(text):
        run = match.group()
        if " " not in run or not has_org_word(run):
            continue  # one word alone, or words without an organisation word, name none here
        base = match.start()
        for part in _parts(run):
            at = base + run.find(part)
            span = _org_in(part)
            if span:
                start = defined_start(text, at + span[0], at + span[1])  # "… Authority (MCSA)"
                found.append((start, at + span[1], text[start : at + span[1]]))
    listed = listed_names(text)  # "Bureau of Alcohol, Tobacco, Firearms and Explosives"
    kept = [f for f in found if not any(s <= f[0] < e or f[0] <= s < f[1] for s, e, _ in listed)]
    return sorted(kept + listed)


def _parts(run: str) -> list[str]:
    """A run's stretches split at "and" and at a sentence's end, not at a short form."""
    parts: list[str] = []
    for piece in _AND.split(run):
        last = parts[-1] if parts and parts[-1].endswith(".") else ""
        short = last.rpartition(" ")[2].rstrip(".").lower() in _SHORT_FORMS
        if short:
            parts[-1] = f"{last} {piece}"  # "Warner Bros. Discovery", "Dept. of Labor"
        elif _paired(parts[-1] if parts else "", piece):
            parts[-1] = f"{parts[-1]} and {piece}"  # "Food and Drug Administration"
        else:
            parts.extend(_for_another(piece))
    return parts


def _for_another(piece: str) -> list[str]:
    """A stretch cut before "for the" when a body's word ends both sides: "Stellarch Dynamics
    for the National Space Agency" names two bodies ("Office for the Arts" one)."""
    head, found, tail = piece.partition(" for the ")
    if not found or not _org_word(head.rpartition(" ")[2]):
        return [piece]
    return [head, tail] if _org_word(tail.rpartition(" ")[2].rstrip(".,")) else [piece]


def _paired(before: str, piece: str) -> bool:
    """Whether the stretch before an "and" and the one after it make one organisation's name
    ("Food and Drug Administration", "U.S. Fish and Wildlife Service", "Department of Health
    and Social Care"), not two bodies ("Google and Microsoft", "Bank of England and Treasury")."""
    words = before.removeprefix("The ").split()
    if not words:
        return False
    if piece.startswith("District ") and not has_org_word(before):
        return True  # "Ashby Marsh and District Chamber of Commerce": a town and its district
    if " " not in piece:  # "Department of Housing and Communities": one common word of a field
        return _field_word(words, before, piece) or public_pair(words, piece)
    if _area_pair(words, piece.split()) or _members_pair(words, piece.split()):
        return True
    if public_pair(words, piece):  # "Maritime and Coastal Safety Authority"
        return True
    if not is_common_form(words[-1].lower()):
        return False
    if len(words) > 2 and words[-2] in _JOINS and _org_in(before):  # "Department of Health"
        return not has_org_word(piece) and all(w.lower() in common_words() for w in piece.split())
    placed = not any(w in _JOINS or listed_gender(w) for w in words[:-1])  # "West Pennine Fire"
    headed = _common_head(words, piece) or (placed and _common_head(words[-1:], piece))
    if any(not (w.isupper() and "." in w) for w in words[:-1]) and not headed:
        return False  # only dotted capitals may come before the common word ("U.S. Fish")
    if len(words) == 1 and not is_common_form(piece.partition(" ")[0].lower()):
        return headed and _fields_pair(words[0], piece.partition(" ")[0])  # "Apple and Google"
    span = _org_in(piece)
    return span is not None and span[0] == 0


def _fields_pair(before: str, after: str) -> bool:
    """Whether an adjective of a field and a plural field make one body's name before its noun
    ("Coastal and Estuaries Agency", "Regional and Islands Authority")."""
    return before.endswith("al") and after.isalpha() and after.endswith("s")


def _field_word(words: list[str], before: str, piece: str) -> bool:
    """Whether one capitalised common word after "and" ends a body's field ("Department of
    Housing and Communities"), not a second body ("Department of Justice and Congress")."""
    if len(words) < 3 or words[-2] not in _JOINS:
        return False
    word = piece.rstrip(".,")
    if not word.istitle() or has_org_word(word) or listed_gender(word) or is_place(word):
        return False  # "Department of Health and Florence": a person or a place, no field
    common = is_common_form(words[-1].lower()) and is_common_form(word.lower())
    if not common and not _ministry_fields(words, word):
        return False
    return _org_in(before) is not None


# Heads of a government body whose two fields "and" joins, common words or not ("Office of
# Rail and Canals", "Bureau of Mines and Quarries").
_MINISTRY_HEADS = frozenset(
    "ministry department office bureau agency commission directorate".split()
)


def _ministry_fields(words: list[str], word: str) -> bool:
    """Whether a ministry's or department's one-word field comes before "and" and one more
    word after it ("Ministry of Wildlife and Tourism", "Department of Fisheries and Forestry")."""
    if words[-3].lower() not in _MINISTRY_HEADS or not word.isalpha() or len(word) < 4:
        return False
    field = words[-1]
    return field.isalpha() and field.istitle() and not is_place(field)  # "of Parks and …"


def _common_head(words: list[str], piece: str) -> bool:
    """Whether common words come before "and", then words naming no one up to one body's word:
    "Federal Border and Migration Agency" (not "Harlow Telecom and National Grid Authority")."""
    after = piece.split()
    common = all(w.istitle() and is_common_form(w.lower()) for w in words)
    if not common or not 2 <= len(after) <= 3:
        return False
    if has_org_word(" ".join(words)) or has_org_word(" ".join(after[:-1])):
        return False
    return _org_word(after[-1]) and not any(listed_gender(w) or is_place(w) for w in after[:-1])


# Heads of a grouping of members, and the plural members two kinds joined by "and" may name.
_GROUP_HEADS = frozenset("coalition alliance union group league federation".split())
_MEMBERS = frozenset("nations states countries peoples economies territories cities".split())


def _members_pair(before: list[str], piece: list[str]) -> bool:
    """Whether a grouping names two kinds of its members joined by "and": "Coalition of Atoll
    and Delta Nations", "Union of Coastal and Island States" (not "Group of Seven and Gulf")."""
    if len(before) < 3 or before[-2] != "of" or before[-3].lower() not in _GROUP_HEADS:
        return False
    if len(piece) != 2 or _POSSESSIVE_END.sub("", piece[1]).rstrip(".,").lower() not in _MEMBERS:
        return False
    return before[-1].isalpha() and before[-1].istitle() and piece[0].istitle()


# Bodies that serve an area, which two places joined by "and" may name together.
_AREA_BODIES = frozenset(("police", "constabulary", "council"))


def _area_pair(before: list[str], piece: list[str]) -> bool:
    """Whether two places joined by "and" name one area before its body: "Trinidad and Tobago
    Football Association" (a place as a whole), "Avon and Somerset Police" (one word each side
    before a police force or a council)."""
    if any(is_place(" ".join((*before, "and", *piece[:size]))) for size in (1, 2)):
        return True
    return len(before) == 1 and len(piece) == 2 and piece[1].lower() in _AREA_BODIES


# Heads of a body's name that "of" joins to the rest: "Port of Harwell Authority".
_HEADS = frozenset("port city state county borough town village district province".split())


def _cut_at(tokens: list[tuple[int, int, str]], join: int) -> bool:
    """Whether the organisation's name starts after the small word at `join`: after a person
    or a title ("Ann Lee of Harwell Authority", "Chairman of …"), not after the head of a
    body's name ("Port of Harwell Authority", "Bank of …")."""
    before = tokens[join - 1][2].lower() if join > 0 else ""
    return before not in _HEADS and not _org_word(before)


def _org_in(part: str) -> tuple[int, int] | None:
    """The organisation name within one "and"-free stretch of capitalised words."""
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(part)]
    if not 2 <= len(tokens) - (tokens[0][2] == "The") <= _MAX_WORDS:
        return None
    first = 1 if tokens[0][2].lower() in NOT_NAMES else 0
    first += tokens[first][2].endswith("-based")  # "the London-based Harbour Trust"
    names = [i for i, token in enumerate(tokens) if token[2][:1].isupper() or token[2] == "plc"]
    joined = [i + 1 < len(tokens) and tokens[i + 1][2] in _JOINS for i in range(len(tokens))]
    org = next((i for i in names if _org_word(tokens[i][2]) and (i > first or joined[i])), None)
    if org is None:
        return None
    while org + 1 in names and _org_word(tokens[org + 1][2]):
        org += 1  # "Contoso Police Department"
    org = _body_of_body(tokens, names, org)  # "Marlow University Student Senate"
    owned = tokens[org][2][-2:] in ("’s", "'s")  # "Pawcrest Veterinary Group’s takeover"
    if org == first + 1 and joined[org] and _owned_body(tokens[first][2], tokens[org][2]):
        first = org  # "Qaramand’s Ministry of Foreign Affairs": the ministry's name, no owner
    last = names[-1] if (joined[org] or placed_tail(part, tokens[org][1])) and not owned else org
    while last > org and tokens[last][2].rstrip(".,").lower() in NOT_NAMES:
        last = max(i for i in names if i < last)  # "Security Council on Friday": the council
    held = [i + 1 for i in range(first, org) if tokens[i][2] in _JOINS and _cut_at(tokens, i)]
    first = max(held, default=first)  # "Chairman of Harwell Authority", not "Port of Harwell …"
    return tokens[first][0], tokens[last][1] - (2 if owned else _full_stop(tokens[last][2]))


_STOPS = ("’s", "'s", ".", ",")  # a word ending so ends the run of a body's name
# Bodies of a state named by what they do, which a country's possessive may stand before.
_STATE_HEADS = frozenset("ministry department office bureau agency directorate".split())


def _owned_body(owner: str, head: str) -> bool:
    """Whether a possessive stands before a state body's name ("Qaramand’s Ministry of …")."""
    return owner.endswith(("’s", "'s")) and head.lower() in _STATE_HEADS


def _body_of_body(tokens: list[tuple[int, int, str]], names: list[int], org: int) -> int:
    """The last organisation word of capitalised words going on from the one at `org`: a
    body within a body ("Marlow University Student Senate", "Harwell College Boat Club")."""
    end, at = org, org + 1
    while at in names and not tokens[at - 1][2].endswith(_STOPS) and at - org <= 3:
        if _org_word(tokens[at][2]):
            end = at
        at += 1
    return end


def _full_stop(token: str) -> int:
    """1 when a token ends with a sentence's full stop ("University."), 0 for a short form
    or dotted capitals ("Inc.", "Corp.", "U.S.")."""
    if not token.endswith(".") or "." in token[:-1]:
        return 0
    return 0 if token[:-1].lower() in _SHORT_FORMS | _ABBREVIATED else 1


def short_forms(name: str) -> list[str]:
    """Other ways an article names the organisation: its first word ("Northwind" for
    "Northwind Games"), unless that is an organisation word itself ("National", "Bank")."""
    first = name.split()[0]
    if first.lower() in NOT_NAMES or len(first) < 4 or _org_word(first) or not first.isalpha():
        return []
    return [first]


def is_body(name: str) -> bool:
    """Whether a name of several words ends with a noun for an institution ("Harbour Board",
    "Security Council"), named without the "The" a sentence gives it, unlike a title ("The
    Athletic", "The New York Times"), or with one and a place after "of" ("Ministry of Defence")."""
    head = name.partition(" of ")[0] if " of " in name else name
    return " " in name and head.rpartition(" ")[2].lower() in ORG_NOUNS


def place_state(phrase: str) -> bool:
    """Whether a phrase is a university named by its place and "State" ("Florida State",
    "San Diego State"), a body rather than a "state" role."""
    place, _, last = phrase.rpartition(" ")
    return last == "State" and place.istitle() and is_place(place)
