"""The whole shared corpus ingests with zero failures (skipped when the corpus is absent)."""

from __future__ import annotations

import sqlite3

from bot.ingest import Ingestor
from bot.services import NewsService
from bot.settings import Settings
from tests.conftest import corpus_or_skip


async def test_the_whole_corpus_ingests_cleanly(service: NewsService, settings: Settings) -> None:
    corpus = corpus_or_skip()
    files = list(corpus.glob("*.txt"))
    report = await Ingestor(service.storage, settings).ingest([str(corpus)])
    assert report.failed == []
    assert report.count("new") + report.count("duplicate") == len(files)
    assert report.count("new") >= len(files) * 0.95  # a few sites syndicate the same story
    status = await service.status()
    assert status.articles == report.count("new")
    with sqlite3.connect(settings.db) as conn:
        for junk in ("LATEST DEVELOPMENTS:", "Leave a Reply", "Required fields are marked"):
            rows = conn.execute(
                "SELECT count(*) FROM articles a JOIN bodies b ON b.article_id = a.id"
                " WHERE instr(b.body, ?) OR instr(a.summary, ?)"
                " OR EXISTS (SELECT 1 FROM quotes q"
                "  WHERE q.article_id = a.id AND instr(q.text, ?))",
                (junk, junk, junk),
            ).fetchone()[0]
            assert rows == 0, f"{junk!r} leaked into {rows} stored articles"
