"""Parsing and extraction in a worker process, so the event loop never runs them.

One long-lived worker (started on first use from a clean fork server) takes one job at a
time. A separate process keeps a hostile file from holding the event loop's GIL, and keeps
its memory out of the bot: the worker is replaced after `MAX_JOBS` jobs, and if it dies (out
of memory, killed) or runs over `JOB_SECONDS`, the job fails with a clear error and the next
job gets a fresh worker.
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
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from bot.errors import ParseError

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_JOBS = 200
WORKER_NICENESS = 10
JOB_SECONDS = 60.0  # every bounded parse takes a second or two; this is the safety net
PRELOAD = ["bot.ingest", "bot.extraction", "bot.parsing.sources", "bot.parsing.seed"]

_pool: ProcessPoolExecutor | None = None
_threads = False
_starting = threading.Lock()


def use_threads(enabled: bool = True) -> None:
    """Run jobs in a thread of this process instead of the worker process."""
    global _threads
    _threads = enabled


def _executor() -> ProcessPoolExecutor:
    """The worker pool, started and warmed up on first use (blocking: call it in a thread)."""
    global _pool
    with _starting:
        if _pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            pool = ProcessPoolExecutor(
                1, mp_context=context, initializer=_yield_cpu, max_tasks_per_child=MAX_JOBS
            )
            pool.submit(int).result()  # the fork server and the worker are up
            _pool = pool
        return _pool


def _yield_cpu() -> None:
    """In the worker: a lower priority, so chats get the CPU first when it is scarce."""
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICENESS)


def shutdown() -> None:
    """Stop the worker process, if one was started."""
    global _pool
    pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


atexit.register(shutdown)


async def run(job: Callable[..., T], *args: object, timeout: float = JOB_SECONDS) -> T:
    """Run `job(*args)` off the event loop; a dead or stuck worker becomes a ParseError."""
    loop = asyncio.get_running_loop()
    if _threads:
        return await asyncio.to_thread(job, *args)
    executor: Executor = _pool if _pool is not None else await asyncio.to_thread(_executor)
    try:
        return await asyncio.wait_for(loop.run_in_executor(executor, job, *args), timeout)
    except BrokenProcessPool:
        log.error("the parsing worker stopped unexpectedly (out of memory?); starting a new one")
        if executor is _pool:
            shutdown()
        raise ParseError(
            "the worker reading it stopped unexpectedly (too big or too complex?)"
        ) from None
    except TimeoutError:
        log.error("a parsing job ran over %g s; its worker is stopped", timeout)
        if executor is _pool:
            _kill()
        raise ParseError(f"reading it took longer than {timeout:g} s, so it was given up") from None


def _kill() -> None:
    """Stop the worker now, mid-job (Python 3.11 has no public way to do this)."""
    global _pool
    pool, _pool = _pool, None
    if pool is not None:
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)
