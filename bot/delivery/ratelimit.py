"""Smooth rate limits: evenly spaced sends overall and per chat, never bursts."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Protocol

from bot.models import ChatKind
from bot.settings import Settings

# A hair of extra spacing so float rounding can never fit rate+1 sends in one window.
_SLACK = 1.002
# True inside a delivery's own task: the worker took its slot before starting it, so the send
# must not take another where the adapter paces what else it sends (replies, digests)
SLOT_TAKEN: ContextVar[bool] = ContextVar("slot_taken", default=False)


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
    """Evenly spaced slots at `rate` per second, and never more than `rate` in any second.

    Slots follow a fixed schedule, so a late wake-up does not slow the whole run down; the
    sliding one-second log is the hard cap that keeps any catch-up within the limit.
    """

    def __init__(self, rate: float) -> None:
        self.interval = _SLACK / rate
        # 1% headroom: a send leaves a moment after its slot, and that moment varies
        self.cap = max(1, int(rate * 0.99))
        # how far behind schedule sends may catch up: one slot, or 5 ms of slots at high rates
        self.catch_up = max(self.interval, 0.005)
        self._next = 0.0
        self._paused_until = 0.0
        self._recent: deque[float] = deque()
        self._lock = asyncio.Lock()

    def pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    async def acquire(self) -> None:
        async with self._lock:
            now = time.monotonic()
            slot = max(now - self.catch_up, self._next, self._paused_until)
            if len(self._recent) >= self.cap:
                slot = max(slot, self._recent[0] + 1.0 + 1e-6)
            if slot > now:
                await asyncio.sleep(slot - now)
            sent_at = time.monotonic()
            self._next = slot + self.interval
            self._recent.append(sent_at)
            while self._recent and self._recent[0] <= sent_at - 1.0:
                self._recent.popleft()


class ChatClock:
    """When each chat may be sent to next (per-chat pacing and per-chat retry-after)."""

    def __init__(self) -> None:
        self._ready: dict[str, float] = {}

    def hold(self, chat_id: str, until: float) -> None:
        self._ready[chat_id] = max(self._ready.get(chat_id, 0.0), until)

    def next_ready(self) -> float | None:
        """The earliest moment a held chat may be sent to again (None if none is held)."""
        return min(self._ready.values(), default=None)

    def waiting(self, now: float) -> set[str]:
        """Chats that may not be sent to yet; forgets the ones whose time has passed."""
        done = [chat for chat, at in self._ready.items() if at <= now]
        for chat in done:
            del self._ready[chat]
        return set(self._ready)


class SendPacer(Protocol):
    """What the worker needs from a pacer: wait for a send slot; hold everything a while."""

    async def acquire(self) -> None: ...

    def pause(self, seconds: float) -> None: ...


class SharedPacer:
    """One rate limit shared by every process sending with one bot token (GCRA on a row).

    A process reserves its next few slots on the shared row in one round trip (about 50 ms
    worth) and sleeps until each in turn; `reserve` returns the first slot as epoch seconds.
    The next reservation starts while half of the current one is left, so its round trip
    overlaps sending. Slots are spaced for `headroom` of the limit. A send may leave up to
    `late` seconds after its slot (a quarter of the headroom: a busy machine wakes sleepers
    late); a slot gone by further is dropped, never used. So any 1-second window holds at most
    the slots of 1 + `late` seconds (194 at a limit of 200), and the rest of the headroom is
    left for the way to the platform (a starved sender or network bunches requests).
    """

    def __init__(
        self,
        reserve: Callable[[float, int], Awaitable[float]],
        hold: Callable[[float], Awaitable[None]],
        rate: float,
        headroom: float = 0.96,
    ) -> None:
        self.interval = 1.0 / (rate * headroom)
        self.late = (1.0 - headroom) / 4
        self.batch = max(1, round(0.05 / self.interval))
        self._reserve = reserve
        self._hold = hold
        self._slots: deque[float] = deque()
        self._filling: asyncio.Future[None] | None = None
        self._paused_until = 0.0
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Future[None]] = set()

    async def acquire(self) -> None:
        async with self._lock:
            pause = self._paused_until - time.monotonic()
            if pause > 0:
                await asyncio.sleep(pause)
            while True:
                slot = await self._next_slot()
                wait = slot - time.time()  # hosts keep their clocks in step (NTP)
                if wait > 0:
                    await asyncio.sleep(wait)
                if time.time() - slot <= self.late:  # else woke too late for it
                    return

    async def _next_slot(self) -> float:
        while True:
            now = time.time()
            while self._slots and self._slots[0] < now - self.late:
                self._slots.popleft()
            self._reserve_ahead()
            if self._slots:
                return self._slots.popleft()
            assert self._filling is not None
            await self._filling  # a failed reservation raises here

    def _reserve_ahead(self) -> None:
        """Start the next reservation once half of the slots in hand are used."""
        filling = self._filling
        if filling is not None and not filling.done():
            return
        if filling is not None and not filling.cancelled():
            filling.exception()  # seen: a failed reservation is simply made again
        if len(self._slots) <= self.batch // 2:
            self._filling = asyncio.ensure_future(self._fill())

    async def _fill(self) -> None:
        first = await self._reserve(self.interval, self.batch)
        self._slots.extend(first + n * self.interval for n in range(self.batch))

    def pause(self, seconds: float) -> None:
        """The platform asked everyone to wait: this process at once, the others via the row."""
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)
        self._slots.clear()
        task: asyncio.Future[None] = asyncio.ensure_future(self._hold(seconds))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
