"""A chat that is gone or has moved, on PostgreSQL: what it had stops, or goes with it."""

from __future__ import annotations

import time
from typing import TypeAlias

import asyncpg

from bot.models import Chat
from storage.postgres.chatfeeds import deactivate_chat_feeds, move_chat_feeds
from storage.postgres.mutes import move_mutes
from storage.postgres.subscriptions import find_chat_ref, place_refs

Conn: TypeAlias = asyncpg.Connection


def _count(status: str) -> int:
    return int(status.rsplit(" ", 1)[-1])


async def deactivate_chat(conn: Conn, chat: Chat, reason: str) -> int:
    """Stop a chat's subscriptions, feeds and pending rows; a chat given without a thread
    stands for every topic in it. Returns the subscriptions stopped."""
    count = 0
    for ref in await place_refs(conn, chat):
        status: str = await conn.execute(
            "UPDATE subscriptions SET active = FALSE, reason = $1 WHERE chat_ref = $2 AND active",
            reason,
            ref,
        )
        count += _count(status)
        await deactivate_chat_feeds(conn, ref, reason)
        await conn.execute(
            "UPDATE outbox SET state = 'skipped', last_error = $1, finished = $2,"
            " lease_owner = NULL WHERE chat_ref = $3 AND state = 'pending'",
            f"chat unreachable: {reason}",
            time.time(),
            ref,
        )
    return count


async def migrate_chat(conn: Conn, chat: Chat, new_chat_id: str) -> None:
    """A group that became a supergroup: its subscriptions, mutes, feeds and queue move."""
    old = await find_chat_ref(conn, chat)
    if old is None:
        return
    target = await find_chat_ref(conn, Chat(chat.platform, new_chat_id, chat.thread))
    if target == old:
        return
    if target is None:
        await conn.execute("UPDATE chats SET chat_id = $1 WHERE id = $2", new_chat_id, old)
        return
    await conn.execute(
        "UPDATE subscriptions s SET chat_ref = $1 WHERE chat_ref = $2 AND NOT EXISTS ("
        " SELECT 1 FROM subscriptions t WHERE t.chat_ref = $1 AND t.kind = s.kind"
        " AND t.value = s.value)",
        target,
        old,
    )
    await conn.execute(
        "UPDATE outbox o SET chat_ref = $1 WHERE chat_ref = $2 AND state = 'pending'"
        " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.chat_ref = $1"
        " AND p.article_id = o.article_id)",
        target,
        old,
    )
    await conn.execute("DELETE FROM subscriptions WHERE chat_ref = $1", old)
    await move_mutes(conn, old, target)
    await move_chat_feeds(conn, old, target)
    await conn.execute(
        "UPDATE outbox SET state = 'skipped', last_error = 'chat migrated', lease_owner = NULL"
        " WHERE chat_ref = $1 AND state = 'pending'",
        old,
    )
