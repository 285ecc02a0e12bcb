"""Another process holding the write lock: writes wait and retry, reads never wait."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from pathlib import Path

import pytest

from bot.errors import DatabaseLocked
from storage.locks import LockPolicy
from storage.sqlite import SqliteStorage
from tests.conftest import make_article
from tests.storage.lockholder import held_lock


async def _stored(path: Path) -> SqliteStorage:
    store = await SqliteStorage.open(path)
    await store.add_article(make_article("Already there"))
    return store


async def test_a_write_waits_out_a_lock_longer_than_the_busy_timeout(tmp_path: Path) -> None:
    store = await _stored(tmp_path / "bot.db")
    try:
        with held_lock(store.path, 1.5):
            began = time.monotonic()
            results = await store.add_articles([make_article("Waited for the lock")])
            waited = time.monotonic() - began
        assert 1.0 < waited < 5.0
        assert results[0][1] is True  # type: ignore[index]
        assert (await store.latest())[0].headline == "Waited for the lock"
    finally:
        await store.close()


async def test_reads_go_on_while_another_process_writes(tmp_path: Path) -> None:
    store = await _stored(tmp_path / "bot.db")
    try:
        with held_lock(store.path, 2.0):
            began = time.monotonic()
            latest = await store.latest()
            status = await store.status()
            assert time.monotonic() - began < 1.0  # the lock is held for 2 s
        assert [a.headline for a in latest] == ["Already there"] and status.articles == 1
    finally:
        await store.close()


async def test_opening_a_current_database_needs_no_write_lock(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    await (await _stored(path)).close()
    with held_lock(path, 2.0):
        began = time.monotonic()
        for readonly in (True, False):
            store = await SqliteStorage.open(path, readonly=readonly)
            assert len(await store.latest()) == 1
            await store.close()
        assert time.monotonic() - began < 1.5  # the lock is held for 2 s


async def test_patience_runs_out_with_a_clear_message_and_a_warning_first(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = await _stored(tmp_path / "bot.db")
    store.locks = LockPolicy(patience=1.0, warn_after=0.3, first_delay=0.02, max_delay=0.1)
    try:
        with (
            held_lock(store.path, 2.5),
            caplog.at_level(logging.WARNING),
            pytest.raises(DatabaseLocked) as raised,
        ):
            await store.add_article(make_article("Never stored"))
        assert str(store.path) in raised.value.message
        assert "stayed locked by another process" in raised.value.message
        assert any("locked by another process" in r.getMessage() for r in caplog.records)
        assert [a.headline for a in await store.latest()] == ["Already there"]
    finally:
        await store.close()


async def test_a_big_batch_never_holds_the_lock_for_long(tmp_path: Path) -> None:
    """3,000 articles fanned out to 31 chats: another writer never waits long (0.5 s when quiet)."""
    from bot.models import Chat, ChatKind, SubscriptionKind

    store = await SqliteStorage.open(tmp_path / "bot.db")
    other = await SqliteStorage.open(tmp_path / "bot.db")
    for n in range(31):
        await store.add_subscription(
            Chat("fake", str(n)), SubscriptionKind.ALL, "", ChatKind.PRIVATE
        )
    waits: list[float] = []
    probe = asyncio.create_task(_probe_writes(other, waits))
    began = time.monotonic()
    try:
        results = await store.add_articles([make_article() for _ in range(3000)])
    finally:
        took = time.monotonic() - began
        probe.cancel()
        await asyncio.gather(probe, return_exceptions=True)
        await store.close()
        await other.close()
    assert all(r[1] is True and r[2] == 31 for r in results)  # type: ignore[index]
    # 0.5 s on a quiet machine; on a busy one every chunk is slower, so the bound grows with the
    # batch's own time, while one lock held for the whole batch would still make a writer wait it.
    bound = max(0.5, took / 8)
    assert len(waits) > 10 and max(waits) < bound, f"longest wait {max(waits):.2f} of {took:.2f} s"


async def test_a_big_fan_out_is_never_stored_many_articles_at_a_time(tmp_path: Path) -> None:
    """20 articles for 20,000 chats each: another writer never waits for more than a few of them."""
    store = await SqliteStorage.open(tmp_path / "bot.db")
    other = await SqliteStorage.open(tmp_path / "bot.db")
    await store._write(_many_subscribers, 20_000)
    waits: list[float] = []
    probe = asyncio.create_task(_probe_writes(other, waits))
    began = time.monotonic()
    try:
        results = await store.add_articles([make_article() for _ in range(20)])
    finally:
        took = time.monotonic() - began
        probe.cancel()
        await asyncio.gather(probe, return_exceptions=True)
        await store.close()
        await other.close()
    assert [r[2] for r in results] == [20_000] * 20  # type: ignore[index]
    # Held as one lock, a writer would wait the whole batch; a load-proof bound is a quarter of it.
    longest = max(waits)
    assert len(waits) > 5 and longest < took / 4, f"longest wait {longest:.2f} of {took:.2f} s"


def _many_subscribers(conn: sqlite3.Connection, count: int) -> None:
    conn.executemany(
        "INSERT INTO chats(id, platform, chat_id, created) VALUES (?, 'fake', ?, 0)",
        [(n, str(n)) for n in range(1, count + 1)],
    )
    conn.executemany(
        "INSERT INTO subscriptions(chat_ref, kind, value, created) VALUES (?, 'all', '', 0)",
        [(n,) for n in range(1, count + 1)],
    )


async def _probe_writes(store: SqliteStorage, waits: list[float]) -> None:
    """Another connection writing again and again, noting how long each write took."""
    while True:
        began = time.monotonic()
        await store.report_problem("probe", f"write {len(waits)}")
        waits.append(time.monotonic() - began)
        await asyncio.sleep(0.01)


async def test_waiting_for_a_lock_keeps_the_event_loop_free(tmp_path: Path) -> None:
    store = await _stored(tmp_path / "bot.db")
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.05)
            ticks += 1

    ticker = asyncio.create_task(tick())
    try:
        with held_lock(store.path, 1.0):
            await store.add_article(make_article("After the lock"))
    finally:
        ticker.cancel()
        await store.close()
    assert ticks >= 10
