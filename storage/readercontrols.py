"""The SqliteStorage methods for reader filters: mutes and how broad a phrase is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from bot.models import Chat, ChatKind, PhraseShare
from storage import mutes

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
