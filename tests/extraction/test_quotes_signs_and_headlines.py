"""Quote spans: a sign's words in Title Case after "that read" or "reading" are kept as a
quote, and a paper's headline after "under the headline" is a title, not a quote."""

from __future__ import annotations

from bot.extraction.quotes import extract_quotes

_OPENING = "“It was the longest year of our lives,” said Lucía Ferrer Ortega, his mother."


def _texts(paragraphs: list[str]) -> list[str]:
    return [quote.text for quote in extract_quotes(tuple(paragraphs))]


def test_a_sign_that_read_names_is_a_quote() -> None:
    found = _texts(
        [
            _OPENING,
            "Colleagues unfurled a hand-painted sheet that read “Welcome home, Pablo, Haruka and"
            " Rodrigo.” He saw it and raised both fists.",
            "Fans held a banner reading “Thank You For Everything, Captain Marlow” as the team"
            " came out.",
        ]
    )
    assert "Welcome home, Pablo, Haruka and Rodrigo." in found
    assert "Thank You For Everything, Captain Marlow" in found


def test_titles_of_works_and_headlines_stay_out() -> None:
    found = _texts(
        [
            _OPENING,
            "The state paper ran the story under the headline “The nation stands with"
            " Kyzyl-Tas.” Its editorial went further.",
            "She starred in “The Boys in the Boat” and read “Harry Potter and the Goblet of Fire”"
            " twice.",
        ]
    )
    assert len(found) == 1  # only the mother's words
