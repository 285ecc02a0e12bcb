"""A lone name no list knows, set off after "One ranger," "A nurse," or "Another tracker," (a role
counted, not owned), is a person, so the "he" or "she" quoting after it is theirs, not the
person quoted before; a role of a body ("One firm, Kelvara,") is no such sign."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "“Every snare is a death sentence for something,” said the manager, Wanjiku Otieno. She said "
    "the snares were set by hunters."
)
_QUOTE = "“It let us come close. I think it knew we were there to help,”"


def test_a_counted_role_before_a_lone_name() -> None:
    for opening, name in (
        ("One ranger, Kipchumba, described finding a calf.", "Kipchumba"),
        ("A tracker, Lemayian, described finding a calf.", "Lemayian"),
        ("Another scout, Naisimoi, described finding a calf.", "Naisimoi"),
        ("One volunteer, Tawia, described finding a calf.", "Tawia"),
    ):
        got = speakers_in_order([_BEFORE, f"{opening} {_QUOTE} he said."])
        assert got[1] == name, opening


def test_a_counted_body_is_no_person() -> None:
    got = speakers_in_order(
        [_BEFORE, f"One firm, Kelvara, described finding a calf. {_QUOTE} he said."]
    )
    assert got[1] != "Kelvara"
