"""Shared helper for the speaker tests: who said each quote of a few invented paragraphs."""

from __future__ import annotations

from bot.extraction.quotes import extract_quotes


def speakers_in_order(paragraphs: list[str], headline: str = "") -> list[str | None]:
    """Speakers of the quotes in reading order."""
    text = " ".join(paragraphs)
    quotes = extract_quotes(tuple(paragraphs), headline)
    return [q.speaker for q in sorted(quotes, key=lambda q: text.find(q.text[:20]))]
