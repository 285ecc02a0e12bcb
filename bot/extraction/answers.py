"""Who answers a question: "“…?” Lee asked. “…,” she replied." is the one asked, and so is
"X asked the question a second time. “…,” he said." after X had asked someone before, and
"X’s final question was whether she …. “…,” she said." after X's earlier questions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.extraction.antecedents import PersonSearch
from bot.extraction.lexicon import UPPER
from bot.extraction.runs import is_org
from bot.extraction.spans import Span

if TYPE_CHECKING:
    from bot.extraction.coref import Resolver

# "…,” she replied." after a question: the pronoun means the one asked, not the asker.
_REPLIED = re.compile(
    r"\W*(he|she) (?:replied|answered|responded|retorted|countered|shot back|fired back)\b", re.I
)
# The tag of the quote before, speaking to someone: "Lee told him.", "asked Ann Ode." (what is
# said back to one spoken to is theirs, as the answer to a question is).
_TOLD = re.compile(
    rf"[^.!?“”]{{0,60}}?\b(?:told|asked|warned|assured|reminded|urged)\s+(?:him|her"
    rf"|[{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+)*)\s*[.,]"
)
# The tag of the quote before, naming whom it was put to: "I asked Ann Ode.", "Lee told Ode,",
# either name after a role: "host Dmitri Volkov asked chef Ana Ruiz."
_ROLE = r"(?:(?:the|his|her|their|our)\s+)?(?:(?!about\b|for\b|after\b|of\b|over\b)[a-z\-]+\s+)?"
_ASKED_NAMED = re.compile(  # a subject first: "asked Ann Ode." alone names the asker
    rf"\s*(?:I|[Ww]e|[Hh]e|[Ss]he|{_ROLE}[{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+)*)\s+"
    rf"(?:then\s+)?(?:asked|asks|ask|told|tells|warned|assured|reminded|urged)\s+{_ROLE}"
    rf"([{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+)*)\s*[.,]"
)
# The tag of a question put by one whose job is asking: "the presenter asked.", "asked the
# host," (what is said back to them is the guest's, whatever the verb).
_ASKER = r"(?:the|our|this)\s+(?:[a-z\-]+\s+)?(?:presenter|host|interviewer|moderator|anchor"
_ASKER += r"|questioner|prosecutor|examiner)"
_ASKING = r"(?:asked|asks|pressed|demanded|inquired|enquired)"
_ROLE_ASKED = re.compile(rf"\W*(?:{_ASKER}\s+{_ASKING}|{_ASKING}\s+{_ASKER})\s*[.,]")
_TAG_REACH = 120  # characters read after the quote before for its tag
_SAID = re.compile(
    r"\W*(he|she|He|She) (?:said|says|replied|answered|responded|retorted|countered|shot back"
    r"|fired back)\b"
)
# A sentence whose subject asks again, with no one named as asked: "Beltrán-Wu asked the
# question a second time.", "Halvorsen pressed him again."
_ASKED_AGAIN = re.compile(
    r"(?:^|[.!?]\s+)([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})\s+(?:then\s+|again\s+)?"
    r"(?:asked|repeated|pressed|put)\b[^.!?“”A-Z]*[.?]\s*$"
)
_REACH = 1500  # characters looked back for the one asked before
# A sentence telling the asker's question: "Ó Dubhghaill’s final question was whether she".
_QUESTION_OF = re.compile(
    rf"(?:^|[.!?]\s+)([{UPPER}][\w’'\-]*(?:\s+[{UPPER}][\w’'\-]*){{0,2}})[’']s\s+(?:[a-z]+\s+)?question"
    r"\s+(?:was|is)\s+(?:whether|if|why|how|what|when)\b[^.!?“”]*[.?]\s*$"
)


def answerer(
    tail: str, paragraphs: Sequence[str], prior: Span | None, resolver: Resolver, at: int
) -> str | None:
    """The one asked or told, when the quote answers the quote before it ("“…?” Lee asked.
    “…,” she replied.", "“…,” Lee told Ann Ode. “…,” she shot back.", "“…?” I asked Ann Ode.
    “…,” she said."), found by the resolver of the quote at `at`."""
    said = _SAID.match(tail)
    if said is None or prior is None:
        return None
    gender = _gender_of(said.group(1))
    after = paragraphs[prior.end_para][prior.end : prior.end + _TAG_REACH]
    replied = _REPLIED.match(tail) is not None
    asked = _ASKED_NAMED.match(after) if prior.text.endswith("?") or replied else None
    named = resolver.name(asked.group(1), at) if asked else None
    if named and resolver.gender_ok(named, gender):
        return named  # the one the question was put to, or who was told, by name
    if prior.text.endswith("?") and not replied and _ROLE_ASKED.match(after):
        return resolver.replier(at, gender)  # "“…?” the host asked. “…,” she said."
    if replied and (prior.text.endswith("?") or _TOLD.match(after)):
        return resolver.replier(at, gender)
    return None


def asked_by_name(
    paragraphs: Sequence[str], question: Span, resolver: Resolver, at: int
) -> str | None:
    """Whom a question was put to by name in its tag ("“…?” Lee asked Ann Ode."), for the
    untagged answer opening the next paragraph, else None."""
    after = paragraphs[question.end_para][question.end : question.end + _TAG_REACH]
    asked = _ASKED_NAMED.match(after) if " ask" in after else None
    return resolver.name(asked.group(1), at) if asked else None


def asked_again(tail: str, before: str, search: PersonSearch, at: int) -> str | None:
    """The one asked before, for "X asked the question a second time. “…,” he said.": the
    person of that gender named last before the quote other than X; for "X’s final question
    was whether …", the one who answered X's last quoted question; else None."""
    people, recent = search.people, before[-200:]
    said = _SAID.match(tail) if " asked" in recent or " pressed" in recent else None
    if said is None and " question " in recent and (said := _SAID.match(tail)):
        told = _QUESTION_OF.search(recent)
        asker = people.full_name(told.group(1), at) if told else ""
        return _answered(search, asker, _gender_of(said.group(1)), at)
    asked = _ASKED_AGAIN.search(recent) if said else None
    if said is None or asked is None:
        return None
    gender = _gender_of(said.group(1))
    asker = people.full_name(asked.group(1), at)
    for mention in people.iter_before(at, 8, max(0, at - _REACH)):
        full = people.full_name(mention.name, mention.start)
        if " " in full and full != asker and not is_org(full) and people.gender(full) == gender:
            return full
    return None


def _gender_of(pronoun: str) -> str:
    """The gender "he" or "she" gives."""
    return "m" if pronoun.lower() == "he" else "f"


def _answered(search: PersonSearch, asker: str, gender: str, at: int) -> str | None:
    """Who of that gender spoke right after the asker's last quote before `at`, else None."""
    spoken = [(pos, name) for pos, name in search.spoken_people if at - _REACH * 2 < pos < at]
    last = max((i for i, (_, name) in enumerate(spoken) if name == asker), default=None)
    if not asker or last is None:
        return None
    after = [name for _, name in spoken[last + 1 :] if name != asker]
    found = after[0] if after else None
    return found if found and search.people.gender(found) == gender else None
