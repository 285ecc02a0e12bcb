"""People whose first names no list holds: a "she" is theirs, not a title's words nearer by."""

from __future__ import annotations

import pytest

from bot.extraction import analyze

PARAGRAPHS = (
    "Politics",
    "Why public websites keep failing",
    "{name} ran the state's digital office in those years. As she tells it in her book Open"
    " Doors: Why Offices Stall and How to Mend Them, the botched launch laid bare the"
    ' "gap between what a law promises and what people get" for everyone to see.',
    "In the book, {surname}\u2014who later started Build for Towns, a charity linking coders"
    " with councils\u2014sets out the problem. \"Nobody in the room had ever built a website"
    ' that millions of people would use at once."',
)


@pytest.mark.parametrize("name", ["Lipunugi Gusenu", "Jennifer Gusenu", "Tavo Rekinde"])
def test_she_is_the_person_named_by_surname_again_not_a_book_title(name: str) -> None:
    surname = name.split()[-1]
    text = "\n\n".join(PARAGRAPHS).format(name=name, surname=surname)
    article = analyze(text)
    assert [q.speaker for q in article.quotes] == [name, name]


def test_a_title_whose_last_word_stands_alone_stays_the_nearer_choice() -> None:
    from bot.extraction.names import People
    from bot.extraction.person_likeness import likelier, surname_alone

    text = "Open Vantor came out in May. Lipunugi Gusenu wrote it. Vantor sold, Gusenu said."
    people = People(text)
    assert surname_alone(people, "Lipunugi Gusenu") and surname_alone(people, "Open Vantor")
    assert likelier(people, "Open Vantor", "Lipunugi Gusenu") == "Open Vantor"
    assert likelier(people, None, "Lipunugi Gusenu") == "Lipunugi Gusenu"


def test_a_place_or_a_common_word_standing_alone_says_nothing() -> None:
    from bot.extraction.names import People
    from bot.extraction.person_likeness import surname_alone

    text = "Rebuild Texas and Open Doors came out. Texas and the doors, Gusenu said."
    people = People(text)
    assert not surname_alone(people, "Rebuild Texas")
    assert not surname_alone(people, "Open Doors")
