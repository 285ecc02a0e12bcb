"""What only PostgreSQL does: claims shared by processes, leases, the shared rate limit."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from bot.errors import StorageError
from bot.models import Chat, ChatKind, SentMark, SubscriptionKind
from bot.query import parse_search
from storage.postgres import PostgresStorage, redacted
from tests.conftest import make_article
from tests.postgres import fresh_schema

LATER = 1e12


@pytest.fixture
async def pair(postgres_url: str) -> AsyncIterator[tuple[PostgresStorage, PostgresStorage]]:
    """Two storages on one database, as two worker processes would have."""
    url = await fresh_schema(postgres_url)
    one = await PostgresStorage.open(url, lease=0.5)
    two = await PostgresStorage.open(url, lease=0.5)
    yield one, two
    await one.close()
    await two.close()


async def fill(store: PostgresStorage, chats: int, articles: int) -> None:
    for n in range(chats):
        await store.add_subscription(
            Chat("fake", str(n)), SubscriptionKind.ALL, "", ChatKind.PRIVATE
        )
    for _ in range(articles):
        await store.add_article(make_article())


async def test_two_workers_never_claim_one_chat(
    pair: tuple[PostgresStorage, PostgresStorage],
) -> None:
    one, two = pair
    await fill(one, 20, 3)
    first, second = await asyncio.gather(
        one.due_deliveries("fake", LATER, 15), two.due_deliveries("fake", LATER, 15)
    )
    chats = [d.chat.chat_id for d in first + second]
    assert len(chats) == 20 and len(set(chats)) == 20


async def test_a_dead_workers_claims_return_and_its_late_marks_are_refused(
    pair: tuple[PostgresStorage, PostgresStorage],
) -> None:
    one, two = pair
    await fill(one, 1, 1)
    [claimed] = await one.due_deliveries("fake", LATER, 5)
    assert await two.due_deliveries("fake", LATER, 5) == []
    await asyncio.sleep(0.6)  # the lease runs out: `one` is as good as dead
    [again] = await two.due_deliveries("fake", LATER, 5)
    assert again.id == claimed.id
    await one.mark_sent([SentMark(claimed.id, "late", time.time())])
    assert (await two.status()).outbox == {"pending": 1}
    await two.mark_sent([SentMark(again.id, "m1", time.time())])
    assert (await two.status()).outbox == {"sent": 1}


async def test_a_chat_waits_its_interval_across_workers(postgres_url: str) -> None:
    url = await fresh_schema(postgres_url)
    one = await PostgresStorage.open(url, lanes={"fake": (0.4, 0.4)})
    two = await PostgresStorage.open(url, lanes={"fake": (0.4, 0.4)})
    try:
        await fill(one, 1, 2)
        [first] = await one.due_deliveries("fake", LATER, 5)
        await one.mark_sent([SentMark(first.id, "m1", time.time())])
        assert await two.due_deliveries("fake", LATER, 5) == []
        await asyncio.sleep(0.45)
        assert len(await two.due_deliveries("fake", LATER, 5)) == 1
    finally:
        await one.close()
        await two.close()


async def test_the_shared_rate_limit_spaces_every_processes_slots(
    pair: tuple[PostgresStorage, PostgresStorage],
) -> None:
    one, two = pair
    slots = await asyncio.gather(
        *(store.reserve_slot("fake", "token", 0.01) for store in (one, two) * 10)
    )
    gaps = [b - a for a, b in zip(sorted(slots), sorted(slots)[1:], strict=False)]
    assert min(gaps) == pytest.approx(0.01, abs=1e-6)


async def test_workers_and_their_claims_show_in_status(
    pair: tuple[PostgresStorage, PostgresStorage],
) -> None:
    one, two = pair
    await one.register("delivery")
    await fill(one, 3, 1)
    await one.due_deliveries("fake", LATER, 2)
    [worker] = (await two.status()).workers
    assert (worker.role, worker.claims) == ("delivery", 2)


async def test_a_feed_is_fetched_by_one_poller_at_a_time(
    pair: tuple[PostgresStorage, PostgresStorage],
) -> None:
    one, two = pair
    assert await one.claim_feed("https://example.org/feed", 60)
    assert not await two.claim_feed("https://example.org/feed", 60)
    assert await one.claim_feed("https://example.org/feed", 60)


async def test_a_bad_url_is_a_clear_error_without_the_password() -> None:
    url = "postgresql://newsbot:hunter2@127.0.0.1:1/nowhere"
    with pytest.raises(StorageError) as caught:
        await PostgresStorage.open(url)
    assert "hunter2" not in str(caught.value) and "***" in str(caught.value)
    assert redacted(url) == "postgresql://newsbot:***@127.0.0.1:1/nowhere"


async def test_search_finds_rare_words_beyond_the_newest_articles(postgres_url: str) -> None:
    store = await PostgresStorage.open(await fresh_schema(postgres_url))
    try:
        oldest = await store.add_article(make_article(body="The Zürich harbour froze."))
        for n in range(250):
            await store.add_article(make_article(body=f"Common news {n} about the harbour."))
        [found] = await store.search(parse_search("zurich"), limit=5)
        assert found.id == oldest.article_id
        common = await store.search(parse_search("harbour"), limit=3)
        assert [a.id for a in common] == sorted((a.id or 0 for a in common), reverse=True)
        assert common[0].id == oldest.article_id + 250
        newest = await store.add_article(make_article(body="Zurich thawed."))
        both = await store.search(parse_search("zurich"), limit=5)
        assert [a.id for a in both] == [newest.article_id, oldest.article_id]
        older = await store.search(parse_search("zurich"), limit=5, before_id=newest.article_id)
        assert [a.id for a in older] == [oldest.article_id]
    finally:
        await store.close()


async def test_words_outside_the_statistics_are_searched_in_the_index_alone(
    postgres_url: str,
) -> None:
    """Once the table has statistics, a word not among its most common goes straight to the
    search index; the answers are the same as by the newest articles first."""
    import asyncpg

    from storage.postgres.search import CommonWords

    url = await fresh_schema(postgres_url)
    store = await PostgresStorage.open(url)
    try:
        oldest = await store.add_article(make_article(body="The Zürich harbour froze."))
        for n in range(250):
            await store.add_article(make_article(body=f"Common news {n} about the harbour."))
        newest = await store.add_article(make_article(body="Zurich thawed."))
        conn = await asyncpg.connect(url)
        try:
            # a small table: keep only its ten most common words, as a large one keeps 1,000
            await conn.execute("ALTER TABLE articles ALTER COLUMN words SET STATISTICS 1")
            await conn.execute("ANALYZE articles")
            words = await CommonWords().get(conn)
        finally:
            await conn.close()
        assert words is not None and "harbour" in words and "zurich" not in words
        found = await store.search(parse_search("zurich"), limit=5)
        assert [a.id for a in found] == [newest.article_id, oldest.article_id]
        older = await store.search(parse_search("zurich"), limit=5, before_id=newest.article_id)
        assert [a.id for a in older] == [oldest.article_id]
        [pair] = await store.search(parse_search("zurich harbour"), limit=5)
        assert pair.id == oldest.article_id
        common = await store.search(parse_search("harbour"), limit=3)
        assert [a.id for a in common] == [newest.article_id - n for n in (1, 2, 3)]
    finally:
        await store.close()


async def test_one_digest_goes_to_one_worker_until_its_lease_runs_out(
    pair: tuple[PostgresStorage, PostgresStorage],
) -> None:
    one, two = pair
    reader = Chat("fake", "reader")
    await one.add_subscription(reader, SubscriptionKind.ALL, "", ChatKind.PRIVATE)
    await one.set_digest(reader, "hourly", ChatKind.PRIVATE, 0.0)
    await one.add_article(make_article())
    now = time.time()
    assert await one.take_digests("fake", now) == 1
    [job] = await one.due_digests("fake", now, 5)
    assert await two.due_digests("fake", now, 5) == []
    assert [j.id for j in await one.due_digests("fake", now, 5)] == [job.id]
    await asyncio.sleep(0.6)  # the lease runs out: `one` is as good as dead
    [taken] = await two.due_digests("fake", now, 5)
    assert taken.id == job.id and await one.due_digests("fake", now, 5) == []
