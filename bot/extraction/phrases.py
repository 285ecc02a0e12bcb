"""Find the speaker phrase before a quote: the subject of the nearest speech verb in its lead."""

from __future__ import annotations

import re

from bot.extraction.according import according_source
from bot.extraction.audience_clauses import asked_by_audience
from bot.extraction.body_nouns import staff_noun
from bot.extraction.captions import captioned_thing
from bot.extraction.clause_subjects import NAME_BEFORE, clause_subject
from bot.extraction.document_kinds import NOUNS
from bot.extraction.lexicon import (
    ROLE_NOUNS,
    SPEECH_VERB,
)
from bot.extraction.lexicons import is_person_noun
from bot.extraction.org_lists import listed_names
from bot.extraction.speakers import name_candidates, read_phrase
from bot.extraction.speech_words import is_verb
from bot.extraction.stops import boundaries
from bot.extraction.unnamed import staff_body
from bot.extraction.who_asides import aside_subject, asked_aside

_PHRASE_END = re.compile(r"[,;:(—–]|\s(?:in|on|at|during|after|before|when|while|that|as)\s")
# A document's date between its participle and its author: "a report released on Monday by X".
_ISSUED_END = re.compile(
    r"\b(?:issued|released|published|put out|compiled|produced)(?: late| early)?$"
)
_DATE_THEN_BY = re.compile(r"[\w ]{1,24}?\s+by\s")
# A participle with a subject of its own, someone unnamed: "…, with one fan writing:",
# "…, another adding:", "…, with many of them saying".
_OWN_SUBJECT = re.compile(
    r"(?:,\s*|\bwith\s+)((?:one|another|others|some|many|several|most)(?:\s+[a-z\-]+){0,3})\s*$"
)
_ONGOING = re.compile(r"\b(?:is|was|are|were|am)\s+(?:(?:not|also|still)\s+)?$", re.IGNORECASE)
_ADVERB_END = re.compile(r"\s+[a-z]+ly\s*$")
# "Tom Ode (Con, Harwell North) said": a party and seat in brackets, no part of the subject.
_ASIDE_IN_BRACKETS = re.compile(r"\s*\([^()]{1,80}\)")
# "He posted on Facebook, saying": a name after a preposition is where, not who.
_PLACE_BEFORE = re.compile(r"\b(?:on|via|in|at|to|from|through)\s+$")
# "according to Reuters, that …" inside "X said …": a source of the report, not the speaker.
_ASIDE_SOURCE = re.compile(r"[^,;:“”\"]{1,60},\s+that\s")
# A verb inside an aside about someone else that closes before the quote's clause goes on:
# "X said the witness, who has pleaded guilty, had “…”": X's verb, not the witness's.
# "the witness, who has pleaded guilty, had", "the hinge, which the company says took four
# years to design, “…”": the verb of an aside, closed by a comma, is not the quote's.
_RELATIVE_BEFORE = re.compile(
    r",[^,;:.“”\"]{0,40}\b(?:who|which)\s+(?:(?:the|its|their)\s+[a-z\-]+\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?$"
)
_ASIDE_CLOSED = re.compile(r"[^,;:.“”\"]*,\s+(?:[a-z]+\b[^,;:“”\"]*)?$")
# "The Gazette quoted Tom Reyes as saying": whom it quoted.
QUOTED_AS = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites)\s+([^,;:“”\"]{1,80}?)\s+as\s*$")
# A reported clause's own subject, a thing: "said (in an email) that the plan reflects", "said
# the size of the fine reflected" (a thing of a thing).
_REPORTED_THING = re.compile(
    r",?\s*(?:(?:(?:in|on)\s[^,;:“”\"]{1,60}?\s)?that )?"
    r"((?:the|its|their)(?: (?!the\b|an?\b)[a-z]+){1,4}(?: of (?:the|its|their)(?: [a-z]+){1,2})?)"
)
# The verb of a reported clause: "said the trust was “…” and warned".
_CLAUSE_VERB = re.compile(r"\b(?:is|was|were|are|had|has|have|would|could|will)\b")
_STOPS = frozenset(".!?;:")
PARTICIPLE = "\x00"  # marks a phrase whose subject is the sentence's subject


# The name after a verb set off by commas: ", wrote Ella Lund, ", one with a role before it or
# where it wrote after it (", argued engineer Kofi Mensah in a column, ").
_INVERTED = re.compile(
    r"\s+(?:([a-z\-]+(?:\s+[a-z\-]+)?)\s+)?((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*)"
    r"(?:\s+(?:in|on)\s+(?:a|an|the|his|her)\s+[^,“”\"]{1,40})?,\s"
)


def _role_words(words: str | None) -> bool:
    """Whether words set before an inverted name are none or a role ("engineer", "former
    judge"), not words of the sentence ("in The Times")."""
    if words is None:
        return True
    noun = words.rpartition(" ")[2]
    return noun in ROLE_NOUNS or is_person_noun(noun)


# Whom a report is about: "reported that the president", "reports that Jane Roe".
_REPORTED = re.compile(
    r"\s+that\s+((?:the\s+[a-z\-]+)|(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*)\b"
)

_POSTED = frozenset(("posted", "published", "released", "issued", "shared"))  # "a statement posted"
_COORDINATORS = frozenset(("and", "and then", "then"))  # a second verb sharing a subject
# A participle describing the document a verb before it was written in: "wrote in a blog post
# announcing the deal that": "wrote" is the verb, "announcing" only says what the post did.
_IN_DOCUMENT = re.compile(
    rf"\b(?:in|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){{0,2}}(?:{NOUNS})\s+$"
)


def _verb_before(text: str, words: list[re.Match[str]], index: int) -> int:
    """The index of the last speech verb among `words` before `index`, else -1."""
    index -= 1
    while index >= 0 and not is_verb(text, words[index]):
        index -= 1
    return index


def after_verb(text: str) -> str:
    """The words right after a verb ("said John Smith, the CEO" -> "John Smith")."""
    ends = boundaries(text)
    text = text[: ends[0][0]] if ends else text
    cut = _PHRASE_END.search(text)
    for start, end, _ in listed_names(text):  # "the Bureau of Alcohol, Tobacco, … and Explosives"
        if cut and start < cut.start() < end:
            cut = _PHRASE_END.search(text, end)
    if cut and cut.group() in (" on ", " in ") and _ISSUED_END.search(text, 0, cut.start()):
        dated = _DATE_THEN_BY.match(text, cut.end())  # "released on Monday by X": X's
        cut = _PHRASE_END.search(text, dated.end()) if dated else cut
    if cut and cut.group() == " at ":  # "said forecasters at the Albion Weather Service"
        rest = _PHRASE_END.search(text, cut.end())
        whole = text[: rest.start() if rest else len(text)].rstrip(".")
        if staff_body(whole) or staff_noun(whole):  # or "said officials at the ministry"
            return whole
    return (text[: cut.start()] if cut else text).rstrip(".")


def _reported_and(before: str) -> bool:
    """Whether the words between two verbs are a reported clause with a verb of its own, no
    stop, and "and" last ("the trust was “…” and "): the second verb shares the first one's
    subject, not the clause's (plain checks: a pattern with a lazy run either side of the verb
    went quadratic on a long run of verbs)."""
    head = before.rstrip()
    if head == before or not head.endswith("and") or not head[-4:-3].isspace():
        return False
    return not _STOPS.intersection(before) and bool(_CLAUSE_VERB.search(head, 0, len(head) - 3))


def lead_phrase(lead: str) -> str | None:
    """The speaker phrase of the speech verb nearest the quote in the text leading up to it."""
    words = list(SPEECH_VERB.finditer(lead))  # tested as verbs from the last one back only
    index = _verb_before(lead, words, len(words))
    while index >= 0:
        verb, earlier = words[index], _verb_before(lead, words, index)
        word = verb.group().lower()
        if word == "according to" and earlier >= 0 and _ASIDE_SOURCE.match(lead, verb.end()):
            index = earlier  # "X said, according to Reuters, that": X said it
            continue
        if word == "according to":  # "the description on the X site", "a readout by …, the"
            return according_source(lead[verb.end() :], after_verb)  # president dismissed"
        head = aside_subject(lead, verb, words[earlier] if earlier >= 0 else None)
        if head:
            return head  # "X, who asked not to be named …, said": X; "X, who said …, put it:"
        if _RELATIVE_BEFORE.search(lead, max(0, verb.start() - 70), verb.start()) and (
            _ASIDE_CLOSED.match(lead, verb.end())
        ):
            index = earlier  # "the witness, who has pleaded guilty, had": the verb before
            continue
        floor = words[earlier].end() if earlier >= 0 else 0
        before = lead[floor : verb.start()]
        if earlier >= 0 and " who " in before and asked_by_audience(lead, words[earlier], verb):
            index = earlier  # "X told a contractor who had asked …:": X told it
            continue
        if earlier >= 0 and asked_aside(lead, words[earlier], before):
            index = earlier  # "Jo Reyes, asked if it would last, replied:": Jo Reyes replied
            verb = words[index]
            earlier = _verb_before(lead, words, index)
            floor = words[earlier].end() if earlier >= 0 else 0
            before = lead[floor : verb.start()].rstrip(" ,")
        inverted = _INVERTED.match(lead, verb.end()) if before.rstrip().endswith(",") else None
        if inverted and _role_words(inverted.group(1)):
            return inverted.group(2)  # "The project, wrote Ella Lund, author of …, was"
        reported = _REPORTED.match(lead, verb.end()) if word in ("reported", "reports") else None
        if reported and read_phrase(reported.group(1))[0] in ("name", "role"):
            return reported.group(1)  # "AP reported that the president … “…”": the president's
        participle = word.endswith("ing") or word in _POSTED
        documented = participle and _IN_DOCUMENT.search(before)  # or "X posted a clip captioned"
        if earlier >= 0 and (documented or captioned_thing(word, before)):
            index = earlier  # "X wrote in a blog post announcing the deal that": X wrote
            continue
        ongoing = _ONGOING.search(before) if word.endswith("ing") else None
        if ongoing:  # "Prada was pitching it as “…”": the subject of "was"
            phrase = clause_subject(before[: ongoing.start()])
            if phrase:
                return phrase
        elif word.endswith("ing") and (quoted := QUOTED_AS.search(before)):
            return quoted.group(1)  # "Reuters quoted X as saying": X
        elif word.endswith("ing"):
            bare = _ADVERB_END.sub("", before)
            named = NAME_BEFORE.search(bare)  # "X happily predicting"
            placed = named and _PLACE_BEFORE.search(bare, 0, named.start())
            if named and not placed and name_candidates(named.group(1)):
                return named.group(1)
            own = _OWN_SUBJECT.search(before)
            if own:
                return own.group(1)  # "Fans agreed, with one writing:": that fan, unnamed
            return PARTICIPLE + lead[: verb.start()]
        if earlier >= 0 and _reported_and(before):
            index = earlier  # "Its report said the trust was “…” and warned": the report
            continue
        phrase = clause_subject(_ASIDE_IN_BRACKETS.sub("", before) if "(" in before else before)
        thing = _REPORTED_THING.fullmatch(before.rstrip()) if earlier >= 0 and phrase else None
        if thing and thing.group(1) == phrase and read_phrase(phrase)[0] == "none":
            phrase = None  # "Hale said the plan shows “…”": the plan carries Hale's words
        if phrase and (phrase.lower() not in _COORDINATORS or earlier < 0):
            return phrase
        index = earlier  # "She confirmed it, and said": the earlier verb's subject
    return None
