"""A sign or slogan in capitals or Title Case that runs over two sentences ("SLOW DOWN. OUR
KIDS WAIT HERE.") is a quote, not a title of a work; titles of works stay out."""

from __future__ import annotations

from bot.extraction.quotes import extract_quotes


def _quoted(*paragraphs: str) -> list[str]:
    return [quote.text for quote in extract_quotes(tuple(paragraphs), "")]


def test_a_sign_of_two_sentences_in_capitals_is_a_quote() -> None:
    texts = _quoted(
        "Someone had taped a poster to the fence. It read: “SLOW DOWN. OUR KIDS PLAY HERE.”"
    )
    assert texts == ["SLOW DOWN. OUR KIDS PLAY HERE."]
    texts = _quoted(
        "Posters bearing the inscription, “Harwell Is Now Green. Forward Together,” appeared "
        "overnight in the capital."
    )
    assert len(texts) == 1 and texts[0].startswith("Harwell Is Now Green. Forward Together")
    texts = _quoted("The banner read: “No More Cuts. Save Our Library Now.”")
    assert len(texts) == 1


def test_titles_of_works_stay_out() -> None:
    assert _quoted("She starred in “Mr. Smith Goes to the Big City” in 1962.") == []
    assert _quoted("The exhibition, “Decades of Decadence: The Harbour Years,” opens in May.") == []
    assert _quoted("He read “The Boys in the Boat on the River” twice last summer.") == []
    assert _quoted("They watched “Dr. Strangelove and the Long Night Shift” again.") == []
