"""Polls the configured feeds: conditional GET, dedupe, a cap per poll, backoff on failure."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from bot.aio import sleep_unless
from bot.errors import NewsbotError
from bot.ingest import Ingestor
from bot.models import Draft, FeedState
from bot.parsing.fetch import fetch
from bot.parsing.sources import parse_guarded
from bot.ports import Storage
from bot.settings import FeedSource, Settings

if TYPE_CHECKING:
    import aiohttp

log = logging.getLogger(__name__)
FeedClaim = Callable[[str, float], Awaitable[bool]]
MAX_BACKOFF = 6 * 3600.0
REPORT_AFTER = 3  # consecutive failures before a feed is called failing


class FeedPoller:
    """One loop over every feed in settings; a feed's first fetch is stored, not broadcast."""

    def __init__(
        self,
        storage: Storage,
        ingestor: Ingestor,
        settings: Settings,
        claim: FeedClaim | None = None,
    ) -> None:
        self.storage = storage
        self.ingestor = ingestor
        self.settings = settings
        self.claim = claim  # with several pollers: take a due feed before fetching it

    async def run(self, stop: asyncio.Event) -> None:
        if not self.settings.feeds:
            return
        import aiohttp

        log.info("polling %d feeds", len(self.settings.feeds))
        async with aiohttp.ClientSession() as session:
            while not stop.is_set():
                wait = await self.poll_due(session)
                await sleep_unless(stop, wait)

    async def poll_due(self, session: aiohttp.ClientSession) -> float:
        """Poll every feed whose time has come; returns seconds until the next one is due."""
        next_due = self.settings.feed_interval
        for feed in self.settings.feeds:
            state = await self.storage.feed_state(feed.url) or FeedState(feed.url)
            due_at = state.next_poll or 0.0
            if due_at <= time.time() and await self._mine(feed.url):
                due_at = await self.poll(feed, session, state)
            next_due = min(next_due, max(0.5, due_at - time.time()))
        return next_due

    async def _mine(self, url: str) -> bool:
        """Whether this poller may fetch the feed now (always, when it is the only one)."""
        if self.claim is None:
            return True
        return await self.claim(url, self.settings.fetch_timeout * 3 + 60)

    async def poll(
        self, feed: FeedSource, session: aiohttp.ClientSession, state: FeedState
    ) -> float:
        """Fetch one feed and store its new items; returns when it should be polled next."""
        now = time.time()
        try:
            fetched = await fetch(
                feed.url,
                settings=self.settings,
                session=session,
                etag=state.etag,
                last_modified=state.last_modified,
            )
            if not fetched.not_modified:
                drafts = await parse_guarded(
                    fetched.body,
                    feed.url,
                    fetched.url or feed.url,
                    fetched.content_type,
                    self.settings,
                    feed.category,
                )
                await self._store(feed, drafts, primed=state.primed)
        except NewsbotError as exc:
            return await self._failed(feed, state, exc.message, now)
        next_poll = now + self.settings.feed_interval
        await self.storage.save_feed_state(
            feed.url,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            last_success=now,
            last_attempt=now,
            failures=0,
            last_error=None,
            next_poll=next_poll,
            primed=True,
        )
        return next_poll

    async def _store(self, feed: FeedSource, drafts: list[Draft], *, primed: bool) -> None:
        fresh = []
        for draft in drafts:
            if not await self.storage.known(draft.identity or "", draft.url):
                fresh.append(draft)
            if len(fresh) >= self.settings.feed_max_items:
                break
        report = await self.ingestor.ingest_drafts(feed.url, fresh, broadcast=primed)
        verb = "stored and queued" if primed else "stored (first fetch, not broadcast)"
        log.info("feed %s: %d new items %s; %s", feed.url, len(fresh), verb, report.summary())

    async def _failed(self, feed: FeedSource, state: FeedState, reason: str, now: float) -> float:
        failures = state.failures + 1
        delay: float = min(MAX_BACKOFF, self.settings.feed_interval * 2.0 ** min(failures - 1, 12))
        level = logging.ERROR if failures >= REPORT_AFTER else logging.WARNING
        log.log(level, "feed %s failed %d times in a row: %s", feed.url, failures, reason)
        await self.storage.save_feed_state(
            feed.url, failures=failures, last_error=reason, last_attempt=now, next_poll=now + delay
        )
        return now + delay
