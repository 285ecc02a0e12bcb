"""A role one rank below the bare noun ("Deputy Mayor X", "Lt. Gov. X", "Vice President X",
"X, the assistant principal") is not whom "the mayor", "the governor", "the president" or "the
principal" means when the holder of the bare role is named too; asked for with its rank ("the
deputy mayor"), it is."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Every street in this city gets a new light by March,”"


@pytest.mark.parametrize(
    ("opening", "role", "speaker"),
    [
        (
            "Mayor Hana Kim signed it. Deputy Mayor Paulo Ferreira stood by her.",
            "the mayor",
            "Hana Kim",
        ),
        (
            "Gov. Hana Kim signed it. Lt. Gov. Paulo Ferreira stood by her.",
            "the governor",
            "Hana Kim",
        ),
        (
            "President Ngozi Okafor opened it. Vice President Kofi Mensah closed it.",
            "the president",
            "Ngozi Okafor",
        ),
        (
            "Prime Minister Lucía Ortega met them. Deputy Prime Minister Emre Demir took notes.",
            "the prime minister",
            "Lucía Ortega",
        ),
        (
            "Hana Kim, the principal, and Yusuf Demir, the assistant principal, met parents.",
            "the principal",
            "Hana Kim",
        ),
        (  # asked for with the rank: the one of that rank
            "Mayor Hana Kim signed it. Deputy Mayor Paulo Ferreira stood by her.",
            "the deputy mayor",
            "Paulo Ferreira",
        ),
        (
            "Gov. Hana Kim signed it. Lt. Gov. Paulo Ferreira stood by her.",
            "the lieutenant governor",
            "Paulo Ferreira",
        ),
    ],
)
def test_ranked_roles(opening: str, role: str, speaker: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {role} said."]) == [speaker]
