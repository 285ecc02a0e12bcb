"""A full disk (a page limit on a real file): committed chunks stay, the rest goes in one by one."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from bot.errors import DiskFull
from storage.sqlite import SqliteStorage
from tests.conftest import make_article


def _limit_pages(conn: sqlite3.Connection, extra: int) -> int:
    """Let the file grow by only `extra` pages more, as a nearly full disk would."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    return int(conn.execute(f"PRAGMA max_page_count = {pages + extra}").fetchone()[0])


async def test_a_full_disk_keeps_what_fits_and_names_the_rest(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "bot.db"
    store = await SqliteStorage.open(path)
    await store._run(_limit_pages, 60)  # about 240 KB at 4 KB pages
    small = [make_article(f"Small item {n}") for n in range(120)]
    huge = make_article("Huge item", body="word " * 200_000)  # a megabyte: never fits
    batch = [*small[:70], huge, *small[70:]]
    with caplog.at_level(logging.ERROR):
        results = await store.add_articles(batch)
    await store.close()
    failed = [a.headline for a, r in zip(batch, results, strict=True) if isinstance(r, Exception)]
    assert failed == ["Huge item"]
    error = results[70]
    assert isinstance(error, DiskFull) and str(path) in error.message and "full" in error.message
    assert any("is full" in r.getMessage() for r in caplog.records)
    reopened = await SqliteStorage.open(path)
    try:
        assert (await reopened.status()).articles == 120
    finally:
        await reopened.close()


async def test_when_nothing_fits_every_article_says_the_disk_is_full_logged_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "bot.db"
    store = await SqliteStorage.open(path)
    await store.add_article(make_article("Stored before the disk filled"))
    await store._run(_limit_pages, 0)
    try:
        with caplog.at_level(logging.ERROR):
            results = await store.add_articles([make_article(body="x " * 5000) for _ in range(300)])
        assert all(isinstance(r, DiskFull) for r in results)
        assert len([r for r in caplog.records if "is full" in r.getMessage()]) == 1
        assert [a.headline for a in await store.latest()] == ["Stored before the disk filled"]
    finally:
        await store.close()
