"""A titled surname ("Mr Pedley") whose only bearer named in full is of the other gender: the
relative brought in by kin and first name only ("Kerry-Ann Pedley and husband Dwayne")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_the_titled_surname_is_the_relative_of_that_gender() -> None:
    paragraphs = [
        "Moira Achterberg, 44, and her husband, Tobias, had lived on the farm for twenty years.",
        "“We lost forty sheep in one night,” Mrs Achterberg said.",
        "“I have never seen water come down the hill like that,” Mr Achterberg added.",
    ]
    assert speakers_in_order(paragraphs) == ["Moira Achterberg", "Tobias Achterberg"]
    paragraphs = [
        "Darnell Okonkwo, 52, and wife Precious were asleep when the ceiling fell in.",
        "“The children were in the next room, and we could not reach them,” Mrs Okonkwo said.",
    ]
    assert speakers_in_order(paragraphs) == ["Precious Okonkwo"]


def test_near_misses_keep_the_one_named_in_full() -> None:
    paragraphs = [
        "Gareth Lloyd and his son Tom rebuilt the wall after the storm.",
        "“We will not let the sea take this house,” Mr Lloyd said.",
    ]
    assert speakers_in_order(paragraphs) == ["Gareth Lloyd"]
    paragraphs = [
        "Kerry-Ann Pedley and husband Dwayne Pedley-Watts were at the barbecue.",
        "“I could hear him barking through the door,” Mrs Pedley said.",
    ]
    assert speakers_in_order(paragraphs) == ["Kerry-Ann Pedley"]
    paragraphs = [
        "Helena Brandvold and her husband, Ivar Brandvold, run the bakery.",
        "“We bake through the night and sleep in the afternoon,” Mr Brandvold said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ivar Brandvold"]
