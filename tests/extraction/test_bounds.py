"""Extraction stays linear on hostile inputs: work grows with the size, never with its square."""

from __future__ import annotations

import string
import time
from collections.abc import Callable

import pytest

from bot.extraction import cues
from bot.extraction.phrases import lead_phrase
from bot.extraction.quotes import extract_quotes
from bot.extraction.role_verbs import named_by_verb
from bot.extraction.summary import summarize

Shape = Callable[[int], list[str]]


def _word(number: int) -> str:
    letters = string.ascii_lowercase
    return "".join(letters[(number // 26**k) % 26] for k in range(4))


def _said(size: int) -> list[str]:
    return ['He said "w w w w w w" and ' * (size // 26)]


def _curly(size: int) -> list[str]:
    return ["“" * (size // 2) + "”" * (size // 2)]


def _credits(size: int) -> list[str]:
    return ['"Some words are spoken here now" — Jane Doe'] * (size // 44)


def _word_lines(size: int) -> list[str]:
    return ["Word"] * (size // 5)


def _named_quotes(size: int) -> list[str]:
    """One paragraph of distinct quotes by distinct people, each followed by a pronoun."""
    return [
        " ".join(
            f"Anna {_word(i).title()} met Bob Jones. “We will win this fight {_word(i)},” he said."
            for i in range(size // 70)
        )
    ]


def _companies(size: int) -> list[str]:
    return [
        f"{_word(i).title()} Games Company opened. “We will win this fight {_word(i)},” the"
        " company said."
        for i in range(size // 80)
    ]


def _nicknames(size: int) -> list[str]:
    """Names with nicknames in quote marks, and quotes that open and never close."""
    return ["Ben “Big Ben” Okafor, as Dr. Ana Rivera put it, “w w w w w w " * (size // 60)]


SHAPES: dict[str, Shape] = {
    "said": _said,
    "curly": _curly,
    "credits": _credits,
    "word_lines": _word_lines,
    "named_quotes": _named_quotes,
    "companies": _companies,
    "nicknames": _nicknames,
}


def _seconds(paragraphs: list[str]) -> float:
    started = time.process_time()  # CPU time: other work on the machine does not count
    extract_quotes(tuple(paragraphs), "A Headline About Anna Smith")
    summarize("A Headline About Anna Smith", tuple(paragraphs))
    return time.process_time() - started


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_a_megabyte_costs_at_most_six_quarter_megabytes(name: str) -> None:
    shape = SHAPES[name]
    small = min(_seconds(shape(250_000)) for _ in range(2))
    large = _seconds(shape(1_000_000))
    assert large <= 6 * small + 0.25, (name, small, large)
    assert large < 2.0, (name, large)


def test_quotes_beyond_the_bound_are_not_read() -> None:
    paragraphs = [f"“We will win this fight {_word(i)} today,” said Anna Lund." for i in range(900)]
    quotes = extract_quotes(tuple(paragraphs))
    assert 0 < len(quotes) <= 400
    assert {quote.speaker for quote in quotes} == {"Anna Lund"}


def test_a_claim_owner_is_read_in_a_bounded_run() -> None:
    lead = "Alpha " * 20_000 + "that "  # a long run of capitals and no owner's claim after it
    started = time.process_time()
    assert cues.OWNED_CLAIM.search(lead) is None and cues.DISPUTED.search(lead) is None
    assert time.process_time() - started < 1.0


def test_a_reported_clause_is_read_in_a_bounded_run() -> None:
    lead = "Its report said the trust " + "was " * 8_000 + "then warned: "  # verbs, no "and"
    started = time.process_time()
    assert lead_phrase(lead) == "Its report"
    assert time.process_time() - started < 1.0


def test_a_name_by_its_role_verb_is_read_in_a_bounded_run() -> None:
    text = "A" * 20_000 + " said Ann Lee, who leads the group,"  # a long word of capitals
    started = time.process_time()
    assert named_by_verb(text, "leader", 0, len(text), later=False) == "Ann Lee"
    assert time.process_time() - started < 1.0
