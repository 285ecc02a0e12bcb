"""Two people named in full share a surname: the bare surname goes on meaning whom its earlier
bare uses meant, unless the sentence just before names the other in full or a role beside it
("Lowry, the chief executive,") is the other's; a "she" never goes to a man of that surname."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_Q = "“We knew the second half would be harder, and it was,”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Tomasz Wierzba won the race for mayor of Eastmoor, beating two rivals.",
                "Mr Wierzba thanked the volunteers who had knocked on doors all week.",
                "His spokesman, Pawel Wierzba, who is also his nephew, said turnout had helped."
                " “The young voters came out for once,” he said.",
                "The count ended after two in the morning.",
                f"Mr Wierzba left the hall soon afterwards. {_Q} he wrote online.",
            ],
            "Tomasz Wierzba",
        ),
        (
            [
                "Amara Nwosu retained her world title in Cardiff on Saturday night.",
                "Nwosu, 31, was knocked down in the third round but recovered.",
                "Her coach, her aunt Grace Nwosu, said the corner had never panicked.",
                "“She listens, that is her gift,” Grace Nwosu said.",
                "The arena emptied slowly into the rain.",
                f"Nwosu, her lip still bleeding, spoke briefly afterwards. {_Q} she said.",
            ],
            "Amara Nwosu",
        ),
        (
            [
                "Henrik Dahl has run the family boatyard at Solvik since 1990.",
                "Dahl still sands every hull by hand before it goes into the water.",
                "His brother, Lars Dahl, who keeps the books, explained that orders had doubled.",
                "“We turn people away every week now,” Lars Dahl said.",
                "The yard employs eleven people, most of them from the village.",
                f"Dahl walked out along the slipway. {_Q} he said.",
            ],
            "Henrik Dahl",
        ),
    ],
)
def test_the_surname_goes_on_meaning_whom_it_meant(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Councillor Joan Adeyemi, who leads the council, defended the cuts on Monday.",
                "“There is no money left in the drawer,” she said.",
                "The vote was chaired by Councillor Bola Adeyemi, who refused a late amendment."
                " Ms Adeyemi, no relation of the leader, said the amendment came in too late.",
                "“I would have said the same to my own group,” she said.",
            ],
            "Bola Adeyemi",
        ),
        (
            [
                "Dr Farid Haddad, the hospital's medical director, opened the briefing.",
                "“Our wards are full every night,” he said.",
                "Questions were taken by the finance chief, Karim Haddad. Mr Haddad said the"
                " budget would be spent by October.",
                "“After that we borrow, or we close beds,” he added.",
            ],
            "Karim Haddad",
        ),
    ],
)
def test_the_one_named_in_the_sentence_before_is_meant(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "“We chose to be careful this quarter,” chief executive Ingrid Halvorsen said.",
                "Finance director Nils Halvorsen, who is not related to the chief executive,"
                " said the dividend was safe. “We can pay it twice over,” he said.",
                "Halvorsen, the chief executive, called the savings arm “the best thing we own,”"
                " and said it would grow.",
                "Analysts were unmoved by the figures.",
                "Halvorsen closed the call on a sober note."
                " “Nobody here is celebrating a quarter like this,” she said.",
            ],
            [
                "Ingrid Halvorsen",
                "Nils Halvorsen",
                "Ingrid Halvorsen",
                "Ingrid Halvorsen",
            ],
        ),
        (
            [
                "“The season starts now, not in August,” head coach Marcus Oyelaran said.",
                "Assistant coach Chidi Oyelaran, his cousin, said the squad was fit."
                " “Nobody in the squad is carrying a knock,” he said.",
                "Oyelaran, the head coach, described the opening fixture as “the hardest test we"
                " could have asked for,” and named his captain.",
            ],
            ["Marcus Oyelaran", "Chidi Oyelaran", "Marcus Oyelaran"],
        ),
    ],
)
def test_a_role_beside_the_surname_says_which(paragraphs: list[str], speakers: list[str]) -> None:
    assert speakers_in_order(paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Mei Tanaka opens the tea shop at six every morning.",
                "“The first hour is the quiet one,” she said. Tanaka says she likes it that way.",
                "Tanaka, 48, took it over from her father, Hiroshi Tanaka, in 2012. He had run"
                " it for forty years.",
                "A card in his writing hangs by the till:"
                " “Warm the pot first, then the cups, then yourself.”",
                "“He wrote that the day I started, and I was furious,” she said.",
            ],
            "Mei Tanaka",
        ),
        (
            [
                "Olu Bankole has kept the forge going since 2001.",
                "“The fire is lit before the kettle,” he said. Bankole says he never misses a day.",
                "Bankole, 55, learned the trade from his mother, Funmi Bankole, who shod horses"
                " for the whole valley. She never wrote anything down.",
                "A sign she painted still hangs by the door:"
                " “Hot iron waits for nobody, so neither should you.”",
                "“She painted it the winter I turned twelve,” he said.",
            ],
            "Olu Bankole",
        ),
    ],
)
def test_a_pronoun_skips_the_one_of_the_surname_of_the_other_gender(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # no bare use before the second is named: the one named last before stays
            [
                "Ruth Ferreira founded the firm; her brother, Paulo Ferreira, joined it later.",
                f"{_Q} Ferreira said.",
            ],
            "Paulo Ferreira",
        ),
        (  # the other is named in full a paragraph back: the surname is no longer the first's
            [
                "Nadia Roussel came to the city two winters ago with nothing but a rucksack.",
                "“I still cannot believe how much help there was,” said Roussel, 40.",
                "Near the station, Claire Roussel was selling crates of apples. She had moved"
                " into a flat of her own in the spring.",
                f"{_Q} said Roussel, 41.",
            ],
            "Claire Roussel",
        ),
        (  # a quote between the naming and the surname: no sentence just before it
            [
                "Aditi Rao, 40, runs the clinic. Aditi Rao opened it in 2015.",
                "Her sister, Kavita Rao, handles the bookings.",
                f"{_Q} Rao said.",
            ],
            "Aditi Rao",
        ),
    ],
)
def test_without_a_bare_use_the_choice_stays(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker
