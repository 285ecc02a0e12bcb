"""Bodies of wire copy: a name joined by "and" after common words, a tribunal, "the agency’s
report reads", "the agency said in an email that the rise reflected “…”"."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_body_whose_name_joins_common_words_by_and_keeps_its_whole_name() -> None:
    for body in (
        "Federal Border and Migration Agency",
        "National Border and Customs Agency",
        "State Water and Sewerage Authority",
    ):
        paragraphs = [
            f"Figures rose sharply, according to data published on Monday by the {body}.",
            "The agency’s report said the rise was “driven mostly by staff shortages at two of"
            " the four regional centres.”",
        ]
        assert speakers_in_order(paragraphs) == [body], body


def test_two_bodies_joined_by_and_stay_two() -> None:
    paragraphs = [
        "The plan was backed by Harlow Telecom and the National Grid Authority on Monday.",
        "“We expect the work to finish well before the winter storms arrive,” said Tomas Ruiz,"
        " a spokesman for Harlow Telecom.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomas Ruiz"]


def test_a_tribunal_speaks_as_a_body() -> None:
    for opening, verb, name in (
        (
            "The Kessland Sports Tribunal ruled against the club on Friday.",
            "the tribunal said",
            "Kessland Sports Tribunal",
        ),
        (
            "The sprinter was banned by the National Anti-Doping Tribunal.",
            "the tribunal added",
            "National Anti-Doping Tribunal",
        ),
    ):
        paragraphs = [opening, f"“The club knew the rules and chose to ignore them,” {verb}."]
        assert speakers_in_order(paragraphs) == [name], opening


def test_a_document_owned_by_a_body_by_its_kind_is_that_body_when_it_reads() -> None:
    for body, kind in (
        ("Harwell Port Authority", "authority"),
        ("Ostravian Ministry of Transport", "ministry"),
        ("Coldharbour City Council", "council"),
    ):
        paragraphs = [
            f"The figures were released on Tuesday by the {body}.",
            f"The {kind}’s report is blunt. It says waits have doubled. “Without more staff,"
            " the queues will keep growing through next year,” the report reads.",
        ]
        assert speakers_in_order(paragraphs) == [body], body


def test_a_body_said_in_an_email_that_a_thing_did_something() -> None:
    for how in ("in an email to the Courier", "in a statement on Friday", "in a letter"):
        paragraphs = [
            "The Federal Migration Agency published the figures on Thursday.",
            f"The agency said {how} that the rise reflected “the nationalities of the people now"
            " in the system rather than any change in policy.”",
        ]
        assert speakers_in_order(paragraphs) == ["Federal Migration Agency"], how


def test_a_person_who_said_in_an_email_that_a_thing_did_something_keeps_the_words() -> None:
    paragraphs = [
        "The Federal Migration Agency published the figures on Thursday.",
        "Ana Ruiz, who runs a shelter in Brenner Bay, said in an email that the rise reflected"
        " “the nationalities of the people now in the system, nothing more.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz"]


def test_a_unit_speaks_as_a_body() -> None:
    for body in ("Aquatics Integrity Unit", "Serious Fraud Unit"):
        paragraphs = [
            f"The {body}, which brought the case, said it would not appeal.",
            "“The athlete has shown how the substance entered her system,” the unit said.",
        ]
        assert speakers_in_order(paragraphs) == [body], body


def test_a_ward_called_a_unit_does_not_take_a_persons_words() -> None:
    paragraphs = [
        "Ana Ruiz works nights in the hospital’s intensive care unit.",
        "“We have never been this stretched, not even in the worst winters,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz"]
