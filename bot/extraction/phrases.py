"""Find the speaker phrase of a quote: the subject of the nearest speech verb around it."""

from __future__ import annotations

import re

from bot.extraction.according import according_source
from bot.extraction.audience_clauses import asked_by_audience
from bot.extraction.body_nouns import staff_noun
from bot.extraction.captions import captioned_thing
from bot.extraction.clause_subjects import MAX_SUBJECT_WORDS, NAME_BEFORE, clause_subject
from bot.extraction.document_kinds import NOUNS
from bot.extraction.lexicon import (
    NAME_RUN,
    PASSIVE_BEFORE,
    ROLE_NOUNS,
    SPEECH_VERB,
    TAIL_SPEECH_VERB,
)
from bot.extraction.lexicons import is_person_noun, is_place
from bot.extraction.objects import is_relation
from bot.extraction.persons import first_name_gender, is_modifier
from bot.extraction.speakers import is_org, name_candidates, read_phrase
from bot.extraction.speech_words import is_verb
from bot.extraction.stops import boundaries
from bot.extraction.tail_verbs import tail_speech_verb
from bot.extraction.title_genders import role_gender
from bot.extraction.unnamed import named_only_as, staff_body
from bot.extraction.who_asides import aside_subject, asked_aside, someone_placed

_MAX_TAIL_LEAD_WORDS = 8
# A name before an aside whose own verb is no credit: "Lupe, who asked that …, told reporters".
_NAME_WHO = re.compile(r"([A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,3})(?:, \d{1,3})?, who ")
_APPOSITIVE = re.compile(r"(?:[A-Z][\w’'.\-]*\s+){1,4}[A-Z][\w’'.\-]*,[^,]{1,120},\s*$")
_PHRASE_END = re.compile(r"[,;:(—–]|\s(?:in|on|at|during|after|before|when|while|that|as)\s")
_NAME_APPOSITIVE = re.compile(r"(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'.\-]*(?:\s+[A-Z]{2,5})?,")
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
_QUOTED_AS = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites)\s+([^,;:“”\"]{1,80}?)\s+as\s*$")
# A reported clause's own subject, a thing: "said (in an email) that the plan reflects", "said
# the size of the fine reflected" (a thing of a thing).
_REPORTED_THING = re.compile(
    r",?\s*(?:(?:(?:in|on)\s[^,;:“”\"]{1,60}?\s)?that )?"
    r"((?:the|its|their)(?: (?!the\b|an?\b)[a-z]+){1,4}(?: of (?:the|its|their)(?: [a-z]+){1,2})?)"
)
PARTICIPLE = "\x00"  # marks a phrase whose subject is the sentence's subject
# An unnamed person described by whom they work for: "a spokesman for X", "an aide to X".
_SOMEONE_OF = re.compile(
    r"(?:a|an|one|another)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:for|of|to)\s"
)
# A role of a named body or paper, no name of its own: "the Harwell Echo's theatre critic".
_BODY_ROLE = re.compile(
    r"[Tt]he (?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*(?:’s|'s|’|')\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
)

# The same, named after a comma: "a spokesman for Senator Hale, Tom Ivers."
_SOMEONE_NAMED = re.compile(
    r"\s+(?:a|an|one|another)\s+[a-z\d][^,.;]{1,80},\s+((?:[A-Z][\w’'\-]+\s+){1,3}[A-Z][\w’'\-]+)"
    r"\s*(?:[.;]|,\s|$)"
)

# A study's people after the verb, credited to whoever led them: "wrote the authors, led by X".
_LED_BY = re.compile(
    r"\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}(?:team|authors|co-authors|researchers|scientists"
    r"|investigators),?\s+led\s+by\s+(?:(?:Dr|Prof|Professor)\.?\s+)?"
    r"([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)"
)
# A description, then the name after a comma: "said the agency's director, Jane Roe.",
# "said Ortiz's lawyer, Jane Roe.", "said the Harwell chairman, Tim Bell.", "said the world No 1,
# Sam Ode.": the name, without the team or place before the role or the standing after it.
_DESCRIBED_NAMED = re.compile(
    r"\s+(?:the|its|their|his|her|(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*[’']s)"
    r"\s+((?:[A-Z][\w\-]*\s+){0,3}(?:[a-z][^,.;“”\"]{0,79}?\s)?)([a-z]+(?:-[a-z]+)*|No\.?\s?\d+)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)?,\s+"  # "of Ardanu,"
    r"((?:[A-Z][\w’'\-]+\s+){0,3}[A-Z][\w’'\-]+)"
    r"\s*(?:[.;]|,\s|$)"
)

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


def _after_verb(text: str) -> str:
    """The words right after a verb ("said John Smith, the CEO" -> "John Smith")."""
    ends = boundaries(text)
    text = text[: ends[0][0]] if ends else text
    cut = _PHRASE_END.search(text)
    if cut and cut.group() == " at ":  # "said forecasters at the Albion Weather Service"
        rest = _PHRASE_END.search(text, cut.end())
        whole = text[: rest.start() if rest else len(text)].rstrip(".")
        if staff_body(whole) or staff_noun(whole):  # or "said officials at the ministry"
            return whole
    return (text[: cut.start()] if cut else text).rstrip(".")


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
            return according_source(lead[verb.end() :], _after_verb)  # president dismissed"
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
        elif word.endswith("ing") and (quoted := _QUOTED_AS.search(before)):
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
        phrase = clause_subject(_ASIDE_IN_BRACKETS.sub("", before) if "(" in before else before)
        thing = _REPORTED_THING.fullmatch(before.rstrip()) if earlier >= 0 and phrase else None
        if thing and thing.group(1) == phrase and read_phrase(phrase)[0] == "none":
            phrase = None  # "Hale said the plan shows “…”": the plan carries Hale's words
        if phrase and (phrase.lower() not in _COORDINATORS or earlier < 0):
            return phrase
        index = earlier  # "She confirmed it, and said": the earlier verb's subject
    return None


_TELLING_REACH = 30  # characters after a verb read for "X telling him"
_AUDIENCE_FIRST = frozenset("telling told tells asking warning reminding assuring urging".split())
_JUST_A_NAME = re.compile(r"\s+[A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*)*\s+")


_CONTRARY = re.compile(r"(?:though|although|but|whereas|yet|while)\s")  # a new clause's opening


# The quote passed on by someone else in a clause after it: "which his teammate X shared".
_PASSED_ON = re.compile(
    r"(?:which|that)\s+[^,.;:!?“”\"]{0,60}?\b(?:shared|reposted|retweeted|forwarded|liked)\b"
)


def phrase_from_tail(tail: str) -> str | None:
    """The speaker phrase in ", he said.", ", said X, the ...", " X told Reuters."."""
    text = tail.lstrip(" ,;:—–-")
    if _CONTRARY.match(text):
        return None  # "“…”, though they stop short of saying": a clause of its own
    if _PASSED_ON.match(text):
        return None  # "“…,” which his teammate shared": passed on, not said
    match = tail_speech_verb(text)
    if match is None or PASSIVE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None
    later = SPEECH_VERB.search(text, match.end(), match.end() + _TELLING_REACH)
    if (
        later
        and later.group().endswith("ing")
        and _JUST_A_NAME.fullmatch(text, match.end(), later.start())
    ):
        match = later  # "he remembers Kofi telling him": Kofi's words
    before = text[: match.start()]
    named = _NAME_WHO.match(before) if ", who " in before[:60] else None
    if named and before.endswith(", who "):  # "Lupe, who asked that …, told reporters"
        later = TAIL_SPEECH_VERB.search(text, match.end())
        named = named if later and text.find(", ", match.end(), later.start()) >= 0 else None
    if named and before.rstrip().endswith((",", ", who")):
        return named.group(1)  # "Tom Ode, who chairs the board, told reporters": Tom Ode
    quoted = _QUOTED_AS.search(before) if match.group().endswith("ing") else None
    if quoted:
        return quoted.group(1)  # "“…,” the agency quoted him as saying": him
    if match.group().endswith("ing") and before.strip():
        named = NAME_BEFORE.search(before.rstrip())
        if named and name_candidates(named.group(1)):
            return named.group(1)  # "he remembers Kofi telling him": Kofi told him
    words = before.split()
    near_name = len(words) <= MAX_SUBJECT_WORDS and words[-1][:1].isupper() if words else False
    ends_comma = before.rstrip().endswith(",")  # as an appositive lead does, tested first
    appositive = (ends_comma and _APPOSITIVE.match(before)) or (
        len(words) <= 2 * MAX_SUBJECT_WORDS and _NAME_APPOSITIVE.match(before)
    )
    placed = someone_placed(before)  # "a man near the back of the Millbrook Grange hall"
    if len(words) > _MAX_TAIL_LEAD_WORDS and not (near_name or appositive or placed):
        return None
    if not before.strip() and match.group().lower() in _AUDIENCE_FIRST:
        return PARTICIPLE  # "“…,” telling the minister, “…”": the sentence's subject speaks
    if match.group().lower() == "according to" or not before.strip():
        given = named_only_as(text[match.end() :])
        if given:
            return given  # "said a woman who gave her name only as Lupe": Lupe
        after = _after_verb(text[match.end() :]).strip()
        named = _SOMEONE_NAMED.match(text, match.end())
        if _SOMEONE_OF.match(after):
            if named:
                return named.group(1)  # "said a spokesman for Senator Hale, Tom Ivers."
            return after  # "said a spokesman for Prime Minister Ola Berg": someone unnamed
        if named and not is_org(named.group(1)) and not is_place(named.group(1)):
            return named.group(1)  # "said one of them, Cho Min-seo, a student": named after all
        led = _LED_BY.match(text, match.end())
        if led:
            return led.group(1)  # "wrote the study's authors, led by Salo.": Salo for them
        described = _DESCRIBED_NAMED.match(text, match.end())
        name = described.group(3) if described else ""
        kin = described and (is_relation(described.group(2)) or role_gender(described.group(2)))
        lone = " " not in name and not (first_name_gender(name) and not is_place(name))
        if described and lone and not kin:  # "said the driver, Marek.": a first name given
            described = None  # one word after a role is no name ("the director, Tuesday")
        if described and not _SOMEONE_OF.match(after):
            return name  # "said the agency's director, Jane Roe.", "added her husband, Sami."
        if _BODY_ROLE.fullmatch(after):
            return after  # "wrote the Harwell Echo's critic": theirs, not the paper itself
        names = [n for n in name_candidates(_past_modifiers(after)) if " " in n or n.isupper()]
        if names == [after.partition(" ")[2]] and names[0].lower() in ROLE_NOUNS:
            names = []  # "said the DJ, who …": a role in capitals, no name
        people = [n for n in names if " " in n and not is_org(n)]
        return (people[0] if people else names[0] if names else after) or None
    return before.strip()


def _past_modifiers(after: str) -> str:
    """Drop an organisation and role before a name: "Harbour City managing owner Joan Vidal"."""
    for match in NAME_RUN.finditer(after):
        if is_modifier(after, match.end()) and NAME_RUN.search(after, match.end()):
            return after[match.end() :]
        break
    return after
