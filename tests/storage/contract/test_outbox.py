"""The Storage contract for the outbox: due deliveries, fairness, sent, retried, failed."""

from __future__ import annotations

import time

from bot.models import Chat, ChatKind, SentMark, SubscriptionKind
from bot.ports import Storage
from tests.conftest import make_article

ALL = SubscriptionKind.ALL
LATER = 1e12


async def subscribed(store: Storage, *chat_ids: str) -> list[Chat]:
    chats = [Chat("fake", c) for c in chat_ids]
    for chat in chats:
        await store.add_subscription(chat, ALL, "", ChatKind.PRIVATE)
    return chats


async def test_each_chat_gets_its_oldest_delivery_first(store: Storage) -> None:
    [chat] = await subscribed(store, "1")
    first = (await store.add_article(make_article())).article_id
    await store.add_article(make_article())
    [due] = await store.due_deliveries("fake", LATER, limit=5)
    assert (due.article_id, due.chat, due.attempts) == (first, chat, 0)
    assert await store.due_deliveries("other platform", LATER, limit=5) == []
    assert await store.due_deliveries("fake", LATER, limit=5, exclude=["1"]) == []


async def test_a_backlog_does_not_starve_other_chats(store: Storage) -> None:
    await subscribed(store, "busy")
    for _ in range(5):
        await store.add_article(make_article())
    await subscribed(store, "quiet")
    await store.add_article(make_article())
    seen: set[str] = set()
    for _ in range(2):
        [due] = await store.due_deliveries("fake", LATER, limit=1)
        seen.add(due.chat.chat_id)
    assert seen == {"busy", "quiet"}


async def test_sent_retried_and_failed_deliveries(store: Storage) -> None:
    await subscribed(store, "1", "2", "3")
    await store.add_article(make_article())
    one, two, three = sorted(
        await store.due_deliveries("fake", LATER, limit=5), key=lambda d: d.chat.chat_id
    )
    now = time.time()
    await store.mark_sent([SentMark(one.id, "m1", now)])
    await store.mark_retry(two.id, now + 3600, "slow down")
    await store.mark_failed(three.id, "bad request")
    assert await store.due_deliveries("fake", now, limit=5) == []
    [again] = await store.due_deliveries("fake", now + 7200, limit=5)
    assert (again.id, again.attempts) == (two.id, 1)
    await store.mark_retry(two.id, now, "flood wait", count_attempt=False)
    [again] = await store.due_deliveries("fake", now + 1, limit=5)
    assert again.attempts == 1
    status = await store.status()
    assert status.outbox == {"sent": 1, "pending": 1, "failed": 1}
    assert status.last_delivery is not None and abs(status.last_delivery.timestamp() - now) < 1
