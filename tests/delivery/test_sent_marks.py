"""Sent marks that cannot be stored yet are kept and retried; the article is never sent twice."""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path

import pytest

from bot.delivery.marks import SentMarks
from bot.delivery.worker import DeliveryWorker
from bot.services import NewsService
from bot.settings import Settings
from storage.sqlite import SqliteStorage
from tests.delivery.test_worker import fast, queued, run_until_sent
from tests.fakes import FakeMessenger
from tests.storage.lockholder import held_lock


async def test_a_lock_on_the_sent_marks_delays_them_but_never_resends(
    settings: Settings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = await SqliteStorage.open(tmp_path / "marks.db", lock_patience=0.2)
    try:
        service = NewsService(store)
        await queued(service, chats=5, articles=3)
        messenger = FakeMessenger()
        worker = DeliveryWorker(store, messenger, fast(settings))
        worker.marks = SentMarks(store, first_delay=0.1, max_delay=0.3)
        with caplog.at_level(logging.WARNING), held_lock(store.path, 2.0):
            await run_until_sent(worker, messenger, 15, limit=20)
        counts = Counter(messenger.deliveries())
        assert len(counts) == 15 and set(counts.values()) == {1}
        assert len(messenger.attempts) == 15
        assert (await store.status()).outbox == {"sent": 15}
        assert any("cannot be stored yet" in r.getMessage() for r in caplog.records)
    finally:
        await store.close()
