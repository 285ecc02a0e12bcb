"""Someone brought in by a kin or friend noun and a name with no commas ("His friend Joaquín
shrugged:", "Her sister Mariam Haddad was blunter:") speaks, not the one "his" or "her" means."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Among the crowd was Femi, 27, a delivery rider. “I voted for him twice,” Femi said."


def test_a_kin_noun_and_a_name_without_commas_is_the_speaker() -> None:
    for lead, name in (
        ("His friend Joaquín shrugged:", "Joaquín"),
        ("His sister Mariam Haddad was blunter:", "Mariam Haddad"),
        ("His cousin Bilal simply laughed:", "Bilal"),
    ):
        paragraph = f"{_BEFORE} {lead} “They all promise flats. Nobody ever builds them.”"
        assert speakers_in_order([paragraph]) == ["Femi", name], lead


def test_a_kin_noun_with_commas_still_reads_the_same() -> None:
    paragraph = f"{_BEFORE} His friend, Joaquín, shrugged: “They all promise flats, every time.”"
    assert speakers_in_order([paragraph]) == ["Femi", "Joaquín"]
