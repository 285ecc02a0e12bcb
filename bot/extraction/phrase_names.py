"""The names written in a speaker phrase: every candidate, the one it is about, one ending it."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.extraction.cues import is_role
from bot.extraction.lexicon import NAME_RUN, ORG_WORDS, PRONOUNS
from bot.extraction.lexicons import is_person_noun, listed_gender
from bot.extraction.objects import thing_of_theirs
from bot.extraction.org_lists import listed_names
from bot.extraction.orgs import org_spans
from bot.extraction.persons import is_modifier
from bot.extraction.runs import PARTICLE_SET, is_acronym, is_org, runs, split_run

_PREPOSITIONS = re.compile(
    r"\b(?:of|for|at|from|with|to|in|on|by|about|against|into|like|under|within|amid|among"
    r"|across|along|around|behind|beneath|between|through|throughout|towards?|upon|without)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BOTH = re.compile(r"\s+(?:and|&)\s+")  # a second name joined to the first
_LAST_RUN = re.compile(r"(?<![\w’'.\-])[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*$")
_MID_THE = re.compile(r"(?<=[a-z,:] )The(?= [A-Z])")
ALL_PRONOUNS = PRONOUNS | frozenset(("they", "it", "i", "we", "who"))


def _titled_after(phrase: str, start: int, end: int) -> str | None:
    """A full name in the run after an organisation, given a title or opening with a listed
    first name ("Harbour Guild Greta Wren"), else None."""
    if end - start < 6:
        return None
    name, titled = split_run(phrase[start:end].strip())
    if " " not in name:
        return None
    return name if titled or listed_gender(name.split(" ", 1)[0]) else None


def _owns_nothing(phrase: str, end: int, run: str, name: str) -> bool:
    """Whether a joined name's possessive ends the phrase, owning nothing ("Brant&Kell’s"
    before "said"), so it is the firm's own name, unlike "P+K’s chief"."""
    if "&" not in name and "+" not in name:
        return False
    return run.rstrip(".,")[-2:] in ("’s", "'s") and not phrase[end:].strip(" .,")


def name_candidates(phrase: str) -> list[str]:
    """Capitalised names in a phrase, skipping ones that follow a preposition ("of Apple")."""
    names: list[str] = []
    orgs = org_spans(phrase) if " " in phrase else []
    for start, end, run in runs(phrase):
        org = next((o for o in orgs if o[0] < end and start < o[1]), None)
        if org:
            person = _titled_after(phrase, org[1], end)
            if person:
                names.append(person)  # "Port Authority Director Maria Holt": the director
            elif (
                org[0] != -1
                and not _PREPOSITIONS.search(phrase, 0, org[0])
                and not is_modifier(phrase, org[1])  # "Caldor University economists Lena Ode"
            ):
                names.append(org[2])
            orgs = [(-1, o[1], o[2]) if o is org else o for o in orgs]  # taken once
            continue
        if is_modifier(phrase, end) or thing_of_theirs(phrase, start, end):
            continue  # "the Bulldogs coach", "his Harbour Lights character": not a name
        name, titled = split_run(run)
        if not name and is_acronym(run.rstrip(".,")):
            following = phrase[end:].split()[:1]
            if not following or not following[0][:1].islower() or following[0] in _ACTS:
                name = run.rstrip(",")  # an organisation: "CCTV said", "the DEA", "NASA has"
        mid_the = run.startswith("The ") and _MID_THE.match(phrase, start)
        if name and mid_the and (is_org(name) or len(name.split()) == 1):
            name = "The " + name  # "According to The Athletic"
        if name and _owns_nothing(phrase, end, run, name):
            name = run.rstrip(".,")  # "Ben&Jerry’s said": the firm's own name
        if len(name) > 1 and (titled or not _PREPOSITIONS.search(phrase, 0, start)):
            names.append(name)
        elif person := _person_after_body(name) if phrase.endswith(run) else None:
            names.append(person)  # "Chief Economist at Northbank Lars Eriksen": the economist
    return names


def _person_after_body(run: str) -> str | None:
    """The full name ending a run that a one-word body opens ("Northbank Lars Eriksen",
    "Mobility Elke Van den Bosch"): a listed first name second, a surname after it (its
    particles too), and no first name first."""
    words = run.rstrip(".,").split()
    if not 3 <= len(words) <= 5 or listed_gender(words[0]) or not listed_gender(words[1]):
        return None
    if not all(w[:1].isupper() or w.lower() in PARTICLE_SET for w in words[2:-1]):
        return None
    if words[2].lower() in ORG_WORDS:
        return None  # "Harvard Kennedy School": a body's own name
    return " ".join(words[1:])


def pure_name(segment: str) -> str | None:
    """The name when a comma-separated segment is nothing but a (titled) name."""
    stripped = segment.strip()
    match = NAME_RUN.fullmatch(stripped)
    return split_run(stripped)[0] or None if match else None


def _two_people(segment: str, first: str, second: str) -> bool:
    """Whether a phrase joins two full names of people with "and" ("Ann Lee and Tom Ode",
    "Mayor Ann Lee and captain Tom Ode")."""
    if " " not in first or " " not in second or is_org(first) or is_org(second):
        return False
    joined = _BOTH.match(segment, segment.find(first) + len(first))
    if joined is None:
        return False
    rest = segment[joined.end() :].rstrip()
    return rest.startswith(second) or (rest.endswith(second) and split_run(rest) == (second, True))


# Someone of a name's set before an appositive: "Lumbre’s owners", "The club’s new owner".
_OWNED_ROLE = re.compile(r"\s*(?:[Tt]he\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}[’']s?\s+[a-z]")


# A capitalised word and a person's role opening a segment before the name: "Longtime attendee
# Ann Lee", "Local resident Tom Ode"; the opening word is no one.
_ROLE_OPENER = re.compile(r"\s*[A-Z][a-z\-]+ ([a-z\-]+) [A-Z]")


def _a_role(word: str) -> bool:
    """Whether a word names someone by role or kind ("attendee", "fan", "manager")."""
    return is_person_noun(word) or is_role(word)


def _after_role_opener(segment: str, names: list[str]) -> str:
    """The first name of a segment, or the name after a capitalised word and a role."""
    opener = _ROLE_OPENER.match(segment) if len(names) > 1 and " " in names[1] else None
    if opener and names[0] == segment.split()[0] and _a_role(opener.group(1)):
        return names[1]
    return names[0]


# Words after an acronym that make it a subject ("NASA has said"), not a modifier ("BBC staff").
_ACTS = frozenset("has had have also later then again previously earlier already".split())


def _segments(phrase: str) -> list[str]:
    """A phrase's comma segments, a body's name holding a comma list kept whole in one."""
    inside = [(start, end) for start, end, _ in listed_names(phrase)]
    commas = [at for at, char in enumerate(phrase) if char == ","]
    cuts = [at for at in commas if not any(s < at < e for s, e in inside)]
    bounds = [-1, *cuts, len(phrase)]
    return [phrase[a + 1 : b] for a, b in pairwise(bounds)]


def subject_name(phrase: str) -> str | None:
    """The name a subject phrase is about ("In a statement, Smith" -> "Smith"), or None.

    An appositive ("Piet Vos, U.N. Director ...," / "The librarian, Jane Doe,") prefers
    the segment that is only a name.
    """
    phrase = phrase.strip()
    if phrase.endswith(","):
        segments = [s for s in _segments(phrase.rstrip(",")) if s.strip()]
        head, joined, rest = segments[0].partition(" and ") if segments else ("", "", "")
        first = pure_name(head) if joined and rest[:1].islower() else None
        if first and " " in first:
            return first  # "Minister Li Na and her counterpart, Paul Girard,": the first
        for segment in segments:
            pure = pure_name(segment)
            if pure:
                return pure
        for number, segment in enumerate(segments):
            if number + 1 < len(segments) and _OWNED_ROLE.match(segment):
                continue  # "Lumbre’s owners, the X Group,": the group, not Lumbre
            names = name_candidates(segment)
            if names:
                return _after_role_opener(segment, names)
        return None
    parts = _segments(phrase)
    if len(parts) > 1:
        pure = pure_name(parts[0])
        if pure:
            return pure  # "Nora Dunn MS, RD, dietitian"
    segment = parts[-1]
    words = segment.split()
    if words and words[-1].lower() in ALL_PRONOUNS and not is_acronym(words[-1]):
        return None
    names = name_candidates(segment)
    if len(names) > 1 and _two_people(segment, names[0], names[1]):
        return names[0]  # "Ann Lee and Tom Ode wrote": the first named of the two
    return names[-1] if names else None


def trailing_name(phrase: str) -> str | None:
    """A name ending a phrase after a plain word: "a process Verbeke" (said) -> "Verbeke"."""
    match = _LAST_RUN.search(phrase)
    if match is None or match.start() == 0 or _PREPOSITIONS.search(phrase, 0, match.start()):
        return None
    before = phrase[: match.start()].split()
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return None
    names = name_candidates(match.group())
    return names[-1] if names and not is_org(names[-1]) else None
