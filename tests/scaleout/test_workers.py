"""Three delivery processes and a poller share one outbox on a real PostgreSQL; one is killed."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.models import Chat, ChatKind, SubscriptionKind
from storage.postgres import PostgresStorage
from tests.postgres import fresh_schema
from tests.scaleout.cluster import Cluster, Tally, worst_window, write_articles
from tests.telegram.fake_api import FakeTelegram

CHATS = [5_000 + n for n in range(200)]
ARTICLES = 50
RATE = 200
CHAT_RATE = 10

pytestmark = pytest.mark.slow


async def until(check: Callable[[], bool], timeout: float, what: str, cluster: Cluster) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}\n{cluster.logs()}")
        await asyncio.sleep(0.2)


def every_article_arrived(fake: FakeTelegram) -> bool:
    """Cheap until the count is there (a slow check would stall the fake and bunch its sends)."""
    if len(fake.messages) < len(CHATS) * ARTICLES:
        return False
    return Tally.of(fake, ARTICLES).missing(CHATS, ARTICLES) == 0


async def subscribe_everyone(url: str) -> None:
    store = await PostgresStorage.open(url)
    try:
        for chat in CHATS:
            await store.add_subscription(
                Chat("telegram", str(chat)), SubscriptionKind.ALL, "", ChatKind.PRIVATE
            )
    finally:
        await store.close()


def drop_articles(inbox: Path, staging: Path) -> None:
    """Write the articles aside, then move them in, so the inbox never sees half a file."""
    write_articles(staging, ARTICLES)
    for path in sorted(staging.iterdir()):
        path.rename(inbox / path.name)


async def test_workers_share_the_outbox_and_survive_a_kill(
    postgres_url: str, tmp_path: Path
) -> None:
    fake = await FakeTelegram().start()
    for chat in CHATS:
        fake.private(chat)
    url = await fresh_schema(postgres_url)
    await subscribe_everyone(url)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    limits = {
        "NEWSBOT_TELEGRAM_RATE": str(RATE),
        "NEWSBOT_TELEGRAM_CHAT_RATE": str(CHAT_RATE),
        "NEWSBOT_DELIVERY_LEASE": "3",
        "NEWSBOT_DELIVERY_CONCURRENCY": "16",
    }
    cluster = Cluster(url, fake, tmp_path, extra=limits)
    total = len(CHATS) * ARTICLES
    gc.disable()  # the fake stamps arrivals; a long collection here would bunch them up
    try:
        doomed = cluster.start("delivery")
        cluster.start("delivery")
        cluster.start("delivery")
        cluster.start("poller", NEWSBOT_INBOX=str(inbox), NEWSBOT_INBOX_INTERVAL="0.2")
        drop_articles(inbox, tmp_path / "staging")
        await until(lambda: len(fake.messages) >= total // 3, 60, "a third of the sends", cluster)
        os.kill(doomed.pid, signal.SIGKILL)
        cluster.start("delivery")
        await until(lambda: every_article_arrived(fake), 90, "every article everywhere", cluster)
    finally:
        gc.enable()
        await cluster.stop()
        await fake.close()

    tally = Tally.of(fake, ARTICLES)
    duplicates = tally.duplicates()
    span = max(tally.all_times) - min(tally.all_times)
    print(
        f"sends {len(fake.messages)} in {span:.1f} s, duplicates {sum(duplicates.values())},"
        f" worst second {worst_window(tally.all_times)} (limit {RATE}),"
        f" worst chat second {max(worst_window(t) for t in tally.times.values())}"
    )
    assert tally.missing(CHATS, ARTICLES) == 0
    assert max(duplicates.values()) <= 1
    assert worst_window(tally.all_times) <= RATE
    assert all(worst_window(t) <= CHAT_RATE for t in tally.times.values())
    assert not fake.errors
