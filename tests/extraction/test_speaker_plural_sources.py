"""A "she" or "he" after sources counted in the plural who stayed unnamed ("According to two
backbenchers who spoke on condition of anonymity, she warned them that … “…”") is the one named
before, not them; and a document issued by two sides the article does not name as one ("a joint
communiqué issued by the two governments") keeps no speaker, not a body's later statement."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_pronoun_after_plural_unnamed_sources_is_the_one_named_before() -> None:
    for sources, pronoun, name in (
        ("two backbenchers who spoke on condition of anonymity", "she", "Fenella Marchetti"),
        ("three officials who asked not to be named", "he", "Tomas Reyes"),
        ("several aides who did not want to be identified", "she", "Fenella Marchetti"),
    ):
        role = "chief whip" if name.startswith("Fenella") else "party treasurer"
        paragraphs = [
            f"The {role}, {name}, spent the afternoon in the lobby trying to turn the rebels."
            f" According to {sources}, {pronoun} warned them that anyone who voted against the"
            " bill “should not expect to chair a committee again in this term.”",
        ]
        assert speakers_in_order(paragraphs) == [name], sources


def test_a_pronoun_after_one_unnamed_source_is_that_source() -> None:
    paragraphs = [
        "The chief whip, Fenella Marchetti, spent the afternoon in the lobby. One backbencher,"
        " who asked not to be named, said she had been warned. “I have never seen anything like"
        " it in this building,” she said.",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_document_issued_by_two_unnamed_sides_keeps_no_speaker() -> None:
    for noun in ("communiqué", "declaration"):
        paragraphs = [
            f"The two countries agreed to reopen the crossings, according to a joint {noun}"
            " issued by the two governments after the summit.",
            "“Water sharing was discussed in detail,” said Ilse Varga, a spokeswoman for the"
            " Ostravian Ministry of Foreign Affairs. In a statement to Reuters, the ministry said"
            " it would “put water on the agenda of the joint commission.”",
            f"The {noun} said only that the crossings would open “as soon as the necessary"
            " arrangements are in place.”",
        ]
        assert speakers_in_order(paragraphs) == [
            "Ilse Varga",
            "Ostravian Ministry of Foreign Affairs",
            None,
        ], noun


def test_a_document_a_named_body_issued_is_still_that_body() -> None:
    paragraphs = [
        "The Harbour Council issued a communiqué on Friday after the talks.",
        "The communiqué said the port would reopen “as soon as the necessary arrangements are in"
        " place.”",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Council"]
