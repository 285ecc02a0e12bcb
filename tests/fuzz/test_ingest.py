"""Any bytes through the whole ingest: stored whole, or failed with nothing stored."""

from __future__ import annotations

import asyncio
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bot.errors import NewsbotError
from bot.ingest import Ingestor
from bot.parsing.sources import parse_document
from bot.settings import Settings
from storage.sqlite import SqliteStorage
from tests.fuzz.conftest import FUZZ
from tests.fuzz.test_parsers import feeds, seed_texts

ARTICLE = "World\nBridge reopens after repairs\n\nThe bridge reopened on Monday, officials said. "
articles = seed_texts.map(lambda body: (ARTICLE + body).encode("utf-8", "surrogatepass"))
documents = st.one_of(st.binary(), seed_texts.map(str.encode), feeds, articles)


def test_ingest_stores_whole_articles_or_nothing(tmp_path: Path) -> None:
    settings = Settings(db=tmp_path / "fuzz.db", _env_file=None)  # type: ignore[call-arg]
    with asyncio.Runner() as runner:
        storage = runner.run(SqliteStorage.open(settings.db))
        ingestor = Ingestor(storage, settings)
        counter = iter(range(10**9))

        @given(documents)
        @FUZZ
        def check(data: bytes) -> None:
            path = tmp_path / f"item{next(counter)}.txt"
            path.write_bytes(data)
            before = runner.run(storage.status()).articles
            report = runner.run(ingestor.ingest([str(path)]))
            after = runner.run(storage.status()).articles
            assert after - before == report.count("new")
            new.extend(r.article_id for r in report.results if r.status == "new")
            try:
                drafts = parse_document(data, origin=str(path))
            except NewsbotError:
                assert report.count("failed") == 1 and after == before
                return
            for result in report.results:
                if result.status == "new":
                    stored = runner.run(storage.get_article(result.article_id or 0))
                    assert stored is not None
                    assert stored.paragraphs in [d.paragraphs for d in drafts]

        new: list[int | None] = []
        try:
            check()
            assert new  # some documents were whole articles and were stored
        finally:
            runner.run(storage.close())
