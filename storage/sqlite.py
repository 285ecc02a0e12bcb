"""The SQLite implementation of the Storage port, on aiosqlite's database thread."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.errors import DiskFull, StorageError
from bot.models import (
    Article,
    CategoryCount,
    Chat,
    ChatFeed,
    ChatKind,
    ConfiguredSubscription,
    FeedState,
    QuoteHit,
    SentMark,
    StoreResult,
    Subscription,
    SubscriptionKind,
)
from bot.outcomes import Delivery
from bot.query import SearchQuery
from bot.status import Status
from storage import articles as art
from storage import chatfeeds, feeds, outbox, storing
from storage import search as fts
from storage import status as report
from storage import subscriptions as subs
from storage.batches import ChunkSize, timed
from storage.errors import describe, is_environmental
from storage.locks import LockPolicy, retry_locked
from storage.opening import connect_reader, connect_writer, prepare_writer
from storage.readercontrols import ReaderControls

T = TypeVar("T")
Results = storing.Results
log = logging.getLogger(__name__)


class SqliteStorage(ReaderControls):
    """Each public method runs as one transaction in a single hop to the database thread."""

    def __init__(
        self,
        db: aiosqlite.Connection,
        path: Path,
        locks: LockPolicy | None = None,
        reader: aiosqlite.Connection | None = None,
    ) -> None:
        self._db = db
        self._reader = reader  # reads run here, beside the writer (WAL), when there is one
        self.path = path
        self.locks = locks or LockPolicy()
        self._cursors: dict[str, int] = {}  # where each platform's round-robin over chats is
        self._chunk = ChunkSize()
        self._disk_full = False

    @classmethod
    async def open(
        cls,
        path: Path | str,
        *,
        readonly: bool = False,
        lock_patience: float | None = 300.0,
        reader: bool = False,
    ) -> SqliteStorage:
        """Open (read-only when asked and possible), creating and migrating only when needed.

        `lock_patience`: seconds to wait for another process's write lock (None: for ever).
        `reader`: reads get a second, read-only connection, so they never queue behind a
        long write on the writer's (the running bot).
        """
        path, locks = Path(path), LockPolicy(patience=lock_patience)
        readonly_db = await connect_reader(path) if readonly else None
        if readonly_db is not None:
            return cls(readonly_db, path, locks)
        storage = cls(await connect_writer(path), path, locks)
        try:
            await prepare_writer(storage._run, path)
            storage._reader = await connect_reader(path) if reader else None
        except BaseException:
            await storage.close()
            raise
        return storage

    async def close(self) -> None:
        if self._reader is not None:
            await self._reader.close()
        await self._db.close()

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run fn(conn, *args) on the database thread, waiting out other processes' locks."""
        return await retry_locked(lambda: self._hop(fn, *args), self.locks, self.path)

    async def _read(self, fn: Callable[..., T], *args: Any) -> T:
        """Run fn(conn, *args) as one read transaction, on the reader connection if any."""
        if self._reader is None:
            return await self._run(fn, *args)
        reader = self._reader
        return await retry_locked(
            lambda: self._hop(_in_snapshot, fn, *args, db=reader), self.locks, self.path
        )

    async def _hop(
        self, fn: Callable[..., T], *args: Any, db: aiosqlite.Connection | None = None
    ) -> T:
        # aiosqlite's worker-thread hop; one hop per transaction keeps each one atomic and fast.
        db = db or self._db
        try:
            result: T = await db._execute(fn, db._conn, *args)  # type: ignore[no-untyped-call]
            return result
        except sqlite3.Error as exc:
            if is_environmental(exc):
                raise describe(exc, self.path) from exc
            raise

    async def _write(self, fn: Callable[..., T], *args: Any) -> T:
        """Run fn(conn, *args) inside BEGIN IMMEDIATE ... COMMIT, rolling back on any error."""
        return await self._run(_in_transaction, fn, *args)

    # --- articles -------------------------------------------------------------------

    async def add_article(self, article: Article, *, broadcast: bool = True) -> StoreResult:
        return await self._write(storing.add_article, article, broadcast)

    async def add_articles(self, batch: Sequence[Article], *, broadcast: bool = True) -> Results:
        """Store many articles in short transactions, each article all-or-nothing; on a full
        disk, committed chunks stay and the rest is tried article by article."""
        results: Results = []
        for chunk in self._chunk.chunks(list(batch)):
            if results:
                await asyncio.sleep(self._chunk.gap)  # other writers get their turn
            results.extend(await self._store_chunk(list(chunk), broadcast))
        return results

    async def _store_chunk(self, chunk: list[Article], broadcast: bool) -> Results:
        try:
            outcome: tuple[Results, float] = await self._write(
                timed, storing.add_many, chunk, broadcast
            )
            results, seconds = outcome
        except DiskFull as exc:
            if not self._disk_full:  # said once until a chunk fits again
                log.error("%s Storing the rest one article at a time.", exc.message)
            self._disk_full = True
            return [await self._store_alone(article, broadcast) for article in chunk]
        self._disk_full = False
        self._chunk.took(seconds, len(chunk))
        return results

    async def _store_alone(self, article: Article, broadcast: bool) -> StoreResult | Exception:
        try:
            return await self._write(storing.add_alone, article, broadcast)
        except DiskFull as exc:
            return exc

    async def get_article(self, article_id: int) -> Article | None:
        return await self._read(art.get_article, article_id)

    async def get_articles(self, ids: Sequence[int]) -> list[Article]:
        return await self._read(art.get_articles, list(ids))

    async def known(self, identity: str, url: str | None = None) -> bool:
        return await self._read(art.existing_id, identity, url) is not None

    async def latest(
        self, category: str | None = None, limit: int = 5, before_id: int | None = None
    ) -> list[Article]:
        return await self._read(art.latest, category, limit, before_id)

    async def quote(
        self,
        category: str | None = None,
        speaker: str | None = None,
        article_id: int | None = None,
    ) -> QuoteHit | None:
        return await self._read(art.quote, category, speaker, article_id)

    async def search(
        self, query: SearchQuery, limit: int = 5, before_id: int | None = None
    ) -> list[Article]:
        try:
            return await self._read(fts.search, query, limit, before_id)
        except sqlite3.OperationalError as exc:
            raise StorageError(f"That search could not be run: {exc}") from exc

    async def categories(self) -> list[CategoryCount]:
        return await self._read(art.categories)

    # --- subscriptions and chats -----------------------------------------------------

    async def add_subscription(
        self, chat: Chat, kind: SubscriptionKind, value: str, chat_kind: ChatKind
    ) -> bool:
        return await self._write(subs.add_subscription, chat, kind, value, chat_kind)

    async def remove_subscription(self, chat: Chat, kind: SubscriptionKind, value: str) -> bool:
        return await self._write(subs.remove_subscription, chat, kind, value)

    async def subscriptions(self, chat: Chat) -> list[Subscription]:
        return await self._read(subs.subscriptions, chat)

    async def sync_config_subscriptions(
        self, platform: str, wanted: Sequence[ConfiguredSubscription]
    ) -> None:
        await self._write(subs.sync_config, platform, list(wanted))

    async def set_paused(self, chat: Chat, paused: bool, chat_kind: ChatKind | None = None) -> bool:
        return await self._write(subs.set_paused, chat, paused, chat_kind)

    async def is_paused(self, chat: Chat) -> bool:
        return await self._read(subs.is_paused, chat)

    async def take_missed(self, chat: Chat) -> list[int]:
        return await self._write(outbox.take_missed, chat)

    # --- outbox ------------------------------------------------------------------------

    async def due_deliveries(
        self, platform: str, now: float, limit: int, exclude: Sequence[str] = ()
    ) -> list[Delivery]:
        return await self._read(outbox.due, platform, now, limit, list(exclude), self._cursors)

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

    # --- feeds chats added ----------------------------------------------------------------

    async def add_chat_feed(self, chat: Chat, feed: ChatFeed, chat_kind: ChatKind | None) -> bool:
        return await self._write(chatfeeds.add_chat_feed, chat, feed, chat_kind)

    async def remove_chat_feed(self, chat: Chat, url: str) -> bool:
        return await self._write(chatfeeds.remove_chat_feed, chat, url)

    async def chat_feeds(self, chat: Chat) -> list[ChatFeed]:
        return await self._run(chatfeeds.chat_feeds, chat)

    async def polled_chat_feeds(self) -> list[ChatFeed]:
        return await self._run(chatfeeds.polled_chat_feeds)

    # --- feeds, problems, status -------------------------------------------------------

    async def feed_state(self, url: str) -> FeedState | None:
        return await self._read(feeds.feed_state, url)

    async def save_feed_state(self, url: str, **fields: object) -> None:
        await self._write(feeds.save_feed_state, url, fields)

    async def report_problem(self, key: str, message: str | None) -> None:
        await self._write(report.report_problem, key, message)

    async def status(self) -> Status:
        return await self._read(report.status)


def _in_transaction(conn: sqlite3.Connection, fn: Callable[..., T], *args: Any) -> T:
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = fn(conn, *args)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (disk full, I/O error)
            conn.execute("ROLLBACK")
        raise
    return result


def _in_snapshot(conn: sqlite3.Connection, fn: Callable[..., T], *args: Any) -> T:
    """A read transaction: every query of fn sees the same committed state."""
    conn.execute("BEGIN")
    try:
        return fn(conn, *args)
    finally:
        conn.execute("COMMIT")
