"""Someone unnamed "in" a place before a "who" clause: the place is where they are, no speaker."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“The talks will go on all week,” said Mahnaz Sadeghi-Rad, the ministry spokesperson."


def test_a_place_after_in_is_not_the_unnamed_speaker() -> None:
    paragraphs = [
        _OPENING,
        "A Western diplomat in Varnesk, who spoke on condition of anonymity because the talks"
        " were private, said both sides were “looking for a way down from the tree they"
        " climbed.”",
        "A shopkeeper in Dessalo, who has traded on the square for thirty years, said the"
        " market had “never been this empty, not even during the war.”",
    ]
    assert speakers_in_order(paragraphs) == ["Mahnaz Sadeghi-Rad", None, None]


def test_a_named_person_beside_the_place_still_speaks() -> None:
    paragraphs = [
        _OPENING,
        "The ambassador in Velmara, Ilse Vantongeren, who arrived on Monday, said the talks"
        " were “the hardest I have sat through in thirty years.”",
        "Tomas Ruiz from Brixford, who was voted out on Sunday, said he was “still proud of"
        " every single thing I did in that house.”",
    ]
    assert speakers_in_order(paragraphs) == [
        "Mahnaz Sadeghi-Rad",
        "Ilse Vantongeren",
        "Tomas Ruiz",
    ]
