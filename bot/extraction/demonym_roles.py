"""Whom a role with a nationality means ("the Argentine striker", "the Kenyan runner"): the person
introduced with that nationality, never one introduced with another or in another post."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import PARTICLES, ROLE_NOUNS
from bot.extraction.lexicons import is_demonym, is_person_noun
from bot.extraction.names import People
from bot.extraction.runs import clean_run, is_org

# "the Argentine striker", "the French president": the nationality, then a noun for a person.
_MARKED_ROLE = re.compile(r"[Tt]he ([A-Z][a-z]+) (?:[a-z\-]+ ){0,2}([a-z\-]+)")
_NAME = rf"[A-Z][\w’'\-]+(?: (?:(?:{PARTICLES}) )*[A-Z][\w’'\-]+){{1,3}}"
# A person introduced with a nationality: "Argentine striker Diego Ferraro", "Kenyan Grace Ode",
# "Diego Ferraro, the Argentine forward", "Grace Ode, 29, a Kenyan".
_INTRODUCED = re.compile(
    rf"\b([A-Z][a-z]+)((?: [a-z\-]+| [A-Z][a-z\-]+(?= [A-Z])){{0,3}}) ({_NAME})"
    rf"|({_NAME}),(?: \d{{1,3}},)? (?:a|an|the) ([A-Z][a-z]+)\b((?: [a-z\-]+){{0,3}})"
)
# A football position goes by several nouns: "the Argentine forward" is "the Argentine striker".
_SAME = (
    frozenset("striker forward centre-forward center-forward".split()),
    frozenset("goalkeeper keeper goalie".split()),
    frozenset("defender centre-back center-back full-back fullback".split()),
    frozenset("captain skipper".split()),
)


def role_demonym(role: str) -> str | None:
    """The nationality of a role ("the Argentine striker": Argentine), else None."""
    found = _MARKED_ROLE.fullmatch(role.strip())
    if found is None or not is_demonym(found.group(1)):
        return None
    return found.group(1) if _is_role(found.group(2)) else None


def _is_role(word: str) -> bool:
    return word in ROLE_NOUNS or is_person_noun(word)


def _same_post(noun: str, words: str) -> bool | None:
    """True when `words` hold the role's noun or a name for it, False when they hold another
    role, None when they hold none ("a Kenyan")."""
    found = [word.lower() for word in words.split() if _is_role(word.lower())]
    if not found:
        return None
    nouns = next((group for group in _SAME if noun in group), frozenset((noun,)))
    return any(word in nouns for word in found)


class DemonymRoles:
    """Who was introduced with which nationality and post in one article."""

    def __init__(self, people: People) -> None:
        self.people = people
        self._found: list[tuple[int, str, str, str]] | None = None  # (at, name, nationality, post)

    def introduced(self) -> list[tuple[int, str, str, str]]:
        """Each person introduced with a nationality: where, their name, it and the words of
        their post; read once per article."""
        if self._found is None:
            self._found = []
            for match in _INTRODUCED.finditer(self.people.text):
                mark, post, name = match.group(1, 2, 3)
                if name is None:
                    name, mark, post = match.group(4, 5, 6)
                name = clean_run(name)
                if is_demonym(mark) and " " in name and not is_org(name):
                    self._found.append((match.start(), name, mark, post))
        return self._found

    def speaker(
        self, role: str, mark: str, at: int, fallback: Callable[[int, str], str | None]
    ) -> str | None:
        """The person last introduced before `at` with this nationality and post (or no
        post), else `fallback`'s answer unless it was introduced with another nationality or,
        with this one, in another post."""
        noun = role.strip().rpartition(" ")[2].lower()
        full = self.people.full_name
        mine = [
            (pos, name, _same_post(noun, post))
            for pos, name, found, post in self.introduced()
            if found == mark and pos < at
        ]
        for wanted in (True, None):  # one in that post, else one of that nationality alone
            names = [name for _, name, same in mine if same is wanted]
            if names:
                return full(names[-1], at)
        answer = fallback(at, role)
        if answer is None:
            return None
        for _, name, found, post in self.introduced():
            same = full(name) == answer or name == answer
            if same and (found != mark or _same_post(noun, post) is False):
                return None  # "Lena Baumann, the German runner": no "Kenyan runner"
        return answer
