"""Groups named as a band of kin or keepers ("Sons of the Kafra", "Friends of the Valley")."""

from __future__ import annotations

from bot.extraction.cause_groups import named_group
from tests.extraction.speaking import speakers_in_order

_OPENING = "“We are glad it is over at last,” said Mira Castellano, the aid director."


def test_a_group_calling_itself_a_band_of_kin_speaks_by_its_whole_name() -> None:
    paragraphs = [
        _OPENING,
        "The militia that held them, which calls itself the Sons of the Red Hills, said in a"
        " statement that it had let them go “as a gift to the families who waited so long.”",
        "A network known as the Mothers of the Missing said in a post that the news was “the"
        " first good morning we have had in a year.”",
    ]
    assert speakers_in_order(paragraphs) == [
        "Mira Castellano",
        "Sons of the Red Hills",
        "Mothers of the Missing",
    ]


def test_such_a_group_opening_its_sentence() -> None:
    paragraphs = [
        _OPENING,
        "Friends of the Lower Valley said the dam would flood “nine villages and every field"
        " our grandparents cleared.”",
    ]
    assert speakers_in_order(paragraphs) == ["Mira Castellano", "Friends of the Lower Valley"]


def test_people_of_a_place_or_a_lone_plural_are_no_such_group() -> None:
    assert named_group("Residents of Kessa") is None
    assert named_group("the Sons") is None
    assert named_group("Students of Harlow College") is None
    assert named_group("Moms for Liberty") == "Moms for Liberty"
    assert named_group("which calls itself the Guardians of the Coast,") == (
        "Guardians of the Coast"
    )
