"""Storing a batch of articles on PostgreSQL, each in its own savepoint, fanned out at once."""

from __future__ import annotations

import time

import asyncpg

from bot.errors import StorageError
from bot.follows import article_words
from bot.models import Article, StoreResult
from storage.postgres import articles as art
from storage.postgres import chatfeeds, outbox


async def add_many(
    conn: asyncpg.Connection, batch: list[Article], broadcast: bool
) -> list[StoreResult | Exception]:
    """Each article in its own savepoint; public fan-out only when someone subscribes at all."""
    subscribed = broadcast and await conn.fetchval("SELECT EXISTS (SELECT 1 FROM subscriptions)")
    results: list[StoreResult | Exception] = []
    for article in batch:
        try:
            async with conn.transaction():
                results.append(await _store(conn, article, broadcast, bool(subscribed)))
        except asyncpg.PostgresError as exc:
            results.append(StorageError(f"could not store the article: {exc}"))
    return results


async def _store(
    conn: asyncpg.Connection, article: Article, broadcast: bool, subscribed: bool
) -> StoreResult:
    """Public articles go to matching subscriptions; a chat-added feed's only to its chats.

    Chats that added the feed an article was polled from get it either way.
    """
    found = await art.existing_id(conn, article.identity, article.url)
    if found is not None:
        return StoreResult(found, False, 0)
    article_id, cat_id = await art.insert_article(conn, article)
    if article.private_feed:
        await chatfeeds.mark_private(conn, article_id, cat_id, article.private_feed)
    if not broadcast:
        return StoreResult(article_id, True, 0)
    fanned, now = 0, time.time()
    if subscribed and not article.private_feed:
        keys = sorted(article_words(article.texts()))
        fanned += await outbox.fan_out(conn, article_id, cat_id, now, keys)
    feed = article.from_feed or article.private_feed
    if feed:
        fanned += await chatfeeds.fan_out_to_feed_chats(conn, article_id, feed, now)
    return StoreResult(article_id, True, fanned)
