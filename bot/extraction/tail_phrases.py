"""Find the speaker phrase in the words after a quote: ", he said.", ", said X, the …", " X told
Reuters."."""

from __future__ import annotations

import re

from bot.extraction.cause_groups import is_cause_group
from bot.extraction.clause_subjects import MAX_SUBJECT_WORDS, NAME_BEFORE
from bot.extraction.document_phrases import copied
from bot.extraction.lexicon import (
    NAME_RUN,
    PASSIVE_BEFORE,
    ROLE_NOUNS,
    SPEECH_VERB,
    TAIL_SPEECH_VERB,
)
from bot.extraction.lexicons import is_place
from bot.extraction.masking import FRAGMENT
from bot.extraction.objects import is_relation
from bot.extraction.persons import first_name_gender, is_modifier
from bot.extraction.phrases import PARTICIPLE, QUOTED_AS, after_verb
from bot.extraction.speakers import is_org, name_candidates
from bot.extraction.tail_verbs import tail_speech_verb
from bot.extraction.title_genders import role_gender
from bot.extraction.unnamed import named_only_as
from bot.extraction.who_asides import someone_placed

_MAX_TAIL_LEAD_WORDS = 8
# A name before an aside whose own verb is no credit: "Lupe, who asked that …, told reporters".
_NAME_WHO = re.compile(r"([A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,3})(?:, \d{1,3})?, who ")
_APPOSITIVE = re.compile(r"(?:[A-Z][\w’'.\-]*\s+){1,4}[A-Z][\w’'.\-]*,[^,]{1,120},\s*$")
_NAME_APPOSITIVE = re.compile(r"(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'.\-]*(?:\s+[A-Z]{2,5})?,")
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

_TELLING_REACH = 30  # characters after a verb read for "X telling him"
_AUDIENCE_FIRST = frozenset("telling told tells asking warning reminding assuring urging".split())
_JUST_A_NAME = re.compile(r"\s+[A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*)*\s+")


_CONTRARY = re.compile(r"(?:though|although|but|whereas|yet|while)\s")  # a new clause's opening


# A clause of time or cause between a quote and its credit: "once the rumours spread, ".
_WHEN_CLAUSE = re.compile(
    r"(?:once|after|when|before|since|until|because|as\s+soon\s+as)\s+[^,.;:!?“”\"]{1,60},\s+"
)


# The quote passed on by someone else in a clause after it: "which his teammate X shared".
_PASSED_ON = re.compile(
    r"(?:which|that)\s+[^,.;:!?“”\"]{0,60}?\b(?:shared|reposted|retweeted|forwarded|liked)\b"
)


# The words joining a quoted fragment to a later one of its sentence that carries the credit:
# "and his salary", "if borrowing costs", "then exporters" (no colon, aside or new sentence).
_JOINING = re.compile(r"\s*(?:[a-z][\w’'\-]*)(?:\s+[\w’'\-]+){0,7}\s*")


def phrase_from_tail(tail: str) -> str | None:
    """The speaker phrase in ", he said.", ", said X, the ...", " X told Reuters."."""
    text = tail.lstrip(" ,;:—–-")
    if _CONTRARY.match(text):
        return None  # "“…”, though they stop short of saying": a clause of its own
    if _PASSED_ON.match(text):
        return None  # "“…,” which his teammate shared": passed on, not said
    clause = _WHEN_CLAUSE.match(text)
    if clause and (credit := phrase_from_tail(text[clause.end() :])):
        return credit  # "“…” once the rumours spread, said X": X, past the clause
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
    fragment = FRAGMENT.search(before)
    if fragment and _JOINING.fullmatch(before, 0, fragment.start()):
        return phrase_from_tail(text[fragment.end() :])  # "“A,” and the pay “B,” said X": X
    named = _NAME_WHO.match(before) if ", who " in before[:60] else None
    if named and before.endswith(", who "):  # "Lupe, who asked that …, told reporters"
        later = TAIL_SPEECH_VERB.search(text, match.end())
        named = named if later and text.find(", ", match.end(), later.start()) >= 0 else None
    if named and before.rstrip().endswith((",", ", who")):
        return named.group(1)  # "Tom Ode, who chairs the board, told reporters": Tom Ode
    quoted = QUOTED_AS.search(before) if match.group().endswith("ing") else None
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
        after = copied(after_verb(text[match.end() :]).strip())  # "a copy of its letter": its
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
        if is_cause_group(after):
            return after  # "said Parents for a Safer Wexmoor": the whole name, no part of it
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
