"""Whose words a document's are: "according to the study" means whoever released the study.

A quote credited to "the report", "the statement" or "the notice" belongs to the body or person
the article said issued it earlier: "Morrow Analytics released its annual study", "In a notice
issued on Sunday, the Harbour Office warned", "the Harbour Office’s statement", "a report by X".
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from bot.extraction.document_kinds import ALL_NOUNS, KIND_OF, NOUNS
from bot.extraction.document_owners import (
    after_dateline,
    body_of,
    brought_in,
    done_in_it,
    first_of_two,
    in_a_name,
    in_prose,
    on_behalf,
    person_of_body,
    possessed_subject,
    sent_or_posted,
    undated,
    written_by,
)
from bot.extraction.joint_documents import jointly_issued
from bot.extraction.lexicon import NOT_NAMES, ORG_NOUNS, UPPER
from bot.extraction.name_shapes import opens_with_month_given, role_fits
from bot.extraction.named_authors import author_after
from bot.extraction.role_issuers import body_before, only_body_before, role_led, wrote_it
from bot.extraction.said_in import BODY_NOUNS, acted_on, kind_said_in, said_in_at, signed_by_many
from bot.extraction.sentence_bounds import sentence_at
from bot.extraction.state_bodies import state_body_at

# "the report", "the new study", "its latest statement", "that ruling", "an earlier draft".
DOCUMENT = re.compile(
    rf"(?:the|this|that|its|their|an?\s+(?=earlier|early|previous|first|original|initial))\s*"
    rf"(?:[a-z\d\-]+\s+){{0,2}}({NOUNS})",
    re.IGNORECASE,
)
# A report or post is also mentioned by its verb: "The Harbour Times reported", "X posted".
_MENTION = re.compile(rf"\b({ALL_NOUNS})(?:s|(?<=report)ed|(?<=post)ed)?\b", re.IGNORECASE)
_NAME = rf"[{UPPER}][\w’'.&\-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+|the\s+)*[{UPPER}][\w’'.&\-]*)*"
# "Morrow Analytics’ annual study", "the Harbour Office’s statement", "X, whose new report".
_OWNER = re.compile(
    rf"(?<!\S)(?:[Tt]he\s+)?({_NAME})(?:’s|'s|’|'|,\s+whose)\s+(?:[a-z\-\d]+\s+){{0,3}}$"
)
# A body by its kind owning the document: "The agency’s report said", "the audit office’s report".
_KIND_OWNER = re.compile(
    r"(?<!\S)[Tt]he\s+(?:[a-z]+\s+)?(" + BODY_NOUNS + r")(?:’s|'s)\s+(?:[a-z\-\d]+\s+){0,3}$"
)
# The author's name used as a modifier: "a Security Council resolution", "A Pew survey found"
# (no "A" of it), "a 9to5Mac report" (a digit opening it when a capital follows, never a year).
_MODIFIER = re.compile(
    rf"(?<![\w’'.])(?:An?\s+)?({_NAME}|\d[\w&\-]*[{UPPER}][\w’'.&\-]*)\s+(?:[a-z\-]+\s+)?$"
)
_REPORTED = re.compile(r"report(?:s|ed)\b", re.IGNORECASE)
_OWNED = re.compile(r"[’']s\s+")
# "a study by Morrow Analytics", "a statement from the Harbour Office", and with when it came
# out between: "a report published on Thursday by X", "The notice was sent on Monday by X".
_WHEN = r"(?:(?:on|in|last|this|earlier|late|early|yesterday|today)\b[\w ,]{0,24}?\s+)?"
_BY = re.compile(
    rf"\s*(?:(?:(?:was|were)\s+)?(?:issued|released|published|compiled|prepared|written|produced"
    rf"|sent)\s+{_WHEN})?"
    rf"(?:by|from)\s+(?:the\s+)?"
    rf"(?:(?:its|his|her|their)\s+[a-z\-]+(?:\s+[a-z\-]+)?,\s+)?({_NAME})"  # "its lawyers, X,"
)
# A sentence's subject after any opening phrase: "In a notice issued on Sunday, the X warned",
# "The Valley Water Board (VWB) published", "The Fire Service, in a statement, said", "Ana
# Ruiz, who runs the clinic, sent", "The University of X, where the work was done, announced";
# never a name cut before the "of" that goes on with it ("The University" of X); a role in lower
# case may come before the name ("In 2021, sociologist Ana Ruiz published").
SUBJECT = re.compile(
    r"(?:^|,\s+)(?:(?:[Tt]he|An?)\s+(?:[a-z\-]+\s+){1,2}?(?:calling\s+(?:itself|themselves)"
    rf"|called|known\s+as)\s+|(?:[Tt]he\s+)?(?:[a-z\-]+\s+){{0,2}})"  # "A group calling itself"
    rf"({_NAME})(?!\s+(?:of|for|on)\s+[{UPPER}])"
    r"(?:\s+\([^()]{1,12}\))?(?:,(?= in ))?"
    r"(?:,\s+(?:(?:now|then|currently|formerly)\s+)?(?:who|whose|which|where|an?|the"
    r"|(?:[a-z]+ed|run)(?:\s+\w+){0,3}?\s+by)\s[^,]{1,120},)?"  # "the X, led by Ann Ode, said"
    r"\s+(?:[a-z]+ly\s+)?[a-z]"
)
# A subject named after its role: ", the trust's chief executive, Moira Kent, apologised",
# ", chief executive Moira Kent wrote".
_ROLE_SUBJECT = re.compile(
    rf",\s+(?:the\s+)?(?:[a-z][\w’'\-]*\s+){{0,3}}(?!(?:the|an?|his|her|its|their)\s)"
    rf"[a-z][\w’'\-]*,?\s+({_NAME}),?\s+(?:[a-z]+ly\s+)?[a-z]"  # not "… thanked the X police"
)
# A body named by its kind as the subject: "The company wrote in a blog post", "The agency posted",
# or by its owner and kind: "the sheriff’s office said", "the county’s health department".
_BODY_SUBJECT = re.compile(
    rf"(?:^|,\s+)[Tt]he\s+(?:([a-z]+)|[a-z]+[’']s\s+(?:[a-z]+\s+)?({BODY_NOUNS}))"
    r"\s+(?:[a-z]+ly\s+)?[a-z]"
)
# A document opening its sentence: "In an email to users, the company said", "In a written
# ministerial statement, X said", "In a Facebook post, the office said" (the platform no one).
_PLATFORMS = "Facebook|Instagram|LinkedIn|TikTok|YouTube|Twitter|X|Threads|Bluesky|WhatsApp"
_OPENING_IN = re.compile(
    rf"(?:In|Through|Via)\s+(?:a|an|the|its|their)\s+(?:(?:{_PLATFORMS})\s+)?(?:[a-z\-]+\s+){{0,2}}$"
)
_DAYS = frozenset((*calendar.day_name, "Today", "Yesterday", "Tonight"))
_POSSESSIVE = re.compile(r"[’']s?$")
_OPENING_WORDS = frozenset(("Through", "Via"))  # "Through a statement, X said": no name
_ISSUED = re.compile(
    r"\b(?:released|published|issued|put out|filed|submitted|adopted|passed|approved|posted"
    r"|shared|sent|unveiled|announced|produced|conducted|carried out|commissioned|signed"
    r"|adopting|circulated|emailed)\b"
)
# A body voting for a resolution passes it: "The Security Council voted 12-0 on Friday for a text".
_PASSED_KIND = KIND_OF["resolution"]  # texts a vote passes: resolutions, rulings, orders
_VOTED = re.compile(r"\bvoted(?:\s+\d+\s*(?:-|to)\s*\d+)?(?:\s+on\s+\w+)?\s+for\b")
COUPLES = frozenset(("couple", "pair", "duo"))  # two people issuing a joint statement
_MODALS = frozenset("to will would can could may might must should shall".split())
_PRONOUNS = frozenset("he she it they we i".split())  # a subject that is no name
_THEIRS = re.compile(r"\b(?:its|their)\s+(?:[a-z\-]+\s+){0,2}$")
REACH = 2500  # characters looked back for the document's first mention
_MENTIONS = 4  # earlier mentions of the document tried, nearest first


def _is_verb(text: str, at: int) -> bool:
    """Whether the noun at `at` is a verb after "to" or a modal ("the first to release a
    record", "will review the rules"), so no document is mentioned there."""
    return text[max(0, at - 7) : at].rpartition(" ")[0].rpartition(" ")[2] in _MODALS


def _named(name: str) -> bool:
    """Whether a subject is a name: no common word first, unless a given name ("Jun Ode")."""
    return name.split()[0].lower() not in NOT_NAMES or opens_with_month_given(name)


def _owner(text: str, start: int, at: int, end: int) -> str | None:
    """The name a mention of a document says issued it, in its sentence; "" if many unnamed."""
    start = after_dateline(text, start, at)  # "UNITED NATIONS — The X adopted …"
    if signed_by_many(text, start, end):
        return ""  # "X is one of 300 relatives who signed a letter": theirs, not X's
    behalf = on_behalf(text, at, end)
    if behalf is not None:  # "a statement on his behalf": the one named, else the subject
        opening = SUBJECT.match(text[start:end])
        name = behalf or (opening.group(1) if opening else "")
        return None if name.lower() in _PRONOUNS else name or None
    owner = _OWNER.search(text, max(start, at - 120), at)
    if owner and owner.group(1) not in _DAYS:  # "Monday’s bulletin": a date, no owner
        return owner.group(1)
    kind_owner = _KIND_OWNER.search(text, max(start, at - 60), at)
    if kind_owner:
        return kind_owner.group(1)  # "the agency’s report": which agency, found by the caller
    of_body = body_of(text, at, end)
    if of_body:
        return of_body  # "the report of the Rail Accident Investigation Board"
    sender = sent_or_posted(text, at, end) or written_by(text, at, end)
    if sender:
        return sender  # "a letter Ann Ruiz sent to families", "posted on the agency’s site"
    by = _BY.match(text, text.find(" ", at), end)
    if by:  # "a readout from the Castellan presidency": the presidency, not "Castellan"
        return state_body_at(text, by.start(1)) or undated(by.group(1))
    sentence = text[start:end]
    theirs = _THEIRS.search(text, max(start, at - 24), at)  # "on its site": the subject's
    said_in = said_in_at(text, start, at)
    if kind := kind_said_in(text, start, at, said_in is not None):
        return kind  # "the company disclosed in a filing", "an agency update": which, found later
    opening = _OPENING_IN.match(text, start, at)
    passed = KIND_OF.get(text[at : at + 12].split()[0].lower()) == _PASSED_KIND
    voted = passed and _VOTED.search(sentence) is not None
    issued = _ISSUED.search(sentence) or at - start <= 3 or theirs or said_in or opening
    if issued or voted or done_in_it(text, start, at) or wrote_it(text, start, at):
        led = role_led(sentence, text, start)  # "Chief executive X told staff in a memo"
        if led:
            return led
        for match in SUBJECT.finditer(sentence):
            if not role_fits(match):
                continue
            if match.group(1).endswith(("’s", "'s")):  # "Kaye’s lawyers", "Kaye’s publicist, X,"
                return possessed_subject(text, match.group(1), start + match.end(1))
            name = person_of_body(first_of_two(undated(match.group(1))))  # "X on Tuesday signed"
            if name.lower() in _PRONOUNS:  # "He said his album, Rosa …": he, not a name after
                return body_before(text, start) if name == "It" else None  # "It sent a memo"
            if _named(name) and name not in _OPENING_WORDS:
                return name
        role = _ROLE_SUBJECT.search(sentence) if opening else None
        if role and _named(role.group(1)) and not acted_on(sentence, role.start(1)):
            return role.group(1)  # "In a letter, the trust's chief, Moira Kent, apologised"
        for body in _BODY_SUBJECT.finditer(sentence):  # "The actress and …, the pair confirmed"
            if (noun := body.group(1) or body.group(2)) in ORG_NOUNS or noun in COUPLES:
                return noun  # "the company", "the pair": the caller finds which
            if noun == "majority":  # "In a footnote, the majority said": the court's
                return "court"
    if text.startswith("Its ", start) and at - start < 30:
        return only_body_before(text, start)  # "X set up the Delta Trust. Its application"
    named = _MODIFIER.search(text, max(start, at - 80), at)  # "a Security Council resolution"
    name = _OWNED.split(named.group(1))[-1] if named else ""  # "X’s Ann Lee reported": Ann Lee
    if _POSSESSIVE.sub("", name) in _DAYS or re.fullmatch(_PLATFORMS, name):
        return None  # "at the top of Monday’s bulletin": a date; "a Facebook post": a place
    if named and name.startswith("The "):  # "…, The Harbour Times reports": a title in full
        verb = _REPORTED.match(text, at)  # "The Harbour Times reported": the verb's subject
        return name if named.start() > start else name[4:] if verb else None
    if name and name.split()[0].lower() not in NOT_NAMES:
        return name
    return None


# The only characters besides ASCII letters that match one case-insensitively but do not
# lower-case to it (dotless i, long s); "İ" lower-cases to two characters.
_FOLDS = ("ı", "ſ")
_NOUN = re.compile(ALL_NOUNS)  # a noun in lower-cased text


def mentions_in(text: str, start: int, end: int) -> list[re.Match[str]]:
    """What `_MENTION.finditer(text, start, end)` finds, each noun first found in the
    lower-cased stretch (the case-insensitive pattern is slower at every character; a plain
    search per noun is slower still with some 300 nouns)."""
    stretch = text[start:end]
    lowered = stretch.lower()
    if len(lowered) != len(stretch) or any(fold in stretch for fold in _FOLDS):
        return list(_MENTION.finditer(text, start, end))
    found: list[re.Match[str]] = []
    done = start
    place = _NOUN.search(lowered)
    while place:  # every place a noun starts, those inside another too ("site" in "website")
        at = start + place.start()
        match = _MENTION.match(text, at, end) if at >= done else None
        if match:
            found.append(match)
            done = match.end()
        place = _NOUN.search(lowered, place.start() + 1)
    return found


@lru_cache(maxsize=8)
def _firsts(text: str) -> dict[int, int]:
    """Where the article first mentions a document of each kind, in prose (found once)."""
    firsts: dict[int, int] = {}
    for match in mentions_in(text, 0, len(text)):
        kind, at = KIND_OF[match.group(1).lower()], match.start()
        if kind not in firsts and not _is_verb(text, at) and in_prose(text, at):
            firsts[kind] = at
    return firsts


def first_of_kind(text: str, kind: int, before: int) -> int | None:
    """Where a document of `kind` is first mentioned, if that is before `before`."""
    first = _firsts(text).get(kind)
    return first if first is not None and first < before else None


def issuer(text: str, at: int, noun: str) -> str | None:
    """Who issued the document `noun` ("study") a quote at `at` is credited to: the name that
    the last sentences mentioning a document of its kind give as its author (the quote's own
    sentence too, before it: "The circular, issued by X on Monday, describes …"), else None."""
    found = issued_at(text, at, noun)
    return found[1] if found and not found[1].islower() else None  # "agency": no name here


def issued_at(text: str, at: int, noun: str) -> tuple[int, str] | None:
    """(where the sentence naming its issuer starts, the issuer) for `issuer`, else None."""
    kind = KIND_OF.get(noun.lower())
    if kind is None or noun.lower() in jointly_issued(text):
        return None  # "a joint communiqué issued by the two governments": no one body's
    here, _ = sentence_at(text, at)
    found = [
        m.start()
        for m in mentions_in(text, max(0, here - REACH), at)
        if KIND_OF[m.group(1).lower()] == kind
        and not _is_verb(text, m.start())
        and not in_a_name(text, m.start())  # "The Carrow Review": a paper, no review
    ]
    first = next((m for m in found[:-_MENTIONS] if in_prose(text, m)), None)
    tried = found[-_MENTIONS:] if first is None else [first, *found[-_MENTIONS:]]
    far = first_of_kind(text, kind, here - REACH) if here > REACH else None
    tried = tried if far is None else [far, *tried]  # "A report published by X" further back
    for mention in reversed(tried):  # the nearest first, and last the first that brought it in
        start, end = sentence_at(text, mention)
        name = author_after(text, end) or _owner(text, start, mention, end)  # "Its author, X,"
        if name is not None:  # "" for a document many unnamed people signed: no one's
            return (start, name) if name else None
        if brought_in(text, mention, noun):
            return None  # "A dossier handed to ministers …": a new one, no earlier review's
    # "A report from the Harbour Times said … The site indicates …": the outlet behind it, and
    # "The council adopted a resolution … An earlier draft proposed …": the body's text
    also = "report" if kind == KIND_OF["site"] else "resolution" if noun == "draft" else None
    return issued_at(text, at, also) if also else None
