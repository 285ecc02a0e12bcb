"""A kin role set before a name by a comma ("Her husband, Min Bahadur,", "his widow, Kim
Ode,") gives the name that gender even when the first-name lists give the other: "she said"
after "Her husband, Min Bahadur, stayed behind." is the wife quoted before, not the husband; a
name with no such role keeps the list's gender."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_WIFE = (
    "Sunita Gurung, 41, waded out of her village with her sons. Speaking through an "
    "interpreter, she said: “The water came up through the floor in the night like something "
    "alive.”"
)
_QUOTE = "“He will not leave them, because they are all we have left,”"


@pytest.mark.parametrize(
    "husband",
    [
        "Her husband, Min Bahadur, stayed behind to guard their goats.",
        "Her son, Jean Gurung, stayed behind to guard their goats.",
    ],
)
def test_a_kin_role_beats_the_list(husband: str) -> None:
    paragraphs = [_WIFE, f"{husband} {_QUOTE} she said."]
    assert speakers_in_order(paragraphs) == ["Sunita Gurung", "Sunita Gurung"]


def test_a_name_without_a_role_keeps_the_list() -> None:
    paragraphs = [_WIFE, f"Min Bahadur stayed behind to guard the goats. {_QUOTE} she said."]
    assert speakers_in_order(paragraphs) == ["Sunita Gurung", "Min Bahadur"]
