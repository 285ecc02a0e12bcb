"""The digest sender over real SQLite: one digest instead of posts, in parts, crash-safe."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import pytest

from bot.delivery.digests import DigestSender
from bot.delivery.worker import DeliveryWorker
from bot.models import Chat
from bot.outcomes import Gone, Outcome, Transient
from bot.services import NewsService
from bot.settings import Settings
from storage.sqlite import SqliteStorage
from tests.conftest import make_article
from tests.fakes import FakeMessenger

READER = Chat("fake", "7")
LATER = time.time() + 8 * 86400  # after any schedule is due
LATER_STILL = LATER + 86400


async def on_schedule(service: NewsService, spec: str = "hourly", stories: int = 5) -> None:
    await service.subscribe(READER, "all")
    await service.digest(READER, spec)
    for i in range(stories):
        await service.ingest(make_article(f"Story {i + 1}"))


async def test_a_scheduled_chat_gets_one_digest_in_parts_not_single_posts(
    service: NewsService, settings: Settings
) -> None:
    await on_schedule(service)
    messenger = FakeMessenger()
    await DeliveryWorker(service.storage, messenger, settings).drain()
    assert messenger.sent == []  # no post per article
    sender = DigestSender(service.storage, messenger, settings)
    assert await sender.step(now=LATER) == 1
    parts = [text for chat, text in messenger.texts if chat == READER.chat_id]
    assert parts == ["Story 5\nStory 4", "Story 3\nStory 2", "Story 1"]
    assert await sender.step(now=LATER) == 0  # sent once
    assert len(messenger.texts) == 3


class Crash(BaseException):
    """The process dying in the middle of a send."""


@dataclass
class TroubleOnPart(FakeMessenger):
    """The n-th part sent (counting from 1) fails with `trouble`, or raises it."""

    part: int = 2
    trouble: Outcome | BaseException = field(default_factory=lambda: Transient("network down"))
    calls: list[str] = field(default_factory=list)

    async def send_text(self, chat_id: str, text: str, thread: str | None = None) -> Outcome:
        self.calls.append(text)
        if len(self.calls) == self.part:
            if isinstance(self.trouble, BaseException):
                raise self.trouble
            return self.trouble
        return await super().send_text(chat_id, text)


async def test_a_failed_part_is_retried_without_repeating_the_parts_sent(
    service: NewsService, settings: Settings
) -> None:
    await on_schedule(service)
    messenger = TroubleOnPart()
    sender = DigestSender(service.storage, messenger, settings)
    assert await sender.step(now=LATER) == 0
    assert [t for _, t in messenger.texts] == ["Story 5\nStory 4"]
    [waiting] = await service.storage.due_digests("fake", LATER_STILL, 5)
    assert (waiting.parts_sent, waiting.attempts) == (1, 1)
    assert await sender.step(now=LATER_STILL) == 1
    assert [t for _, t in messenger.texts] == ["Story 5\nStory 4", "Story 3\nStory 2", "Story 1"]


async def test_a_crash_mid_digest_loses_nothing_and_repeats_no_part_sent(
    settings: Settings,
) -> None:
    first = await SqliteStorage.open(settings.db)
    service = NewsService(first)
    await on_schedule(service)
    crashing = TroubleOnPart(trouble=Crash())
    with pytest.raises(Crash):
        await DigestSender(first, crashing, settings).step(now=LATER)
    await first.close()
    assert [t for _, t in crashing.texts] == ["Story 5\nStory 4"]

    again = await SqliteStorage.open(settings.db)  # the restarted bot
    messenger = FakeMessenger()
    assert await DigestSender(again, messenger, settings).step(now=LATER) == 1
    assert [t for _, t in messenger.texts] == ["Story 3\nStory 2", "Story 1"]
    assert await again.due_digests("fake", LATER, 5) == []
    await again.close()


async def test_pause_holds_the_digest_and_resume_brings_what_was_missed(
    service: NewsService, settings: Settings
) -> None:
    await on_schedule(service, stories=2)
    await service.pause(READER)
    messenger = FakeMessenger()
    assert await DigestSender(service.storage, messenger, settings).step(now=LATER) == 0
    assert messenger.texts == []
    missed = await service.resume(READER)
    assert missed is not None and missed.missed == 2


async def test_digest_off_sends_what_waits_as_single_posts(
    service: NewsService, settings: Settings
) -> None:
    await on_schedule(service, stories=2)
    await service.digest(READER, "off")
    messenger = FakeMessenger()
    await DeliveryWorker(service.storage, messenger, settings).drain()
    assert len(messenger.deliveries()) == 2


async def test_a_chat_that_is_gone_gives_its_digest_up(
    service: NewsService, settings: Settings
) -> None:
    await on_schedule(service, stories=1)
    messenger = FakeMessenger()
    messenger.fail(READER.chat_id, Gone("bot was kicked"))
    assert await DigestSender(service.storage, messenger, settings).step(now=LATER) == 0
    assert await service.storage.due_digests("fake", LATER_STILL, 5) == []
    [sub] = await service.subscriptions(READER)
    assert not sub.active and sub.reason == "bot was kicked"
