"""Every corpus article parses and builds, and no boilerplate survives (needs ../shared/corpus)."""

from pathlib import Path

import pytest

from bot.extraction import build_article
from bot.parsing.seed import parse_seed

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
MARKERS = ("LATEST DEVELOPMENTS", "Leave a Reply", "Your email address will not be published")

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}"),
]


def test_corpus_parses_and_builds_without_boilerplate():
    files = sorted(CORPUS.glob("*.txt"))
    assert files
    for path in files:
        article = build_article(parse_seed(path.read_text(encoding="utf-8"), source=path.name))
        pieces = [*article.paragraphs, article.summary, *(q.text for q in article.quotes)]
        for piece in pieces:
            assert not any(marker in piece for marker in MARKERS), path.name
        assert article.summary, path.name
