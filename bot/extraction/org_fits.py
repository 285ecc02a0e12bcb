"""Which of the bodies named before a generic noun ("the company", "the party") it may mean."""

from __future__ import annotations

import re

# Nouns for a business, and the last words of public bodies that no business goes by: "the
# company" after "a filing with the Securities and Exchange Commission" is not the commission.
_BUSINESS_NOUNS = frozenset(
    "company firm maker developer chain retailer startup business manufacturer insurer"
    " brand airline carrier operator lender supermarket carmaker automaker chipmaker"
    " drugmaker".split()
)
_NO_PARTY = _BUSINESS_NOUNS | {"charity", "nonprofit"}
_PUBLIC_ENDS = frozenset(
    "commission agency department ministry court council police university hospital school"
    " administration authority board office committee parliament senate government"
    " guild association union federation society foundation charity institute tribunal".split()
)  # public bodies, and bodies of members or of a cause: no business is named so


# Words giving an outlet what was said: "told the Harbour Echo", "in a statement to X".
_AUDIENCE = re.compile(
    r"\b(?:told|(?:statement|interview|remarks|comments|speaking|spoke|talking|talked) (?:to|with))"
    r" (?:the )?$"
)


_SIDES = frozenset(("club", "team", "side"))
_CONTESTS = frozenset("League Cup Championship Trophy Series Games Open Prix".split())


# Where someone quoted on a company works: "analysts at Brightwater Securities", "an economist
# at Holloway Searle"; no later "the company" of a results story means their employer.
_WORKPLACE = re.compile(
    r"\b(?i:analysts?|economists?|strategists?|researchers?|professors?|fund managers?)"
    r" at (?:the )?$"
)


def _audience(text: str, at: int) -> bool:
    """Whether the name at `at` is the outlet someone spoke to ("told Iberia Sport Daily")."""
    return bool(text) and _AUDIENCE.search(text, max(0, at - 32), at) is not None


def last_fitting(mentions: list[tuple[int, str]], noun: str, text: str = "") -> str | None:
    """The last of the (position, name) mentions of organisations that a generic noun may
    stand for: a public body ("X Commission") is no company, and an outlet told something
    ("told the Harbour Echo") none of them."""
    for at, name in reversed(mentions):
        if _audience(text, at) or (noun in _SIDES and name.rpartition(" ")[2] in _CONTESTS):
            continue  # "the club" is no "Champions League"
        if noun == "party":
            if name.rpartition(" ")[2].lower() in _PARTY_ENDS:
                return name  # "the party said": "Civic Union", not a company or a commission
        elif name.rpartition(" ")[2].lower() == "party" and noun in _NO_PARTY:
            continue  # "the charity said" after "the Homeland Party": not the party
        elif noun not in _BUSINESS_NOUNS or not (_public(name) or _workplace(text, at)):
            return name
    return None


# Last words of political parties' names: "the party" may mean only these.
_PARTY_ENDS = frozenset(
    "party union alliance front movement league congress coalition bloc democrats".split()
)


def _public(name: str) -> bool:
    """Whether a body's name ends with, or is headed before "of" or "for" by, a public body's
    word ("Tarnby Commission", "Office for Product Safety", "Ministry of Health") or a members'
    body's ("Guild of Independent Illustrators"): no business."""
    words = name.lower().split()
    heads = {words[-1]}
    for index, word in enumerate(words[1:], 1):
        if word in ("of", "for"):
            heads.add(words[index - 1])
            break
    return not heads.isdisjoint(_PUBLIC_ENDS)


def _workplace(text: str, at: int) -> bool:
    """Whether the name at `at` is where an analyst quoted on a company works."""
    return bool(text) and _WORKPLACE.search(text, max(0, at - 24), at) is not None
