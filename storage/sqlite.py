"""The SQLite implementation of the Storage port, on aiosqlite's database thread."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.errors import StorageError
from bot.models import (
    Article,
    CategoryCount,
    Chat,
    ChatKind,
    ConfiguredSubscription,
    Delivery,
    FeedState,
    QuoteHit,
    SentMark,
    Status,
    StoreResult,
    Subscription,
    SubscriptionKind,
)
from bot.query import SearchQuery
from storage import articles as art
from storage import feeds, outbox
from storage import search as fts
from storage import status as report
from storage import subscriptions as subs
from storage.schema import configure, fill_follow_keys, migrate

T = TypeVar("T")
log = logging.getLogger(__name__)


class SqliteStorage:
    """Each public method runs as one transaction in a single hop to the database thread."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._cursors: dict[str, int] = {}  # where each platform's round-robin over chats is

    @classmethod
    async def open(cls, path: Path | str) -> SqliteStorage:
        path = Path(path)
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = await aiosqlite.connect(str(path), isolation_level=None)
        except sqlite3.Error as exc:
            raise StorageError(f"Cannot open the database {path}: {exc}") from exc
        storage = cls(db, path)
        try:
            await storage._run(configure)
            await storage._run(migrate)
            await storage._run(fill_follow_keys)
        except (sqlite3.Error, RuntimeError) as exc:
            await db.close()
            raise StorageError(f"Cannot use the database {path}: {exc}") from exc
        return storage

    async def close(self) -> None:
        await self._db.close()

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run fn(conn, *args) on the database thread."""
        # aiosqlite's worker-thread hop; one hop per transaction keeps each one atomic and fast.
        result: T = await self._db._execute(fn, self._db._conn, *args)  # type: ignore[no-untyped-call]
        return result

    async def _write(self, fn: Callable[..., T], *args: Any) -> T:
        """Run fn(conn, *args) inside BEGIN IMMEDIATE ... COMMIT, rolling back on any error."""
        return await self._run(_in_transaction, fn, *args)

    # --- articles -------------------------------------------------------------------

    async def add_article(self, article: Article, *, broadcast: bool = True) -> StoreResult:
        return await self._write(_add_article, article, broadcast)

    async def add_articles(
        self, batch: Sequence[Article], *, broadcast: bool = True
    ) -> list[StoreResult | Exception]:
        """Store many articles in one transaction; each one all-or-nothing (a savepoint)."""
        return await self._write(_add_many, list(batch), broadcast)

    async def get_article(self, article_id: int) -> Article | None:
        return await self._run(art.get_article, article_id)

    async def get_articles(self, ids: Sequence[int]) -> list[Article]:
        return await self._run(art.get_articles, list(ids))

    async def known(self, identity: str, url: str | None = None) -> bool:
        return await self._run(art.existing_id, identity, url) is not None

    async def latest(
        self, category: str | None = None, limit: int = 5, before_id: int | None = None
    ) -> list[Article]:
        return await self._run(art.latest, category, limit, before_id)

    async def quote(
        self,
        category: str | None = None,
        speaker: str | None = None,
        article_id: int | None = None,
    ) -> QuoteHit | None:
        return await self._run(art.quote, category, speaker, article_id)

    async def search(
        self, query: SearchQuery, limit: int = 5, before_id: int | None = None
    ) -> list[Article]:
        try:
            return await self._run(fts.search, query, limit, before_id)
        except sqlite3.OperationalError as exc:
            raise StorageError(f"That search could not be run: {exc}") from exc

    async def categories(self) -> list[CategoryCount]:
        return await self._run(art.categories)

    # --- subscriptions and chats -----------------------------------------------------

    async def add_subscription(
        self, chat: Chat, kind: SubscriptionKind, value: str, chat_kind: ChatKind
    ) -> bool:
        return await self._write(subs.add_subscription, chat, kind, value, chat_kind)

    async def remove_subscription(self, chat: Chat, kind: SubscriptionKind, value: str) -> bool:
        return await self._write(subs.remove_subscription, chat, kind, value)

    async def subscriptions(self, chat: Chat) -> list[Subscription]:
        return await self._run(subs.subscriptions, chat)

    async def sync_config_subscriptions(
        self, platform: str, wanted: Sequence[ConfiguredSubscription]
    ) -> None:
        await self._write(subs.sync_config, platform, list(wanted))

    async def set_paused(self, chat: Chat, paused: bool, chat_kind: ChatKind | None = None) -> bool:
        return await self._write(subs.set_paused, chat, paused, chat_kind)

    async def is_paused(self, chat: Chat) -> bool:
        return await self._run(subs.is_paused, chat)

    async def take_missed(self, chat: Chat) -> list[int]:
        return await self._write(outbox.take_missed, chat)

    # --- outbox ------------------------------------------------------------------------

    async def due_deliveries(
        self, platform: str, now: float, limit: int, exclude: Sequence[str] = ()
    ) -> list[Delivery]:
        return await self._run(outbox.due, platform, now, limit, list(exclude), self._cursors)

    async def mark_sent(self, sent: Sequence[SentMark]) -> None:
        await self._write(outbox.mark_sent, list(sent))

    async def mark_retry(
        self, delivery_id: int, next_attempt: float, error: str, *, count_attempt: bool = True
    ) -> None:
        await self._write(outbox.mark_retry, delivery_id, next_attempt, error, count_attempt)

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        await self._write(outbox.mark_failed, delivery_id, error)

    async def deactivate_chat(self, chat: Chat, reason: str) -> int:
        return await self._write(outbox.deactivate_chat, chat, reason)

    async def migrate_chat(self, chat: Chat, new_chat_id: str) -> None:
        await self._write(outbox.migrate_chat, chat, new_chat_id)

    # --- feeds, problems, status -------------------------------------------------------

    async def feed_state(self, url: str) -> FeedState | None:
        return await self._run(feeds.feed_state, url)

    async def save_feed_state(self, url: str, **fields: object) -> None:
        await self._write(feeds.save_feed_state, url, fields)

    async def report_problem(self, key: str, message: str | None) -> None:
        await self._write(report.report_problem, key, message)

    async def status(self) -> Status:
        return await self._run(report.status)


def _in_transaction(conn: sqlite3.Connection, fn: Callable[..., T], *args: Any) -> T:
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = fn(conn, *args)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return result


def _add_article(conn: sqlite3.Connection, article: Article, broadcast: bool) -> StoreResult:
    return _store_batch(conn, [article], broadcast)[0]


def _store_batch(
    conn: sqlite3.Connection, batch: list[Article], broadcast: bool
) -> list[StoreResult]:
    """Insert every new article first, then fan them all out.

    The order matters for speed: any write statement that runs between search-index inserts
    makes FTS5 flush its pending terms, so fanning out per article cost a segment each.
    """
    results: list[StoreResult] = []
    stored: list[tuple[int, int, int]] = []
    for article in batch:
        found = art.existing_id(conn, article.identity, article.url)
        if found is not None:
            results.append(StoreResult(found, False, 0))
            continue
        article_id, cat_id = art.insert_article(conn, article)
        stored.append((len(results), article_id, cat_id))
        results.append(StoreResult(article_id, True, 0))
    if broadcast and stored and subs.has_subscriptions(conn):
        now = time.time()
        for index, article_id, cat_id in stored:
            keys = sorted(fts.stems(conn, "\n".join(batch[index].texts())))
            fanned_out = outbox.fan_out(conn, article_id, cat_id, now, keys)
            results[index] = StoreResult(article_id, True, fanned_out)
    return results


def _add_many(
    conn: sqlite3.Connection, batch: list[Article], broadcast: bool
) -> list[StoreResult | Exception]:
    """The whole batch at once; if anything fails, each article again on its own."""
    conn.execute("SAVEPOINT batch")
    try:
        results: list[StoreResult | Exception] = list(_store_batch(conn, batch, broadcast))
    except sqlite3.Error:
        conn.execute("ROLLBACK TO batch")
        results = [_add_alone(conn, article, broadcast) for article in batch]
    conn.execute("RELEASE batch")
    return results


def _add_alone(
    conn: sqlite3.Connection, article: Article, broadcast: bool
) -> StoreResult | Exception:
    conn.execute("SAVEPOINT one_article")
    try:
        return _add_article(conn, article, broadcast)
    except sqlite3.Error as exc:
        conn.execute("ROLLBACK TO one_article")
        return StorageError(f"could not store the article: {exc}")
    finally:
        conn.execute("RELEASE one_article")
