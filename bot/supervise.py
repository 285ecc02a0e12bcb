"""Background jobs under watch: a crash is logged and restarted with backoff, or ends the bot."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.aio import sleep_unless
from bot.errors import Fatal, NewsbotError, StorageUnusable

log = logging.getLogger(__name__)
Job = Callable[[asyncio.Event], Awaitable[None]]


class Shutdown(asyncio.Event):
    """The bot's stop signal, which also remembers a fatal reason for the exit code."""

    def __init__(self) -> None:
        super().__init__()
        self.failure: Fatal | None = None


def fail(stop: asyncio.Event, reason: str) -> None:
    """Stop the bot because it cannot go on; `newsbot run` then exits non-zero with `reason`."""
    if isinstance(stop, Shutdown) and stop.failure is None:
        stop.failure = Fatal(reason)
    stop.set()


@dataclass(frozen=True, slots=True)
class RestartPolicy:
    """Restart after 1, 2, 4 ... s; more than `max_failures` within `window` s is fatal."""

    first_delay: float = 1.0
    max_delay: float = 60.0
    max_failures: int = 3
    window: float = 600.0


async def supervise(
    name: str, job: Job, stop: asyncio.Event, policy: RestartPolicy | None = None
) -> None:
    """Run `job` until it returns or `stop` is set; raise Fatal when it cannot be kept alive."""
    policy = policy or RestartPolicy()
    failures: list[float] = []
    while not stop.is_set():
        try:
            await job(stop)
            return
        except Exception as exc:
            if isinstance(exc, Fatal | StorageUnusable):
                raise Fatal(f"{name} stopped: {_reason(exc)}") from exc
            now = time.monotonic()
            failures = [t for t in failures if now - t < policy.window] + [now]
            if len(failures) > policy.max_failures:
                raise Fatal(
                    f"{name} failed {len(failures)} times in {policy.window:.0f} s;"
                    f" the last error: {_reason(exc)}"
                ) from exc
            delay = min(policy.max_delay, policy.first_delay * 2 ** (len(failures) - 1))
            log.error("%s failed; restarting it in %g s", name, delay, exc_info=exc)
            await sleep_unless(stop, delay)


def _reason(exc: BaseException) -> str:
    return exc.message if isinstance(exc, NewsbotError) else f"{type(exc).__name__}: {exc}"
