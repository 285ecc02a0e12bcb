"""A leaflet, flyer or brochure speaks for whoever put it out, also when the sentence says who
received it ("A brochure he received from Kestrel Motors said that …"); a law that "states"
something is nobody's words."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A digital brochure he received from Kestrel Motors said the car would have “parking"
            " with no hands on the wheel in any garage” by the spring.",
            "Kestrel Motors",
        ),
        (
            "A letter she got from Halcyon Insurance said the claim was “outside the cover you"
            " chose when you signed up.”",
            "Halcyon Insurance",
        ),
        (
            "A leaflet issued by Nordvik Bank promised savers “a rate that will never fall below"
            " four per cent” for five years.",
            "Nordvik Bank",
        ),
        (
            "A flyer from the Ebrima Okoye campaign promised “a bus to every village twice a day"
            " by next winter.”",
            "Ebrima Okoye",
        ),
        (
            "He made his claim under the Sale of Goods Act, which states that “every item sold"
            " must match what the seller said about it”.",
            None,
        ),
    ],
)
def test_whoever_put_it_out(sentence: str, speaker: str | None) -> None:
    assert speakers_in_order(["Mr Adeyemi paid for the upgrade in 2021.", sentence]) == [speaker]
