"""Chats and their subscriptions on PostgreSQL: one chat lookup, subscribe, follow, pause."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import TypeAlias

import asyncpg

from bot.follows import key_word
from bot.models import Chat, ChatKind, ConfiguredSubscription, Subscription, SubscriptionKind
from storage.postgres.articles import find_category_id
from storage.subscriptions import ChatRow

Conn: TypeAlias = asyncpg.Connection


async def find_chat(conn: Conn, chat: Chat) -> ChatRow | None:
    row = await conn.fetchrow(
        "SELECT id, kind, paused FROM chats WHERE platform = $1 AND chat_id = $2 AND thread = $3",
        chat.platform,
        chat.chat_id,
        chat.thread or "",
    )
    return ChatRow(int(row[0]), ChatKind(row[1]), bool(row[2])) if row else None


async def find_chat_ref(conn: Conn, chat: Chat) -> int | None:
    found = await find_chat(conn, chat)
    return found.ref if found else None


async def place_refs(conn: Conn, chat: Chat) -> list[int]:
    """The rows a chat stands for: a thread only itself, a chat given without one all of it."""
    if chat.thread is not None:
        found = await find_chat_ref(conn, chat)
        return [found] if found is not None else []
    rows = await conn.fetch(
        "SELECT id FROM chats WHERE platform = $1 AND chat_id = $2 ORDER BY id",
        chat.platform,
        chat.chat_id,
    )
    return [int(row[0]) for row in rows]


async def chat_ref(conn: Conn, chat: Chat, kind: ChatKind | None = None) -> int:
    """The row id of a chat, created on first use; updates its kind when given."""
    found = await find_chat(conn, chat)
    if found:
        if kind is not None and found.kind is not kind:
            await conn.execute("UPDATE chats SET kind = $1 WHERE id = $2", kind.value, found.ref)
        return found.ref
    ref: int = await conn.fetchval(
        "INSERT INTO chats(platform, chat_id, thread, kind, created) VALUES ($1,$2,$5,$3,$4)"
        " ON CONFLICT (platform, chat_id, thread) DO UPDATE SET kind = chats.kind RETURNING id",
        chat.platform,
        chat.chat_id,
        (kind or ChatKind.PRIVATE).value,
        time.time(),
        chat.thread or "",
    )
    return ref


async def add_subscription(
    conn: Conn,
    chat: Chat,
    kind: SubscriptionKind,
    value: str,
    chat_kind: ChatKind,
    origin: str = "user",
) -> bool:
    ref = await chat_ref(conn, chat, chat_kind)
    cat_id = await find_category_id(conn, value) if kind is SubscriptionKind.CATEGORY else None
    key = key_word(value) if kind is SubscriptionKind.FOLLOW else None
    row = await conn.fetchrow(
        "SELECT id, active FROM subscriptions WHERE chat_ref = $1 AND kind = $2 AND value = $3",
        ref,
        kind.value,
        value,
    )
    if row and row[1]:
        return False
    if row:
        await conn.execute(
            "UPDATE subscriptions SET active = TRUE, reason = NULL, origin = $1,"
            " category_id = $2, follow_key = $3 WHERE id = $4",
            origin,
            cat_id,
            key,
            row[0],
        )
    else:
        await conn.execute(
            "INSERT INTO subscriptions(chat_ref, kind, value, category_id, origin, created,"
            " follow_key) VALUES ($1,$2,$3,$4,$5,$6,$7)",
            ref,
            kind.value,
            value,
            cat_id,
            origin,
            time.time(),
            key,
        )
    return True


async def remove_subscription(conn: Conn, chat: Chat, kind: SubscriptionKind, value: str) -> bool:
    ref = await find_chat_ref(conn, chat)
    if ref is None:
        return False
    done: str = await conn.execute(
        "DELETE FROM subscriptions WHERE chat_ref = $1 AND kind = $2 AND value = $3",
        ref,
        kind.value,
        value,
    )
    return done != "DELETE 0"


async def subscriptions(conn: Conn, chat: Chat) -> list[Subscription]:
    ref = await find_chat_ref(conn, chat)
    if ref is None:
        return []
    rows = await conn.fetch(
        "SELECT kind, value, active, created, reason FROM subscriptions WHERE chat_ref = $1"
        " ORDER BY kind, value",
        ref,
    )
    return [
        Subscription(
            chat,
            SubscriptionKind(kind),
            value,
            bool(active),
            datetime.fromtimestamp(created, UTC),
            reason,
        )
        for kind, value, active, created, reason in rows
    ]


async def sync_config(conn: Conn, platform: str, wanted: list[ConfiguredSubscription]) -> None:
    """Replace a platform's settings-defined subscriptions with `wanted`."""
    keep: set[tuple[int, str, str]] = set()
    for chat_id, kind, value, chat_kind in wanted:
        ref = await chat_ref(conn, Chat(platform, chat_id), chat_kind)
        keep.add((ref, kind.value, value))
        await add_subscription(
            conn, Chat(platform, chat_id), kind, value, chat_kind, origin="config"
        )
    for sub_id, ref, kind, value in await conn.fetch(
        "SELECT s.id, s.chat_ref, s.kind, s.value FROM subscriptions s JOIN chats c"
        " ON c.id = s.chat_ref WHERE c.platform = $1 AND s.origin = 'config'",
        platform,
    ):
        if (ref, kind, value) not in keep:
            await conn.execute("DELETE FROM subscriptions WHERE id = $1", sub_id)


async def set_paused(conn: Conn, chat: Chat, paused: bool, kind: ChatKind | None = None) -> bool:
    ref = await chat_ref(conn, chat, kind)
    done: str = await conn.execute(
        "UPDATE chats SET paused = $1 WHERE id = $2 AND paused != $1", paused, ref
    )
    return done != "UPDATE 0"


async def is_paused(conn: Conn, chat: Chat) -> bool:
    found = await find_chat(conn, chat)
    return bool(found and found.paused)
