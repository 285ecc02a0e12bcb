"""Processes sharing one rate limit through one slot row (here the row lives in memory)."""

from __future__ import annotations

import asyncio
import time

from bot.delivery.ratelimit import SharedPacer
from tests.scaleout.cluster import worst_window


class SlotRow:
    """The GCRA row: next_slot = max(next_slot, now) + count * interval, first slot returned."""

    def __init__(self) -> None:
        self.next_slot = 0.0
        self.held = 0.0

    async def reserve(self, interval: float, count: int) -> float:
        await asyncio.sleep(0.002)  # a database round trip
        slot = max(self.next_slot, time.time())
        self.next_slot = slot + interval * count
        return slot

    async def hold(self, seconds: float) -> None:
        self.next_slot = max(self.next_slot, time.time() + seconds)
        self.held = seconds


async def test_three_pacers_together_keep_under_the_limit_and_near_it() -> None:
    row = SlotRow()
    pacers = [SharedPacer(row.reserve, row.hold, rate=100) for _ in range(3)]
    sent: list[float] = []

    async def send(pacer: SharedPacer, count: int) -> None:
        for _ in range(count):
            await pacer.acquire()
            sent.append(time.time())

    started = time.time()
    await asyncio.gather(*(send(p, 60) for p in pacers))
    took = time.time() - started
    assert worst_window(sent) <= 100
    assert 180 / took >= 0.9 * 100  # close to the limit, not merely under it


async def test_a_global_retry_after_holds_every_process() -> None:
    row = SlotRow()
    one, two = (SharedPacer(row.reserve, row.hold, rate=100) for _ in range(2))
    one.pause(0.3)
    await asyncio.sleep(0.01)  # the hold reaches the row
    started = time.time()
    await two.acquire()
    assert row.held == 0.3 and time.time() - started >= 0.25
