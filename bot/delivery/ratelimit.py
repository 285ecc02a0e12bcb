"""Smooth rate limits: evenly spaced sends overall and per chat, never bursts."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from bot.models import ChatKind
from bot.settings import Settings

# A hair of extra spacing so float rounding can never fit rate+1 sends in one window.
_SLACK = 1.002


@dataclass(frozen=True, slots=True)
class Limits:
    """Sends per second overall, to one chat, and to one group or channel."""

    overall: float
    per_chat: float
    per_group: float

    @classmethod
    def for_platform(cls, platform: str, settings: Settings) -> Limits:
        if platform == "telegram":
            group = settings.telegram_group_per_minute / 60.0
            return cls(settings.telegram_rate, settings.telegram_chat_rate, group)
        if platform == "discord":
            return cls(
                settings.discord_rate, settings.discord_chat_rate, settings.discord_chat_rate
            )
        return cls(settings.console_rate, settings.console_rate, settings.console_rate)

    def interval(self, kind: ChatKind) -> float:
        """Seconds between two sends to one chat of this kind."""
        rate = self.per_chat if kind is ChatKind.PRIVATE else min(self.per_chat, self.per_group)
        return _SLACK / rate


class Pacer:
    """Spaces events at least 1/rate seconds apart; also pausable for a global 429."""

    def __init__(self, rate: float) -> None:
        self.interval = _SLACK / rate
        self._next = 0.0
        self._paused_until = 0.0
        self._lock = asyncio.Lock()

    def pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    async def acquire(self) -> None:
        async with self._lock:
            now = time.monotonic()
            start = max(now, self._next, self._paused_until)
            if start > now:
                await asyncio.sleep(start - now)
            self._next = max(start, time.monotonic()) + self.interval


class ChatClock:
    """When each chat may be sent to next (per-chat pacing and per-chat retry-after)."""

    def __init__(self) -> None:
        self._ready: dict[str, float] = {}

    def ready_at(self, chat_id: str) -> float:
        return self._ready.get(chat_id, 0.0)

    def hold(self, chat_id: str, until: float) -> None:
        self._ready[chat_id] = max(self._ready.get(chat_id, 0.0), until)

    def waiting(self, now: float) -> set[str]:
        """Chats that may not be sent to yet; forgets the ones whose time has passed."""
        done = [chat for chat, at in self._ready.items() if at <= now]
        for chat in done:
            del self._ready[chat]
        return set(self._ready)
