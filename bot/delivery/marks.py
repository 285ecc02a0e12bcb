"""Sent marks, stored in batches: a chat stays busy until its mark is safely written."""

from __future__ import annotations

import asyncio
import logging
import time

from bot.models import SentMark
from bot.ports import Storage

log = logging.getLogger(__name__)


class SentMarks:
    """Writes 'sent' marks in batches: one transaction for every send that finished meanwhile.

    `add` returns only once its mark is stored, and the chat stays busy until then, so a
    crash can repeat at most the one send per chat that was in flight. A mark that cannot be
    stored yet (a locked database, a full disk) stays in memory and is retried until it is:
    giving up would free the chat and send the article again.
    """

    def __init__(self, storage: Storage, first_delay: float = 0.5, max_delay: float = 30.0) -> None:
        self.storage = storage
        self.first_delay = first_delay
        self.max_delay = max_delay
        self._pending: list[SentMark] = []
        self._done: asyncio.Future[None] | None = None
        self._writing = asyncio.Lock()
        self._tasks: set[asyncio.Task[None]] = set()

    async def add(self, delivery_id: int, message_id: str | None) -> None:
        self._pending.append(SentMark(delivery_id, message_id, time.time()))
        if self._done is None:
            self._done = asyncio.get_running_loop().create_future()
            task = asyncio.create_task(self._flush(self._done))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        await asyncio.shield(self._done)

    async def _flush(self, done: asyncio.Future[None]) -> None:
        async with self._writing:  # marks that arrive during a write go in the next one
            batch, self._pending, self._done = self._pending, [], None
            try:
                await self._store(batch)
            except asyncio.CancelledError:  # shutdown while still waiting: senders hear of it
                done.cancel()
                raise
            done.set_result(None)

    async def _store(self, batch: list[SentMark]) -> None:
        delay = self.first_delay
        while True:
            try:
                await self.storage.mark_sent(batch)
                return
            except Exception as exc:
                log.warning(
                    "%d sent marks cannot be stored yet (%s); retrying in %g s",
                    len(batch),
                    exc,
                    delay,
                )
            await asyncio.sleep(delay)
            delay = min(self.max_delay, delay * 2)
