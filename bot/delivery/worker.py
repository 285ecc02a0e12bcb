"""The delivery worker: drains the outbox through one Messenger, paced and retried."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import OrderedDict

from bot.delivery.marks import SentMarks
from bot.delivery.ratelimit import SLOT_TAKEN, ChatClock, Limits, Pacer, SendPacer
from bot.models import Chat, Post
from bot.outcomes import Delivery, Gone, Migrated, Outcome, Permanent, RetryAfter, Sent, Transient
from bot.ports import Messenger, Storage
from bot.settings import Settings
from bot.status import topic_problem_key
from bot.text import plural

log = logging.getLogger(__name__)
MAX_GLOBAL_PAUSE = 60.0
POST_CACHE = 256
BATCH_WINDOW = 0.003  # seconds to gather finished sends before asking for more work
CLAIM_SECONDS = 0.25  # a claim holds about this long of one worker's sending
MIN_CLAIM = 4


class DeliveryWorker:
    """Sends due outbox rows for one platform; one chat's trouble never holds up the others."""

    def __init__(
        self,
        storage: Storage,
        messenger: Messenger,
        settings: Settings,
        limits: Limits | None = None,
        pacer: SendPacer | None = None,
        claim_size: int | None = None,
    ) -> None:
        self.storage = storage
        self.messenger = messenger
        self.settings = settings
        self.platform = messenger.platform
        self.limits = limits or Limits.for_platform(self.platform, settings)
        self.pacer: SendPacer = pacer or Pacer(self.limits.overall)
        # deliveries asked for per step: at most claim_limit, and about CLAIM_SECONDS of this
        # worker's own sending, which with several workers is a share of the rate
        self.claim_limit = claim_size or settings.delivery_concurrency * 4
        self.claim_size = self.claim_limit
        self.clock = ChatClock()
        self.wake = asyncio.Event()
        self._inflight: dict[str, asyncio.Task[None]] = {}
        self._slots = asyncio.Semaphore(max(1, settings.delivery_concurrency))
        self._posts: OrderedDict[int, Post] = OrderedDict()
        self.marks = SentMarks(storage)
        self.sent = 0
        self._ahead: asyncio.Future[list[Delivery]] | None = None

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until `stop` is set, then let in-flight sends finish."""
        log.info("delivery to %s started", self.platform)
        try:
            while not stop.is_set():
                if not await self.step():
                    await self._idle(stop, self._until_a_chat_is_free())
                    await asyncio.sleep(BATCH_WINDOW)  # let a few more sends finish first
        finally:
            await self._send_claimed_ahead()
            await self.finish()
            log.info("delivery to %s stopped after %d sends", self.platform, self.sent)

    async def step(self) -> int:
        """Start sends for the deliveries due now; returns how many were started."""
        ahead, self._ahead = self._ahead, None
        batch = await (ahead or self._claim([]))
        await self._send_batch(batch, claim_ahead=len(batch) >= self.claim_size)
        return len(batch)

    async def _send_batch(self, batch: list[Delivery], claim_ahead: bool) -> None:
        """Start each send in its slot; halfway through a full batch, claim the next one."""
        began = time.monotonic()
        for n, delivery in enumerate(batch):
            if claim_ahead and n == len(batch) // 2:
                self._claim_ahead(batch[n:])
            await self._slots.acquire()
            await self.pacer.acquire()
            self._start(delivery)
        if claim_ahead:  # a full batch shows how fast this worker gets to send
            self._fit_claims(len(batch), time.monotonic() - began)

    def _fit_claims(self, sent: int, took: float) -> None:
        """Claim about CLAIM_SECONDS of sending: held longer, chats wait for this worker while
        the others have nothing to send."""
        pace = sent / max(took, 1e-3)
        self.claim_size = max(MIN_CLAIM, min(self.claim_limit, round(pace * CLAIM_SECONDS)))

    async def _claim(self, queued: list[Delivery]) -> list[Delivery]:
        """Due deliveries for chats not busy here (in flight, waiting, or queued to send)."""
        busy = set(self._inflight) | self.clock.waiting(time.monotonic())
        busy.update(d.chat.chat_id for d in queued)
        batch = await self.storage.due_deliveries(
            self.platform, time.time(), limit=self.claim_size, exclude=list(busy)
        )
        await self._load_posts([d.article_id for d in batch])  # no query between slot and send
        return batch

    def _claim_ahead(self, queued: list[Delivery]) -> None:
        """Claim the next batch while this one is sent, so sending never waits for a claim."""
        self._ahead = asyncio.ensure_future(self._claim(queued))

    async def _send_claimed_ahead(self) -> None:
        """On stop, send a batch already claimed rather than leave its chats held."""
        ahead, self._ahead = self._ahead, None
        if ahead is None:
            return
        try:
            batch = await ahead
        except Exception:  # a failed claim took nothing
            return
        await self._send_batch(batch, claim_ahead=False)

    async def drain(self, timeout: float = 10.0) -> None:
        """Send everything due now and wait for it (tests and one-shot runs)."""
        deadline = time.monotonic() + timeout
        never = asyncio.Event()
        while time.monotonic() < deadline:
            started = await self.step()
            if not started and not self._inflight and not await self._due_now():
                return
            if not started:
                await self._idle(never, min(0.01, self.settings.delivery_poll_interval))
        raise TimeoutError(f"the outbox for {self.platform} did not drain in {timeout} s")

    def _until_a_chat_is_free(self) -> float:
        """Sleep no longer than the poll interval, nor past the first held chat's turn."""
        poll = self.settings.delivery_poll_interval
        ready = self.clock.next_ready()
        return poll if ready is None else min(poll, max(0.001, ready - time.monotonic()))

    async def _due_now(self) -> bool:
        """Whether any delivery is due, including ones held back only by pacing."""
        return bool(await self.storage.due_deliveries(self.platform, time.time(), limit=1))

    async def finish(self) -> None:
        """Wait for sends in flight."""
        if self._inflight:
            await asyncio.gather(*self._inflight.values(), return_exceptions=True)

    async def _idle(self, stop: asyncio.Event, timeout: float | None = None) -> None:
        """Wait until a send finishes, `stop` is set, or the poll interval passes."""
        self.wake.clear()
        waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self.wake.wait())]
        try:
            await asyncio.wait(
                waiters,
                timeout=timeout or self.settings.delivery_poll_interval,
                return_when=asyncio.FIRST_COMPLETED,
            )
        finally:
            for waiter in waiters:
                waiter.cancel()

    def _start(self, delivery: Delivery) -> None:
        chat_id = delivery.chat.chat_id
        self.clock.hold(chat_id, time.monotonic() + self.limits.interval(delivery.chat_kind))
        task = asyncio.create_task(self._deliver(delivery))
        self._inflight[chat_id] = task
        task.add_done_callback(lambda _: self._done(chat_id))

    def _done(self, chat_id: str) -> None:
        self._inflight.pop(chat_id, None)
        self._slots.release()
        self.wake.set()

    async def _deliver(self, delivery: Delivery) -> None:
        SLOT_TAKEN.set(True)  # this task's own context: the pacer gave it its slot already
        try:
            outcome = await self._send(delivery)
            await self._record(delivery, outcome)
        except Exception:  # the worker must outlive any one delivery
            log.exception("delivery %d to %s failed unexpectedly", delivery.id, delivery.chat)

    async def _send(self, delivery: Delivery) -> Outcome:
        post = await self._post(delivery.article_id)
        if post is None:
            return Permanent("the article is no longer stored")
        try:
            async with asyncio.timeout(self.settings.fetch_timeout * 3):  # no extra task
                return await self.messenger.send_post(
                    delivery.chat.chat_id, post, thread=delivery.chat.thread
                )
        except TimeoutError:
            return Transient("the platform did not answer in time")
        except Exception as exc:  # a messenger bug must not stop delivery to other chats
            return Transient(f"{type(exc).__name__}: {exc}")

    async def _post(self, article_id: int) -> Post | None:
        if article_id not in self._posts:
            await self._load_posts([article_id])
        return self._posts.get(article_id)

    async def _load_posts(self, article_ids: list[int]) -> None:
        """What the posts show (no bodies), for the ones not cached yet, in one query."""
        missing = sorted({a for a in article_ids if a not in self._posts})
        for article in await self.storage.get_articles(missing) if missing else []:
            post = Post.from_article(article)
            self._posts[post.article_id] = post
        while len(self._posts) > max(POST_CACHE, len(missing)):
            self._posts.popitem(last=False)

    async def _record(self, delivery: Delivery, outcome: Outcome) -> None:
        chat = delivery.chat
        match outcome:
            case Sent(message_id):
                await self.marks.add(delivery.id, message_id)
                self.sent += 1
            case RetryAfter(seconds, global_limit):
                self._retry_after(delivery, seconds, global_limit)
                await self.storage.mark_retry(
                    delivery.id,
                    time.time() + seconds,
                    f"rate limited for {seconds:g} s",
                    count_attempt=False,
                )
            case Gone(reason):
                count = await self.storage.deactivate_chat(chat, reason)
                log.warning("%s is gone (%s): %d subscriptions deactivated", chat, reason, count)
                if chat.thread:
                    await self._report_lost_thread(chat, reason, count)
            case Migrated(new_chat_id):
                await self.storage.migrate_chat(chat, new_chat_id)
                await self.storage.mark_retry(
                    delivery.id, time.time(), f"chat moved to {new_chat_id}", count_attempt=False
                )
                log.info("%s moved to %s; subscriptions follow it", chat, new_chat_id)
            case Transient(reason):
                await self._transient(delivery, reason)
            case Permanent(reason):
                await self.storage.mark_failed(delivery.id, reason)
                log.warning("delivery %d to %s failed: %s", delivery.id, chat, reason)

    async def _report_lost_thread(self, chat: Chat, reason: str, count: int) -> None:
        """A deleted or closed topic stops only its own subscriptions; status says why."""
        key = topic_problem_key(chat.platform, chat.chat_id, chat.thread or "")
        stopped = plural(count, "subscription")
        await self.storage.report_problem(key, f"{reason}; {stopped} stopped")

    def _retry_after(self, delivery: Delivery, seconds: float, global_limit: bool) -> None:
        self.clock.hold(delivery.chat.chat_id, time.monotonic() + seconds)
        if global_limit:
            pause = min(seconds, MAX_GLOBAL_PAUSE)
            self.pacer.pause(pause)
            log.warning("%s asked to slow down everything for %g s", self.platform, seconds)
        else:
            log.info("%s asked to wait %g s before %s", self.platform, seconds, delivery.chat)

    async def _transient(self, delivery: Delivery, reason: str) -> None:
        attempts = delivery.attempts + 1
        if attempts >= self.settings.delivery_max_attempts:
            await self.storage.mark_failed(
                delivery.id, f"gave up after {attempts} attempts: {reason}"
            )
            log.warning("gave up on delivery %d to %s: %s", delivery.id, delivery.chat, reason)
            return
        delay = backoff(
            attempts, self.settings.delivery_backoff, self.settings.delivery_max_backoff
        )
        self.clock.hold(delivery.chat.chat_id, time.monotonic() + delay)
        await self.storage.mark_retry(delivery.id, time.time() + delay, reason)


def backoff(attempt: int, base: float, ceiling: float) -> float:
    """Exponential backoff with full jitter in [0.5, 1.5) of the step, capped."""
    step = min(ceiling, base * 2.0 ** (attempt - 1))
    return step * (0.5 + random.random())
