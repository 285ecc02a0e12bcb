"""Chats and their subscriptions: one chat lookup, subscribe, follow, pause."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime
from typing import NamedTuple

from bot.models import Chat, ChatKind, ConfiguredSubscription, Subscription, SubscriptionKind
from storage.articles import find_category_id
from storage.search import follow_key, follow_terms


class ChatRow(NamedTuple):
    ref: int
    kind: ChatKind
    paused: bool


def find_chat(conn: sqlite3.Connection, chat: Chat) -> ChatRow | None:
    """The one chat lookup: a chat's row id, kind and pause state; None if never seen."""
    row = conn.execute(
        "SELECT id, kind, paused FROM chats WHERE platform = ? AND chat_id = ? AND thread = ?",
        (chat.platform, chat.chat_id, chat.thread or ""),
    ).fetchone()
    return ChatRow(int(row[0]), ChatKind(row[1]), bool(row[2])) if row else None


def find_chat_ref(conn: sqlite3.Connection, chat: Chat) -> int | None:
    found = find_chat(conn, chat)
    return found.ref if found else None


def place_refs(conn: sqlite3.Connection, chat: Chat) -> list[int]:
    """The rows a chat stands for: a thread only itself, a chat given without one all of it."""
    if chat.thread is not None:
        found = find_chat_ref(conn, chat)
        return [found] if found is not None else []
    return [
        int(ref)
        for (ref,) in conn.execute(
            "SELECT id FROM chats WHERE platform = ? AND chat_id = ?", (chat.platform, chat.chat_id)
        )
    ]


def chat_ref(conn: sqlite3.Connection, chat: Chat, kind: ChatKind | None = None) -> int:
    """The row id of a chat, created on first use; updates its kind when given."""
    found = find_chat(conn, chat)
    if found:
        if kind is not None and found.kind is not kind:
            conn.execute("UPDATE chats SET kind = ? WHERE id = ?", (kind.value, found.ref))
        return found.ref
    where = (chat.platform, chat.chat_id, chat.thread or "")
    cursor = conn.execute(
        "INSERT INTO chats(platform, chat_id, thread, kind, created) VALUES (?,?,?,?,?)",
        (*where, (kind or ChatKind.PRIVATE).value, time.time()),
    )
    return int(cursor.lastrowid or 0)


def add_subscription(
    conn: sqlite3.Connection,
    chat: Chat,
    kind: SubscriptionKind,
    value: str,
    chat_kind: ChatKind,
    origin: str = "user",
) -> bool:
    ref = chat_ref(conn, chat, chat_kind)
    cat_id = find_category_id(conn, value) if kind is SubscriptionKind.CATEGORY else None
    key, terms = (
        (follow_key(conn, value), follow_terms(conn, value))
        if kind is SubscriptionKind.FOLLOW
        else (None, None)
    )
    row = conn.execute(
        "SELECT id, active FROM subscriptions WHERE chat_ref = ? AND kind = ? AND value = ?",
        (ref, kind.value, value),
    ).fetchone()
    if row and row[1]:
        return False
    if row:
        conn.execute(
            "UPDATE subscriptions SET active = 1, reason = NULL, origin = ?, category_id = ?,"
            " follow_key = ?, follow_terms = ? WHERE id = ?",
            (origin, cat_id, key, terms, row[0]),
        )
    else:
        conn.execute(
            "INSERT INTO subscriptions(chat_ref, kind, value, category_id, origin, created,"
            " follow_key, follow_terms) VALUES (?,?,?,?,?,?,?,?)",
            (ref, kind.value, value, cat_id, origin, time.time(), key, terms),
        )
    return True


def remove_subscription(
    conn: sqlite3.Connection, chat: Chat, kind: SubscriptionKind, value: str
) -> bool:
    ref = find_chat_ref(conn, chat)
    if ref is None:
        return False
    cursor = conn.execute(
        "DELETE FROM subscriptions WHERE chat_ref = ? AND kind = ? AND value = ?",
        (ref, kind.value, value),
    )
    return cursor.rowcount > 0


def subscriptions(conn: sqlite3.Connection, chat: Chat) -> list[Subscription]:
    ref = find_chat_ref(conn, chat)
    if ref is None:
        return []
    rows = conn.execute(
        "SELECT kind, value, active, created, reason FROM subscriptions WHERE chat_ref = ?"
        " ORDER BY kind, value",
        (ref,),
    ).fetchall()
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


def sync_config(
    conn: sqlite3.Connection,
    platform: str,
    wanted: list[ConfiguredSubscription],
) -> None:
    """Replace a platform's settings-defined subscriptions with `wanted`."""
    keep: set[tuple[int, str, str]] = set()
    for chat_id, kind, value, chat_kind in wanted:
        ref = chat_ref(conn, Chat(platform, chat_id), chat_kind)
        keep.add((ref, kind.value, value))
        add_subscription(conn, Chat(platform, chat_id), kind, value, chat_kind, origin="config")
    for sub_id, ref, kind, value in conn.execute(
        "SELECT s.id, s.chat_ref, s.kind, s.value FROM subscriptions s JOIN chats c"
        " ON c.id = s.chat_ref WHERE c.platform = ? AND s.origin = 'config'",
        (platform,),
    ).fetchall():
        if (ref, kind, value) not in keep:
            conn.execute("DELETE FROM subscriptions WHERE id = ?", (sub_id,))


def set_paused(
    conn: sqlite3.Connection, chat: Chat, paused: bool, kind: ChatKind | None = None
) -> bool:
    ref = chat_ref(conn, chat, kind)
    cursor = conn.execute(
        "UPDATE chats SET paused = ? WHERE id = ? AND paused != ?", (int(paused), ref, int(paused))
    )
    return cursor.rowcount > 0


def is_paused(conn: sqlite3.Connection, chat: Chat) -> bool:
    found = find_chat(conn, chat)
    return bool(found and found.paused)


def has_subscriptions(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("SELECT 1 FROM subscriptions WHERE active = 1 LIMIT 1").fetchone() is not None
    )
