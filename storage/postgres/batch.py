"""Storing a batch of articles on PostgreSQL, each in its own savepoint, fanned out at once."""

from __future__ import annotations

import time

import asyncpg

from bot.errors import StorageError
from bot.follows import article_words
from bot.models import Article, StoreResult
from storage.postgres import articles as art
from storage.postgres import outbox


async def add_many(
    conn: asyncpg.Connection, batch: list[Article], broadcast: bool
) -> list[StoreResult | Exception]:
    """Each article in its own savepoint; fan-out only when someone subscribes at all."""
    fan = broadcast and await conn.fetchval("SELECT EXISTS (SELECT 1 FROM subscriptions)")
    results: list[StoreResult | Exception] = []
    for article in batch:
        try:
            async with conn.transaction():
                results.append(await _store(conn, article, bool(fan)))
        except asyncpg.PostgresError as exc:
            results.append(StorageError(f"could not store the article: {exc}"))
    return results


async def _store(conn: asyncpg.Connection, article: Article, broadcast: bool) -> StoreResult:
    found = await art.existing_id(conn, article.identity, article.url)
    if found is not None:
        return StoreResult(found, False, 0)
    article_id, cat_id = await art.insert_article(conn, article)
    if not broadcast:
        return StoreResult(article_id, True, 0)
    keys = sorted(article_words(article.texts()))
    fanned = await outbox.fan_out(conn, article_id, cat_id, time.time(), keys)
    return StoreResult(article_id, True, fanned)
