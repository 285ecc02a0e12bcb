"""Supervised background jobs: restarted with backoff, fatal when they keep failing."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.errors import Fatal, StorageUnusable
from bot.supervise import RestartPolicy, supervise

QUICK = RestartPolicy(first_delay=0.05, max_delay=0.2, max_failures=3, window=60)


class Flaky:
    """A job that fails `failures` times, then runs until stopped."""

    def __init__(self, failures: int, error: Exception | None = None) -> None:
        self.failures = failures
        self.error = error or RuntimeError("boom")
        self.starts: list[float] = []

    async def __call__(self, stop: asyncio.Event) -> None:
        self.starts.append(time.monotonic())
        if len(self.starts) <= self.failures:
            raise self.error
        await stop.wait()


async def test_a_crashed_job_is_restarted_with_growing_delays() -> None:
    job, stop = Flaky(failures=2), asyncio.Event()
    task = asyncio.create_task(supervise("the job", job, stop, QUICK))
    while len(job.starts) < 3:
        await asyncio.sleep(0.01)
    stop.set()
    await asyncio.wait_for(task, 2)
    gaps = [b - a for a, b in zip(job.starts, job.starts[1:], strict=False)]
    assert gaps[0] >= 0.05 and gaps[1] >= 0.1


async def test_a_job_that_keeps_failing_becomes_fatal_with_its_last_error() -> None:
    job = Flaky(failures=100, error=ValueError("bad state"))
    with pytest.raises(Fatal) as raised:
        await asyncio.wait_for(supervise("the feed poller", job, asyncio.Event(), QUICK), 5)
    assert len(job.starts) == 4
    assert "the feed poller failed 4 times" in raised.value.message
    assert "ValueError: bad state" in raised.value.message


async def test_an_unusable_database_is_fatal_at_once() -> None:
    job = Flaky(failures=1, error=StorageUnusable("The database x.db is read-only."))
    with pytest.raises(Fatal) as raised:
        await supervise("the inbox watcher", job, asyncio.Event(), QUICK)
    assert raised.value.message == "the inbox watcher stopped: The database x.db is read-only."
    assert len(job.starts) == 1


async def test_a_job_that_finishes_is_not_restarted() -> None:
    starts = 0

    async def once(stop: asyncio.Event) -> None:
        nonlocal starts
        starts += 1

    await supervise("nothing to do", once, asyncio.Event(), QUICK)
    assert starts == 1
