"""A sentence opening with a role no list of titles holds and then the name ("Opposition critic
X accused the government of “…”"): the one named, with or without a speech verb."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_role_a_dictionary_gives_as_a_person_opens_the_subject() -> None:
    paragraphs = [
        "Premier Aldous Fenwick said the road would bring jobs to the north.",
        "Opposition critic Samira Delacroix-Baptiste, the member for Upper Brant, accused the "
        "government of “treating a treaty like a form to be filed and forgotten.”",
    ]
    assert speakers_in_order(paragraphs) == ["Samira Delacroix-Baptiste"]
    paragraphs = [
        "Mayor Odile Lachance said the bridge would reopen in May.",
        "Transit advocate Jerome Oduya-Santos accused the city of “planning for the cars it wants "
        "instead of the people it has.”",
    ]
    assert speakers_in_order(paragraphs) == ["Jerome Oduya-Santos"]


def test_near_misses_keep_their_reading() -> None:
    paragraphs = [
        "Premier Aldous Fenwick said the road would bring jobs to the north.",
        "Opposition parties accused the government of “treating a treaty like a form to be filed "
        "and forgotten.”",
    ]
    assert speakers_in_order(paragraphs) == [None]
    paragraphs = [
        "Health critic Samira Delacroix-Baptiste said the wait lists were the worst in a decade.",
        "“Nobody should wait nine months for a hip,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Samira Delacroix-Baptiste"]
