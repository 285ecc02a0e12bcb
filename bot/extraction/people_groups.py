"""Whether a counted group of people ("Four of her siblings") was brought in just before."""

from __future__ import annotations

import re

from bot.extraction.cues import is_role
from bot.extraction.unnamed_cues import is_people

_GROUP_BACK = 400  # characters back in the paragraph to a counted group of people
_COUNTED_PEOPLE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|"
    r"Many|\d+)(?: of)?(?: [\w’'\-]+){0,2}? ([a-z]+s|children)\b"
)
_KIN = frozenset("sibling child relative cousin brother sister member colleague".split())


def people_group_before(text: str, at: int) -> bool:
    """Whether a number of people ("Four of her siblings", "Three neighbours") opens a
    sentence of the paragraph just before `at`."""
    start = max(text.rfind("\n", 0, at) + 1, at - _GROUP_BACK)
    for match in _COUNTED_PEOPLE.finditer(text, start, at):
        noun = match.group(1)
        singular = noun.removesuffix("ren").removesuffix("s")  # "children", "siblings"
        if noun in _KIN or singular in _KIN or is_role(singular) or is_people(noun):
            return True
    return False
