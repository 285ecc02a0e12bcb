"""Turn an attribution phrase ("Sen. Dan Sullivan", "he", "the ministry") into a speaker name."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import NAME_RUN, NOT_NAMES, ORG_NOUNS, ORG_WORDS, PRONOUNS, ROLE_NOUNS
from bot.extraction.lexicon import TITLES as TITLE_WORDS

_POSSESSIVE = re.compile(r"[’']s?$")
_PREPOSITIONS = re.compile(
    r"\b(?:of|for|at|from|with|to|in|on|by|about|against|into)\s+(?:the\s+)?$", re.IGNORECASE
)
_GIVEN_NAMES = re.compile(
    r"((?:[A-ZÀ-ÖØ-Þ](?:[\w’'\-]*|\.) +(?:(?:de|van|von|der|da|di|du|la|le|bin|al) +)*){1,3})$"
)
_PARTY_TAG = re.compile(r"\(?[DRI]-[A-Z][a-z]*\.?\)?,?$")
_NAME_TITLES = frozenset(("dean", "king", "major", "judge", "bishop", "prince", "earl", "duke"))
_ROLE_SUFFIXES = ("ologist", "ist", "ician")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w’'\-]+")


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return len(letters) > 1 and letters.isupper() and (len(letters) <= 4 or "." in token)


def _clean_token(token: str) -> str:
    token = _POSSESSIVE.sub("", token) if token[-2:] in ("’s", "'s") else token
    if token.endswith(".") and not (len(token) == 2 or token.lower() in ("jr.", "sr.")):
        token = token[:-1]
    return token


def split_run(run: str, keep_name_title: bool = True) -> tuple[str, bool]:
    """Strip titles, acronyms and openers from a capitalised run; say if a title was cut."""
    tokens = [_clean_token(t) for t in run.split() if not _PARTY_TAG.match(t)]
    cut, titled = 0, False
    for index, token in enumerate(tokens):
        lower = token.lower().rstrip(".")
        if lower in TITLE_WORDS or _is_acronym(token):
            cut, titled = index + 1, True
        elif lower in NOT_NAMES:
            cut = index + 1
    if keep_name_title and cut == len(tokens) - 1 and tokens[cut - 1].lower() in _NAME_TITLES:
        cut -= 1  # "Dean Benzaken" is a name, not a title
    tokens = tokens[cut:] if cut < len(tokens) else []
    while tokens and tokens[-1].lower().rstrip(".") in NOT_NAMES:
        tokens.pop()
    return " ".join(tokens), titled


def clean_run(run: str) -> str:
    """A capitalised run without its titles, acronyms and sentence openers."""
    return split_run(run)[0]


def is_org(name: str) -> bool:
    last = name.split()[-1].lower() if name else ""
    return last in ORG_WORDS or (name.isupper() and len(name) > 1)


def name_candidates(phrase: str) -> list[str]:
    """Capitalised names in a phrase, skipping ones that follow a preposition ("of Apple")."""
    names: list[str] = []
    for match in NAME_RUN.finditer(phrase):
        name, titled = split_run(match.group())
        if not name and _is_acronym(match.group().rstrip(".,")):
            following = phrase[match.end() :].split()[:1]
            if not following or not following[0][:1].islower():
                name = match.group().rstrip(",")  # an organisation: "CCTV said", "the DEA"
        if name and (titled or not _PREPOSITIONS.search(phrase[: match.start()])):
            names.append(name)
    return names


def subject_segment(phrase: str) -> tuple[str, bool]:
    """(the part of a subject phrase that names the subject, whether it is an appositive head).

    "In a statement, Smith" -> "Smith"; "Richard Gowan, U.N. Director ...," -> "Richard Gowan".
    """
    head, _, rest = phrase.rpartition(",")
    if not head or rest.strip():
        return (rest if head else phrase), False
    first = head.split(",")[0]
    return (first, True) if name_candidates(first) else (phrase, True)


def subject_name(phrase: str) -> str | None:
    """The name a subject phrase is about, or None (also for pronouns)."""
    segment, appositive = subject_segment(phrase)
    words = segment.split()
    if words and words[-1].lower() in PRONOUNS:
        return None
    names = name_candidates(segment)
    if not names:
        return None
    return names[0] if appositive else names[-1]


class People:
    """Names seen in one article: expands surnames to the full name used at first mention."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cache: dict[str, str] = {}
        self.known: list[str] = []

    def full_name(self, name: str) -> str:
        """The fullest form of `name` at its first mention ("Alperovitch" -> "Dmitri ...")."""
        if name in self._cache:
            return self._cache[name]
        result = self._lookup_known(name) or self._search_text(name) or name
        self._cache[name] = result
        if " " in result and not is_org(result) and result not in self.known:
            self.known.append(result)
        return result

    def _lookup_known(self, name: str) -> str | None:
        for known in self.known:
            if known.endswith(" " + name) or known == name:
                return known
        for known in self.known:
            if known.startswith(name + " "):
                return known
        return None

    def _search_text(self, name: str) -> str | None:
        if " " in name or is_org(name):
            return None
        text, start = self.text, self.text.find(name)
        while start >= 0:
            end = start + len(name)
            if end >= len(text) or not text[end].isalpha():
                match = _GIVEN_NAMES.search(text, max(0, start - 60), start)
                given = split_run(match.group(1), keep_name_title=False)[0] if match else ""
                if given and not is_org(given):
                    return f"{given} {name}"
            start = text.find(name, end)
        return None


def _descriptor_kind(phrase: str) -> str | None:
    """'role' for "the author", 'org' for "the ministry", None when it names nobody."""
    stripped = phrase.strip(" ,;:—–-").lower()
    if not stripped or stripped.startswith(("a ", "an ", "one ", "another ", "some ")):
        return None
    words = _WORD.findall(_LEADING_ARTICLE.sub("", stripped).split(",")[0])
    if any(w in ROLE_NOUNS or w.endswith(_ROLE_SUFFIXES) for w in words[:6]):
        return "role"
    if words and words[0] in ORG_NOUNS:
        return "org"
    return None


def speaker_from_phrase(phrase: str, people: People, last: Callable[[], str | None]) -> str | None:
    """Resolve an attribution phrase to a name, the last person (pronouns), or None."""
    stripped = phrase.strip(' ;:—–-"“”')
    words = subject_segment(stripped)[0].split()
    if words and words[-1].lower() in PRONOUNS:
        return last()
    name = subject_name(stripped)
    if name:
        return name if is_org(name) else people.full_name(name)
    kind = _descriptor_kind(stripped)
    if kind == "role":
        return last()
    if kind == "org":
        return stripped.split(",")[0].strip() or None
    return None
