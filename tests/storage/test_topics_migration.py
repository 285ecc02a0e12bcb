"""Migration 4 rebuilds the chats table: every chat keeps its subscriptions and deliveries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.models import Chat, ChatKind, SubscriptionKind
from storage.schema import MIGRATIONS
from storage.sqlite import SqliteStorage


async def test_chats_keep_their_subscriptions_and_outbox_through_the_rebuild(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        for script in MIGRATIONS[:3]:
            conn.executescript(script)
        conn.execute("PRAGMA user_version = 3")
        conn.execute(
            "INSERT INTO chats(id, platform, chat_id, kind, paused, created)"
            " VALUES (5, 'telegram', '-100', 'group', 1, 0)"
        )
        conn.execute(
            "INSERT INTO subscriptions(chat_ref, kind, value, created) VALUES (5, 'all', '', 0)"
        )
    store = await SqliteStorage.open(path)
    try:
        group = Chat("telegram", "-100")
        assert [s.kind for s in await store.subscriptions(group)] == [SubscriptionKind.ALL]
        assert await store.is_paused(group)
        topic = Chat("telegram", "-100", "3")
        assert await store.add_subscription(topic, SubscriptionKind.ALL, "", ChatKind.GROUP)
        assert not await store.is_paused(topic)
    finally:
        await store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM chats").fetchone()[0] == 2
