"""Storing articles: synchronous functions run inside the writer's transactions."""

from __future__ import annotations

import sqlite3
import time

from bot.errors import StorageError
from bot.models import Article, StoreResult
from storage import chatfeeds, outbox
from storage import subscriptions as subs
from storage.errors import is_environmental
from storage.followmatch import followed_phrases
from storage.newrows import NewRows, Seen

Results = list[StoreResult | Exception]


def add_article(conn: sqlite3.Connection, article: Article, broadcast: bool) -> StoreResult:
    return store_batch(conn, [article], broadcast)[0]


def store_batch(
    conn: sqlite3.Connection, batch: list[Article], broadcast: bool
) -> list[StoreResult]:
    """Insert every new article first, then fan them all out.

    The duplicate check is one query for the batch and each table gets one statement. The
    order matters for speed: any write statement that runs between search-index inserts
    makes FTS5 flush its pending terms, so fanning out per article cost a segment each.
    """
    results: list[StoreResult] = []
    stored: list[tuple[int, int, int, Article]] = []
    seen, rows = Seen(conn, batch), NewRows(conn)
    for article in batch:
        found = seen.find(article)
        if found is not None:
            results.append(StoreResult(found, False, 0))
            continue
        article_id, cat_id = rows.add(article)
        seen.add(article, article_id)
        stored.append((len(results), article_id, cat_id, article))
        results.append(StoreResult(article_id, True, 0))
    rows.write()
    if broadcast and stored:
        fan_out_stored(conn, stored, results)
    return results


def fan_out_stored(
    conn: sqlite3.Connection,
    stored: list[tuple[int, int, int, Article]],
    results: list[StoreResult],
) -> None:
    """Public articles go to matching subscriptions; a chat-added feed's only to its chats.

    Chats that added the feed an article was polled from get it either way.
    """
    now, any_subscriptions = time.time(), subs.has_subscriptions(conn)
    public = [item for item in stored if not item[3].private_feed] if any_subscriptions else []
    found = followed_phrases(conn, [article for _, _, _, article in public])
    phrases = {article_id: found[n] for n, (_, article_id, _, _) in enumerate(public)}
    for index, article_id, cat_id, article in stored:
        fanned_out = 0
        if article_id in phrases:
            fanned_out += outbox.fan_out(conn, article_id, cat_id, now, phrases[article_id])
        feed = article.from_feed or article.private_feed
        if feed:
            fanned_out += chatfeeds.fan_out_to_feed_chats(conn, article_id, feed, now)
        results[index] = StoreResult(article_id, True, fanned_out)


def add_many(conn: sqlite3.Connection, batch: list[Article], broadcast: bool) -> Results:
    """The whole batch at once; if anything fails, each article again on its own."""
    conn.execute("SAVEPOINT batch")
    try:
        results: Results = list(store_batch(conn, batch, broadcast))
    except sqlite3.Error as exc:
        if is_environmental(exc) or not conn.in_transaction:
            raise  # the disk or file failed: nothing more can go in this transaction
        conn.execute("ROLLBACK TO batch")
        results = [add_alone(conn, article, broadcast) for article in batch]
    conn.execute("RELEASE batch")
    return results


def add_alone(
    conn: sqlite3.Connection, article: Article, broadcast: bool
) -> StoreResult | Exception:
    conn.execute("SAVEPOINT one_article")
    try:
        result = add_article(conn, article, broadcast)
    except sqlite3.Error as exc:
        if is_environmental(exc) or not conn.in_transaction:
            raise
        conn.execute("ROLLBACK TO one_article")
        conn.execute("RELEASE one_article")
        return StorageError(f"could not store the article: {exc}")
    conn.execute("RELEASE one_article")
    return result
