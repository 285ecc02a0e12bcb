"""A ministry or department whose two fields "and" joins keeps its whole name even when the
fields are not very common words ("Ministry of Wildlife and Tourism"), while an acronym, a
place or a person after the "and" is not taken into the ministry's name. Other heads of a
government body ("Office of Rail and Canals", "Bureau of Mines and Quarries") read the same."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_SAID = "The {name} said in a statement that the plan was “the most ambitious in a generation.”"


def test_two_uncommon_fields_stay_in_the_name() -> None:
    for name in (
        "Ministry of Wildlife and Tourism",
        "Department of Fisheries and Forestry",
        "Ministry of Mining and Petroleum",
        "Department of Tourism and Aviation",
        "Ministry of Livestock and Horticulture",
        "Department of Parks and Wildlife",
    ):
        assert speakers_in_order([_SAID.format(name=name)]) == [name], name


def test_other_government_heads_keep_both_fields() -> None:
    for name in (
        "Office of Rail and Canals",
        "Bureau of Mines and Quarries",
        "Agency for Tourism and Aviation",
        "Commission for Fisheries and Aquaculture",
        "Office of Water and Sewerage",
    ):
        assert speakers_in_order([_SAID.format(name=name)]) == [name], name


def test_a_person_or_place_after_another_head_is_not_joined() -> None:
    for name in ("Office of Tourism and Beatrice", "Commission for Energy and Zambia"):
        assert speakers_in_order([_SAID.format(name=name)]) != [name], name


def test_the_short_form_later_is_the_whole_name() -> None:
    paragraphs = [
        "The Ministry of Irrigation and Drainage said the canal would reopen “within the next "
        "fortnight, if the weather holds.”",
        "“Farmers will be compensated for every lost harvest,” the ministry said.",
    ]
    name = "Ministry of Irrigation and Drainage"
    assert speakers_in_order(paragraphs) == [name, name]


def test_an_acronym_place_or_person_after_and_is_not_joined() -> None:
    assert speakers_in_order([_SAID.format(name="Ministry of Fisheries and NATO")]) == ["NATO"]
    for name in ("Department of Forestry and Zambia", "Ministry of Mining and Beatrice"):
        assert speakers_in_order([_SAID.format(name=name)]) != [name], name


def test_a_body_that_is_no_ministry_is_unchanged() -> None:
    name = "Institute of Mining and Petroleum"
    assert speakers_in_order([_SAID.format(name=name)]) != [name]
