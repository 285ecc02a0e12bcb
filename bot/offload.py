"""Parsing and extraction in a worker process, so the event loop never runs them.

One long-lived worker (started on first use from a clean fork server) takes one job at a
time. A separate process keeps a hostile file from holding the event loop's GIL, and keeps
its memory out of the bot: the worker is replaced after `MAX_JOBS` jobs, and if it dies (out
of memory, killed) the job fails with a clear error and the next job gets a fresh worker.
`use_threads()` runs jobs in a thread instead (cheaper to start, but it shares the GIL).
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from bot.errors import ParseError

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_JOBS = 200
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
            pool = ProcessPoolExecutor(1, mp_context=context, max_tasks_per_child=MAX_JOBS)
            pool.submit(int).result()  # the fork server and the worker are up
            _pool = pool
        return _pool


def shutdown() -> None:
    """Stop the worker process, if one was started."""
    global _pool
    pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


atexit.register(shutdown)


async def run(job: Callable[..., T], *args: object) -> T:
    """Run `job(*args)` off the event loop; a dead worker becomes a ParseError."""
    loop = asyncio.get_running_loop()
    if _threads:
        return await asyncio.to_thread(job, *args)
    executor: Executor = _pool if _pool is not None else await asyncio.to_thread(_executor)
    try:
        return await loop.run_in_executor(executor, job, *args)
    except BrokenProcessPool:
        log.error("the parsing worker stopped unexpectedly (out of memory?); starting a new one")
        if executor is _pool:
            shutdown()
        raise ParseError(
            "the worker reading it stopped unexpectedly (too big or too complex?)"
        ) from None
