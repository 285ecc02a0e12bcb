"""Which of the bodies named before a generic noun ("the company", "the party") it may mean."""

from __future__ import annotations

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
    " guild association union federation society foundation charity institute".split()
)  # public bodies, and bodies of members or of a cause: no business is named so


def last_fitting(mentions: list[tuple[int, str]], noun: str) -> str | None:
    """The last of the (position, name) mentions of organisations that a generic noun may
    stand for: a public body ("X Commission") is no company."""
    for _, name in reversed(mentions):
        if noun == "party":
            if name.rpartition(" ")[2].lower() in _PARTY_ENDS:
                return name  # "the party said": "Civic Union", not a company or a commission
        elif name.rpartition(" ")[2].lower() == "party" and noun in _NO_PARTY:
            continue  # "the charity said" after "the Homeland Party": not the party
        elif noun not in _BUSINESS_NOUNS or not _public(name):
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
