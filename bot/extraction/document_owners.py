"""Whose a document is by the words after it: "a statement on his behalf", "on behalf of X",
"on X's behalf", "the report of the X Board"."""

from __future__ import annotations

import calendar
import re

from bot.extraction.given_nicknames import named_before
from bot.extraction.lexicon import ORG_WORDS, ROLE_NOUNS, TITLES, UPPER
from bot.extraction.lexicons import is_person_noun
from bot.extraction.persons import first_name_gender
from bot.extraction.run_titles import plural_title

NAME = rf"[{UPPER}][\w’'.&\-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[{UPPER}][\w’'.&\-]*)*"
# Read out for someone: "a statement on his behalf", "on behalf of X", "on X's behalf".
_BEHALF = re.compile(
    rf"\w+\s+(?:[a-z]+\s+){{0,3}}on\s+(?:behalf\s+of\s+(?:the\s+)?({NAME})"
    rf"|({NAME})(?:’s|'s)\s+behalf|(?:his|her|their)\s+behalf)"
)
# Documents that a body "of" them wrote ("the report of the X Board"); a review, audit, study
# or survey "of" a body is about it, written by someone else.
AUTHORED = "report|findings|statement|ruling|decision|verdict|judgment|letter|declaration|notice"
_OF_BODY = re.compile(rf"(?:{AUTHORED})\s+of\s+(?:the\s+)?({NAME})")
# Read out by a relative or someone of the writer's: "a statement read to the court by her
# grandson, Tobias Fairweather,", "a letter read out by his daughter".
_READ_BY_THEIRS = re.compile(
    r",?\s+read\s+(?:out\s+|aloud\s+)?(?:(?:to|in)\s+(?:the\s+)?[a-z]+\s+)?by\s+(his|her)\s+[a-z\-]+"
)
_READ_BACK = 700  # characters read back from a quote for the document read out
DATES = frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])
_REACH = 60  # characters read after a document's first word


def without_the(name: str) -> str:
    """A name of two words or more without its leading "The" ("The Carrow Port Company")."""
    return name[4:] if name.startswith("The ") and " " in name[4:] else name


def on_behalf(text: str, at: int, end: int) -> str | None:
    """For a document written at `at` and read out for someone: the name it was for, "" when
    a pronoun says so ("on his behalf"), else None (no "behalf" in its sentence)."""
    if "behalf" not in text[at:end]:
        return None
    found = _BEHALF.match(text, at, end)
    if found is None:
        return None
    return undated(found.group(1) or found.group(2) or "")  # "X on Monday": X


def body_of(text: str, at: int, end: int) -> str | None:
    """The body a document whose noun is written at `at` is "of" ("the report of the X
    Board"), else None."""
    found = _OF_BODY.match(text, at, min(end, at + _REACH))
    if found is None or found.group(1).rpartition(" ")[2].lower() not in ORG_WORDS:
        return None
    return found.group(1)


# Words before a name that make it one of many: "by residents and Ann Ruiz", "by dozens of".
# The verbs of sending or writing a document: "a letter X sent", "the notice X signed".
SENDING = r"(?:sent|wrote|issued|posted|signed|emailed|circulated)"
NOT_MANY = r"(?!(?:and|or|including|among|dozens|hundreds|thousands|scores|many|several|other)\s)"
# Who sent a document, named right after its noun: "a letter Superintendent Ann Ruiz sent to
# families", "The notice, which the X Board sent on Monday,", "a memo harbour master Ann Ode
# wrote"; or whose page it was posted on: "a notice posted on the agency’s website".
_SENT_BY = re.compile(
    rf"[a-z]+,?\s+(?:(?:which|that)\s+)?(?:the\s+)?(?:{NOT_MANY}[a-z\-]+\s+){{0,3}}?({NAME})"
    rf"\s+(?:had\s+)?{SENDING}\b"
    rf"|[a-z]+\s+(?:posted|published|put\s+up)\s+(?:on|to)\s+(?:the\s+)?([a-z]+|{NAME})[’']s?\s+"
    r"(?:[a-z\-]+\s+)?(?:website|site|blog|page|account|feed)\b"
)


def sent_or_posted(text: str, at: int, end: int) -> str | None:
    """Who sent the document whose noun is written at `at` ("a letter X sent"), or whose page
    it was posted on ("a notice posted on the agency’s website": "agency"), else None."""
    found = _SENT_BY.match(text, at, min(end, at + _REACH + 40))
    return (found.group(1) or found.group(2)) if found else None


# Who wrote or signed a document, named in a participle after its noun: "a memo obtained by the
# Ledger, dated Thursday and written by campaign manager Ann Ruiz", "signed by the chair of the X
# Board"; not the one it was obtained by, nor a resolution's drafters ("drafted by A and B": the
# body that passed it issued it), nor one of many who signed ("by residents and Ann Ruiz").
_WRITTEN_BY = re.compile(
    r"[^.!?“”\"]{0,120}?\b(?:written|authored|penned|signed)\s+by\s+"
    rf"(?:(?:the\s+)?{NOT_MANY}[a-z][\w’'\-]*\s+){{0,3}}({NAME})"
)


def written_by(text: str, at: int, end: int) -> str | None:
    """The writer a participle after the document's noun at `at` names ("a memo, dated
    Thursday and written by Ann Ruiz,"), else None."""
    found = _WRITTEN_BY.match(text, at, end)
    return found.group(1) if found else None


def undated(name: str) -> str:
    """A name without a day after "on" ("Ann Lee on Sunday" -> "Ann Lee")."""
    head, on, day = name.partition(" on ")
    return head if on and day.split()[0] in DATES else name


# A wire dateline opening a story's first sentence: "UNITED NATIONS — ", "KYIV, Ukraine — ",
# "TEHRAZ, May 12 — ".
_DATELINE = re.compile(r"[A-Z][A-Z.’' \-]{2,40}(?:,\s+[A-Z][\w.]+(?:\s+\d{1,2})?)*\s+[—–-]{1,2}\s+")


def after_dateline(text: str, start: int, at: int) -> int:
    """Where the sentence starting at `start` begins after any dateline before `at`."""
    dateline = _DATELINE.match(text, start, at)
    return dateline.end() if dateline else start


def in_prose(text: str, at: int) -> bool:
    """Whether the line holding `at` ends with an end mark, as a headline does not."""
    end = text.find("\n", at)
    return text[at:end].rstrip()[-1:] in '.!?”"’' if end >= 0 else True


def read_for(text: str, at: int, noun: str) -> str | None:
    """For a quote at `at` credited to "the statement": the writer of the last statement read
    out by "her grandson" or "his daughter" before it, the one last named of that gender
    before the reader ("Dorothy Fairweather … a statement read by her grandson"), else None."""
    mention = text.rfind(noun, max(0, at - _READ_BACK), at)
    found = _READ_BY_THEIRS.match(text, mention + len(noun)) if mention >= 0 else None
    if found is None:
        return None
    return named_before(text, found.start(1), "m" if found.group(1) == "his" else "f")


def first_of_two(name: str) -> str:
    """The first of two people named together as one subject ("Mila Stroud and Jonah Vale"
    -> "Mila Stroud"), not of a body's name ("Food and Drug Administration")."""
    first, joined, second = name.partition(" and ")
    if joined and " " not in first and " " in second:  # "Yusuf and Hana Demir": Yusuf Demir
        given, _, surname = second.partition(" ")
        shared = first_name_gender(first) and first_name_gender(given)
        return f"{first} {surname}" if shared else name
    if not joined or " " not in first or " " not in second:
        return name
    if plural_title(first.split(), 0):
        first = first.partition(" ")[2]  # "Senators Ann Ode and Tom Reyes": Ann Ode
    return (
        first
        if first_name_gender(first.split()[0]) and first_name_gender(second.split()[0])
        else name
    )


def person_of_body(name: str) -> str:
    """A person named with the body they are of ("Hana Lind of Northgate Research" -> "Hana
    Lind", "Judge Ann Obi of the Harlow Crown Court" -> "Judge Ann Obi"), not a body's own name
    ("Bank of England", "Friends of the Earth")."""
    head, of, _ = name.partition(" of ")
    if not of or " " not in head:
        return name
    first, _, rest = head.partition(" ")
    return head if _titled_person(first, rest.split()) or first_name_gender(first) else name


def _titled_person(title: str, rest: list[str]) -> bool:
    """Whether a title is followed by a name of two words or more ("Judge Ann Obi"), not by
    another title or a body's word ("Director General", "Justice Department")."""
    if title.lower().rstrip(".") not in TITLES or len(rest) < 2 or not rest[0][:1].isupper():
        return False
    return rest[0].lower() not in TITLES and not any(w.lower() in ORG_WORDS for w in rest)


_JOINS = frozenset(("of", "for", "and", "on"))
_NEXT_CAPITAL = re.compile(r"[\w\-]+ [A-Z]")


def in_a_name(text: str, at: int) -> bool:
    """Whether the noun at `at` is capitalised after a capitalised word ("The Carrow Review"),
    after one and a joining word ("Office of Research Integrity") or before one ("the Research
    Integrity Office")."""
    if not text[at].isupper():
        return False
    words = text[max(0, at - 40) : at].split()[-2:]
    if words and words[-1][:1].isupper():
        return True
    if len(words) == 2 and words[-1] in _JOINS and words[0][:1].isupper():
        return True
    return _NEXT_CAPITAL.match(text, at) is not None


# A subject written with its owner: "Kaye’s lawyers responded in a filing", "Kaye’s publicist,
# Imani Okoro-Vance, said in a statement".
_LAWYERS = re.compile(r"\s+(?:legal\s+team|lawyers?|attorneys?|solicitors?|counsel)\b")
_ROLE_NAMED = re.compile(rf"\s+(?:[a-z\-]+\s+){{0,2}}[a-z\-]+,\s+({NAME}),")


def possessed_subject(text: str, owner: str, after: int) -> str:
    """Whose document a subject written as `owner` ("Kaye’s") at `after` issued: the one named
    after the owner's role ("Kaye’s publicist, Imani Okoro-Vance,"), else the owner, for whom
    their lawyers, board or staff put it out."""
    named = None if _LAWYERS.match(text, after) else _ROLE_NAMED.match(text, after)
    return named.group(1) if named else owner.removesuffix("’s").removesuffix("'s")


# A sentence opening with a role and then the name, before the verb: "Chief executive Ann Ode
# told staff", "The company’s chief executive, Ann Ode, told", after a phrase of where it was
# written too: "In a blog post, Ardent Ridge partner Imani Webb wrote".
_ROLE_LED = re.compile(
    r"(?:In\s+(?:a|an|his|her|their|its)\s+[^,.“”]{1,80},\s+)?"
    r"(?:The\s+)?(?:[\w\-]+[’']s\s+)?(?:[A-Za-z\-]+\s+){0,3}?([a-z\-]+),?\s+"
    rf"([{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+){{1,2}}),?\s+(?:[a-z]+ly\s+)?"
    r"(?:told|said|wrote|sent|emailed)\b"
)


# A firm's analysts opening the sentence: "Analysts at Carrow Securities wrote in a note".
_ANALYSTS_LED = re.compile(
    r"(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists)\s+at\s+(?:the\s+)?"
    rf"([{UPPER}][\w.&’'\-]*(?:\s+[{UPPER}][\w.&’'\-]*)*)\s+(?:[a-z]+ly\s+)?"
    r"(?:told|said|wrote|sent|emailed|warned|noted|cautioned)\b"
)


def role_led(sentence: str) -> str | None:
    """The name after a role opening a sentence, right before its verb ("Chief executive Ann
    Ode told staff in a memo" -> "Ann Ode"), or the firm whose analysts open it, else None."""
    analysts = _ANALYSTS_LED.match(sentence) if sentence[:1] in "AaEeSs" else None
    if analysts:
        return analysts.group(1)  # "Analysts at X wrote in a note": X
    found = _ROLE_LED.match(sentence)
    role = found.group(1) if found else ""
    return found.group(2) if found and (role in ROLE_NOUNS or is_person_noun(role)) else None


# "A dossier", "another leaked memo"; not "an earlier draft", a version of the one named before.
_INDEFINITE = re.compile(
    r"(?:^|\s)(?:an?|An?|another|Another)\s+"
    r"(?!(?:earlier|early|previous|first|original|initial)\b)(?:[\w\-]+\s+){0,2}$"
)


def brought_in(text: str, at: int, noun: str) -> bool:
    """Whether the mention at `at` brings in a new document of the same noun, in prose: "A
    dossier handed to ministers" (no issuer named with it)."""
    if text[at : at + len(noun)].lower() != noun.lower() or not in_prose(text, at):
        return False
    line = text.rfind("\n", 0, at) + 1
    if text.rfind("“", line, at) > text.rfind("”", line, at):
        return False  # "“No one wants to write a letter like this one”": no letter brought in
    return _INDEFINITE.search(text, max(0, at - 40), at) is not None


# Done in the document by the sentence's subject: "X apologised in a statement", "X lowered its
# outlook in a filing"; never "X was criticised in a report" or "X featured in a report".
_IN_A = re.compile(
    r"\s(?!(?:appeared|featured|figured|starred|ranked|came|was|were|is|are)\s)[a-z]+\s+in\s+"
    r"(?:an?|its|their)\s+(?:[a-z\-]+\s+)?$"  # "X featured in a report": someone else's
)
_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|being|be|get|got)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b"
)


def done_in_it(text: str, start: int, at: int) -> bool:
    """Whether the subject of the sentence starting at `start` acts in the document whose noun
    is at `at` ("X apologised in a statement", "X lowered its outlook in a filing")."""
    found = _IN_A.search(text, max(start, at - 60), at)
    return found is not None and _PASSIVE.search(text, start, at) is None
