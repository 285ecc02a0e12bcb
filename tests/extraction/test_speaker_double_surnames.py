"""A person named with two surnames ("Ana García López") and credited later by the first of
them alone ("García said") keeps both: the first surname is one part of a longer one, not the
end of a shorter name. Someone named by one surname, or two people sharing one, are unchanged."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CRITIC = "Tom Hale, a skipper, called the new harbour fees theft."
_QUOTE = "“We had no choice after two dry summers and a flooded quay,”"


@pytest.mark.parametrize(
    ("named", "credit", "full"),
    [
        ("Ana García López, who runs the harbour,", "García said.", "Ana García López"),
        ("The harbour master, Rosa Martínez Ortega,", "Martínez said.", "Rosa Martínez Ortega"),
        (
            "Luis Fernández Castro, 61, who owns the boatyard,",
            "Fernández added.",
            "Luis Fernández Castro",
        ),
        ("Beatriz Souza Lima, the port's engineer,", "said Souza.", "Beatriz Souza Lima"),
    ],
)
def test_the_first_of_two_surnames_stands_for_the_whole_name(
    named: str, credit: str, full: str
) -> None:
    paragraphs = [f"{_CRITIC} {named} disagreed.", f"{_QUOTE} {credit}"]
    assert speakers_in_order(paragraphs) == [full]


def test_both_surnames_together_still_name_her() -> None:
    paragraphs = [f"{_CRITIC} Ana García López disagreed.", f"{_QUOTE} García López said."]
    assert speakers_in_order(paragraphs) == ["Ana García López"]


def test_a_single_surname_is_unchanged() -> None:
    paragraphs = [
        f"{_CRITIC} Ana García, who runs the harbour, disagreed.",
        f"{_QUOTE} García said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ana García"]


def test_a_family_sharing_a_surname_still_goes_to_the_one_who_opened_the_sentence() -> None:
    paragraphs = [
        "Lena Brandt, 19, started the petition. Her father, Maarten Brandt, backs it.",
        f"Maarten Brandt said the fees would close the yard. {_QUOTE} Brandt said.",
    ]
    assert speakers_in_order(paragraphs) == ["Maarten Brandt"]
