"""Spanish ranks before a name ("Capitán Ana Ruiz") are titles, not part of the name."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Every hour counts and the hillside is still moving,”"


def test_a_spanish_rank_is_cut_from_the_name() -> None:
    cases = (
        ("said Capitán Esteban Quispe-Mamani of the civil defence", "Esteban Quispe-Mamani"),
        ("Sargento Rosa Ticona said", "Rosa Ticona"),
        ("said Teniente Joaquín de la Vega", "Joaquín de la Vega"),
        ("Comandante Lucía Arancibia told reporters", "Lucía Arancibia"),
        ("said Capitana Marisa Ochoa, who leads the team", "Marisa Ochoa"),
    )
    for tag, name in cases:
        assert speakers_in_order([f"{_QUOTE} {tag}."]) == [name], tag


def test_surnames_that_are_also_ranks_elsewhere_stay_names() -> None:
    assert speakers_in_order([f"{_QUOTE} said Maria Coronel, a trader."]) == ["Maria Coronel"]
    assert speakers_in_order([f"{_QUOTE} Lucia Cabo said."]) == ["Lucia Cabo"]
