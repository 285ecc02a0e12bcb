"""Words a phrase about a speaker holds that name no one: a group, or a work's title."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extraction.designations import as_office
from bot.extraction.document_tails import authors_of
from bot.extraction.lexicon import ROLE_NOUNS
from bot.extraction.lexicons import is_demonym
from bot.extraction.runs import is_org

# Plural people left unnamed: "officials said", "critics say", "the crowd chanted".
_SOME_PEOPLE = frozenset(
    """people others some many crowd staff officials sources witnesses experts critics residents
    locals fans users reviewers authors researchers analysts organisers organizers engineers
    observers insiders aides investigators activists protesters demonstrators scientists
    parents students workers employees members supporters opponents voters lawmakers
    forecasters meteorologists regents trustees governors supervisors delegations delegates
    diplomats envoys""".split()
)


def unnamed_people(phrase: str) -> bool:
    """Whether a phrase with no name is a group of people ("officials", "workers at Acme")."""
    phrase = phrase.partition(" at ")[0]
    last = phrase.rpartition(" ")[2].lower()
    singular = last[:-2] if last.endswith("es") else last[:-1]
    people = last in _SOME_PEOPLE or (
        last.endswith("s") and (last[:-1] in ROLE_NOUNS or singular in ROLE_NOUNS)
    )
    return people and not any(  # "the three European members": people of a place, unnamed
        word[:1].isupper() and not is_demonym(word) for word in phrase.split()[1:]
    )


# People around someone a pronoun means, closing the phrase: "sources close to him".
_AROUND_THEM = re.compile(
    r"\S \b(?:close|closest|near|loyal) to (?:him|her|them)$"
    r"|\b(?:friends|allies|associates|relatives|aides) (?:of|around)"
    r" (?:him|her|them|his|hers|theirs)$"
)


# Kin and friends of someone named by a pronoun: "her sister", "his mother".
_THEIR_KIN = re.compile(
    r"(?:his|her|their)\s+(?:mother|father|mom|mum|dad|sister|brother|son|daughter|wife"
    r"|husband|partner|friend|boyfriend|girlfriend|aunt|uncle|cousin|grandmother|grandfather"
    r"|niece|nephew|parents|kids|children|neighbour|neighbor)"
)


def theirs_unnamed(lower: str) -> bool:
    """Whether a lower-case phrase is kin of someone a pronoun means ("her sister") or people
    around them ("sources close to him", "friends of hers"): unnamed, never that person."""
    return _THEIR_KIN.fullmatch(lower) is not None or _AROUND_THEM.search(lower) is not None


# A work's title in quote marks before a role noun: "the “Night Shift” actress".
_WORK_BEFORE_ROLE = re.compile(r"(?<=[Tt]he )[“\"‘][^“”\"‘’]{1,60}[”\"’] (?=[a-z])")


# A platform opening the speaker's phrase: "On X, the agency’s director, Pim de Groot, wrote".
_ON_PLATFORM = re.compile(
    r"(?:On|Writing on|Posting on) (?:X|Facebook|Instagram|Threads|Bluesky|LinkedIn|TikTok"
    r"|YouTube|Twitter|Telegram|WhatsApp|Weibo|Substack|Mastodon), "
    # "In a post on the club’s Facebook page, his daughter Rosalind wrote": where, not who
    r"|In (?:an?|one|another|a\s+[a-z\-]+) (?:post|message|video|update|thread|story|reel)"
    r" (?:on|to) [^,;:“”\"]{1,60}, (?=[a-z])"
)


def without_work_title(phrase: str) -> str:
    """The phrase without a work's title set before its role ("the “Undertow” star" -> "the
    star") or a platform before it ("On X, the director, Pim de Groot," -> "the director, Pim
    de Groot,"), or as the office it names (`as_office`); the same string when none."""
    opened = _ON_PLATFORM.match(phrase) if phrase[:1] in "OPWI" else None
    if opened:
        return phrase[opened.end() :]
    if "“" not in phrase and '"' not in phrase and "‘" not in phrase:
        return as_office(phrase)  # "the Collector", "His Excellency": the office
    untitled = _WORK_BEFORE_ROLE.sub("", phrase)
    return untitled if untitled != phrase else phrase


# How an article says a person gave no surname: "who gave only her first name, Lupe",
# "who gave his name only as Chidi", "identified only by her first name, Ana".
_FIRST_NAME_ONLY = r"\b(?:first name|name only as|identified only as|known only as),? [“\"]?"


# Or right after the name: "Lupe, 34, who asked that her surname not be published", "Chidi, a
# nurse who gave only his first name", "Ana, who declined to give her last name".
_NO_SURNAME = (
    r",(?: \d{1,3},)?(?: [^,.;“”]{1,40})? who (?:asked that (?:his|her|their) (?:surname|last name"
    r"|family name) (?:not be|be) (?:published|used|printed|given|withheld)"
    r"|gave only (?:his|her|their) first name|declined to give (?:his|her|their) (?:surname"
    r"|last name|family name)|(?:did not|didn['’]t) (?:want|give) (?:his|her|their) (?:surname"
    r"|last name|family name))"
)
_NAME_WORDS = ("first name", "surname", "last name", "family name", "name only as")


@lru_cache(maxsize=4)
def _tells_of_names(text: str) -> bool:
    """Whether an article says anything of a name given in part (asked once per article)."""
    return any(word in text for word in _NAME_WORDS)


def given_name_only(text: str, name: str) -> bool:
    """Whether the article presents this one-word name as all of the person's name."""
    if " " in name or not _tells_of_names(text) or name not in text:
        return False
    named = re.escape(name) + r"\b"
    return re.search(rf"{_FIRST_NAME_ONLY}{named}|\b{named}{_NO_SURNAME}", text) is not None


# A group of people brought in by the body they work at: "Forecasters at the Albion Weather
# Service warned …", "Engineers from the Orrin Water Board"; or that they are: "the regents"
# for "the Board of Regents".
_THE_GROUP = re.compile(r"[Tt]he ([a-z]{4,}s)")
_GROUP_REACH = 1500  # characters looked back for where the group was brought in
_BODY_NAME = r"(?:the )?([A-Z][\w.&’'\-]*(?: (?:of |for )?[A-Z][\w.&’'\-]*)*)"


# A study's people, who speak through the one leading them: "the authors", "the study’s
# researchers"; and where the article names that leader: "The team, led by Dr. Ana Ruiz,".
_STUDY_PEOPLE = re.compile(
    r"[Tt]he (?:(?:study|paper|trial|survey)[’']s )?(?:authors|co-authors|researchers|scientists"
    r"|investigators)"
)
_LED_BY = re.compile(
    r"\bled by (?:the |a )?(?:[a-z\-]+ )?(?:(?:Dr|Prof|Professor)\.? )?"
    r"([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,3})"
)
_LEADER_REACH = 3000  # characters looked back for the one a study was led by
_STUDY_BEFORE = re.compile(
    r"\b(?:[Ss]tudy|[Tt]eam|[Tt]rial|[Rr]esearch\w*|[Aa]uthors|[Pp]aper|[Ss]urvey)\b"
)


def study_leader(text: str, phrase: str, at: int) -> str | None:
    """For "the authors" or "the study’s researchers", the one the article said led the study
    or its team ("The team, led by the neurologist Dr. X,"), not a march or a side, else None."""
    if not _STUDY_PEOPLE.fullmatch(phrase.strip()):
        return None
    start = max(0, at - _LEADER_REACH)
    if text.find("led by ", start, at) < 0:
        return _who_led(text, start, at)  # the cheap test: no one "led by" anyone in reach
    found = [
        m
        for m in _LED_BY.finditer(text, start, at)
        if _STUDY_BEFORE.search(text, m.start() - 80, m.start())
    ]
    return found[-1].group(1) if found else _who_led(text, start, at)


# "Benhaddou, an ecologist at Caradon who led the study": the study's leader, set before.
_WHO_LED = re.compile(
    r"([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,3}),(?: [^,.;“”]{1,80})? who (?:co-)?led (?:the|this"
    r"|their) (?:[a-z\-]+ )?(?:study|research|team|trial|work|paper|survey|analysis)\b"
)


def _who_led(text: str, start: int, at: int) -> str | None:
    """The last name set before "who led the study" between `start` and `at`, else None."""
    if text.find(" who led ", start, at) < 0 and text.find(" who co-led ", start, at) < 0:
        return None
    found = list(_WHO_LED.finditer(text, start, at))
    return found[-1].group(1) if found else None


def group_body(text: str, phrase: str, at: int) -> str | None:
    """The body whose people a phrase like "the forecasters" means, when a recent sentence
    brought them in as "forecasters at the X"; or the leader of a study's authors; else None."""
    leader = study_leader(text, phrase, at) if "the" in phrase[:4].lower() else None
    if leader:
        return leader
    match = _THE_GROUP.fullmatch(phrase.strip())
    if match is None:
        return None
    plural = match.group(1)
    start = max(0, at - _GROUP_REACH)
    if plural not in text[start:at].lower():
        return None  # the cheap test: no such group in reach
    words = rf"\b(?:{plural}|{plural.capitalize()}) (?:at|from) {_BODY_NAME}"
    found = [m.group(1) for m in re.finditer(words, text[start:at])]
    if found and is_org(found[-1]):
        return found[-1]
    board = rf"(?:[A-Z][\w.&’'\-]* )*(?:Board|Council|Court|College) of {plural.capitalize()}\b"
    boards = [m.group() for m in re.finditer(board, text[start:at])]
    return boards[-1].removeprefix("The ") if boards else None  # "the regents": "Board of Regents"


# People who speak for the body they work at: "forecasters at the Albion Weather Service said".
STAFF = (
    "forecasters|meteorologists|researchers|scientists|officials|engineers|economists|observers"
    "|monitors|inspectors|investigators|analysts"
)
_STAFF_AT = re.compile(rf"(?:[Tt]he )?(?:{STAFF}|{STAFF.title()}) (?:at|from) {_BODY_NAME}")


def staff_body(phrase: str) -> str | None:
    """The body a phrase's staff work at ("researchers at Hallam University"), else None."""
    if " at " not in phrase and " from " not in phrase:
        return None
    match = _STAFF_AT.fullmatch(phrase.strip().rstrip(","))
    if match is None:
        return None
    body = match.group(1)  # "the Department of Transport": its head names the body
    return body if is_org(body) or is_org(body.partition(" of ")[0]) else None


# Staff of a body opening a sentence as its subject: "Forecasters at the Albion Weather Service
# said", "Engineers from the Orrin Water Board, however, warned".
_STAFF_SUBJECT = re.compile(
    rf"(?:{STAFF}|{STAFF.title()}) (?:at|from) {_BODY_NAME}(?:,[^,.;“”]{{1,60}},)?\s+[a-z]"
)
_STAFF_LEAD = re.compile(
    r"(?:^|[.!?]\s+)((?:The |the )?[A-Z]?[a-z]+ (?:at|from) )[^.!?“”]*[.!?]\s*$"
)


def staff_subject(sentence: str) -> str | None:
    """The body whose staff open a sentence as its subject, else None."""
    match = _STAFF_SUBJECT.match(sentence.removeprefix("The ").removeprefix("the "))
    if match is None:
        return None
    body = match.group(1)
    return body if is_org(body) or is_org(body.partition(" of ")[0]) else None


def staff_said_before(text: str, at: int) -> str | None:
    """The body whose staff were the subject of the sentence right before `at` ("Forecasters
    at the X said rain was coming. “…,” they said."), or that issued the document whose authors
    were ("The survey’s authors are more careful. “…,” they write."), else None."""
    window = text[max(0, at - 400) : at]
    if " at " not in window and " from " not in window:
        return authors_of(text, at)  # the cheap test: no staff brought in by their body
    match = _STAFF_LEAD.search(window)
    return staff_subject(window[match.start(1) :]) if match else authors_of(text, at)


# Someone described, then named by the one name they gave: "said a woman who gave her name only
# as Lupe", "said a nurse who identified herself only as Ana", "who gave his name as Abu Ali",
# "said a mother who asked to be identified only by her first name, Rana", "a reader who signed
# herself only as Jo", "said the man holding it, who gave his name only as Rafi", "said a woman
# who would give only her first name, Tanvi".
_NAMED_ONLY_AS = re.compile(
    r"\s+(?:an?|one|the)\s+\w[\w\- ]{0,60}?,?\s+who\s+"
    r"(?:(?:gave\s+(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?|(?:identified|signed)\s+(?:himself|herself|themselves)(?:\s+only)?"
    r"|was\s+identified(?:\s+only)?)\s+as\s+|(?:asked|wanted|agreed)\s+to\s+be\s+identified"
    r"\s+(?:only\s+)?by\s+(?:his|her|their)\s+first\s+name(?:\s+only)?,?\s+"
    r"|(?:gave\s+only|would\s+(?:only\s+give|give\s+only))\s+(?:his|her|their)\s+first\s+name,\s+)"
    r"[“\"]?([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2})"
)


def named_only_as(after: str) -> str | None:
    """The one name someone described after a speech verb gave as theirs, else None."""
    if " who " not in after[:90] or (" as " not in after[:130] and "first name" not in after):
        return None  # the cheap test
    match = _NAMED_ONLY_AS.match(after)
    return match.group(1) if match else None


# The same set off before the verb: "Another reader, a team lead who signed herself only as Jo,",
# "A nurse, who gave only her first name, Bongani, (said)".
_GIVEN_BEFORE = re.compile(
    r"\bwho\s+(?:(?:gave\s+(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?|(?:identified"
    r"|signed)\s+(?:himself|herself|themselves)(?:\s+only|\s+simply)?)\s+as\s+|(?:gave\s+only"
    r"|would\s+(?:only\s+give|give\s+only)|(?:asked|wanted|agreed)\s+to\s+be\s+identified\s+"
    r"(?:only\s+)?by)\s+(?:his|her|their)\s+first\s+name(?:\s+only)?,\s+)[“\"]?"
    r"([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2})"
    r"(?:, from [A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?)?,?$"  # "… as Gráinne, from Carrick,"
)


def given_before(phrase: str) -> str | None:
    """The one name someone described before a speech verb gave as theirs, else None."""
    if " who " not in phrase or (" as " not in phrase and "first name," not in phrase):
        return None  # the cheap test
    match = _GIVEN_BEFORE.search(phrase)
    return match.group(1) if match else None
