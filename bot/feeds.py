"""Polls the configured feeds and chats' own feeds: conditional GET, dedupe, a cap per poll,
backoff on failure. Each distinct URL is fetched once per poll, however many chats added it;
a chat-added feed is fetched safely and its articles reach only the chats that added it."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from bot import offload
from bot.aio import sleep_unless
from bot.errors import NewsbotError
from bot.ingest import Ingestor
from bot.models import Draft, FeedState
from bot.parsing.feed import parse_feed
from bot.parsing.fetch import FetchResult, fetch
from bot.parsing.safefetch import Resolve, safe_fetch, safe_session
from bot.parsing.sources import parse_fetched
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
        resolve: Resolve | None = None,
    ) -> None:
        self.storage = storage
        self.ingestor = ingestor
        self.settings = settings
        self.claim = claim  # with several pollers: take a due feed before fetching it
        self.resolve = resolve  # the DNS seam for chat-added feeds (tests point it anywhere)

    async def run(self, stop: asyncio.Event) -> None:
        import aiohttp

        log.info("polling %d configured feeds and chats' own feeds", len(self.settings.feeds))
        async with (
            aiohttp.ClientSession() as session,
            safe_session(self.settings, self.resolve) as guarded,
        ):
            while not stop.is_set():
                wait = await self.poll_due(session, guarded)
                await sleep_unless(stop, wait)

    async def poll_due(
        self, session: aiohttp.ClientSession, guarded: aiohttp.ClientSession | None = None
    ) -> float:
        """Poll every feed whose time has come; returns seconds until the next one is due."""
        next_due = self.settings.feed_interval
        due = [(feed, session, False) for feed in self.settings.feeds]
        if guarded is not None:
            due += [(feed, guarded, True) for feed in await self.chat_feeds()]
        for feed, client, private in due:
            state = await self.storage.feed_state(feed.url) or FeedState(feed.url)
            due_at = state.next_poll or 0.0
            if due_at <= time.time() and await self._mine(feed.url):
                due_at = await self.poll(feed, client, state, private=private)
            next_due = min(next_due, max(0.5, due_at - time.time()))
        return next_due

    async def _mine(self, url: str) -> bool:
        """Whether this poller may fetch the feed now (always, when it is the only one)."""
        if self.claim is None:
            return True
        return await self.claim(url, self.settings.fetch_timeout * 3 + 60)

    async def chat_feeds(self) -> list[FeedSource]:
        """Chat-added URLs, each once; a URL the operator also lists stays public."""
        public = {feed.url for feed in self.settings.feeds}
        added = await self.storage.polled_chat_feeds()
        return [FeedSource(f.url, f.category) for f in added if f.url not in public]

    async def poll(
        self,
        feed: FeedSource,
        session: aiohttp.ClientSession,
        state: FeedState,
        *,
        private: bool = False,
    ) -> float:
        """Fetch one feed and store its new items; returns when it should be polled next."""
        now = time.time()
        try:
            fetched = await self._fetch(feed, session, state, private)
            if not fetched.not_modified:
                job = _parse_private if private else _parse
                drafts = await offload.run(
                    job, feed, fetched.body, fetched.content_type, fetched.url, self.settings
                )
                await self._store(feed, drafts, primed=state.primed, private=private)
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

    async def _fetch(
        self, feed: FeedSource, session: aiohttp.ClientSession, state: FeedState, private: bool
    ) -> FetchResult:
        """A conditional GET; safe (checked addresses, bounded redirects) for chat feeds."""
        get = safe_fetch if private else fetch
        return await get(
            feed.url,
            settings=self.settings,
            session=session,
            etag=state.etag,
            last_modified=state.last_modified,
        )

    async def _store(
        self, feed: FeedSource, drafts: list[Draft], *, primed: bool, private: bool = False
    ) -> None:
        fresh = []
        for draft in drafts:
            if not await self.storage.known(draft.identity or "", draft.url):
                fresh.append(draft)
            if len(fresh) >= self.settings.feed_max_items:
                break
        report = await self.ingestor.ingest_drafts(
            feed.url,
            fresh,
            broadcast=primed,
            private_feed=feed.url if private else None,
            from_feed=feed.url,
        )
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


def _parse(
    feed: FeedSource, body: bytes, content_type: str | None, url: str | None, settings: Settings
) -> list[Draft]:
    """Worker job: the drafts of a fetched feed."""
    base = url or feed.url
    return parse_fetched(
        feed.url, body, content_type, base, settings=settings, category=feed.category
    )


def _parse_private(
    feed: FeedSource, body: bytes, content_type: str | None, url: str | None, settings: Settings
) -> list[Draft]:
    """Worker job: the entries of a chat-added feed, which must be an RSS or Atom feed."""
    return parse_feed(
        body,
        url=feed.url,
        default_category=settings.default_category,
        category_override=feed.category,
    )
