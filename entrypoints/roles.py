"""Several processes on one PostgreSQL database: roles, shared pacing, claims and wake-ups.

`all` is the single process of old. The others split it: `web` answers Telegram (webhook),
`gateway` answers Discord, `delivery` drains the outbox, `poller` polls feeds and the inbox.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from bot.delivery.ratelimit import Limits, SharedPacer
from bot.delivery.worker import DeliveryWorker
from bot.feeds import FeedClaim
from bot.models import ChatKind
from bot.ports import ChatAdapter, Messenger, Storage
from bot.settings import Settings
from storage.postgres import PostgresStorage

PLATFORMS = ("telegram", "discord", "console")
_PACERS: WeakKeyDictionary[PostgresStorage, dict[str, SharedPacer]] = WeakKeyDictionary()


@dataclass(frozen=True, slots=True)
class Role:
    """Which parts of the bot one process runs."""

    answers: frozenset[str]  # platforms whose commands this process answers
    delivers: bool
    polls: bool


ROLES: dict[str, Role] = {
    "all": Role(frozenset(PLATFORMS), delivers=True, polls=True),
    "web": Role(frozenset({"telegram"}), delivers=False, polls=False),
    "gateway": Role(frozenset({"discord"}), delivers=False, polls=False),
    "delivery": Role(frozenset(), delivers=True, polls=False),
    "poller": Role(frozenset(), delivers=False, polls=True),
}


def lanes(settings: Settings) -> dict[str, tuple[float, float]]:
    """Seconds between two sends to one private chat and to one group, per platform."""
    found: dict[str, tuple[float, float]] = {}
    for platform in PLATFORMS:
        limits = Limits.for_platform(platform, settings)
        found[platform] = (limits.interval(ChatKind.PRIVATE), limits.interval(ChatKind.GROUP))
    return found


async def open_postgres(settings: Settings) -> PostgresStorage:
    assert settings.database_url is not None
    url = settings.database_url.get_secret_value()
    return await PostgresStorage.open(url, lanes(settings), settings.delivery_lease)


def token_hash(settings: Settings, platform: str) -> str:
    """Who shares a rate limit: one bot token on one platform (the token itself never stored)."""
    token = {"telegram": settings.telegram_token, "discord": settings.discord_token}.get(platform)
    secret = token.get_secret_value() if token is not None else platform
    return hashlib.sha256(secret.encode()).hexdigest()[:24]


async def join(storage: Storage, role: str) -> None:
    """Enter the workers registry (PostgreSQL only; one SQLite process needs none)."""
    if isinstance(storage, PostgresStorage):
        await storage.register(role)


def feed_claim(storage: Storage) -> FeedClaim | None:
    return storage.claim_feed if isinstance(storage, PostgresStorage) else None


def shared_pacer(storage: PostgresStorage, platform: str, settings: Settings) -> SharedPacer:
    """The pacer on the (platform, bot token) row every process with this token shares; one
    per process and platform, so that replies and deliveries queue for the same slots."""
    pacers = _PACERS.setdefault(storage, {})
    if platform not in pacers:
        pacers[platform] = _new_pacer(storage, platform, settings)
    return pacers[platform]


def _new_pacer(storage: PostgresStorage, platform: str, settings: Settings) -> SharedPacer:
    key = token_hash(settings, platform)

    async def reserve(interval: float, count: int) -> float:
        return await storage.reserve_slot(platform, key, interval, count)

    async def hold(seconds: float) -> None:
        await storage.hold_all(platform, key, seconds)

    return SharedPacer(reserve, hold, Limits.for_platform(platform, settings).overall)


async def connect_sender(adapter: ChatAdapter) -> None:
    """An adapter that only delivers (no commands) still logs its sending client in."""
    connect = getattr(adapter, "connect_sender", None)
    if connect is not None:
        await connect()


def share_reply_limits(storage: Storage, adapters: list[ChatAdapter], settings: Settings) -> None:
    """On PostgreSQL, every message an adapter sends outside the delivery worker (command
    replies, digests) draws from the token's shared limit; the worker's sends take their slot
    before they start, so they draw once."""
    if not isinstance(storage, PostgresStorage):
        return
    for adapter in adapters:
        share = getattr(adapter, "share_rate_limit", None)
        if share is not None:
            share(shared_pacer(storage, adapter.platform, settings).acquire)


async def delivery_worker(
    storage: Storage, messenger: Messenger, settings: Settings
) -> DeliveryWorker:
    """A worker; on PostgreSQL it shares the token's rate limit and wakes on new rows."""
    if not isinstance(storage, PostgresStorage):
        return DeliveryWorker(storage, messenger, settings)
    pacer = shared_pacer(storage, messenger.platform, settings)
    rate = Limits.for_platform(messenger.platform, settings).overall
    # claims held while they wait for their turn keep chats from the other workers: take
    # about a quarter second's worth at a time
    claim = max(4, min(settings.delivery_concurrency * 4, int(rate / 4)))
    worker = DeliveryWorker(storage, messenger, settings, pacer=pacer, claim_size=claim)
    await storage.on_new_deliveries(worker.wake.set)
    return worker
