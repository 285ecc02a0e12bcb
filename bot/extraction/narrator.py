"""The narrator of a first-person piece ("Dana Kowalski on her first title fight", "As told to")
and the one an interview is with ("We spoke with painter Julia Moss")."""

from __future__ import annotations

import re

from bot.extraction.lexicon import UPPER
from bot.extraction.runs import clean_run, is_org

_NAME = rf"[{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+){{1,3}}"
# A headline or standfirst led by the narrator's name: "Dana Kowalski on …", "Dana Kowalski: …",
# "Dana Kowalski, 34, on …", "‘…’: Dana Kowalski on …".
_NARRATOR_LEAD = re.compile(rf"(?:^|:\s+)({_NAME})(?:,\s+\d+,)?(?:\s+on\s|:\s|\s+[—–]\s)")
# "…, says Dana Kowalski" ending a headline.
_SAYS_NARRATOR = re.compile(rf"\b(?:says|writes)\s+({_NAME})\s*$")
_TOLD_TO = re.compile(r"s told to\b(?<=\b[Aa]s told to)")  # its words first: a quick scan
# An editor's note handing over to the narrator: "Here is Rosa's story.", "This is her account".
_STORY_OF = re.compile(r"\b(?:Here is|Here[’']s|This is) ([A-Z][\w\-]+)[’']s (?:story|account)\b")
# The word first and the word start before it checked after: the search skips to each "I" or "m".
_FIRST_PERSON = re.compile(r"(?:I(?<!\wI)|m[ye](?<!\wm[ye]))\b")
_MIN_FIRST_PERSON = 4  # first-person words that make a body a first-person piece
_READ = 4000  # characters of the body read for first-person words
_INTRO = 1500  # characters of the opening read for whom a piece is by or with


def narrator(text: str, body_start: int) -> str | None:
    """The narrator's name when the headline (or first paragraph) names one and the body is
    told in the first person, else None."""
    body = text[body_start : body_start + _READ]
    if len(_FIRST_PERSON.findall(body)) < _MIN_FIRST_PERSON:
        return None
    headline = text[:body_start]
    first_para = body.split("\n", 1)[0]
    for line in (headline, first_para):
        match = _NARRATOR_LEAD.search(line) or _SAYS_NARRATOR.search(line)
        if match:
            name = clean_run(match.group(1))
            if " " in name and not is_org(name):
                return name
    story = _STORY_OF.search(body, 0, _INTRO)
    if story:
        return _full_before(body[: story.start()], story.group(1))
    if _TOLD_TO.search(body) and headline:
        for match in re.finditer(_NAME, headline):
            name = clean_run(match.group())
            if " " in name and not is_org(name):
                return name
    return None


# The body telling of someone in the third person: "Albuquerque, 34, founded", "Ruiz says".
_THIRD_PERSON_VERB = r"(?:,\s+\d+,|\s+(?:is|was|has|had|says|said|founded|laughs|admits)\b)"


def told_about(text: str, body_start: int, name: str) -> bool:
    """Whether the body tells of `name` in the third person ("Albuquerque, 34, founded …"), so
    a headline naming them ("‘…’: X on Y") heads a profile, not their own first-person piece."""
    surname = re.escape(name.rpartition(" ")[2])
    pattern = re.compile(rf"\b{surname}{_THIRD_PERSON_VERB}")
    return pattern.search(text, body_start, body_start + _READ) is not None


def _full_before(intro: str, first: str) -> str | None:
    """The full name a first name was given by in the text before it, else None."""
    match = re.search(rf"\b{re.escape(first)}(?:\s+[{UPPER}][\w’'\-]+){{1,2}}", intro)
    name = clean_run(match.group()) if match else ""
    return name if " " in name and not is_org(name) else None


# "We spoke with painter Julia Moss", "sat down with Julia Moss", "interviewed Julia Moss".
_INTERVIEW = re.compile(
    r"\b(?:spoke|speaks|talked|talks|chatted|chats|sat down|caught up)\s+(?:with|to)\s+"
    rf"(?:[a-z\-]+\s+){{0,3}}({_NAME})|\binterviewed\s+(?:[a-z\-]+\s+){{0,3}}({_NAME})"
)
# Someone named taking the writer's questions: "Marta Silva, who runs a bakery, answered our
# questions", "Tom Ode took some of our questions".
_ANSWERED = re.compile(
    rf"({_NAME})(?:,[^,.]{{1,80}},)?\s+(?:answered|took|fielded)\s+(?:some\s+of\s+|a\s+few\s+of\s+)?"
    r"(?:our|my|readers[’']|your)\s+questions\b"
)
# The same with a pronoun for someone the opening has just named: "I spoke with him about …".
_INTERVIEW_PRONOUN = re.compile(
    r"\b(?:spoke|speaks|talked|talks|chatted|chats|sat down|caught up)\s+(?:with|to)\s+(him|her)\b"
)
# An answer labelled with the name of the one answering: "Julia Moss: This show is …".
_ANSWER_LABEL = re.compile(rf"^({_NAME}):\s", re.MULTILINE)


def interviewee(text: str, body_start: int) -> str | None:
    """Whom an interview is with: the person the opening says was spoken with, else the
    narrator the headline names."""
    match = _INTERVIEW.search(text, body_start, body_start + _INTRO)
    if match is None and "questions" in text[body_start : body_start + _INTRO]:
        match = _ANSWERED.search(text, body_start, body_start + _INTRO)
    if match is None:
        match = _ANSWER_LABEL.search(text, body_start, body_start + _READ)
    if match:
        name = clean_run(next(group for group in match.groups() if group))
        if " " in name and not is_org(name):
            return name
    return narrator(text, body_start)


def interview_pronoun(text: str, body_start: int) -> tuple[int, str] | None:
    """Where the opening says it spoke with "him" or "her", and which, else None."""
    match = _INTERVIEW_PRONOUN.search(text, body_start, body_start + _INTRO)
    return (match.start(), match.group(1)) if match else None
