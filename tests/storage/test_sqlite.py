"""What only SQLite does: migrations, atomic batches, hostile search text (see contract/)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.models import Chat, ChatKind, Quote, SubscriptionKind
from bot.query import parse_search
from storage.schema import SCHEMA_VERSION
from storage.sqlite import SqliteStorage
from tests.conftest import make_article


async def test_migrates_an_empty_file_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    store = await SqliteStorage.open(path)
    await store.close()
    store = await SqliteStorage.open(path)  # a second open finds nothing to do
    await store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "quotes", "categories", "subscriptions", "outbox", "articles_fts"} <= tables


async def test_refuses_a_database_from_a_newer_version(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    sqlite3.connect(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(Exception, match="newer than this newsbot"):
        await SqliteStorage.open(path)


async def test_a_failure_mid_article_stores_nothing_of_it(storage: SqliteStorage) -> None:
    broken = make_article("Half an article", quotes=(Quote(None, "X"),))  # type: ignore[arg-type]
    good = make_article("Whole article", quotes=(Quote("Five words make a quote", "Y"),))
    results = await storage.add_articles([broken, good])
    assert isinstance(results[0], Exception)
    assert results[1][1] is True  # type: ignore[index]
    stored = await storage.latest(limit=10)
    assert [a.headline for a in stored] == ["Whole article"]
    assert await storage.search(parse_search("half")) == []
    assert await storage.categories() == [("World", 1)]


@pytest.mark.parametrize(
    "hostile", ['"', "a OR", "NEAR(", "col:word", "*", "-x", "AND AND", "')--", 'a"b"c']
)
async def test_no_reader_text_breaks_the_search(storage: SqliteStorage, hostile: str) -> None:
    await storage.add_article(make_article("Storm", body="a b c word x"))
    try:
        expression = parse_search(hostile)
    except Exception as exc:  # only our own friendly error is allowed
        assert type(exc).__name__ == "BadArgument"
        return
    assert isinstance(await storage.search(expression), list)


async def test_follows_meet_inflected_words_through_their_stems(tmp_path: Path) -> None:
    """SQLite's index stems words, so the follow prefilter files follows under stems too."""
    store = await SqliteStorage.open(tmp_path / "stems.db")
    try:
        for n, phrase in enumerate(["studies", "elections", "hope"]):
            await store.add_subscription(
                Chat("fake", str(n)), SubscriptionKind.FOLLOW, phrase, ChatKind.PRIVATE
            )
        article = make_article(body="One study after the election gave them hoping.")
        assert (await store.add_article(article)).fanned_out == 3
    finally:
        await store.close()
