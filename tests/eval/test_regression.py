"""Regression floors for extraction quality on the team's own labelled articles (no corpus)."""

from __future__ import annotations

import pytest

from tests.eval.labels import load_labels
from tests.eval.scoring import evaluate, overall, real_extractor

# Floors for the five own: articles, set just under the first measured run (quote F1 0.927,
# speaker accuracy 0.895 on 19 matched quotes, 0 leaks, ROUGE-1 equal to lead-3's 0.402).
# Raise them when extraction improves; never lower them to make a change pass. Speakers were
# raised when the eleven own: articles reached 1.000 (58 of 58), with a margin for new ones;
# both were raised again when the 21 own: articles reached quote F1 1.000 and speakers 0.993.
MIN_QUOTE_F1 = 0.97
MIN_SPEAKER_ACCURACY = 0.97
MAX_LEAKS = 0
ROUGE1_MARGIN = 0.02

# A new batch of invented articles lands labelled before the extractor has been run on it, so
# its first run can be measured as unseen text; it stays out of the floors until the shapes it
# shows are fixed, and is then taken back in. Empty when no batch is waiting.
WAITING_FOR_FIXES: frozenset[str] = frozenset()


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    """Overall figures of the real extraction on the own: articles."""
    try:
        extract = real_extractor()
    except ImportError as exc:
        pytest.skip(f"extraction API not available yet: {exc}")
    own = [a for a in load_labels() if a.kind == "own" and a.id not in WAITING_FOR_FIXES]
    return overall(evaluate(own, extract))


def test_no_extraction_errors(figures: dict[str, float]) -> None:
    assert figures["errors"] == 0


def test_quote_f1_floor(figures: dict[str, float]) -> None:
    assert figures["quote_f1"] >= MIN_QUOTE_F1


def test_speaker_accuracy_floor(figures: dict[str, float]) -> None:
    assert figures["speaker_accuracy"] >= MIN_SPEAKER_ACCURACY


def test_no_boilerplate_leaks(figures: dict[str, float]) -> None:
    assert figures["leaks"] <= MAX_LEAKS


def test_summary_not_worse_than_lead3(figures: dict[str, float]) -> None:
    assert figures["rouge1"] >= figures["lead3_rouge1"] - ROUGE1_MARGIN
