"""Feeds chats added themselves, and the articles only those chats may see."""

from __future__ import annotations

import sqlite3
import time

from bot.models import Chat, ChatFeed, ChatKind
from storage.subscriptions import chat_ref, find_chat_ref


def add_chat_feed(
    conn: sqlite3.Connection, chat: Chat, feed: ChatFeed, kind: ChatKind | None
) -> bool:
    """Add (or reactivate) a feed of a chat; False if the chat already has it."""
    ref = chat_ref(conn, chat, kind)
    row = conn.execute(
        "SELECT id, active FROM chat_feeds WHERE chat_ref = ? AND url = ?", (ref, feed.url)
    ).fetchone()
    if row and row[1]:
        return False
    if row:
        conn.execute(
            "UPDATE chat_feeds SET active = 1, reason = NULL, category = ?, title = ? WHERE id = ?",
            (feed.category, feed.title, row[0]),
        )
        return True
    conn.execute(
        "INSERT INTO chat_feeds(chat_ref, url, category, title, created) VALUES (?,?,?,?,?)",
        (ref, feed.url, feed.category, feed.title, time.time()),
    )
    return True


def remove_chat_feed(conn: sqlite3.Connection, chat: Chat, url: str) -> bool:
    ref = find_chat_ref(conn, chat)
    if ref is None:
        return False
    cursor = conn.execute("DELETE FROM chat_feeds WHERE chat_ref = ? AND url = ?", (ref, url))
    return cursor.rowcount > 0


def chat_feeds(conn: sqlite3.Connection, chat: Chat) -> list[ChatFeed]:
    ref = find_chat_ref(conn, chat)
    if ref is None:
        return []
    rows = conn.execute(
        "SELECT url, category, title FROM chat_feeds WHERE chat_ref = ? AND active = 1"
        " ORDER BY created, id",
        (ref,),
    )
    return [ChatFeed(*row) for row in rows]


def polled_chat_feeds(conn: sqlite3.Connection) -> list[ChatFeed]:
    """Each distinct chat-added URL once, with the category and title it was first added with."""
    rows = conn.execute(
        "SELECT url, category, title FROM chat_feeds f WHERE id = ("
        " SELECT MIN(id) FROM chat_feeds g WHERE g.url = f.url AND g.active = 1) ORDER BY id"
    )
    return [ChatFeed(*row) for row in rows]


def fan_out_to_feed_chats(conn: sqlite3.Connection, article_id: int, url: str, now: float) -> int:
    """Queue a chat-added feed's article for exactly the chats that added that feed."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO outbox(article_id, chat_ref, next_attempt, created)"
        " SELECT ?, chat_ref, ?, ? FROM chat_feeds WHERE url = ? AND active = 1",
        (article_id, now, now, url),
    )
    return cursor.rowcount


def move_chat_feeds(conn: sqlite3.Connection, old: int, new: int) -> None:
    """A migrated chat's feeds follow it (those the new chat already has stay once)."""
    conn.execute("UPDATE OR IGNORE chat_feeds SET chat_ref = ? WHERE chat_ref = ?", (new, old))
    conn.execute("DELETE FROM chat_feeds WHERE chat_ref = ?", (old,))


def deactivate_chat_feeds(conn: sqlite3.Connection, ref: int, reason: str) -> None:
    """An unreachable chat's feeds stop being polled and fanned out to, with the reason."""
    conn.execute(
        "UPDATE chat_feeds SET active = 0, reason = ? WHERE chat_ref = ? AND active = 1",
        (reason, ref),
    )
