"""A sentence opening with an owner's role and the name between commas ("Saskatchewan’s minister
of First Nations relations, Gordon Halvorsen, said …"): the one named is its subject, for a
pronoun in the next sentence, never the owner or a body whose name holds the owner's."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_the_named_role_holder_is_the_subject() -> None:
    paragraphs = [
        "A northern Saskatchewan First Nation has marked 12 years under a boil-water advisory.",
        "Saskatchewan’s minister of First Nations relations, Gordon Halvorsen, said the province "
        "would press Ottawa. He told reporters the situation was “unacceptable in a country as "
        "rich as ours.”",
    ]
    assert speakers_in_order(paragraphs) == ["Gordon Halvorsen"]
    paragraphs = [
        "The Harwell Valley Health Trust has opened two new wards.",
        "Harwell’s chief medical officer, Priya Nandakumar, said the wards were overdue. She told "
        "the council the winter had been “the hardest our staff have ever worked through.”",
    ]
    assert speakers_in_order(paragraphs) == ["Priya Nandakumar"]


def test_near_misses_keep_their_reading() -> None:
    paragraphs = [
        "Orvane’s lawyers, in a filing on Monday, called the claim “a story with no evidence "
        "behind it at all.”",
    ]
    assert speakers_in_order(paragraphs) != ["Orvane’s lawyers"]
    paragraphs = [
        "Ann Lee’s coach Tom Reyes said she had trained through the winter. He called her "
        "“the hardest worker I have ever coached.”",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Reyes"]
