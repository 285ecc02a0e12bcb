"""A role word joined with "man" or "woman" gives its gender ("the frontman", "the fisherman",
"the frontwoman"), so it does not go to a woman (or man) just before; a word that only ends so
("the freshman", "the shaman") gives none."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We have played bigger fields, but never one that sang back this loud,” the {} said."
_WOMAN_LAST = (
    "Jory Quell thanked the crowd. Sarah Brekke, his drummer since 2012, walked off first."
)
_MAN_LAST = "Ann Quell thanked the crowd. Tom Brekke, her drummer since 2012, walked off first."


@pytest.mark.parametrize("role", ["frontman", "fisherman", "craftsman", "showman", "bandsman"])
def test_a_man_s_role_skips_the_woman(role: str) -> None:
    assert speakers_in_order([_WOMAN_LAST, _QUOTE.format(role)]) == ["Jory Quell"]


@pytest.mark.parametrize("role", ["frontwoman", "sportswoman"])
def test_a_woman_s_role_skips_the_man(role: str) -> None:
    assert speakers_in_order([_MAN_LAST, _QUOTE.format(role)]) == ["Ann Quell"]


@pytest.mark.parametrize("role", ["freshman", "shaman"])
def test_no_gender_leaves_the_one_just_before(role: str) -> None:
    assert speakers_in_order([_WOMAN_LAST, _QUOTE.format(role)]) == ["Sarah Brekke"]
