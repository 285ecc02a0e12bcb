"""A name with lower-case particles after a title's portfolio ("Minister for Mobility Elke Van
den Bosch, who …,") is read whole, not cut at the particle."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = " “people before parking in every street of the city.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "In an interview with Le Soir, Brussels Minister for Mobility Elke Van den Bosch,"
            " who leads the plan, said it would put",
            "Elke Van den Bosch",
        ),
        (
            "Speaking to the radio, Minister for Health Rafael de la Cruz, who drew up the"
            " scheme, said it would put",
            "Rafael de la Cruz",
        ),
        (
            "Secretary of State for Housing Lies Verbeke, who leads the plan, said it would put",
            "Lies Verbeke",
        ),
    ],
)
def test_a_particle_name_after_a_portfolio(lead: str, speaker: str | None) -> None:
    assert speakers_in_order(["The city wants fewer cars.", lead + _QUOTE]) == [speaker]
