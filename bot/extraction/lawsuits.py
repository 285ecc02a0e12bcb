"""A lawsuit speaking for the one it was filed for: "the complaint alleges" is the claimant's."""

from __future__ import annotations

import re

from bot.extraction.lexicon import UPPER
from bot.extraction.org_extents import whole_body

# A body's name may join its words with "of" or "for" ("Guild of Independent Illustrators").
_BODY_NAME = rf"[{UPPER}][\w’'.\-]*(?:\s+(?:(?:of|for|the)\s+)?[{UPPER}][\w’'.\-]*){{0,5}}"
# A lawsuit or complaint speaking: "the lawsuit alleges", "The complaint claims that".
LEGAL_PAPER = re.compile(
    r"(?:the\s+)?(?:lawsuit|suit|complaint|filing|petition|claim|legal\s+action)", re.IGNORECASE
)
# A motion put to a court, the one who filed it named or not: "the motion", "the authority's
# motion", "Ashby's motion".
_MOTION = re.compile(r"(?:the\s+)?(?:[a-z\-]+\s+)?motion", re.IGNORECASE)
OWNED_MOTION = re.compile(rf"(?:[Tt]he\s+([a-z]+)|({_BODY_NAME}))[’']s\s+(?:[a-z\-]+\s+)?motion")
# A lawsuit named with who brought it: "a lawsuit filed by X", "the complaint brought by X".
_FILED_PAPER = re.compile(
    r"(?:(?:an?|the)\s+)?(?:[a-z\-]+\s+){0,2}(?:lawsuit|suit|complaint|petition|legal\s+action)"
    r"\s+(?:filed|brought)(?:\s+(?:(?:in|on)\s+\w+\s+)?by\s|$)",
    re.IGNORECASE,
)
# Whom a lawsuit speaks for: "filed on behalf of X", "lawyers representing X".
_CLAIMANT = re.compile(
    r"(?:on behalf of|representing|(?:[Ll]awyers?|[Aa]ttorneys?) for"
    r"|(?:filed|brought)\s+(?:(?:in|on)\s+\w+\s+)?by)"
    r"\s+(?:the\s+)?"
    rf"(?:[a-z\-]+\s+){{0,2}}({_BODY_NAME})"
)
# Who sued: "Northwind Games sued the league", "X, which Y opened in 1998, filed its lawsuit"
# (or "its claim"), "X and eleven of its members sued" (X, first named), "X's lawsuit".
_SUED = re.compile(
    rf"(?<![\w’'])({_BODY_NAME})(?:\s+and\s+(?:[a-z\d\-]+\s+){{1,4}}[a-z]+)?"
    r"(?:,\s+(?:which|who)\s[^,;:“”\"]{1,100},)?"
    r"\s+(?:has\s+|have\s+|also\s+)?(?:sued|filed\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?:[a-z\-]+\s+){0,2}(?:lawsuit|suit|complaint|petition|claim))\b"
    r"|(?<![\w’'])(?!The\s)([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4})[’'](?:s\s|\s)"
    r"(?:[a-z\-]+\s+){0,2}(?:lawsuit|suit|complaint)\b"
)


def claimant(text: str, before: int) -> str | None:
    """The last person a lawsuit was filed for, or who sued, in `text` before `before`."""
    found: tuple[int, str] | None = None
    for pattern in (_CLAIMANT, _SUED):
        for match in pattern.finditer(text, max(0, before - 3000), before):
            group = 1 if match.group(1) else 2  # "X's lawsuit": X
            if found is None or match.start(group) > found[0]:
                found = (match.start(group), match.group(group))
    if found is None:
        return None
    name = found[1].removeprefix("The ")  # "Competition and Consumer Authority sued": whole
    return whole_body(text, found[0] + len(found[1]) - len(name), name)


def filed_paper(phrase: str) -> bool:
    """Whether a phrase names a lawsuit with who brought it ("a lawsuit filed by X"): it
    speaks for its claimant."""
    cheap = " by " in phrase or phrase.endswith(("filed", "brought"))  # or cut before "on X by"
    return cheap and _FILED_PAPER.match(phrase) is not None


# A party's lawyers: "Lawyers for X", "attorneys representing the chain", "X's legal team".
_COUNSEL = r"(?:[Ll]awyers|[Aa]ttorneys|[Cc]ounsel|[Ll]egal\s+team|[Ss]olicitors|[Bb]arristers)"
_FOR_CLIENT = rf"{_COUNSEL}\s+(?:for|representing|acting\s+for|(?:acting\s+)?on\s+behalf\s+of)"
# Lawyers named by the party they act for, an aside on the party allowed after its name.
_COUNSEL_FOR = (
    rf"{_FOR_CLIENT}\s+(?:the\s+)?(?P<client>{_BODY_NAME}|(?<=the\s)[a-z]+)"
    r"(?:,\s+(?:the|an?|which|who)\s[^,;:“”\"]{1,120},)?"
    rf"|(?:\b[Tt]he\s+)?(?P<owner>{_BODY_NAME}|(?<=[Tt]he\s)[a-z]+|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)"
    rf"(?:[’']s?)?\s+{_COUNSEL}"
)
# Such lawyers alleging, claiming or arguing in the sentence a quote finishes, or "The lawyers"
# of a party brought in before: "Lawyers for X allege … that Y took “…”", "According to X's
# lawyers, Y took “…”".
_ALLEGE = re.compile(
    rf"\s*(?:[^,;:“”\"]{{1,60}},\s+)?(?:(?P<the>[Tt]he\s+{_COUNSEL})"
    rf"|(?P<per>According\s+to\s+(?:the\s+)?)?(?:{_COUNSEL_FOR}))"
    r"(?(per),|(?:\s+(?:also|further|now|have|had|previously|separately))*\s+(?:allege|claim"
    r"|contend|argue|say|said|assert|maintain|write|wrote|state|charge)\w*\b)[^.!?]*$"
)
# Where a party's lawyers were brought in: "Lawyers for X", "X's attorneys".
COUNSEL_FOR = re.compile(_COUNSEL_FOR)


def counsel_client(lead: str) -> tuple[int, str] | None:
    """(where, who) for the party whose lawyers allege what the quote finishes ("Lawyers for
    X allege that Y took"); "" for "The lawyers" of a party named before; else None."""
    if "awyer" not in lead and "ttorney" not in lead and "ounsel" not in lead:
        return None  # the cheap test
    found = _ALLEGE.match(lead)
    if found is None:
        return None
    if found.group("the"):
        return 0, ""  # "The lawyers further allege": whose, named before
    group = "client" if found.group("client") else "owner"
    return found.start(group), found.group(group).rstrip("’'")


# A lawsuit as the subject of the sentence a quote finishes, asking, claiming or saying:
# "The lawsuit, filed Friday in Denver, asks that …", "The suit also seeks …, saying …", "The
# complaint filed on behalf of X, which Y founded, claimed that …" (X's, as it names X).
_SUIT_SAYS = re.compile(
    r"\s*(?:[^,;:“”\"]{1,60},\s+)?[Tt]he\s+(?:[a-z\-]+\s+)?(?:lawsuit|suit|complaint|petition)"
    rf"(?:\s+(?:filed|brought)\s+(?:[^,;:“”\"]{{1,40}}\s+)?(?:by|on\s+behalf\s+of)\s+"
    rf"(?:the\s+)?(?P<client>{_BODY_NAME}))?(?:,\s+[^,;:“”\"]{{1,140}},)?\s+(?:also\s+|further\s+)?"
    r"(?:asks|asked|seeks|sought|says|said|claims|claimed|alleges|alleged|argues|argued|contends"
    r"|contended|states|stated|accuses|accused|describes|described|demands|demanded|calls|called"
    r"|notes|noted|charges|charged|insists|insisted|urges|urged)\b[^.!?]*$"
)


def suit_client(lead: str) -> tuple[int, str] | None:
    """(where, who) for the plaintiff a lawsuit opening the quote's sentence names ("The
    complaint filed on behalf of X … claims"); "" when it names none; else None."""
    if "suit" not in lead and "omplaint" not in lead and "etition" not in lead:
        return None  # the cheap test
    found = _SUIT_SAYS.match(lead)
    if found is None:
        return None
    return (found.start("client"), found.group("client")) if found.group("client") else (0, "")


def legal_paper(phrase: str) -> bool:
    """Whether a phrase is a court paper that speaks for a party: a lawsuit, a complaint, a
    filing or a motion, its own or someone's ("the authority's motion")."""
    bare = phrase.split(",")[0].strip()
    paper = LEGAL_PAPER.fullmatch(bare) or _MOTION.fullmatch(bare) or OWNED_MOTION.fullmatch(bare)
    return paper is not None or filed_paper(phrase)
