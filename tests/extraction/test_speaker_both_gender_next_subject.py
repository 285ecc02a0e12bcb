"""A first name given to both men and women ("Robin", "Jean", "Ashley") takes the gender of the
"He" or "She" that opens the sentence right after one its surname opens ("Aldous walked out.
He said …"), by that pronoun alone: the quote two sentences on is theirs. Not when another
person's given name is written between, nor after the surname's possessive ("Aldous’s
assistant, Jo Kim, … She …"), and a pronoun of the listed gender keeps the list's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "Coach Robin Aldous was furious after the final whistle on Saturday.",
                "Aldous walked straight past the referee and into the tunnel.",
                "He told reporters later that the league would hear from the club.",
                "“That decision cost us the whole season,” he said.",
            ],
            "Robin Aldous",
        ),
        (
            [
                "Jean Dupont, the new head of the vineyard, took over in March.",
                "Dupont inherited the estate from an uncle in Lyon.",
                "He said the first harvest would be small because of the frost.",
                "“We will lose half the grapes this year, maybe more,” he added.",
            ],
            "Jean Dupont",
        ),
        (
            [
                "Senator Ashley Mwangi has attacked a plan to tax fishing boats.",
                "Mwangi later posted a picture at a harbour in Mombasa, to “show who pays.”",
                "He noted that if the plan goes ahead, he would table a bill to stop it.",
                "“The coast is tired of paying for the capital’s mistakes,” he wrote.",
            ],
            "Ashley Mwangi",
        ),
    ],
)
def test_he_opening_the_next_sentence_shows_a_man(paragraphs: list[str], expected: str) -> None:
    assert speakers_in_order(paragraphs) == [expected]


def test_another_given_name_between_takes_the_pronoun() -> None:
    paragraphs = [
        "Kim Lindqvist chairs the harbour board.",
        "Lindqvist met the fisherman Erik Sand on Monday.",
        "He said the new quotas would ruin his family.",
        "“I have fished here for forty years and never seen this,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Erik Sand"]


def test_a_possessive_surname_is_not_the_next_subject() -> None:
    paragraphs = [
        "Rory Vale hosts a radio quiz that airs every Sunday night.",
        "Vale’s co-host, Nadia Orme, has said little. She posted one line, writing that she was"
        " “proud of him for owning the mistake at last.”",
    ]
    assert speakers_in_order(paragraphs) == ["Nadia Orme"]


def test_she_of_the_listed_gender_keeps_the_list() -> None:
    paragraphs = [
        "Senator Shannon Price has attacked the rail plan.",
        "Price later posted a photo of herself at the station.",
        "She noted that the line would close three stops.",
        "“We will not let this happen to our towns and villages,” she wrote.",
    ]
    assert speakers_in_order(paragraphs) == ["Shannon Price"]
