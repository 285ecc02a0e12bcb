"""Someone described after the verb who "would give only her first name, Tanvi" is Tanvi, as
one who "gave only her first name" is; someone who would give no name keeps no speaker."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“My mother is waiting for me at the hospital and I have been here for hours,”"


def test_a_first_name_someone_would_give_only_is_theirs() -> None:
    for tail, name in (
        ("said a woman who would give only her first name, Tanvi.", "Tanvi"),
        ("said a lorry driver who would only give his first name, Marek.", "Marek"),
        ("said one commuter who gave only her first name, Ngozi.", "Ngozi"),
    ):
        assert speakers_in_order([f"{_QUOTE} {tail}"]) == [name], tail


def test_someone_who_would_give_no_name_keeps_no_speaker() -> None:
    paragraph = f"{_QUOTE} said a woman who would not give her name."
    assert speakers_in_order([paragraph]) == [None]
