"""On PostgreSQL, a process that answers and delivers (`--role all`) paces its replies on the
token's shared limit too, and its deliveries take one slot each, not two."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.delivery.ratelimit import SharedPacer
from bot.models import Chat, ChatKind, SubscriptionKind
from bot.settings import Settings
from entrypoints.bootstrap import run_bot
from entrypoints.roles import token_hash
from storage.postgres import PostgresStorage
from tests.postgres import fresh_schema
from tests.telegram.conftest import article, make_settings
from tests.telegram.fake_api import FakeTelegram

READER = 6001


@contextlib.asynccontextmanager
async def running(settings: Settings, fake: FakeTelegram) -> AsyncIterator[None]:
    """`newsbot run --role all` in this event loop, until the block ends."""
    switch = sys.getswitchinterval()
    stop = asyncio.Event()
    task = asyncio.create_task(run_bot(settings, stop, role="all"))
    try:
        await fake.wait_for(lambda: any(m == "getUpdates" for m, _ in fake.requests), 20)
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)
        sys.setswitchinterval(switch)


@pytest.fixture
async def url(postgres_url: str) -> str:
    return await fresh_schema(postgres_url)


@pytest.fixture
async def store(url: str) -> AsyncIterator[PostgresStorage]:
    opened = await PostgresStorage.open(url)
    yield opened
    await opened.close()


@pytest.fixture
def settings(fake: FakeTelegram, url: str, tmp_path: Path) -> Settings:
    return make_settings(fake, tmp_path, database_url=SecretStr(url), telegram_rate=20.0)


async def test_a_reply_waits_for_slots_another_process_took(
    fake: FakeTelegram, store: PostgresStorage, settings: Settings
) -> None:
    async with running(settings, fake):
        # another process with this token has reserved the next 1.5 s of sending
        taken = await store.reserve_slot("telegram", token_hash(settings, "telegram"), 1.5, 1)
        reply = await fake.ask(fake.private(READER), "/help", timeout=10)
        answered = time.time()
    assert "What I can do" in reply.shown
    # the reply may not leave before the other process's 1.5 s are over; measured from the
    # database's own time of the reservation, so a busy event loop cannot shorten the wait
    assert answered >= taken + 1.5 - 0.02


async def test_a_delivery_takes_one_slot_and_a_reply_one(
    fake: FakeTelegram, store: PostgresStorage, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    slots: list[float] = []
    acquire = SharedPacer.acquire

    async def counted(pacer: SharedPacer) -> None:
        await acquire(pacer)
        slots.append(time.monotonic())

    monkeypatch.setattr(SharedPacer, "acquire", counted)
    reader = Chat("telegram", str(READER))
    await store.add_subscription(reader, SubscriptionKind.ALL, "", ChatKind.PRIVATE)
    async with running(settings, fake):
        await fake.ask(fake.private(READER), "/help", timeout=10)
        await store.add_article(article("harbour-1"))
        await fake.wait_for(lambda: len(fake.sent_to(READER)) == 2, 10)
        await asyncio.sleep(0.2)  # a second slot for the delivery would be taken by now
    assert len(slots) == 2
