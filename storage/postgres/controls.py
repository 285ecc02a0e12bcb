"""The PostgresStorage methods for reader controls: mutes, digests and chats' own feeds."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from bot.models import Chat, ChatFeed, ChatKind, DigestJob, DigestSettings, PhraseShare
from bot.status import WorkerInfo
from storage.postgres import chatfeeds, digests, mutes

T = TypeVar("T")


class ReaderControls:
    """Mixed into PostgresStorage, which provides `_tx`, `_read`, the worker and its lease."""

    worker: WorkerInfo
    lease: float

    async def _tx(self, fn: Callable[..., Awaitable[T]], *args: Any) -> T:
        raise NotImplementedError

    async def _read(self, fn: Callable[..., Awaitable[T]], *args: Any) -> T:
        raise NotImplementedError

    async def add_mute(self, chat: Chat, phrase: str, chat_kind: ChatKind) -> bool:
        return await self._tx(mutes.add_mute, chat, phrase, chat_kind)

    async def remove_mute(self, chat: Chat, phrase: str) -> bool:
        return await self._tx(mutes.remove_mute, chat, phrase)

    async def mutes(self, chat: Chat) -> list[str]:
        return await self._read(mutes.mutes, chat)

    async def phrase_share(self, phrase: str, newest: int) -> PhraseShare:
        return await self._read(mutes.phrase_share, phrase, newest)

    async def set_digest(
        self, chat: Chat, schedule: str | None, chat_kind: ChatKind, now: float
    ) -> DigestSettings:
        return await self._tx(digests.set_digest, chat, schedule, chat_kind, now)

    async def set_timezone(
        self, chat: Chat, timezone: str, chat_kind: ChatKind, now: float
    ) -> DigestSettings:
        return await self._tx(digests.set_timezone, chat, timezone, chat_kind, now)

    async def digest_settings(self, chat: Chat) -> DigestSettings:
        return await self._read(digests.digest_settings, chat)

    async def take_digests(self, platform: str, now: float) -> int:
        return await self._tx(digests.take_digests, platform, now)

    async def due_digests(self, platform: str, now: float, limit: int) -> list[DigestJob]:
        return await self._tx(digests.due_digests, platform, now, limit, self.worker.id, self.lease)

    async def digest_progress(self, digest_id: int, parts_sent: int, *, done: bool) -> None:
        await self._tx(digests.digest_progress, digest_id, parts_sent, done)

    async def digest_retry(
        self, digest_id: int, next_attempt: float, error: str, *, failed: bool = False
    ) -> None:
        await self._tx(digests.digest_retry, digest_id, next_attempt, error, failed)

    async def add_chat_feed(self, chat: Chat, feed: ChatFeed, chat_kind: ChatKind | None) -> bool:
        return await self._tx(chatfeeds.add_chat_feed, chat, feed, chat_kind)

    async def remove_chat_feed(self, chat: Chat, url: str) -> bool:
        return await self._tx(chatfeeds.remove_chat_feed, chat, url)

    async def chat_feeds(self, chat: Chat) -> list[ChatFeed]:
        return await self._read(chatfeeds.chat_feeds, chat)

    async def polled_chat_feeds(self) -> list[ChatFeed]:
        return await self._read(chatfeeds.polled_chat_feeds)
