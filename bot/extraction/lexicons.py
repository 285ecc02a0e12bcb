"""Word lists read from data files made for the job: first names with genders, places,
occupations, nouns for a person, East Asian family names, common English words and verbs.

The files in `data/` name their source and licence in their header. They are read once, on
first use, so that importing extraction stays cheap.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left
from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"


def data_lines(name: str) -> list[str]:
    """The lines of a file in `data/`, less blank lines and comments."""
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _first_names() -> dict[str, str]:
    return read_pairs((_DATA / "first_names.tsv").read_text(encoding="utf-8"))


def read_pairs(text: str) -> dict[str, str]:
    """The word and the tag of each line "word<TAB>tag" below the comment lines opening `text`.

    The lines are split in one go, not one by one: about twice as quick on the forty thousand
    first names, read on the first name looked up."""
    start = 0
    while text.startswith("#", start):
        end = text.find("\n", start)
        start = len(text) if end < 0 else end + 1
    body = text[start:]
    cells = body.replace("\n", "\t").split("\t")
    if cells[-1] or len(cells) != 2 * body.count("\n") + 1 or "\n#" in body:
        raise ValueError("not one word, a tab and a tag on each line, then a line end")
    return dict(zip(cells[:-1:2], cells[1::2], strict=True))


@cache
def document_nouns() -> dict[str, str]:
    """Nouns for a document with their kind ("dossier": "report", "circular": "advert")."""
    return read_pairs((_DATA / "document_nouns.tsv").read_text(encoding="utf-8"))


@cache
def _both_genders() -> frozenset[str]:
    return frozenset(data_lines("both_genders.txt"))


def given_to_both(first: str) -> bool:
    """Whether a first name is given to both men and women ("Jean", "Robin", "Kit")."""
    return first in _both_genders()


@cache
def _places() -> frozenset[str]:
    return frozenset(data_lines("places.txt"))


@cache
def common_words() -> frozenset[str]:
    """Very common lower-case English words that are not first names ("among", "had", "top")."""
    return frozenset(data_lines("common_words.txt"))


@cache
def verbs() -> frozenset[str]:
    """Lower-case English verbs whose commonest sense is a verb ("defend", "slam", "vow")."""
    return frozenset(data_lines("verbs.txt"))


@cache
def body_nouns() -> frozenset[str]:
    """Lower-case nouns for an organisation ("cooperative", "consortium", "regiment"; also
    "syndicate", for which it is a later sense): "the cooperative said" stands for the body of
    that kind named before."""
    return frozenset(data_lines("body_nouns.txt") + data_lines("later_body_nouns.txt"))


@cache
def tail_speech_verbs() -> frozenset[str]:
    """Past and "-s" forms of English verbs of saying ("rejoined", "growls", "chided"), read
    only where they end an attribution after a quote."""
    return frozenset(data_lines("tail_speech_verbs.txt"))


@cache
def name_verbs() -> frozenset[str]:
    """Lower-case first names that are verbs first ("sue", "rob", "grant", "chase")."""
    return frozenset(data_lines("name_verbs.txt"))


@cache
def title_surnames() -> frozenset[str]:
    """Lower-case title words that are also common surnames ("pastor", "baron", "mayor")."""
    return frozenset(data_lines("title_surnames.txt"))


@cache
def occupations() -> frozenset[str]:
    """Lower-case occupations that head a job title ("geologist", "archivist", "surveyor")."""
    return frozenset(data_lines("occupations.txt"))


@cache
def people_nouns() -> frozenset[str]:
    """Capitalised nouns for a person by their people, place, faith or party ("Scot", "Dane",
    "Glaswegian", "Anglican"): after "the" they describe someone, they name no one."""
    return frozenset(data_lines("people_nouns.txt"))


@cache
def person_nouns() -> frozenset[str]:
    """Lower-case nouns whose commonest sense is a person ("creator", "inventor", "bishop")."""
    return frozenset(data_lines("person_nouns.txt"))


@cache
def _irregular_pasts() -> frozenset[str]:
    return frozenset(data_lines("irregular_pasts.txt"))


def is_irregular_past(word: str) -> bool:
    """Whether a lower-case word is an irregular past form of a verb ("left", "took", "led")."""
    return word in _irregular_pasts()


@cache
def _family_names() -> frozenset[str]:
    return frozenset(data_lines("family_names.txt"))


def is_family_name(word: str) -> bool:
    """Whether a word in capitals is a romanised Korean, Chinese or Japanese family name of
    three letters or more ("CHA", "ZENG", "YAMADA")."""
    return word in _family_names()


def is_person_noun(word: str) -> bool:
    """Whether a lower-case word is a noun for a person; a hyphenated one ("full-back",
    "ex-wife") also when it is one written solid ("fullback") or ends in one ("wife")."""
    nouns = person_nouns()
    if word in nouns:
        return True
    return "-" in word and (word.replace("-", "") in nouns or word.rpartition("-")[2] in nouns)


def listed_gender(first: str) -> str | None:
    """'m' or 'f' for a first name on the census list ("Ada" -> 'f'), else None."""
    return _first_names().get(first[:1].upper() + first[1:].lower())


# Endings a word for a place's people takes ("Mexican", "Brazilian", "Japanese", "Iraqi").
_DEMONYM_ENDS = ("an", "ese", "i", "ine", "er")
# What follows the place's stem: "Keny|an", "Kenya|n", "Brazil|ian", "Japan|ese", "Iraq|i",
# "Argentin|e", "London|er", and "German|" for Germany.
_TAILS = ("", "n", "an", "ian", "ean", "ese", "i", "e", "er")
_STEM_MIN = 4  # letters a place must keep once its last letters are dropped ("Keny|a")


@cache
def _one_word_places() -> list[str]:
    """The places of one word of letters, in order, so that those a stem opens are together."""
    return sorted(place for place in _places() if " " not in place and place.isalpha())


def _place_stem(stem: str) -> bool:
    """Whether a one-word place is `stem`, or `stem` and one or two letters more ("Mexic" of
    "Mexico"), and `stem` keeps `_STEM_MIN` letters or more: looked up in the sorted places,
    which is quicker than writing every place's shorter forms out on first use."""
    if len(stem) < _STEM_MIN:
        return False
    places = _one_word_places()
    index = bisect_left(places, stem)
    while index < len(places) and places[index].startswith(stem):
        if len(places[index]) - len(stem) <= 2:
            return True
        index += 1
    return False


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(data_lines("demonyms.txt"))


def is_demonym(word: str) -> bool:
    """Whether a capitalised word names someone from a listed place: a country's people as
    listed ("Portuguese", "Dutch"), or a place less up to two last letters and a demonym
    ending ("Kenyan", "Parisian"); no place or first name."""
    if word in _demonyms():
        return True
    if not word.istitle() or not word.isalpha() or not word.endswith(_DEMONYM_ENDS):
        return False
    if is_place(word) or listed_gender(word):
        return False
    return any(
        word.endswith(tail) and _place_stem(word[: len(word) - len(tail)]) for tail in _TAILS
    )


def is_place(name: str) -> bool:
    """Whether `name` is a country, capital, US state, continent or city of 100,000 or more."""
    return name in _places()


def is_common_plural(word: str) -> bool:
    """Whether a lower-case word is the plural of a very common word or of a noun for a person
    ("passengers", "travellers", "deputies"): opening a sentence, it names no body."""
    if not word.endswith("s"):
        return False
    stems = [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
    stems += [word[:-3] + "y"] if word.endswith("ies") else []
    return any(stem in common_words() or is_person_noun(stem) for stem in stems)


def is_common_form(word: str) -> bool:
    """Whether a lower-case word is a very common word, its plural or its adjective in "-al"
    ("coast", "rivers", "coastal"): a word a body's name may join to another by "and"."""
    if word in common_words() or is_common_plural(word):
        return True
    return word.endswith("al") and word[:-2] in common_words()


# Month and day names, some of them also given names ("June", "August", "Sunday").
_CALENDAR = frozenset(
    w.lower() for w in (*calendar.month_name, *calendar.day_name, *calendar.month_abbr) if w
)


def lone_given(word: str) -> bool:
    """Whether one word alone is a given name on the first-name list, no place, common word,
    month or day ("Beatriz", not "Paris", "Police" or "June")."""
    lower = word.lower()
    return (
        bool(listed_gender(word))
        and not is_place(word)
        and lower not in common_words()
        and lower not in _CALENDAR
    )
