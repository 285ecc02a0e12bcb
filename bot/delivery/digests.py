"""The digest sender: turns due schedules into digests and sends each, part by part.

A digest is durable outbox work: its row names the articles it lists, and each part that
goes out is recorded before the next is sent. After a crash the digest is sent again from
the first part not recorded, so nothing is lost and at most the one part in flight repeats
(the same promise single posts have).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from bot import digests
from bot.delivery.ratelimit import Limits
from bot.delivery.worker import backoff
from bot.models import DigestJob, Post
from bot.outcomes import Gone, Migrated, Outcome, Permanent, RetryAfter, Sent, Transient
from bot.ports import Messenger, Storage
from bot.settings import Settings

log = logging.getLogger(__name__)
BATCH = 20


class DigestSender:
    """Sends scheduled digests for one platform; one chat's trouble never stops the others."""

    def __init__(self, storage: Storage, messenger: Messenger, settings: Settings) -> None:
        self.storage = storage
        self.messenger = messenger
        self.settings = settings
        self.platform = messenger.platform
        self.limits = Limits.for_platform(self.platform, settings)
        self.sent = 0

    async def run(self, stop: asyncio.Event) -> None:
        """Check for due digests every poll interval until `stop` is set."""
        while not stop.is_set():
            await self.step()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.settings.delivery_poll_interval)

    async def step(self, now: float | None = None) -> int:
        """Bundle due schedules, then send every digest due; returns how many finished."""
        when = time.time() if now is None else now
        await self.storage.take_digests(self.platform, when)
        done = 0
        for job in await self.storage.due_digests(self.platform, when, BATCH):
            try:
                done += await self._send(job)
            except Exception:  # the sender must outlive any one digest
                log.exception("digest %d to %s failed unexpectedly", job.id, job.chat)
        return done

    async def _send(self, job: DigestJob) -> int:
        parts = self.messenger.digest_parts(digests.build(await self._posts(job)))
        for index in range(job.parts_sent, len(parts)):
            if index > job.parts_sent:
                await asyncio.sleep(self.limits.interval(job.chat_kind))
            outcome = await self._send_part(job, parts[index])
            if not isinstance(outcome, Sent):
                await self._trouble(job, outcome)
                return 0
            done = index + 1 == len(parts)
            await self.storage.digest_progress(job.id, index + 1, done=done)
            self.sent += 1
        if not parts:
            await self.storage.digest_progress(job.id, 0, done=True)
        return 1

    async def _posts(self, job: DigestJob) -> list[Post]:
        articles = await self.storage.get_articles(job.article_ids)
        return [Post.from_article(a) for a in articles]

    async def _send_part(self, job: DigestJob, part: str) -> Outcome:
        try:
            return await asyncio.wait_for(
                self.messenger.send_text(job.chat.chat_id, part, job.chat.thread),
                timeout=self.settings.fetch_timeout * 3,
            )
        except TimeoutError:
            return Transient("the platform did not answer in time")
        except Exception as exc:  # a messenger bug must not stop other digests
            return Transient(f"{type(exc).__name__}: {exc}")

    async def _trouble(self, job: DigestJob, outcome: Outcome) -> None:
        """A part did not go out: retry the rest later, or give up when it never can."""
        now, retry, failed = time.time(), 0.0, False
        match outcome:
            case Gone(reason):
                await self.storage.deactivate_chat(job.chat, reason)
                failed = True
            case Migrated(new_chat_id):
                await self.storage.migrate_chat(job.chat, new_chat_id)
                reason = f"chat moved to {new_chat_id}"
            case RetryAfter(seconds, _):
                retry, reason = seconds, f"rate limited for {seconds:g} s"
            case Transient(reason):
                settings = self.settings
                retry = backoff(
                    job.attempts + 1, settings.delivery_backoff, settings.delivery_max_backoff
                )
                failed = job.attempts + 1 >= settings.delivery_max_attempts
            case Permanent(reason):
                failed = True
            case _:
                reason, failed = f"unexpected outcome {outcome!r}", True
        await self.storage.digest_retry(job.id, now + retry, reason, failed=failed)
        log.warning("digest %d to %s: %s", job.id, job.chat, reason)
