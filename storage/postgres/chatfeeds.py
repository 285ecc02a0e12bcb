"""Feeds chats added themselves on PostgreSQL, and the articles only those chats may see."""

from __future__ import annotations

import time
from typing import TypeAlias

import asyncpg

from bot.models import Chat, ChatFeed, ChatKind
from storage.postgres.subscriptions import chat_ref, find_chat_ref

Conn: TypeAlias = asyncpg.Connection


def _count(status: str) -> int:
    return int(status.rsplit(" ", 1)[-1])


async def add_chat_feed(conn: Conn, chat: Chat, feed: ChatFeed, kind: ChatKind | None) -> bool:
    """Add (or reactivate) a feed of a chat; False if the chat already has it."""
    ref = await chat_ref(conn, chat, kind)
    row = await conn.fetchrow(
        "SELECT id, active FROM chat_feeds WHERE chat_ref = $1 AND url = $2", ref, feed.url
    )
    if row and row[1]:
        return False
    if row:
        await conn.execute(
            "UPDATE chat_feeds SET active = TRUE, reason = NULL, category = $1, title = $2"
            " WHERE id = $3",
            feed.category,
            feed.title,
            row[0],
        )
        return True
    await conn.execute(
        "INSERT INTO chat_feeds(chat_ref, url, category, title, created) VALUES ($1,$2,$3,$4,$5)",
        ref,
        feed.url,
        feed.category,
        feed.title,
        time.time(),
    )
    return True


async def remove_chat_feed(conn: Conn, chat: Chat, url: str) -> bool:
    ref = await find_chat_ref(conn, chat)
    if ref is None:
        return False
    status: str = await conn.execute(
        "DELETE FROM chat_feeds WHERE chat_ref = $1 AND url = $2", ref, url
    )
    return _count(status) > 0


async def chat_feeds(conn: Conn, chat: Chat) -> list[ChatFeed]:
    ref = await find_chat_ref(conn, chat)
    if ref is None:
        return []
    rows = await conn.fetch(
        "SELECT url, category, title FROM chat_feeds WHERE chat_ref = $1 AND active"
        " ORDER BY created, id",
        ref,
    )
    return [ChatFeed(*row) for row in rows]


async def polled_chat_feeds(conn: Conn) -> list[ChatFeed]:
    """Each distinct chat-added URL once, with the category and title it was first added with."""
    rows = await conn.fetch(
        "SELECT DISTINCT ON (url) url, category, title, id FROM chat_feeds WHERE active"
        " ORDER BY url, id"
    )
    return [ChatFeed(r[0], r[1], r[2]) for r in sorted(rows, key=lambda r: r[3])]


async def mark_private(conn: Conn, article_id: int, cat_id: int, url: str) -> None:
    """Hide a chat-added feed's article from everyone else (and from category counts)."""
    await conn.execute(
        "INSERT INTO private_articles(article_id, feed_url) VALUES ($1, $2)", article_id, url
    )
    await conn.execute("UPDATE categories SET articles = articles - 1 WHERE id = $1", cat_id)


async def fan_out_to_feed_chats(conn: Conn, article_id: int, url: str, now: float) -> int:
    """Queue a chat-added feed's article for exactly the chats that added that feed."""
    status: str = await conn.execute(
        "INSERT INTO outbox(article_id, chat_ref, next_attempt, created)"
        " SELECT $1, chat_ref, $2, $2 FROM chat_feeds WHERE url = $3 AND active"
        " ON CONFLICT DO NOTHING",
        article_id,
        now,
        url,
    )
    return _count(status)


async def move_chat_feeds(conn: Conn, old: int, new: int) -> None:
    """A migrated chat's feeds follow it (those the new chat already has stay once)."""
    await conn.execute(
        "UPDATE chat_feeds f SET chat_ref = $1 WHERE chat_ref = $2 AND NOT EXISTS ("
        " SELECT 1 FROM chat_feeds g WHERE g.chat_ref = $1 AND g.url = f.url)",
        new,
        old,
    )
    await conn.execute("DELETE FROM chat_feeds WHERE chat_ref = $1", old)


async def deactivate_chat_feeds(conn: Conn, ref: int, reason: str) -> None:
    """An unreachable chat's feeds stop being polled and fanned out to, with the reason."""
    await conn.execute(
        "UPDATE chat_feeds SET active = FALSE, reason = $1 WHERE chat_ref = $2 AND active",
        reason,
        ref,
    )
