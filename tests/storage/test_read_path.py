"""SQLite's read path: posts never read bodies, old rows still make posts, reads never queue."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

import pytest

from bot.extraction.keyquotes import key_quotes
from bot.models import Post, Quote, with_key_quotes
from bot.query import parse_search
from storage.sqlite import SqliteStorage
from tests.conftest import make_article
from tests.storage.olddb import old_database

PARA = "Holt said the crossing would take traffic “off the old ferry road for good.”"


def _deny_bodies_and_quotes(conn: sqlite3.Connection) -> None:
    def check(action: int, table: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_READ and table in ("bodies", "quotes"):
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    conn.set_authorizer(check)


async def test_list_reads_never_touch_bodies_or_quotes(tmp_path: Path) -> None:
    article = with_key_quotes(
        make_article(
            "Ferry crossing",
            body=PARA,
            quotes=(Quote("off the old ferry road for good.", "Mia Holt"),),
        )
    )
    store = await SqliteStorage.open(tmp_path / "bot.db")
    try:
        stored = await store.add_article(article)
        await store._run(_deny_bodies_and_quotes)
        [newest] = await store.latest(limit=1)
        [found] = await store.search(parse_search("ferry"))
        [listed] = await store.get_articles([stored.article_id])
        assert newest.key_quotes == found.key_quotes == listed.key_quotes == article.key_quotes
        assert Post.from_article(newest).quotes == key_quotes(article)
        with pytest.raises(sqlite3.DatabaseError):  # the guard works: a whole article is denied
            await store.get_article(stored.article_id)
    finally:
        await store.close()


async def test_rows_from_before_key_quotes_were_stored_still_make_posts(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old_database(path, 3)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO categories(id, name, articles) VALUES (1, 'World', 1)")
        conn.execute(
            "INSERT INTO articles(id, identity, category_id, headline, summary, body, created)"
            " VALUES (1, 'old:1', 1, 'Ferry', 'A crossing opens.', ?, 0)",
            (PARA,),
        )
        conn.execute(
            "INSERT INTO quotes(article_id, category_id, rank, text, speaker)"
            " VALUES (1, 1, 0, 'off the old ferry road for good.', 'Mia Holt')"
        )
    conn.close()
    store = await SqliteStorage.open(path, reader=True)
    try:
        whole = await store.get_article(1)
        [newest] = await store.latest(limit=1)
    finally:
        await store.close()
    assert whole is not None and whole.paragraphs == (PARA,) and whole.key_quotes is None
    shown = Post.from_article(newest).quotes
    assert shown == key_quotes(whole) and [q.text for q in shown] == [
        "…off the old ferry road for good."
    ]


async def _latest_during_a_long_write(path: Path, reader: bool) -> float:
    store = await SqliteStorage.open(path, reader=reader)
    try:
        await store.add_article(make_article("Ferry"))
        writing = asyncio.ensure_future(store._write(lambda conn: time.sleep(1.0)))
        await asyncio.sleep(0.1)
        started = time.perf_counter()
        assert [a.headline for a in await store.latest(limit=1)] == ["Ferry"]
        waited = time.perf_counter() - started
        await writing
        return waited
    finally:
        await store.close()


async def test_reads_do_not_queue_behind_a_long_write(tmp_path: Path) -> None:
    assert await _latest_during_a_long_write(tmp_path / "bot.db", reader=True) < 0.5
    assert await _latest_during_a_long_write(tmp_path / "one.db", reader=False) > 0.7


async def test_reads_after_a_write_see_it_on_the_reader(tmp_path: Path) -> None:
    store = await SqliteStorage.open(tmp_path / "bot.db", reader=True)
    try:
        for n in range(3):
            await store.add_article(make_article(f"Story {n}"))
            assert (await store.latest(limit=1))[0].headline == f"Story {n}"
    finally:
        await store.close()
