"""Whether the sentence after a quote that closed its own sentence is its attribution: "Ann
Lee said.", "Acme owner Ann Lee said.", "Ann Lee, the owner, said."."""

from __future__ import annotations

import re

from bot.extraction import cues
from bot.extraction.lexicon import NOT_NAMES, SPEECH_VERB, UPPER
from bot.extraction.lexicons import is_person_noun, lone_given
from bot.extraction.tail_verbs import saying_verb

_CAPITAL = rf"[{UPPER}][\w’'.\-]*"
# A sentence after a quote that closed its own sentence, naming the speaker with a role before
# or beside the name: "Head coach Ann Lee said.", "Acme owner Ann Lee said.", "Ann Lee, the
# owner, said.", "The owner, Ann Lee, told reporters."
_ROLE_NAME_SAID = re.compile(
    rf"\s*(?:The\s+)?((?:{_CAPITAL}\s+|[a-z][\w\-]*\s+){{0,5}}?)({_CAPITAL}(?:\s+{_CAPITAL}){{1,3}})"
    rf"(?:,\s+(?:(?:the|a|an|its|their)\s+)?([^,.!?;“”\"]{{1,60}}),)?\s+(?:{SPEECH_VERB.pattern})"
)
_APPOSED_NAME_SAID = re.compile(
    rf"\s*The\s+((?:[a-z][\w\-]*\s+){{0,2}}[a-z][\w\-]*),\s+{_CAPITAL}(?:\s+{_CAPITAL}){{1,3}},"
    rf"\s+(?:{SPEECH_VERB.pattern})"
)

# A given name alone with a role beside it: "Beatriz, a fruit seller, said."
_GIVEN_ROLE_SAID = re.compile(
    rf"\s*({_CAPITAL}),\s+(?:the|a|an)\s+([^,.!?;“”\"]{{1,60}}),\s+(?:{SPEECH_VERB.pattern})"
)


# A name opening the sentence, then a lower-case word: the verb of "Hale queried."
_NAME_THEN = re.compile(rf"\s*(?:{_CAPITAL}\s+){{0,4}}{_CAPITAL}\s+(?=[a-z])")
_VERB_REACH = 20  # characters after the name read for its verb


def _role(words: str) -> bool:
    """Whether a phrase's lower-case words, at most two past an owner ("the county's"), end in
    what someone is ("head coach", "Acme owner"); a phrase of capitalised words alone is no role."""
    lower = [w for w in words.replace(",", " ").split() if w[:1].islower()]
    lower = [w for w in lower if not w.endswith(("’s", "'s"))]  # "county's chief engineer"
    return 0 < len(lower) <= 2 and (is_person_noun(lower[-1]) or cues.is_role(lower[-1]))


_PREPOSITION = re.compile(r"\s(?:of|in|at|for|with|from|on|to)\s")


def _described(words: str) -> bool:
    """Whether a description set beside a name is what someone is, read from its head noun
    before any "of"/"in"/"at" ("the head of the port authority", "a former deputy mayor")."""
    head = _PREPOSITION.split(f" {words} ", maxsplit=1)[0].split()
    return bool(head) and head[-1][:1].islower() and _role(head[-1])


def names_the_speaker(tail: str, cried: bool = False) -> bool:
    """Whether the sentence after a quote that ended its own sentence is its attribution:
    "Ann Lee said.", "Acme owner Ann Lee said.", "Ann Lee, the owner, said."; after a quote
    ending in "?" or "!" (`cried`), a verb of saying ending the attribution also counts: "“…?”
    Ann Lee queried."."""
    apposed = _APPOSED_NAME_SAID.match(tail)
    if apposed:
        return _role(apposed.group(1))
    given = _GIVEN_ROLE_SAID.match(tail) if "," in tail[:40] else None
    if given and lone_given(given.group(1)):
        return _role(given.group(2))
    opener = tail.split(None, 1)[0].lower() if tail.strip() else ""
    if opener in NOT_NAMES and opener != "the":
        return False
    if opener != "the" and cues.NAME_SAID.match(tail):
        return True
    named = _NAME_THEN.match(tail) if cried and opener != "the" else None
    verb = saying_verb(tail, named.end() + _VERB_REACH) if named else None
    if named and verb and verb.start() == named.end():  # "Hale queried.": a verb of saying
        return True
    titled = _ROLE_NAME_SAID.match(tail)
    if titled is None or any(w.lower() in NOT_NAMES for w in titled.group(1).split()):
        return False
    before, beside = titled.group(1), titled.group(3)
    return (_role(before) or not before) and (_described(beside) if beside else bool(before))
