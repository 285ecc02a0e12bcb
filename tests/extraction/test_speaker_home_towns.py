"""A home town after "from", before a "who" clause that sets off the subject ("Ana Ruiz from
Brixford, who was voted out, said …"), is where the speaker is from, never the speaker."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_LEDE = "The show’s latest series has drawn more complaints than any before it."
_QUOTE = "“edited to look like a completely different person.”"


def test_a_named_person_from_a_town_speaks_not_the_town() -> None:
    for lead, name in (
        ("Ana Ruiz from Brixford, who was voted out on Sunday, said she had been", "Ana Ruiz"),
        ("Kemal Aydın from Port Salter, who left in week two, said he had been", "Kemal Aydın"),
        ("Niamh Doyle from Carrowmore, who quit, told the podcast she had been", "Niamh Doyle"),
    ):
        assert speakers_in_order([_LEDE, f"{lead} {_QUOTE}"]) == [name], lead


def test_someone_unnamed_from_a_town_is_not_the_town() -> None:
    for lead in (
        "The 27-year-old dental nurse from Brixford, who was voted out, said she had been",
        "A plumber from Kessingen, who was dumped on Friday, told the podcast he had been",
    ):
        assert speakers_in_order([_LEDE, f"{lead} {_QUOTE}"]) != ["Brixford"], lead
        assert speakers_in_order([_LEDE, f"{lead} {_QUOTE}"]) != ["Kessingen"], lead


def test_a_name_set_off_by_a_who_clause_alone_still_speaks() -> None:
    lead = "Ana Ruiz, who was voted out on Sunday, said she had been"
    assert speakers_in_order([_LEDE, f"{lead} {_QUOTE}"]) == ["Ana Ruiz"]
