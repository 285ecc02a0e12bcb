"""A document read out after a quote ("“…,” the order reads.", "the filing reads"), or opening
a sentence whose verb the quote holds ("Its text “demands that …”"): the one who issued it
speaks, where "the bill reads" or "the sign reads" speak for no one named."""

from __future__ import annotations

import re

from bot.extraction.document_kinds import KIND_OF, NOUNS
from bot.extraction.document_owners import DATES, NOT_MANY, SENDING
from bot.extraction.documents import DOCUMENT, issuer
from bot.extraction.it_reads import read_back
from bot.extraction.lawsuits import LEGAL_PAPER
from bot.extraction.lexicon import UPPER
from bot.extraction.relative_documents import relative_document
from bot.extraction.written_things import BENCH

# A tail opening with a paper named by a determiner and its noun: "the new filing", "her memo".
# Or by its named owner: "Hale's letter".
_OWNER = rf"(?:the|this|that|its|their|his|her|[{UPPER}][\w\-]*(?:’s|'s|’|'))"
_PAPER_TAIL = rf"[\s,]*({_OWNER}\s+(?:[a-z\-’']+\s+){{0,2}}[a-z][a-z\-]*)\s+"  # "the op-ed"
# A paper a body's kind owns: "the council’s press statement", "the board’s statement".
_KIND_OWNED = re.compile(  # or by its named owner: "Hale's letter"
    rf"(?:the\s+[a-z]+[’']s|[{UPPER}][\w\-]*(?:’s|'s|’|'))\s+(?:[a-z\-]+\s+)?(?:{NOUNS})"
)
# "…,” the order reads", "…,” the new filing read in part".
_READ_TAIL = re.compile(_PAPER_TAIL + r"reads?\b")
# "…,” the letter begins.", "the memo ends": a document's opening or closing words.
_BEGIN_TAIL = re.compile(
    _PAPER_TAIL + r"(?:begins|began|opens|opened|ends|ended|concludes|concluded)\b"
)


# A document named before, read out: "The email reads:", "Her statement read:"; or with who
# sent it in a clause: "The notice, which the X Board sent on Monday, reads:" (not one of many:
# "which dozens of residents signed").
_SENT_CLAUSE = (
    rf",\s+(?:which|that)\s+(?:the\s+)?(?:{NOT_MANY}[a-z\-]+\s+){{0,3}}[{UPPER}][^.,“”]{{0,80}}?"
    rf"\s{SENDING}\b[^.,“”]{{0,60}},"
)
DEFINITE_READ = re.compile(
    rf"(?:^|[.!?]\s+)(?:The|Its|Their|His|Her)\s+(?:[a-z\-]+\s+){{0,2}}(?:{NOUNS}|filing)"
    rf"(?:{_SENT_CLAUSE})?\s+(?:read|reads):?\s*$"
)


# The verb first: "“…,” read the letter.", "concludes the report", "begins the memo".
_VERB_FIRST = re.compile(
    r"[\s,]*(?:reads?|begins|began|ends|ended|concludes|concluded)\s+"
    rf"({_OWNER}\s+(?:[a-z\-’']+\s+){{0,2}}[a-z][a-z\-]*)\s*(?:[.!?,]|$)"
)


def document_begun(tail: str) -> bool:
    """Whether a tail says a document begins or ends with the quote ("the letter begins"), or
    reads it with the verb first ("read the letter") or from its named owner ("Hale's note
    read")."""
    hinted = "gin" in tail[:50] or "en" in tail[:50] or "clud" in tail[:50] or "rea" in tail[:50]
    if not hinted:
        return False
    owned = tail.lstrip(" ,")[:1].isupper() and _READ_TAIL.match(tail)
    begun = _BEGIN_TAIL.match(tail) or _VERB_FIRST.match(tail) or owned
    return begun is not None and document_read(tail) is not None


def document_read(tail: str) -> str | None:
    """The document ("the order") a tail says reads the quote (or begins with it), else None."""
    match = _READ_TAIL.match(tail) or _BEGIN_TAIL.match(tail) or _VERB_FIRST.match(tail)
    if match is None:
        return None
    phrase = match.group(1)
    if phrase[:1].isupper() and phrase.split("’")[0].split("'")[0] in DATES:
        return None  # "Tuesday's statement read": owned by no one
    theirs = phrase.startswith(("his ", "her ")) and phrase.rpartition(" ")[2] in KIND_OF
    theirs = theirs or (_KIND_OWNED.fullmatch(phrase) is not None)  # "the council’s statement"
    paper = theirs or DOCUMENT.fullmatch(phrase) or LEGAL_PAPER.fullmatch(phrase)
    opinion = phrase.endswith(" opinion") and BENCH.fullmatch(phrase)  # "the majority opinion"
    return phrase if paper or opinion else None


# A document opening its sentence right before the quote, maybe after a part of it or "and":
# "Its text", "The resolution", "Paragraph 4 of the text", "… and the declaration"; a second
# quote joined by "and" to the first ("Its text “demands …” and “condemns …”"); a clause set off
# by commas may follow it ("The resolution, which passed 13-0, “calls on …”").
_SUBJECT_LEAD = re.compile(
    r"(?:^|[.!?]\s+|\band\s+)(?:(?:Paragraph|Article|Section|Clause|Part)\s+\d+\s+of\s+)?"
    rf"((?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:[a-z\-]+\s+){{0,2}}(?:{NOUNS}|text))"
    r"(?:,[^.“”]{1,80}?,)?\s*(?:“[^“”]{1,300}”\s+and\s+)?$"
)
# The quote opens with the document's verb: "demands", "strongly condemns", "calls on".
_VERB_OPENING = re.compile(r"(?:[a-z]+ly\s+)?[a-z]{3,}s\b")


# A document opening the sentence as the subject of a verb before the quote: "The order
# directs the commission to", "The Aldermoor report ends with a recommendation that", "The
# letter, signed by X, asks … and says the advertising".
# A named owner may open it and its verb may be past: "Mokoena’s review had described a menu
# that was", "Benali-Kerr’s memo ends on a line"; a short opening phrase may come first: "A
# few lines further down, the same page concedes that".
# Plural roles before a name are no verb: "A study by Caldor University economists Lena Ode".
_ROLES_BEFORE_NAME = (
    rf"(?:[a-z]+(?:ists|ians)|researchers|scholars|fellows|professors|experts|authors)\s+[{UPPER}]"
)
_CLAUSE_LEAD = re.compile(
    r"(?:^|[.!?]\s+)(?:[A-Z][a-z]*(?:\s+[a-z]+){0,4},\s+)?((?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Hh]is|[Hh]er"
    rf"|(?:[{UPPER}][\w\-]*\s+){{0,2}}[{UPPER}][\w\-]*[’']s)\s+(?:[\w’'\-]+\s+){{0,3}}"
    rf"(?:{NOUNS}|filing)|An?\s+(?:[\w\-]+\s+){{0,2}}(?:{NOUNS})\s+by\s+(?:the\s+)?"
    rf"[{UPPER}][^,.“”]{{1,80}}?)"  # "A 2023 study by the X found": by the body it names
    rf"(?:,[^.“”]{{1,120}}?,)?\s+(?:ha[ds]\s+)?(?:(?:[a-z]+ly|also|still|even|further|again)\s+)?"
    rf"(?!{_ROLES_BEFORE_NAME})(?:[a-z]{{3,}}(?:s|ed)|read|found)\b"
    r"(?:[^.!?“”]|“[^“”]*”)*$"
)


# A clause with a speaker of its own after the document's verb: "The statement comes after
# fisherman Tomasz Reyes said", "The report landed as she told".
_OWN_SPEAKER = re.compile(
    rf"\b(?:[{UPPER}][\w’'\-]+|he|she|they)\s+(?:said|says|told|tells|claimed|claims|argued"
    r"|argues|warned|warns|insisted|insists)\b"
)


# A body owning the document through "whose": "the Aldermoor Institute, whose new report
# concludes that firms … saw".
_WHOSE_LEAD = re.compile(
    rf"([{UPPER}][\w’'\-]*(?:\s+(?:of\s+|for\s+)?[{UPPER}][\w’'\-]*)*),\s+whose\s+"
    rf"(?:[a-z\-]+\s+){{0,2}}(?:{NOUNS})\s+(?:[a-z]+ly\s+)?[a-z]{{3,}}s\b"
    r"(?:[^.!?“”]|“[^“”]*”)*$"
)


# "“…,” it reads." after a sentence a document opens: "The order itself is blunt.", "Its
# support page has an article on this. “…,” it advises.".
_IT_READS = re.compile(
    r"[\s,]*it\s+(?:reads?|says|said|states|stated|adds|added|advises|advised|warns|warned"
    r"|explains|explained|notes|noted|promises|promised)\b"
)
_LAST_OPENING = re.compile(
    rf"(?:^|[.!?]\s+)((?:The|Its|Their)\s+(?:[a-z]+[’']s\s+)?(?:[a-z\-]+\s+)?(?:{NOUNS}))\b"
    r"[^.!?]*[.!?]\s*$"
)
# Or a sentence opening with the document its subject wrote in: "In a second post on Monday,
# which he also deleted, X doubled down." ("the post": whoever the article says wrote it).
_LAST_OPENING_IN = re.compile(
    rf"(?:^|[.!?]\s+)(?:In|Through)\s+(?:an?|his|her|its|their)\s+(?:[a-z\-]+\s+){{0,2}}({NOUNS})\b"
    r"[^.!?]*[.!?]\s*$"
)


# A document set beside its title, then the subject of a verb in a "which" clause: "Mara
# Lindgren’s new book, Rooms Without Doors, which argues that offices have".
_WHICH_LEAD = re.compile(
    rf"((?:[{UPPER}][\w’'\-]*\s+){{0,3}}[{UPPER}][\w\-]*[’']s\s+(?:[a-z\-]+\s+){{0,2}}(?:{NOUNS})),"
    r"\s+[^,“”]{1,60},\s+which\s+(?:[a-z]+ly\s+)?[a-z]{3,}s\b(?:[^.!?“”]|“[^“”]*”)*$"
)


# A document a body put out, then the subject of a "which" clause of what it found: "last
# month’s report from the Northmarch Audit Office, which found that 2,400 homes existed".
_FROM_WHICH_LEAD = re.compile(
    rf"\b(?:{NOUNS})\s+(?:from|by)\s+(?:the\s+)?([{UPPER}][\w’'\-]*(?:\s+(?:of\s+|for\s+)?"
    rf"[{UPPER}][\w’'\-]*)*)(?:,\s+(?:an?|the)\s+[^,“”]{{1,60}})?,\s+which\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{3,}(?:s|ed)|found|held)\b"
    r"(?:[^.!?“”]|“[^“”]*”)*$"
)


# "It" opening the quote's sentence as the subject of a verb, after a sentence about a document:
# "“…,” the letter begins. It says the district faces “…”"; the document the sentence before
# names, nearest its end.
_IT_OPENS = re.compile(
    r"(?:^|[.!?][”’\"]?\s+)It\s+(?:also\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{3,}s|found|concluded|showed)\b"
    r"(?:[^.!?“”]|“[^“”]*”)*$"
)
_NAMED_DOCUMENT = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|an?)\s+(?:[a-z\-]+\s+){{0,2}}(?:{NOUNS})\b"
)


def _it_document(lead: str, before: str) -> str | None:
    """For a lead opening its sentence with "It says"/"It asks"/"It found", the document named
    last in the 250 characters before that sentence ("the letter"), else None."""
    opens = _IT_OPENS.search(lead[-400:]) if "It " in lead else None
    at = before.rfind("It ") if opens else -1
    if at < 0:
        return None
    found = list(_NAMED_DOCUMENT.finditer(before, max(0, at - 250), at))
    if not found:
        return None
    named = found[-1].group()  # "published a study. It found": that study, as "the study"
    return "the " + named.split(None, 1)[1] if named.startswith("a") else named


def document_subject(lead: str, quote: str, tail: str = "", before: str = "") -> str | None:
    """The document ("its text") opening the sentence whose verb the quote opens with, or that
    is the subject of a verb before the quote; or the body owning that document ("X, whose
    report concludes"); or, for "it reads" after a quote opening its sentence, the document
    the sentence before opens with."""
    if not lead.strip():
        if not _IT_READS.match(tail):
            return None
        recent = before.rstrip(' “"')[-300:]
        opening = _LAST_OPENING.search(recent)
        if opening is None and ("In " in recent or "Through " in recent):
            written = _LAST_OPENING_IN.search(recent)
            return f"the {written.group(1)}" if written else read_back(tail, before)
        return opening.group(1) if opening else read_back(tail, before)
    if quote[:1].islower() and _VERB_OPENING.match(quote):
        match = _SUBJECT_LEAD.search(lead[-400:])
        if match:
            return match.group(1)
    recent = lead[-400:]
    it_document = _it_document(lead, before)
    if it_document:
        return it_document  # "… the letter begins. It says the district faces “…”"
    verb = "s " in lead or "ed " in lead or "s:" in lead or "d:" in lead  # "The email reads:"
    verb = verb or " found " in lead  # "A study by the X found that"
    clause = _CLAUSE_LEAD.search(recent) if verb else None
    if clause and _OWN_SPEAKER.search(recent, clause.end(1)):
        clause = None  # "The statement comes after X said the quay was “…”": X's words
    if clause is None and " whose " in lead:
        clause = _WHOSE_LEAD.search(recent)  # the owner named, not the document
    if clause is None and " which " in lead:
        clause = _WHICH_LEAD.search(recent) or _FROM_WHICH_LEAD.search(recent)  # "X, which found"
    if clause is None and ("’s " in lead or "'s " in lead):
        clause = _PART_OF.search(recent)  # "The report’s final line is blunt:"
    if clause is None:  # "X published a notice that described the rise as": the notice
        return relative_document(recent)
    found = clause.group(1)
    return _YEAR_AFTER.sub("", "a" + found[1:]) if found[:2] in ("A ", "An") else found


_YEAR_AFTER = re.compile(r"(?<=^an) \d{4}(?= )|(?<=^a) \d{4}(?= )")  # "a 2023 study": "a study"


# A part of a document opening the sentence: "The report’s final line is unlikely to comfort
# them:", "Its closing paragraph warns that".
_PART_OF = re.compile(
    rf"(?:^|[.!?]\s+)((?:The|Its|Their)\s+(?:[a-z\-]+\s+)?(?:{NOUNS}))[’']s\s+(?:[a-z\-]+\s+)?"
    r"(?:line|lines|words|sentence|paragraph|page|conclusion|verdict|ending|summary)\b[^.!?“”]*$"
)


# A document's authors opening the sentence before "they write": "The survey’s authors are …".
_AUTHORS_OPEN = re.compile(
    rf"(?:^|[.!?][”’\"]?\s+|\n)The\s+(?:[a-z\-]+\s+)?({NOUNS})[’']s?\s+(?:authors|researchers|writers"
    r"|editors)\b[^.!?]*[.!?]\s*$"
)


def authors_of(text: str, at: int) -> str | None:
    """For "they write" after a sentence opened by a document's authors, whoever issued it."""
    before = text[max(0, at - 300) : at].rstrip(' “"')
    found = _AUTHORS_OPEN.search(before) if "authors" in before or "rs " in before else None
    return issuer(text, at, found.group(1)) if found else None
