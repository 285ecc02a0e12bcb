"""The SqliteStorage methods for reader controls: mutes, phrase breadth, digest schedules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from bot.models import Chat, ChatKind, DigestJob, DigestSettings, PhraseShare
from storage import digests, mutes

T = TypeVar("T")


class ReaderControls:
    """Mixed into SqliteStorage, which provides `_run` and `_write`."""

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        raise NotImplementedError

    async def _write(self, fn: Callable[..., T], *args: Any) -> T:
        raise NotImplementedError

    async def add_mute(self, chat: Chat, phrase: str, chat_kind: ChatKind) -> bool:
        return await self._write(mutes.add_mute, chat, phrase, chat_kind)

    async def remove_mute(self, chat: Chat, phrase: str) -> bool:
        return await self._write(mutes.remove_mute, chat, phrase)

    async def mutes(self, chat: Chat) -> list[str]:
        return await self._run(mutes.mutes, chat)

    async def phrase_share(self, phrase: str, newest: int) -> PhraseShare:
        return await self._run(mutes.phrase_share, phrase, newest)

    async def set_digest(
        self, chat: Chat, schedule: str | None, chat_kind: ChatKind, now: float
    ) -> DigestSettings:
        return await self._write(digests.set_digest, chat, schedule, chat_kind, now)

    async def set_timezone(
        self, chat: Chat, timezone: str, chat_kind: ChatKind, now: float
    ) -> DigestSettings:
        return await self._write(digests.set_timezone, chat, timezone, chat_kind, now)

    async def digest_settings(self, chat: Chat) -> DigestSettings:
        return await self._run(digests.digest_settings, chat)

    async def take_digests(self, platform: str, now: float) -> int:
        return await self._write(digests.take_digests, platform, now)

    async def due_digests(self, platform: str, now: float, limit: int) -> list[DigestJob]:
        return await self._run(digests.due_digests, platform, now, limit)

    async def digest_progress(self, digest_id: int, parts_sent: int, *, done: bool) -> None:
        await self._write(digests.digest_progress, digest_id, parts_sent, done)

    async def digest_retry(
        self, digest_id: int, next_attempt: float, error: str, *, failed: bool = False
    ) -> None:
        await self._write(digests.digest_retry, digest_id, next_attempt, error, failed)
