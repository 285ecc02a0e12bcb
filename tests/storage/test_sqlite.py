"""What only SQLite does: migrations, atomic batches, hostile search text (see contract/)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.models import Chat, ChatKind, Quote, StoreResult, SubscriptionKind
from bot.query import parse_search
from storage import search
from storage.batches import ChunkSize
from storage.schema import SCHEMA_VERSION
from storage.sqlite import SqliteStorage
from tests.conftest import make_article
from tests.storage.olddb import old_database


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


async def test_a_failure_mid_batch_stores_the_others_whole(storage: SqliteStorage) -> None:
    storage._chunk = ChunkSize(size=400)  # the whole batch in one transaction first
    before = make_article("Before", quotes=(Quote("Words before the break", "Ana Ruiz"),))
    broken = make_article(
        "Broken",
        body="A kestrel flew",
        quotes=(Quote("Fine words", "B"), Quote(None, "X")),  # type: ignore[arg-type]
    )
    after = make_article("After", category="Sport", quotes=(Quote("Words after it", "C"),))
    again = make_article("Before again", identity=before.identity)
    results = await storage.add_articles([before, broken, after, again])
    assert isinstance(results[1], Exception)
    ok = [r for r in results if isinstance(r, StoreResult)]
    assert [r.new for r in ok] == [True, True, False] and ok[2].article_id == ok[0].article_id
    assert [a.headline for a in await storage.latest(limit=10)] == ["After", "Before"]
    assert await storage.search(parse_search("kestrel")) == []
    assert await storage.categories() == [("Sport", 1), ("World", 1)]
    conn = sqlite3.connect(storage.path)
    tables = ("articles", "bodies", "quotes", "articles_fts_docsize")
    assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables] == [2] * 4
    conn.close()


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


async def test_phrase_matching_in_memory_agrees_with_the_search_index(tmp_path: Path) -> None:
    """Follows are tested against the article's terms in Python: the answers are the index's."""
    store = await SqliteStorage.open(tmp_path / "news.db")
    article = make_article(
        "Flooding closes the Café Royal",
        body="Rivers rose overnight.\n\nThe studies were published on Monday",
        quotes=(Quote("Nobody expected the water", "Ana Ruiz"),),
    )
    stored = await store.add_article(article)
    await store.close()
    phrases = [
        "cafe royal",
        "café royal",
        "royal rivers",
        "rivers rose",
        "study was published",
        "studies were",
        "published on monday",
        "monday nobody",
        "water",
        "expected the water",
        "the water expected",
        "rose rose",
        "closes the cafe royal rivers",
    ]
    conn = sqlite3.connect(tmp_path / "news.db")
    columns = search.tokenised(conn, search.index_columns(article))
    found = search.phrases_in(columns, [(p, search.follow_terms(conn, p)) for p in phrases])
    assert found == [p for p in phrases if search.mentions(conn, stored.article_id, p)]
    assert "rivers rose" in found and "royal rivers" not in found  # never across columns
    assert "study was published" not in found and "studies were" in found


async def test_a_batch_meets_each_follow_as_its_articles_do_alone(tmp_path: Path) -> None:
    """The batch goes through the tokenizer at once: each article still meets only its own."""
    articles = [
        make_article("Flooding", body="The river rose overnight."),
        make_article("Research", body="Two studies agree.", quotes=(Quote("Clean water", "A"),)),
        make_article("Café Royal reopens", body="Rivers rose again."),
        make_article("Quiet", body="Nothing to report from the cafe."),
    ]
    fanned: list[list[int]] = []
    for name, chunk in (("batch.db", 400), ("alone.db", 1)):
        store = await SqliteStorage.open(tmp_path / name)
        store._chunk = ChunkSize(size=chunk)
        for n, phrase in enumerate(["river rose", "study", "water", "royal cafe", "cafe"]):
            await store.add_subscription(
                Chat("fake", str(n)), SubscriptionKind.FOLLOW, phrase, ChatKind.PRIVATE
            )
        results = await store.add_articles(articles)
        fanned.append([r.fanned_out for r in results if isinstance(r, StoreResult)])
        await store.close()
    assert fanned[0] == fanned[1] == [1, 2, 2, 1]  # "rivers rose" and "café" meet two


async def test_follows_from_before_their_terms_were_stored_still_match(tmp_path: Path) -> None:
    """Opening a version-8 database files its follows' terms, so old phrases keep matching."""
    path = tmp_path / "old.db"
    old_database(path, 8)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO chats(id, platform, chat_id, kind, created) VALUES (1, 'fake', '1',"
            " 'private', 0)"
        )
        conn.execute(
            "INSERT INTO subscriptions(chat_ref, kind, value, created) VALUES"
            " (1, 'follow', 'water levels', 0)"
        )
    conn.close()
    store = await SqliteStorage.open(path)
    try:
        missed = make_article(body="The levels of water stayed low.")
        assert (await store.add_article(missed)).fanned_out == 0
        article = make_article(body="Water levels rose overnight.")
        assert (await store.add_article(article)).fanned_out == 1
    finally:
        await store.close()
