"""Bodies named with the kind of body they are: "the local company Moorland Wax", "a group
calling itself Black Lantern", "the finance ministry", "X, the federal agency that"."""

from __future__ import annotations

import re

from bot.extraction.club_roles import ROLES, club_mentions
from bot.extraction.lexicon import NOT_NAMES, UPPER
from bot.extraction.lexicons import listed_gender

# A name brought in by the kind of body it is: "the local company Moorland Wax".
_BODY_KINDS = (
    "company firm brand retailer startup start-up charity nonprofit label studio publisher"
    " developer chain maker manufacturer outlet website magazine newspaper group organisation"
    " organization insurer lender airline service"
).split()
# A body's name with its kind set after it: "Harbour Mutual, her insurer," (the kind follows).
_KIND_AFTER = re.compile(  # "Save the Children, a charity,": a lower-case "the" inside,
    # and "of" or "for" joining its words ("Bridges of Care, a medical charity,")
    r"([A-Z][\w’'&\-]*(?: (?:(?:of|for) )?(?:the )?[A-Z][\w’'&\-]*){0,3}), "
    r"(?:an?|the|her|his|its|their|our) (?:[a-z\-]+ ){0,2}$"
)
_JOIN = re.compile(r" (?:of|for) (?:the )?")
# People of a body opening a sentence before its name: "Members of Lyde Weavers, a group,".
_MEMBERS = frozenset(
    "members supporters staff volunteers activists leaders officials representatives workers"
    " employees protesters campaigners fans backers founders lawyers attorneys solicitors".split()
)
# The kind's own clause before the comma that closes it: "X, a climate group formed in 2018,".
_KIND_CLAUSE = re.compile(
    r" (?:that|which|formed|founded|set up|based|launched|started|created|campaigning"
    r"|representing|with)\b[^.;“”\"]{0,80},"
)
_KIND_BEFORE = re.compile(rf"\b(?:{'|'.join(_BODY_KINDS)}),?\s+$")  # "her insurer, X"
_KIND_NEXT = re.compile(  # "X, her insurer"
    rf",\s+(?:an?|the|her|his|its|their|our)\s+(?:[a-z\-]+\s+){{0,2}}(?:{'|'.join(_BODY_KINDS)})\b"
)
_DETERMINER_NEXT = re.compile(r", (?:an?|the|her|his|its|their|our) ")  # as `_KIND_AFTER` has
_INTRODUCED = re.compile(
    rf"\b(?:{'|'.join(_BODY_KINDS)})(?:\s+|,\s+(?=[A-Z][^,.]{{0,60}},))"  # "her insurer, X,"
    r"(?:(?:calling\s+(?:itself|themselves)|called|named|known\s+as)\s+)?"  # "a group called X"
    r"([A-Z][\w’'&\-]*(?:\s+[A-Z][\w’'&\-]*){0,3})"
)


def introduced(text: str) -> list[tuple[int, str]]:
    """(position, name) of the bodies named with their kind: "the local company Yorkshire
    Soap", "her insurer, Harbour Mutual,", "Harbour Mutual, her insurer,"; each kind is found by
    plain search first (a pattern alone is tried at every character of the article)."""
    places: dict[int, int] = {}  # where a kind is written: where it ends
    for kind in _BODY_KINDS:
        at = text.find(kind)
        while at >= 0:
            places[at] = max(places.get(at, 0), at + len(kind))
            at = text.find(kind, at + 1)
    found: list[tuple[int, str]] = []
    done = 0
    for at, end in sorted(places.items()):
        match = _INTRODUCED.match(text, at) if at >= done else None
        if match:
            found.append((match.start(1), match.group(1)))
            done = match.end()
        elif text[at - 1 : at] == " " and (
            text.startswith(",", end) or _KIND_CLAUSE.match(text, end)
        ):
            before = _KIND_AFTER.search(text, max(0, at - 80), at)
            if before:
                found.append(body_name(before.start(1), before.group(1)))
    return found + club_mentions(text)


# What `introduced` reads around a body it finds: a kind or a club role, before its name (with
# spaces and a verb such as "called" between) or after it, within these many characters.
_NEAR_BEFORE, _NEAR_AFTER = 160, 120
_LONG_SPACE = re.compile(r"\s{30}")  # a stretch of spaces the patterns may read across
# A kind or a role written as `introduced` reads one: after no letter, digit or underscore,
# before a space or a comma.
_NEEDLES = (*_BODY_KINDS, *ROLES)
_NEEDLE = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, _NEEDLES))})(?=[\s,])")
_MAX_NEAR = 50  # a name written more often is not read around: the whole search is run


def may_start_body(text: str, name: str) -> bool:
    """Whether a body `introduced` finds may start with `name`: a kind of body or a club role
    is written near a place where `name` is, or spaces long enough to reach past the window;
    when not, none of them does, and the whole article need not be searched for every kind."""
    at, count = text.find(name), 0
    while at >= 0:
        count += 1
        if count > _MAX_NEAR:
            return True
        start = max(0, at - _NEAR_BEFORE)
        end = at + len(name) + _NEAR_AFTER + 1  # a kind ends before it, with a space after
        if _LONG_SPACE.search(text, start, at):
            return True
        if any(map(text[start:end].__contains__, _NEEDLES)) and _NEEDLE.search(text, start, end):
            return True  # the plain search first: the pattern tries every kind at each place
        at = text.find(name, at + 1)
    return False


def body_name(at: int, name: str) -> tuple[int, str]:
    """(position, name) of a body set before its kind, without a person or its people named
    before its "of" ("Ana Ruiz of Harbour Mutual, her insurer,", "Members of Lyde Weavers, a
    group,") or a sentence's "The" before it ("The Friends of Harrow Park, a volunteer group,")."""
    if name.startswith("The ") and _JOIN.search(name):
        at, name = at + 4, name[4:]
    joins = list(_JOIN.finditer(name))
    first = name.partition(" ")[0]
    if not joins or not (listed_gender(first) or first.lower() in _MEMBERS):
        return at, name
    cut = joins[-1].end()
    return at + cut, name[cut:]


def named_again(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The bodies named with their kind and every later place a name of two words or more is
    written again ("the charity Open Waters … Open Waters rejected that"): the same body."""
    again = list(found)
    for start, name in found:
        if " " not in name:
            continue  # a one-word name may be a common word or a person's elsewhere
        at = text.find(name, start + len(name))
        while at >= 0:
            end = at + len(name)
            if not text[end : end + 1].isalnum():
                again.append((at, name))
            at = text.find(name, end)
    return again


def named_beside_kind(text: str, name: str) -> bool:
    """Whether the text sets `name` beside the kind of body it is ("her insurer, Harbour
    Mutual,", "Harbour Mutual, her insurer,"): read only around where it is written."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _KIND_BEFORE.search(text, max(0, at - 30), at) or _KIND_NEXT.match(text, end):
            return True
        at = text.find(name, end)
    return False


def may_be_introduced(text: str, word: str) -> bool:
    """Whether a one-word name is written where `introduced` may read it as a body: right
    after a kind and a space or a comma ("the label Frostbyte", "her insurer, Mutua"), or
    right before a comma and a determiner ("Mutua, her insurer,"); nowhere else can it be one
    of those found."""
    size, kinds = len(word), tuple(_BODY_KINDS)
    at = text.find(word)
    while at >= 0:
        if text.startswith(", ", at + size) and _DETERMINER_NEXT.match(text, at + size):
            return True
        start = at
        while start and text[start - 1].isspace():
            start -= 1
        if start < at and text.endswith(",", 0, start):
            start -= 1
        if start < at and text.endswith(kinds, 0, start):
            return True
        at = text.find(word, at + 1)
    return False


# A government body named by its portfolio or its owner rather than by a name of its own:
# "the finance ministry", "Varenland's foreign ministry", "the FBI's field office", "the
# district attorney's office"; not one left vague ("the regional transport ministry").
_PORTFOLIOS = (
    "finance|foreign|interior|defen[cs]e|health|justice|education|economy|trade|transport"
    "|environment|agriculture|energy|labou?r|culture|treasury|security|immigration"
)
# A service or agency by the work it does: "the Varenian border service", "the space agency".
_WORKS = _PORTFOLIOS + (
    "|border|customs|emergency|fire|ambulance|prison|postal|weather|tax|intelligence|migration"
    "|space|news|rescue|meteorological|statistics"
)
# An authority by what it oversees: "the Greek port authority", "the civil aviation authority".
_AUTHORITIES = "|port|ports|aviation|civil aviation|water|transit|housing|competition|electoral"
_KIND_BODY_REACH = 2000  # characters looked back for the body that "the ministry" means
_KIND_BODY = {
    noun: re.compile(
        rf"(?P<kind>(?:(?<=[Tt]he )(?:[{UPPER}][\w\-]*\s+)?|\b[{UPPER}][\w\-]*(?:’s|'s)\s+)"
        rf"(?:{works})\s+{noun}"
        rf"|(?<=[Tt]he )(?:[a-z\-]+\s+)?[a-z\-]+(?:’s|'s)\s+{noun})\b"
        rf"|(?<=[Tt]he )(?P<owner>[{UPPER}][{UPPER}.]+)(?:’s|'s)\s+(?:[a-z\-]+\s+){{0,2}}{noun}\b"
    )
    for noun, works in (
        *((noun, _PORTFOLIOS) for noun in ("ministry", "department", "office")),
        *((noun, _WORKS) for noun in ("service", "agency")),
        ("authority", _WORKS + _AUTHORITIES),
        ("guard", "coast"),
    )
}


def body_by_kind(text: str, noun: str, at: int) -> str | None:
    """The body named last before `at` by its portfolio or owner ("the finance ministry",
    "the FBI's field office"): the owner when it is an acronym, else the words as written; or
    one set beside its kind ("X, the federal agency that")."""
    pattern = _KIND_BODY.get(noun)
    if pattern is None or noun not in text:
        return beside_kind(text, noun, at) if noun in text else None
    found = None
    for match in pattern.finditer(text, max(0, at - _KIND_BODY_REACH), at):
        found = match.group("owner") or match.group("kind")
    return found or beside_kind(text, noun, at)


# A name opening a sentence just before a comma: "Quillon" in "… app. Quillon, the maker of",
# its words joined by "of" or "for" ("Bridges of Care, a medical charity,"), without a "The".
_OPENING_NAME = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:The )?"
    r"([A-Z][\w’'&\-]*(?: (?:(?:of|for) )?(?:the )?[A-Z][\w’'&\-]*){0,3})$"
)


def names_first(text: str, kind_after: re.Pattern[str]) -> list[tuple[int, str]]:
    """(position, name) of the names that open a sentence and are set beside the kind of body
    they are, which the pattern finds after their comma ("Quillon, the maker of the app,")."""
    found = []
    for match in kind_after.finditer(text):
        at = match.start()
        opening = _OPENING_NAME.search(text, max(0, at - 60), at)
        if opening:
            found.append(body_name(opening.start(1), opening.group(1)))
    return found


_BESIDE_REACH = 2000  # characters looked back for a body set beside its kind
_BESIDE: dict[str, re.Pattern[str]] = {}


def beside_kind(text: str, noun: str, at: int) -> str | None:
    """The body last set beside the noun of its kind before `at`, with words between ("the
    National Research Endowment, the federal agency that funds"), not a person, else None."""
    if f" {noun}" not in text:
        return None
    pattern = _BESIDE.get(noun)
    if pattern is None:
        pattern = _BESIDE[noun] = re.compile(
            rf"(?<![\w’'])((?:[{UPPER}][\w’'&\-]*\s+(?:(?:of|for|and|the)\s+)*){{0,5}}"
            rf"[{UPPER}][\w’'&\-]*),\s+(?:the|a|an)\s+(?:[a-z\-]+\s+){{0,3}}{noun}"
            r"(?=\s+(?:that|which|of|in|for|based)\b|[,.;])"
        )
    found = None
    for match in pattern.finditer(text, max(0, at - _BESIDE_REACH), at):
        name = match.group(1).removeprefix("The ")
        first = name.split()[0]
        if first.lower() not in NOT_NAMES and not listed_gender(first):
            found = name
    return found


# A coast guard speaking ("the coast guard said"), never one guard: the body, by the country's
# word when given ("the Greek coast guard"), else the one the article named.
_COAST_GUARD = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w\-]*\s+)?[Cc]oast\s+[Gg]uard)")


def coast_guard(phrase: str) -> tuple[str, str] | None:
    """("author", its name) for a coast guard named by its country or in capitals, ("org",
    "guard") for "the coast guard" alone, else None."""
    found = _COAST_GUARD.fullmatch(phrase) if "uard" in phrase else None
    if found is None:
        return None
    name = found.group(1)
    return ("author", name) if name[:1].isupper() else ("org", "guard")
