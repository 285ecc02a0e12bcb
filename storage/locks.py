"""Waiting out another process's write lock: retried with backoff, and said when it lasts."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from bot.errors import DatabaseLocked
from storage.errors import is_locked

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LockPolicy:
    """How long to wait for a lock: `patience` None waits for ever (the running bot)."""

    patience: float | None = 300.0
    warn_after: float = 10.0
    warn_every: float = 30.0
    first_delay: float = 0.01
    max_delay: float = 0.1


class LockWait:
    """The state of one wait: when it began, the next delay, when to speak up next."""

    def __init__(self, policy: LockPolicy, path: Path) -> None:
        self.policy = policy
        self.path = path
        self.began = time.monotonic()
        self.delay = policy.first_delay
        self.next_warning = policy.warn_after
        self.warned = False

    def waited(self) -> float:
        return time.monotonic() - self.began

    async def pause(self, exc: Exception) -> None:
        """Sleep before the next attempt, or give up once patience has run out."""
        waited = self.waited()
        patience = self.policy.patience
        if patience is not None and waited >= patience:
            raise DatabaseLocked(
                f"The database {self.path} stayed locked by another process for"
                f" {waited:.0f} s; try again once that process is done."
            ) from exc
        if waited >= self.next_warning:
            log.warning(
                "the database %s has been locked by another process for %.0f s; still waiting",
                self.path,
                waited,
            )
            self.warned = True
            self.next_warning = waited + self.policy.warn_every
        await asyncio.sleep(self.delay * (0.5 + random.random()))
        self.delay = min(self.policy.max_delay, self.delay * 2)


async def retry_locked(attempt: Callable[[], Awaitable[T]], policy: LockPolicy, path: Path) -> T:
    """Run `attempt` until it gets past any lock held by another connection."""
    wait: LockWait | None = None
    while True:
        try:
            result = await attempt()
        except Exception as exc:
            if not is_locked(exc):
                raise
            wait = wait or LockWait(policy, path)
            await wait.pause(exc)
            continue
        if wait is not None and wait.warned:
            log.warning("the database %s is free again after %.0f s", path, wait.waited())
        return result
