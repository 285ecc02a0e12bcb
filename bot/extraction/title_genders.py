"""The gender a title or a role word gives: "Mrs Lee", "Pope Francis", "the actress", "her son,
Piers Ode", "who gave his first name, Dung"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.extraction.lexicon import ORG_NOUNS, ROLE_NOUNS
from bot.extraction.lexicons import is_person_noun

# A kin or gendered role set before a name by commas: "her son, Piers Ode", "his widow, Ann",
# "the commission's chairwoman, X", "Varnesia's chief spokeswoman, X".
ROLE_BEFORE = re.compile(
    r"(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Oo]ne|[Aa]n?|[Aa]nother|[A-Z][\w\-]+['’]s)"
    r" (?:[\w\-’']+ )?([a-z\-]+), $"  # "One ranger, Kipchumba,", "A ranger, Kipchumba,"
)
# A kin word written straight before a name, no comma: "to husband Robin Dale", "hubby Sam".
_KIN_BEFORE = re.compile(
    r"\b(husband|hubby|boyfriend|fiancé|son|brother|father|dad|wife|girlfriend|fiancée"
    r"|daughter|sister|mother|mum|mom) $"
)
_KIN_MEN = frozenset("husband hubby boyfriend fiancé son brother father dad".split())
# A name given with the pronoun of its bearer: "who gave only his first name, Dung", "who gave
# her name as Kim": the pronoun settles the gender, whatever a list of first names says.
_OWN_NAME = re.compile(r"\b([Hh]is|[Hh]er) (?:first |given |full )?name(?:,| as| is) $")
_MALE_TITLES = frozenset(
    "mr pope king prince sir lord father cardinal bishop archbishop brother uncle shri alhaji"
    " mallam".split()
)
_FEMALE_TITLES = frozenset(
    "mrs ms miss queen princess lady dame sister mother aunt smt shrimati alhaja doña daw".split()
)
_TITLE_BEFORE = re.compile(r"([A-Z][a-zà-ÿ]+)\.? $")


def title_gender(text: str, name: str, places: Iterable[int]) -> str | None:
    """'m' or 'f' when the name is written after a gendered title ("Pope Francis", "Mrs Lee");
    `places` are where `name` is written."""
    for place in places:
        at = place - 1
        if at < 0 or text[at] != " ":
            continue
        match = _TITLE_BEFORE.search(text, max(0, at - 14), at + 1)
        gender = _title_word_gender(match.group(1)) if match else None
        if gender:
            return gender
    return None


def _title_word_gender(title: str) -> str | None:
    """'m' or 'f' for a gendered title ("Mrs", "Sir", "Smt."), else None."""
    word = title.lower().rstrip(".")
    return "m" if word in _MALE_TITLES else "f" if word in _FEMALE_TITLES else None


def gender_of_title(phrase: str, name: str) -> str | None:
    """'m' or 'f' when the phrase writes the name right after a gendered title ("Mrs Lloyd")."""
    before = phrase[: phrase.rfind(name)].split()
    return _title_word_gender(before[-1]) if before else None


_FEMALE_ROLES = frozenset(
    """actress waitress mother daughter wife woman girl sister queen princess chairwoman
    spokeswoman businesswoman congresswoman widow bride grandmother aunt niece
    granddaughter""".split()
)
_MALE_ROLES = frozenset(
    """father son husband man boy brother king prince chairman spokesman businessman
    congressman widower groom grandfather uncle nephew dad grandad granddad grandpa
    grandson""".split()
)
# A parent by how many children they have, as the British press writes it: "the
# father-of-two", "a mother-of-three", "the grandmother-of-12".
KIN_COUNT = re.compile(
    r"\b(?:grandma|grandpa|(?:grand|great-grand|step)?(?:mother|father|mum|mom|dad|parent))-of-"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b"
)


def role_gender(role: str) -> str | None:
    """'f' or 'm' for a role that says it ("the actress", "the groom"), else None."""
    last = role.lower().rpartition(" ")[2].partition("-of-")[0]  # "father-of-two": a father
    if last in _FEMALE_ROLES:
        return "f"
    if last in _MALE_ROLES:
        return "m"
    return _compound_gender(last) if last.endswith("man") else None


# Words ending in "man" that say no gender: a year of study, an office held by either.
_NEUTRAL_MEN = frozenset("freshman underclassman lowerclassman ombudsman".split())


def _compound_gender(word: str) -> str | None:
    """'f' or 'm' for a role word joined with "woman" or "man" ("the frontwoman", "the
    fisherman"), not a word that merely ends so ("human", "shaman", "German")."""
    if word.endswith("woman"):
        return "f" if len(word) > 7 else None
    stem = word[:-3].rstrip("-")
    return "m" if len(stem) >= 4 and stem.isalpha() and word not in _NEUTRAL_MEN else None


# An appositive describing a person: "the veteran trade negotiator who led …", "a cleric,".
_DESCRIBED = re.compile(
    r"(?:the|a|an) (?:[\w’'\-]+ ){0,3}?([a-z\-]+)"
    r"(?:[,.;:]| who | of | at | in | for | on | with |$)"
)

# "one of six women in …", "one of the rangers who": a plural noun counted after "one of".
_ONE_OF = re.compile(
    r"one of (?:[\w’'\-]+ ){0,3}?([a-z\-]+)(?:[,.;:]| who | of | at | in | on | for |$)"
)
_AGE = re.compile(r"\d{1,3},")  # an age set off after a lone name ("Farrukh, 12, said")


def described_person(appositive: str) -> bool:
    """Whether an appositive after a name says what person it is ("the veteran negotiator
    who …", an age: "12,"), not what place or body ("the second city,", "a news agency,")."""
    if _AGE.match(appositive):
        return True  # "Farrukh, 12, said he": an age is only ever a person's
    if appositive.startswith("one of "):  # never a match of _DESCRIBED
        return _one_of_people(appositive)
    found = _DESCRIBED.match(appositive)
    noun = found.group(1) if found else ""
    return (is_person_noun(noun) or noun in ROLE_NOUNS) and noun not in ORG_NOUNS


def _one_of_people(appositive: str) -> bool:
    """Whether "one of …" counts people ("one of six women in the unit", "one of the rangers
    who", "one of three nurses,"), not things or bodies ("one of the banks,")."""
    found = _ONE_OF.match(appositive)
    noun = found.group(1) if found else ""
    forms: tuple[str, ...] = ()
    if noun.endswith("men"):
        forms = (noun[:-3] + "man",)
    elif noun.endswith("s"):
        forms = (noun[:-3] + "y", noun[:-2], noun[:-1])  # "deputies", "witnesses", "rangers"
    return any((is_person_noun(f) or f in ROLE_NOUNS) and f not in ORG_NOUNS for f in forms)


def role_before_gender(text: str, places: list[int]) -> str | None:
    """'m' or 'f' when a gendered role is set before the name by a comma at one of its places
    ("her son, Piers Ode", "his widow, Orla Ode"), or a kin word straight before it ("her
    marriage to husband Robin Dale", "with hubby Sasha Petrov"), else None."""
    for place in places:
        kin = _KIN_BEFORE.search(text, max(0, place - 14), place)
        if kin:
            return "m" if kin.group(1) in _KIN_MEN else "f"
        if text[place - 2 : place] != ", ":
            continue
        found = ROLE_BEFORE.search(text, max(0, place - 40), place)
        gender = role_gender(found.group(1)) if found else None
        if gender:
            return gender
    return None


def own_name_gender(text: str, places: list[int]) -> str | None:
    """'m' or 'f' when "his name" or "her name" is written just before the name at one of its
    places ("who gave only his first name, Dung"), else None."""
    for place in places:
        found = _OWN_NAME.search(text, max(0, place - 24), place)
        if found:
            return "m" if found.group(1).lower() == "his" else "f"
    return None
