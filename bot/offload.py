"""Parsing and extraction in worker processes, so the event loop never runs them.

Long-lived workers (started on first use from a clean fork server), one per CPU core unless
`set_workers` says otherwise, each take one job at a time. A separate process keeps a hostile
file from holding the event loop's GIL, and keeps its memory out of the bot: a worker is
replaced after `MAX_JOBS` jobs, and if it dies (out of memory, killed) or runs over
`JOB_SECONDS`, its job fails with a clear error and that worker alone is replaced, so the jobs
running beside it are never lost.
`use_threads()` runs jobs in a thread instead (cheaper to start, but it shares the GIL).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import multiprocessing
import os
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from bot.errors import ParseError

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_JOBS = 200  # jobs (a file, or a group of files) before a worker is replaced
WORKER_NICENESS = 10
JOB_SECONDS = 60.0  # every bounded parse takes a second or two; this is the safety net
PRELOAD = [  # loaded once in the fork server, so no new worker compiles the rules again
    "bot.ingest",
    "bot.extraction.quotes",
    "bot.extraction.summary",
    "bot.extraction.keyquotes",
    "bot.parsing.sources",
    "bot.parsing.seed",
]

_threads = False
_starting = threading.Lock()
_slots: list[ProcessPoolExecutor | None] = []
_free: list[int] = []
_gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)


def cpu_cores() -> int:
    """The CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def set_workers(count: int = 0) -> None:
    """Use `count` worker processes (0: one per CPU core); running workers are stopped."""
    shutdown()
    size = count if count > 0 else cpu_cores()
    with _starting:
        _slots[:] = [None] * size
        _free[:] = range(size)
        _gates.clear()


def workers() -> int:
    """How many jobs run at once: the number of worker processes."""
    if not _slots:
        set_workers()
    return len(_slots)


def use_threads(enabled: bool = True) -> None:
    """Run jobs in a thread of this process instead of the worker processes."""
    global _threads
    _threads = enabled


def _executor(slot: int) -> ProcessPoolExecutor:
    """The worker of `slot`, started and warmed up on first use (blocking: call it in a thread)."""
    with _starting:
        pool = _slots[slot]
        if pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            pool = ProcessPoolExecutor(
                1, mp_context=context, initializer=_yield_cpu, max_tasks_per_child=MAX_JOBS
            )
            pool.submit(int).result()  # the fork server and the worker are up
            _slots[slot] = pool
        return pool


def _yield_cpu() -> None:
    """In the worker: a lower priority, so chats get the CPU first when it is scarce."""
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICENESS)


def _gate() -> asyncio.Semaphore:
    """This event loop's count of free workers."""
    loop = asyncio.get_running_loop()
    gate = _gates.get(loop)
    if gate is None:
        gate = _gates[loop] = asyncio.Semaphore(workers())
    return gate


def shutdown() -> None:
    """Stop every worker process that was started."""
    with _starting:
        pools = [p for p in _slots if p is not None]
        _slots[:] = [None] * len(_slots)
    for pool in pools:
        pool.shutdown(wait=False, cancel_futures=True)


atexit.register(shutdown)


async def run(job: Callable[..., T], *args: object, timeout: float = JOB_SECONDS) -> T:
    """Run `job(*args)` off the event loop; a dead or stuck worker becomes a ParseError."""
    if _threads:
        return await asyncio.to_thread(job, *args)
    async with _gate():
        slot = _free.pop() if _free else None  # none only when several event loops share them
        try:
            return await _run_in(slot or 0, job, args, timeout)
        finally:
            if slot is not None and slot < len(_slots) and slot not in _free:
                _free.append(slot)


async def _run_in(slot: int, job: Callable[..., T], args: tuple[object, ...], timeout: float) -> T:
    """Run one job on the worker of `slot`, replacing that worker if the job breaks it."""
    pool = _slots[slot]
    executor = pool if pool is not None else await asyncio.to_thread(_executor, slot)
    loop = asyncio.get_running_loop()
    try:
        return await asyncio.wait_for(loop.run_in_executor(executor, job, *args), timeout)
    except BrokenProcessPool:
        log.error("a parsing worker stopped unexpectedly (out of memory?); starting a new one")
        _stop(slot, executor, kill=False)
        raise ParseError(
            "the worker reading it stopped unexpectedly (too big or too complex?)"
        ) from None
    except TimeoutError:
        log.error("a parsing job ran over %g s; its worker is stopped", timeout)
        _stop(slot, executor, kill=True)
        raise ParseError(f"reading it took longer than {timeout:g} s, so it was given up") from None


def _stop(slot: int, pool: ProcessPoolExecutor, *, kill: bool) -> None:
    """Stop the worker of `slot` (at once, mid-job, when `kill`); the next job starts another."""
    with _starting:
        if slot < len(_slots) and _slots[slot] is pool:
            _slots[slot] = None
    if kill:  # Python 3.11 has no public way to stop a worker mid-job
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
