"""The delivery worker against an in-memory messenger: no loss, no duplicates, limits held."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

from bot.delivery.ratelimit import Limits
from bot.delivery.worker import DeliveryWorker, backoff
from bot.models import Chat, ChatKind, SubscriptionKind
from bot.outcomes import Gone, Migrated, Permanent, RetryAfter, Transient
from bot.services import NewsService
from bot.settings import Settings
from tests.conftest import make_article
from tests.fakes import FakeMessenger


def fast(settings: Settings, **changes: object) -> Settings:
    values = {"console_rate": 200.0, "delivery_poll_interval": 0.05, "delivery_backoff": 0.05}
    values.update(changes)
    return settings.model_copy(update=values)


async def subscribe_chats(
    service: NewsService, count: int, kind: ChatKind = ChatKind.PRIVATE
) -> None:
    for n in range(count):
        await service.storage.add_subscription(Chat("fake", str(n)), SubscriptionKind.ALL, "", kind)


async def queued(
    service: NewsService, *, chats: int, articles: int, kind: ChatKind = ChatKind.PRIVATE
) -> None:
    """`chats` chats subscribed to everything, then `articles` new articles for them."""
    await subscribe_chats(service, chats, kind)
    for _ in range(articles):
        await service.ingest(make_article())


async def run_until_sent(worker: DeliveryWorker, messenger: FakeMessenger, want: int, limit=20.0):
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop))
    deadline = time.monotonic() + limit
    while len(messenger.sent) < want and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    stop.set()
    await task


async def test_every_article_reaches_every_chat_once_within_the_limits(
    service: NewsService, settings: Settings
) -> None:
    await queued(service, chats=20, articles=5)
    messenger = FakeMessenger()
    cfg = fast(settings, console_rate=40.0)
    worker = DeliveryWorker(service.storage, messenger, cfg)
    await run_until_sent(worker, messenger, 100)
    counts = Counter(messenger.deliveries())
    assert len(counts) == 100 and set(counts.values()) == {1}
    assert messenger.max_in_window(1.0) <= 40
    for chat in range(20):
        assert messenger.max_in_window(1.0, str(chat)) <= int(cfg.console_rate)


async def test_per_chat_and_group_limits_are_smooth(
    service: NewsService, settings: Settings
) -> None:
    await queued(service, chats=1, articles=4, kind=ChatKind.GROUP)
    messenger = FakeMessenger()
    limits = Limits(overall=100.0, per_chat=10.0, per_group=5.0)
    worker = DeliveryWorker(service.storage, messenger, fast(settings), limits)
    start = time.monotonic()
    await run_until_sent(worker, messenger, 4)
    # 5/s for a group = one every 0.2 s: four sends take at least 0.6 s
    assert time.monotonic() - start >= 0.6
    gaps = [b.at - a.at for a, b in zip(messenger.sent, messenger.sent[1:], strict=False)]
    assert min(gaps) >= 0.19


async def test_rate_limited_chat_is_retried_exactly_as_asked_and_delivered_once(
    service: NewsService, settings: Settings
) -> None:
    await queued(service, chats=3, articles=1)
    messenger = FakeMessenger()
    messenger.fail("1", RetryAfter(0.5))
    worker = DeliveryWorker(service.storage, messenger, fast(settings))
    await run_until_sent(worker, messenger, 3)
    assert sorted(messenger.deliveries()) == [("0", 1), ("1", 1), ("2", 1)]
    first, second = [r.at for r in messenger.attempts if r.chat_id == "1"]
    assert 0.5 <= second - first < 1.5


async def test_absurd_retry_after_does_not_freeze_other_chats(
    service: NewsService, settings: Settings
) -> None:
    await queued(service, chats=3, articles=2)
    messenger = FakeMessenger()
    messenger.fail("0", RetryAfter(3 * 3600))
    worker = DeliveryWorker(service.storage, messenger, fast(settings))
    await run_until_sent(worker, messenger, 4, limit=5)
    assert sorted(c for c, _ in messenger.deliveries()) == ["1", "1", "2", "2"]
    assert (await service.status()).outbox == {"pending": 2, "sent": 4}


async def test_gone_chat_is_deactivated_while_others_still_receive(
    service: NewsService, settings: Settings
) -> None:
    await queued(service, chats=3, articles=2)
    messenger = FakeMessenger()
    messenger.fail("2", Gone("bot was blocked by the user"))
    worker = DeliveryWorker(service.storage, messenger, fast(settings))
    await run_until_sent(worker, messenger, 4)
    assert sorted(c for c, _ in messenger.deliveries()) == ["0", "0", "1", "1"]
    subs = await service.subscriptions(Chat("fake", "2"))
    assert [(s.active, s.reason) for s in subs] == [(False, "bot was blocked by the user")]
    assert (await service.status()).outbox.get("pending", 0) == 0


async def test_migrated_chat_gets_the_article_at_its_new_id(
    service: NewsService, settings: Settings
) -> None:
    await queued(service, chats=1, articles=1, kind=ChatKind.GROUP)
    messenger = FakeMessenger()
    messenger.fail("0", Migrated("-100999"))
    worker = DeliveryWorker(service.storage, messenger, fast(settings))
    await run_until_sent(worker, messenger, 1)
    assert messenger.deliveries() == [("-100999", 1)]
    assert [s.describe() for s in await service.subscriptions(Chat("fake", "-100999"))] == [
        "everything"
    ]
    assert await service.subscriptions(Chat("fake", "0")) == []


async def test_transient_errors_back_off_then_give_up_with_the_reason(
    service: NewsService, settings: Settings
) -> None:
    await queued(service, chats=2, articles=1)
    messenger = FakeMessenger()
    messenger.fail("0", *[Transient("502 Bad Gateway")] * 10)
    messenger.fail("1", Transient("timeout"), Permanent("400 Bad Request: text is empty"))
    cfg = fast(settings, delivery_max_attempts=3)
    worker = DeliveryWorker(service.storage, messenger, cfg)
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop))
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and (await service.status()).outbox.get("pending"):
        await asyncio.sleep(0.05)
    stop.set()
    await task
    assert (await service.status()).outbox == {"failed": 2}
    assert len([r for r in messenger.attempts if r.chat_id == "0"]) == 3
    assert messenger.sent == []


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    samples = [backoff(n, 5.0, 60.0) for n in range(1, 10)]
    assert 2.5 <= samples[0] < 7.5
    assert all(s < 90.0 for s in samples)
    assert backoff(8, 5.0, 60.0) >= 30.0


async def test_drain_waits_for_deliveries_held_only_by_pacing(
    service: NewsService, settings: Settings
) -> None:
    await queued(service, chats=1, articles=3)
    messenger = FakeMessenger()
    limits = Limits(overall=100.0, per_chat=20.0, per_group=20.0)
    worker = DeliveryWorker(service.storage, messenger, fast(settings), limits)
    await worker.drain(timeout=5)
    assert [a for _, a in messenger.deliveries()] == [1, 2, 3]


async def test_a_chat_with_a_long_backlog_does_not_starve_the_others(
    service: NewsService, settings: Settings
) -> None:
    backlog = Chat("fake", "channel")
    await service.storage.add_subscription(backlog, SubscriptionKind.ALL, "", ChatKind.CHANNEL)
    for _ in range(300):
        await service.ingest(make_article())
    latecomer = Chat("fake", "reader")
    await service.storage.add_subscription(latecomer, SubscriptionKind.ALL, "", ChatKind.PRIVATE)
    await service.ingest(make_article())
    messenger = FakeMessenger()
    limits = Limits(overall=100.0, per_chat=100.0, per_group=2.0)  # the channel is slow
    cfg = fast(settings, delivery_concurrency=2)  # small batches: the backlog outnumbers them
    worker = DeliveryWorker(service.storage, messenger, cfg, limits)
    await run_until_sent(worker, messenger, 3, limit=5)
    assert ("reader", 301) in messenger.deliveries()
    assert len([c for c, _ in messenger.deliveries() if c == "channel"]) <= 3


async def test_a_paced_chat_is_served_at_its_own_rate_not_the_poll_interval(
    service: NewsService, settings: Settings
) -> None:
    await queued(service, chats=1, articles=4)
    messenger = FakeMessenger()
    limits = Limits(overall=100.0, per_chat=10.0, per_group=10.0)
    cfg = fast(settings, delivery_poll_interval=2.0)
    worker = DeliveryWorker(service.storage, messenger, cfg, limits)
    start = time.monotonic()
    await run_until_sent(worker, messenger, 4, limit=10)
    assert len(messenger.sent) == 4
    assert time.monotonic() - start < 1.5  # 4 sends 0.1 s apart, not one per 2 s poll


class SlowClaims:
    """A storage whose claims take a database round trip under load."""

    def __init__(self, storage: object, delay: float) -> None:
        self.storage, self.delay, self.claims = storage, delay, 0

    def __getattr__(self, name: str) -> object:
        return getattr(self.storage, name)

    async def due_deliveries(self, *args: object, **kwargs: object) -> object:
        self.claims += 1
        await asyncio.sleep(self.delay)
        return await self.storage.due_deliveries(*args, **kwargs)  # type: ignore[attr-defined]


async def test_the_next_claim_overlaps_the_sends_so_slow_claims_leave_no_gaps(
    service: NewsService, settings: Settings
) -> None:
    await queued(service, chats=80, articles=1)
    messenger = FakeMessenger()
    storage = SlowClaims(service.storage, delay=0.08)
    limits = Limits(overall=100.0, per_chat=10.0, per_group=10.0)
    worker = DeliveryWorker(storage, messenger, fast(settings), limits, claim_size=20)  # type: ignore[arg-type]
    await run_until_sent(worker, messenger, 80)
    assert sorted(messenger.deliveries()) == sorted((str(n), 1) for n in range(80))
    took = messenger.sent[-1].at - messenger.sent[0].at
    # 80 sends at 100/s span 0.79 s; waiting for each of the 4 claims in turn adds 0.2 s
    assert storage.claims >= 4 and took < 0.9
