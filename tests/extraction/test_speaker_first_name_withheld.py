"""Someone who asked to be known only by a first name the article never gives, set before the
speech verb with no commas, is nobody named: not the one quoted before."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“We will look at every option,” said Osei Mensah, who chairs the harbour board."
_QUOTE = "“The money was promised and it never came.”"
_WITHHELD = [
    "A mother who asked to be identified only by her first name said:",
    "A ferry driver who asked to be identified only by his first name told reporters:",
    "One teacher who wanted to be known by her first name only added:",
    "Another shopkeeper who preferred to be called by his given name put it plainly:",
    "Outside the depot, a cleaner who asked to be named only by her first name said:",
    "An older fisherman who agreed to be identified by his first name was blunter:",
]


@pytest.mark.parametrize("lead", _WITHHELD)
def test_a_withheld_first_name_names_no_one(lead: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"]) == ["Osei Mensah", None]


def test_the_first_name_given_after_it_is_the_speaker() -> None:
    lead = "A nurse who asked to be identified only by her first name, Amara, said:"
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"]) == ["Osei Mensah", "Amara"]


def test_a_named_person_asking_the_same_keeps_the_name() -> None:
    lead = "Lucia Ferraro, who runs the bakery, said:"
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"]) == ["Osei Mensah", "Lucia Ferraro"]


def test_the_one_quoted_before_still_speaks_on() -> None:
    lead = "Mensah, who asked residents to call him by his first name, said:"
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"]) == ["Osei Mensah", "Osei Mensah"]
