"""Who a sentence that issues a document opens with when a role or a body's people come first:
"Harbour master Ann Ode sent a notice", "Officials at the Port Board posted a notice",
"Lawyers for the Port Board filed a response" (the board's, its lawyers only wrote it); and
the one body the sentence before names, for a document opening with "Its"."""

from __future__ import annotations

import re

from bot.extraction.document_owners import role_led as listed_role_led
from bot.extraction.lexicon import UPPER
from bot.extraction.lexicons import is_person_noun
from bot.extraction.persons import first_name_gender
from bot.extraction.runs import is_org

_ISSUING = (  # after "has" or "had" too: "X has written", "X had sent"
    r"(?:(?:has|had)\s+)?(?:told|said|wrote|written|penned|drafted|sent|emailed|posted|signed"
    r"|issued|published|released|filed|tweeted|shared|circulated|put\s+out)\b"
)
_PERSON = rf"[{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+){{1,2}}"
_NOT_ROLE = r"(?!(?:and|or|with|of|for|from|at|to|by|in|on|the|an?|his|her|their|its)\s)"
# A role of lower-case words after one capital opening the sentence, then a full name and the
# verb: "Harbour master Ann Ode sent", "Headmaster Ann Ode wrote", "Parish clerk Tom Reyes posted".
_ROLE_FIRST = re.compile(
    rf"([{UPPER}][a-z\-]+)\s+((?:{_NOT_ROLE}[a-z\-]+\s+){{0,2}})({_PERSON}),?\s+"
    rf"(?:[a-z]+ly\s+)?{_ISSUING}"
)
# The people who speak for a body, opening the sentence: "Officials at the Port Board sent",
# "Lawyers for Carrow Holdings filed", "A spokesperson for the Harbour Trust sent".
_SPEAKERS = (
    r"(?:officials|executives|lawyers|attorneys|solicitors|spokespeople|managers|directors"
    r"|analysts|economists|strategists|(?:an?\s+)?(?:spokesperson|spokesman|spokeswoman"
    r"|lawyer|attorney|solicitor))"
)
# The same people before the body they speak for, after "from" or "by": "officials at the".
PEOPLE_OF = rf"(?:{_SPEAKERS}\s+(?:at|for|from|representing)\s+(?:the\s+)?)?"
_COUNSEL = re.compile(
    r"(?:[Aa]n?\s+)?(?:[Ll]awyers?|[Aa]ttorneys?|[Ss]olicitors?)\s+(?:for|representing)\s"
)
# A body's name in Title Case, "of", "for", "and" and "the" allowed inside: "Port Board of Tolva".
_BODY = rf"([{UPPER}][\w.&’'\-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[{UPPER}][\w.&’'\-]*)*)"
_BODY_PEOPLE = re.compile(
    rf"(?:senior\s+)?{_SPEAKERS}\s+(?:at|for|from|representing)\s+"
    rf"(?:the\s+)?{_BODY}"
    rf",?\s+(?:[a-z]+ly\s+)?{_ISSUING}"
)

# The document as the object of a verb of writing it: "X wrote a memo", "X penned an open letter".
_WROTE_IT = re.compile(
    r"\b(?:wrote|written|penned|drafted|composed|authored|emailed|tweeted)\s+(?:a|an|the|his|her|its"
    r"|their)\s+(?:[\w\-]+\s+){0,2}$"
)
_OF_AFTER = re.compile(r"[a-z\-]+\s+of\s")  # "wrote a draft of the speech": of another's


def wrote_it(text: str, start: int, at: int) -> bool:
    """Whether the document whose noun is at `at` is what the sentence starting at `start`
    says its subject wrote ("The board wrote a memo to owners"), not what they wrote about."""
    found = _WROTE_IT.search(text, max(start, at - 40), at)
    return found is not None and _OF_AFTER.match(text, at) is None


# "It" after an opening of when: "On Tuesday it sent", "Last week, it posted".
_IT_AFTER_WHEN = re.compile(
    r"(?:On|Last|Earlier|Later|Then|Yesterday|Today|This)\b[^,.]{0,30}?,?\s+it\s+(?:[a-z]+ly\s+)?"
    + _ISSUING
)


def role_led(sentence: str, text: str = "", start: int = 0) -> str | None:
    """Who a sentence issuing a document opens with: the name after a role ("Harbour master
    Ann Ode sent a notice" -> "Ann Ode"), the body whose people open it ("Officials at the
    Port Board posted" -> "Port Board"), the body before an "it" after a time ("On Tuesday it
    sent", the sentence starting at `start` in `text`), else None."""
    listed = listed_role_led(sentence)
    if listed:
        return listed
    if text and " it " in sentence[:40] and _IT_AFTER_WHEN.match(sentence):
        return body_before(text, start)
    if sentence[:1] in "OoEeLlAaSsMmDd":  # the cheap test for a body's people first
        people = _BODY_PEOPLE.match(sentence[:1].lower() + sentence[1:])
        client = people and _COUNSEL.match(sentence) and first_name_gender(people.group(1))
        if people and (is_org(people.group(1)) or client):
            return people.group(1)  # "Lawyers for Ann Ode sent": their client's
    found = _ROLE_FIRST.match(sentence)
    if found is None or not (found.group(2) or is_person_noun(found.group(1).lower())):
        return None  # no role before the name ("In March Ann Ode sent"): the subject's
    name = found.group(3)
    return name if first_name_gender(name.split()[0]) else None  # a person's, not "Port Board"


# A body opening a sentence as its subject: "The Port Board runs the marina."
_BODY_OPENS = re.compile(
    rf"(?:[Tt]he\s+)?{_BODY}"
    r",?\s+(?:[a-z]+ly\s+)?[a-z]"
)
_PASSIVE_IT = re.compile(r"It\s+(?:was|were|is|has\s+been|had\s+been)\s")
_STOP = re.compile(r"[.!?][”’\"]?\s+(?=[A-Z“])")
_BACK = 300  # characters read back for the sentence before


def body_before(text: str, start: int) -> str | None:
    """The body the sentence before the one starting at `start` opens with, for an "It" that
    issues a document ("The Port Board runs the marina. It sent a notice"), else None."""
    if _PASSIVE_IT.match(text, start):
        return None  # "It was sent a notice by owners": theirs, not the body's
    window = text[max(0, start - _BACK) : start].rstrip()
    stops = [m.end() for m in _STOP.finditer(window, 0, max(0, len(window) - 1))]
    found = _BODY_OPENS.match(window, stops[-1] if stops else 0)
    return found.group(1) if found and is_org(found.group(1)) else None


_BODY_RUN = re.compile(_BODY)


def only_body_before(text: str, start: int) -> str | None:
    """The one body the sentence before the one starting at `start` names anywhere, for an
    "Its" owning a document ("Ode set up the Delta Trust. Its application"), else None."""
    window = text[max(0, start - _BACK) : start].rstrip()
    stops = [m.end() for m in _STOP.finditer(window, 0, max(0, len(window) - 1))]
    opening = stops[-1] if stops else 0
    runs = [
        m.group().removeprefix("The ") if m.start() == opening else m.group()  # a capital "The"
        for m in _BODY_RUN.finditer(window, opening)
    ]
    bodies = {run.rstrip(".") for run in runs if " " in run and is_org(run.rstrip("."))}
    return bodies.pop() if len(bodies) == 1 else None
