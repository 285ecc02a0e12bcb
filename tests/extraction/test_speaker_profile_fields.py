"""A profile written as fields whose quote field is a bare label ("Quotable: “…”") gives the
quote to the person heading the nearest earlier field, not to one whose field names a role
("Crew chief: Tom Ode"); a bare label outside such fields is read as before."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We learned more from the bad weekends than from the good ones.”"


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Season in review: Amara Nwosu, No. 7 Kestrel Racing",
                "Crew chief: Paulo Ferreira",
                f"Quotable: {_QUOTE}",
            ],
            ["Amara Nwosu"],
        ),
        (
            [
                "Player profile: Yusuf Demir, midfielder",
                "Season stats: four goals, nine assists",
                f"Quote: {_QUOTE}",
            ],
            ["Yusuf Demir"],
        ),
        (  # the pronoun in the field before does not lead elsewhere
            [
                "Season in review: Amara Nwosu, No. 7 Kestrel Racing",
                "Best race: She won at the coast in May.",
                f"Quotable: {_QUOTE}",
            ],
            ["Amara Nwosu"],
        ),
        (  # two profiles: each quote is its own profile's
            [
                "Season in review: Amara Nwosu, No. 7 Kestrel Racing",
                "Best race: She won at the coast in May.",
                f"Quotable: {_QUOTE}",
                "Season in review: Kenji Sato, No. 12 Harbour Motorsport",
                "Crew chief: Paulo Ferreira",
                "Quotable: “I drove the best races of my life this autumn.”",
            ],
            ["Amara Nwosu", "Kenji Sato"],
        ),
        (  # no fields: the label leads to whoever spoke before, as ever
            [
                "The council met on Monday to discuss the budget.",
                "Ana Ruiz, the treasurer, spoke first.",
                "Verdict: “This is the worst budget I have seen in twenty years.”",
            ],
            ["Ana Ruiz"],
        ),
    ],
)
def test_profile_quote_field(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert speakers_in_order(paragraphs) == speakers
