"""The PostgreSQL implementation of the Storage port: every method is one transaction."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from bot.errors import StorageError
from bot.models import (
    Article,
    CategoryCount,
    Chat,
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
from bot.status import Status, WorkerInfo
from storage.postgres import articles as art
from storage.postgres import chats, outbox, search, state
from storage.postgres import subscriptions as subs
from storage.postgres.batch import add_many
from storage.postgres.controls import ReaderControls
from storage.postgres.pools import Pools, open_pools
from storage.postgres.schema import migrate

T = TypeVar("T")
log = logging.getLogger(__name__)
LEASE = 30.0  # seconds a claim lasts without a heartbeat
NO_LANE = (0.0, 0.0)


def redacted(url: str) -> str:
    """A database URL fit for logs and errors: the password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


class PostgresStorage(ReaderControls):
    """Storage on a PostgreSQL pool, shared safely by any number of processes."""

    def __init__(
        self,
        pools: Pools,
        url: str,
        lanes: Mapping[str, tuple[float, float]],
        lease: float = LEASE,
    ) -> None:
        self._pools = pools
        self._pool = pools.main
        self._common = search.CommonWords()
        self._url = url
        self.lanes = dict(lanes)
        self.lease = lease
        self.worker = WorkerInfo(
            f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}",
            "cli",
            socket.gethostname(),
            os.getpid(),
        )
        self._heart: asyncio.Task[None] | None = None
        self._listener: asyncpg.Connection | None = None
        self._platforms: dict[int, str] = {}  # claimed delivery id -> its platform

    @classmethod
    async def open(
        cls, url: str, lanes: Mapping[str, tuple[float, float]] | None = None, lease: float = LEASE
    ) -> PostgresStorage:
        try:
            pools = await open_pools(url)
        except (OSError, asyncpg.PostgresError, ValueError) as exc:
            raise StorageError(f"Cannot open the database {redacted(url)}: {exc}") from exc
        try:
            async with pools.main.acquire() as conn:
                await migrate(conn)
        except (asyncpg.PostgresError, RuntimeError) as exc:
            await pools.close()
            raise StorageError(f"Cannot use the database {redacted(url)}: {exc}") from exc
        return cls(pools, url, lanes or {}, lease)

    async def close(self) -> None:
        if self._heart is not None:
            self._heart.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._heart
            with contextlib.suppress(asyncpg.PostgresError, OSError):
                await self._tx(state.retire, self.worker.id)
        if self._listener is not None:
            await self._listener.close()
        await self._pools.close()

    async def _tx(self, fn: Callable[..., Awaitable[T]], *args: Any) -> T:
        """Run fn(conn, *args) in one transaction."""
        async with self._pool.acquire() as conn, conn.transaction():
            return await fn(conn, *args)

    async def _read(self, fn: Callable[..., Awaitable[T]], *args: Any, hot: bool = False) -> T:
        """Run fn(conn, *args) outside a transaction: reads need no BEGIN/COMMIT round trips.
        A `hot` read runs on the pool that keeps one plan per statement (see `pools`)."""
        async with (self._pools.hot_reads if hot else self._pool).acquire() as conn:
            return await fn(conn, *args)

    # --- coordination between processes ------------------------------------------------

    async def register(self, role: str) -> None:
        """Join the workers registry under `role` and keep a heartbeat (and leases) alive."""
        self.worker = self.worker._replace(role=role)
        await self._tx(state.heartbeat, self.worker, self.lease)
        self._heart = asyncio.create_task(self._beat())

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(self.lease / 6)
            try:
                await self._tx(state.heartbeat, self.worker, self.lease)
            except (asyncpg.PostgresError, OSError) as exc:
                log.warning("heartbeat failed: %s", exc)

    async def on_new_deliveries(self, wake: Callable[[], None]) -> None:
        """Call `wake` whenever new outbox rows are committed (LISTEN/NOTIFY)."""
        if self._listener is None:
            self._listener = await asyncpg.connect(self._url)
        await self._listener.add_listener("newsbot_outbox", lambda *_: wake())

    async def reserve_slot(
        self, platform: str, token_hash: str, interval: float, count: int = 1
    ) -> float:
        """When (epoch seconds) this process may make the first of its next `count` sends.

        One statement, atomic on its own: no BEGIN and COMMIT round trips around it."""
        return await self._read(state.reserve_slot, platform, token_hash, interval, count)

    async def hold_all(self, platform: str, token_hash: str, seconds: float) -> None:
        await self._tx(state.push_slot, platform, token_hash, seconds)

    async def claim_feed(self, url: str, seconds: float) -> bool:
        return await self._tx(state.claim_feed, url, self.worker.id, seconds)

    # --- articles ----------------------------------------------------------------------

    async def add_article(self, article: Article, *, broadcast: bool = True) -> StoreResult:
        [result] = await self.add_articles([article], broadcast=broadcast)
        if isinstance(result, Exception):
            raise result
        return result

    async def add_articles(
        self, batch: Sequence[Article], *, broadcast: bool = True
    ) -> list[StoreResult | Exception]:
        """Store many articles in one transaction; each one all-or-nothing (a savepoint)."""
        return await self._tx(add_many, list(batch), broadcast)

    async def get_article(self, article_id: int) -> Article | None:
        found = await self._read(art.get_articles, [article_id], True)
        return found[0] if found else None

    async def get_articles(self, ids: Sequence[int]) -> list[Article]:
        return await self._read(art.get_articles, list(ids), hot=True)

    async def known(self, identity: str, url: str | None = None) -> bool:
        return await self._read(art.existing_id, identity, url) is not None

    async def latest(
        self, category: str | None = None, limit: int = 5, before_id: int | None = None
    ) -> list[Article]:
        return await self._read(art.latest, category, limit, before_id, hot=True)

    async def quote(
        self,
        category: str | None = None,
        speaker: str | None = None,
        article_id: int | None = None,
    ) -> QuoteHit | None:
        return await self._read(art.quote, category, speaker, article_id, hot=True)

    async def search(
        self, query: SearchQuery, limit: int = 5, before_id: int | None = None
    ) -> list[Article]:
        return await self._read(search.search, query, limit, before_id, self._common, hot=True)

    async def categories(self) -> list[CategoryCount]:
        return await self._read(art.categories)

    # --- subscriptions and chats -------------------------------------------------------

    async def add_subscription(
        self, chat: Chat, kind: SubscriptionKind, value: str, chat_kind: ChatKind
    ) -> bool:
        return await self._tx(subs.add_subscription, chat, kind, value, chat_kind)

    async def remove_subscription(self, chat: Chat, kind: SubscriptionKind, value: str) -> bool:
        return await self._tx(subs.remove_subscription, chat, kind, value)

    async def subscriptions(self, chat: Chat) -> list[Subscription]:
        return await self._read(subs.subscriptions, chat)

    async def sync_config_subscriptions(
        self, platform: str, wanted: Sequence[ConfiguredSubscription]
    ) -> None:
        await self._tx(subs.sync_config, platform, list(wanted))

    async def set_paused(self, chat: Chat, paused: bool, chat_kind: ChatKind | None = None) -> bool:
        return await self._tx(subs.set_paused, chat, paused, chat_kind)

    async def is_paused(self, chat: Chat) -> bool:
        return await self._read(subs.is_paused, chat)

    async def take_missed(self, chat: Chat) -> list[int]:
        return await self._tx(outbox.take_missed, chat)

    # --- outbox ------------------------------------------------------------------------

    async def due_deliveries(
        self, platform: str, now: float, limit: int, exclude: Sequence[str] = ()
    ) -> list[Delivery]:
        """Claims: each returned row is leased to this process until sent or put back."""
        claimed = await self._tx(
            outbox.claim, platform, now, limit, list(exclude), self.worker.id, self.lease
        )
        for delivery in claimed:
            self._platforms[delivery.id] = platform
        return claimed

    async def mark_sent(self, sent: Sequence[SentMark]) -> None:
        if not sent:
            return
        lanes = await self._lanes_of(sent[0].delivery_id)
        for mark in sent[1:]:
            self._platforms.pop(mark.delivery_id, None)
        marked = await self._tx(outbox.mark_sent, list(sent), self.worker.id, lanes)
        if marked < len(sent):
            log.warning("%d sent marks came after their lease ran out", len(sent) - marked)

    async def mark_retry(
        self, delivery_id: int, next_attempt: float, error: str, *, count_attempt: bool = True
    ) -> None:
        lanes = await self._lanes_of(delivery_id)
        await self._tx(
            outbox.mark_retry,
            delivery_id,
            next_attempt,
            error,
            count_attempt,
            self.worker.id,
            lanes,
        )

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        lanes = await self._lanes_of(delivery_id)
        await self._tx(outbox.mark_failed, delivery_id, error, self.worker.id, lanes)

    async def _lanes_of(self, delivery_id: int) -> tuple[float, float]:
        """The per-chat intervals of the platform a delivery goes to."""
        platform = self._platforms.pop(delivery_id, None)
        if platform is None:
            platform = await self._tx(outbox.platform_of, delivery_id)
        return self.lanes.get(platform or "", NO_LANE)

    async def deactivate_chat(self, chat: Chat, reason: str) -> int:
        return await self._tx(chats.deactivate_chat, chat, reason)

    async def migrate_chat(self, chat: Chat, new_chat_id: str) -> None:
        await self._tx(chats.migrate_chat, chat, new_chat_id)

    # --- feeds, problems, status -------------------------------------------------------

    async def feed_state(self, url: str) -> FeedState | None:
        return await self._read(state.feed_state, url)

    async def save_feed_state(self, url: str, **fields: object) -> None:
        await self._tx(state.save_feed_state, url, fields)

    async def report_problem(self, key: str, message: str | None) -> None:
        await self._tx(state.report_problem, key, message)

    async def status(self) -> Status:
        return await self._read(state.status)
