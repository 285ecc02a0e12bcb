"""The benchmark helpers work without the corpus or the bench extra (fast)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import latency_stats, percentile
from benchmarks.hostile import one_file
from benchmarks.htmlpages import leaked, make_page, recall
from benchmarks.shapes import SHAPES
from bot.models import Draft


def test_percentiles_interpolate() -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    stats = latency_stats([0.001] * 99 + [0.1])
    assert stats["calls"] == 100 and stats["p50_ms"] == 1.0 and stats["max_ms"] == 100.0


def test_generated_page_holds_the_article_and_its_boilerplate() -> None:
    draft = Draft("World", "Bridge opens", ("The bridge opened on Monday.", "Traffic flows."))
    page = make_page(draft, 3)
    text = page.html.decode()
    assert "<h1" in text and "The bridge opened on Monday." in text and leaked(text)
    assert recall(draft.paragraphs, "the bridge opened on monday. traffic flows.") == 1.0


def test_hostile_shapes_have_their_size_and_are_measured(tmp_path: Path) -> None:
    for name, make in SHAPES.items():
        data = make(20_000)
        assert 19_000 <= len(data) <= 20_000, name
    path = tmp_path / "said.txt"
    path.write_bytes(SHAPES["said_quotes"](20_000))
    figures = one_file(str(path), 5_000_000)
    assert figures["outcome"] == "1 of 1 built" and figures["total_s"] < 2
