"""Storage against a real SQLite file: migrations, dedupe, atomicity, search, categories."""

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


async def test_the_same_article_is_stored_once(storage: SqliteStorage) -> None:
    article = make_article("Dam opens", url="https://example.org/dam")
    first = await storage.add_article(article)
    again = await storage.add_article(article)
    relinked = await storage.add_article(make_article("Dam opens", url="https://example.org/dam"))
    assert first[1] is True and again == (first[0], False, 0) and relinked[1] is False
    assert len(await storage.latest(limit=10)) == 1


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


async def test_search_is_newest_first_and_pages(storage: SqliteStorage) -> None:
    for n in range(5):
        await storage.add_article(make_article(f"Harbour story {n}", body="The harbour reopened."))
    await storage.add_article(make_article("Unrelated", body="Nothing here."))
    found = await storage.search(parse_search("harbour"), limit=3)
    assert [a.headline for a in found] == ["Harbour story 4", "Harbour story 3", "Harbour story 2"]
    older = await storage.search(parse_search("harbour"), limit=3, before_id=found[-1].id)
    assert [a.headline for a in older] == ["Harbour story 1", "Harbour story 0"]


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


async def test_quotes_by_category_and_surname(storage: SqliteStorage) -> None:
    await storage.add_article(
        make_article("Old", quotes=(Quote("An older quote from the minister", "Ana Ruiz"),))
    )
    await storage.add_article(
        make_article(
            "New",
            category="Sport",
            quotes=(Quote("We played the best game of the season", "Tom Baker"),),
        )
    )
    by_surname = await storage.quote(speaker="ruiz")
    assert by_surname is not None and by_surname.quote.speaker == "Ana Ruiz"
    in_sport = await storage.quote(category="sport")
    assert in_sport is not None and in_sport.quote.speaker == "Tom Baker"
    assert await storage.quote(speaker="nobody") is None


async def test_subscription_to_a_category_that_appears_later(storage: SqliteStorage) -> None:
    chat = Chat("fake", "1")
    await storage.add_subscription(chat, SubscriptionKind.CATEGORY, "Science", ChatKind.CHANNEL)
    _, _, fanned = await storage.add_article(make_article(category="Science"))
    assert fanned == 1
