"""A body credited by its owner's pronoun ("his company said", "her label said") is the body
of that kind the article named, as "the company said" is; "her team" and "his office", which as
often mean the people around someone, are left as they were."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_body_by_a_possessive_and_its_kind_is_the_body_named() -> None:
    for intro, phrase, body in (
        (
            "The developer Gareth Llewellyn-Bowen denies four counts. His company,"
            " Llewellyn-Bowen Homes, denies the same charges.",
            "In a statement issued through its solicitors, his company said it had",
            "Llewellyn-Bowen Homes",
        ),
        (
            "Singer Mara Quell left the tour early. Her record label, Brassica Sound, said the"
            " dates would move.",
            "In a statement, her label said she was",
            "Brassica Sound",
        ),
        (
            "The architect Dana Okoro resigned in May. Her firm, Okoro Design Ltd, kept the"
            " contract.",
            "On Tuesday, her firm said it had",
            "Okoro Design Ltd",
        ),
    ):
        paragraphs = [intro, f"{phrase} “always acted in good faith and on the best advice.”"]
        assert speakers_in_order(paragraphs) == [body], body


def test_her_team_is_not_taken_for_a_body() -> None:
    paragraphs = [
        "Singer Mara Quell left the tour early. Her record label, Brassica Sound, said the"
        " dates would move.",
        "Her team said she was “taking some time to rest with her family, as planned.”",
    ]
    assert speakers_in_order(paragraphs) == [None]
