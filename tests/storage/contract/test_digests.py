"""The Storage contract for digest schedules and digests as durable outbox work."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.models import Chat, ChatKind, DigestSettings, SubscriptionKind
from bot.ports import Storage
from tests.conftest import make_article

READER, OTHER = Chat("fake", "1"), Chat("fake", "2")
NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC).timestamp()  # a Monday
HOUR = 3600.0


async def on_digest(store: Storage, chat: Chat, spec: str = "hourly") -> DigestSettings:
    await store.add_subscription(chat, SubscriptionKind.ALL, "", ChatKind.PRIVATE)
    return await store.set_digest(chat, spec, ChatKind.PRIVATE, NOON)


async def test_schedule_and_time_zone_set_the_next_run(store: Storage) -> None:
    assert await store.digest_settings(READER) == DigestSettings(None, "UTC", None)
    settings = await on_digest(store, READER, "daily 08:00")
    assert settings == DigestSettings("daily 08:00", "UTC", NOON + 20 * HOUR)
    berlin = await store.set_timezone(READER, "Europe/Berlin", ChatKind.PRIVATE, NOON)
    assert berlin.due == NOON + 19 * HOUR and await store.digest_settings(READER) == berlin
    off = await store.set_digest(READER, None, ChatKind.PRIVATE, NOON)
    assert off == DigestSettings(None, "Europe/Berlin", None)


async def test_a_chat_on_a_schedule_gets_no_single_posts(store: Storage) -> None:
    await on_digest(store, READER)
    await store.add_subscription(OTHER, SubscriptionKind.ALL, "", ChatKind.PRIVATE)
    first = (await store.add_article(make_article())).article_id
    second = (await store.add_article(make_article())).article_id
    due = await store.due_deliveries("fake", 1e12, limit=10)
    assert {d.chat for d in due} == {OTHER}
    assert await store.take_digests("fake", NOON + HOUR - 1) == 0
    assert await store.take_digests("fake", NOON + HOUR) == 1
    [job] = await store.due_digests("fake", NOON + HOUR, limit=5)
    assert (job.chat, job.article_ids, job.parts_sent) == (READER, (first, second), 0)
    assert await store.take_digests("fake", NOON + HOUR) == 0  # rescheduled, rows taken
    assert (await store.digest_settings(READER)).due == NOON + 2 * HOUR


async def test_parts_are_counted_and_a_sent_digest_is_done(store: Storage) -> None:
    await on_digest(store, READER)
    await store.add_article(make_article())
    await store.take_digests("fake", NOON + HOUR)
    [job] = await store.due_digests("fake", NOON + HOUR, limit=5)
    await store.digest_progress(job.id, 1, done=False)
    [again] = await store.due_digests("fake", NOON + HOUR, limit=5)
    assert again.parts_sent == 1
    await store.digest_retry(job.id, NOON + 2 * HOUR, "network")
    assert await store.due_digests("fake", NOON + HOUR, limit=5) == []
    [later] = await store.due_digests("fake", NOON + 2 * HOUR, limit=5)
    assert (later.parts_sent, later.attempts) == (1, 1)
    await store.digest_progress(job.id, 2, done=True)
    assert await store.due_digests("fake", 1e12, limit=5) == []


async def test_paused_chats_keep_their_articles_for_resume(store: Storage) -> None:
    await on_digest(store, READER)
    article_id = (await store.add_article(make_article())).article_id
    await store.set_paused(READER, True)
    assert await store.take_digests("fake", NOON + HOUR) == 0
    assert await store.take_missed(READER) == [article_id]


async def test_nothing_new_makes_no_digest(store: Storage) -> None:
    await on_digest(store, READER)
    assert await store.take_digests("fake", NOON + HOUR) == 0
    assert await store.due_digests("fake", 1e12, limit=5) == []
