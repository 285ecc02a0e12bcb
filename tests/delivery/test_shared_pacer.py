"""Processes sharing one rate limit through one slot row (here the row lives in memory)."""

from __future__ import annotations

import asyncio
import time

from bot.delivery.ratelimit import SharedPacer
from tests.scaleout.cluster import worst_window


class SlotRow:
    """The GCRA row: next_slot = max(next_slot, now) + count * interval, first slot returned."""

    def __init__(self, round_trip: float = 0.002) -> None:
        self.next_slot = 0.0
        self.held = 0.0
        self.round_trip = round_trip
        self.slots: list[float] = []  # every slot handed out

    async def reserve(self, interval: float, count: int) -> float:
        await asyncio.sleep(self.round_trip / 2)
        slot = max(self.next_slot, time.time())
        self.next_slot = slot + interval * count
        self.slots.extend(slot + n * interval for n in range(count))
        await asyncio.sleep(self.round_trip / 2)
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


async def test_a_slow_round_trip_overlaps_sending_instead_of_adding_to_it() -> None:
    row = SlotRow(round_trip=0.02)  # as long as two fifths of a reservation's slots
    pacer = SharedPacer(row.reserve, row.hold, rate=100)
    sent: list[float] = []
    for _ in range(100):
        await pacer.acquire()
        sent.append(time.time())
    assert 99 / (sent[-1] - sent[0]) >= 0.95 * 100


async def test_a_send_never_leaves_later_than_allowed_after_its_slot() -> None:
    """A machine too busy to wake the sleeper in time costs slots, never the window."""
    row = SlotRow()
    pacer = SharedPacer(row.reserve, row.hold, rate=200)
    sent: list[float] = []

    async def hog() -> None:
        while len(sent) < 300:
            await asyncio.sleep(0.05)
            time.sleep(0.03)  # the event loop gets no CPU for a moment

    async def send() -> None:
        for _ in range(300):
            await pacer.acquire()
            sent.append(time.time())

    await asyncio.gather(hog(), send())
    slots = sorted(row.slots)
    late = [at - max(s for s in slots if s <= at) for at in sent]
    assert max(late) <= pacer.late + 0.002  # the moment between waking and the send
    assert worst_window(sent) <= 200


def test_the_worst_window_is_found_wherever_it_starts_and_counts_both_ends() -> None:
    steady = [n / 10 for n in range(30)]  # 10 a second, on the tenths
    burst = [1.5 + n / 1000 for n in range(8)]  # 8 more around the half second
    assert worst_window(steady + burst) == 10 + 8 + 1  # 1.0 .. 2.0 holds 11 of the tenths
    assert worst_window([0.0, 1.0]) == 2
    assert worst_window([0.0, 1.0001]) == 1
