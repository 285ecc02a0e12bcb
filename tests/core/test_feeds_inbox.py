"""Feed polling against a real local HTTP server, and the inbox folder."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.feeds import FeedPoller
from bot.inbox import InboxWatcher
from bot.ingest import Ingestor
from bot.models import Chat, ChatKind, FeedState, SubscriptionKind
from bot.services import NewsService
from bot.settings import FeedSource, Settings
from tests.e2e.helpers import write_article


def rss(items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><guid>{guid}</guid><link>https://news.test/{guid}</link>"
        f"<description>&lt;p&gt;{title}: the full story, told in a sentence or two.&lt;/p&gt;"
        "</description><category>Science</category></item>"
        for guid, title in items
    )
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
    return f"{head}{entries}</channel></rss>"


class FeedServer:
    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = [("a1", "First light from the new telescope")]
        self.status = 200
        self.raw: bytes | None = None
        self.requests: list[str | None] = []

    async def handle(self, request: web.Request) -> web.Response:
        self.requests.append(request.headers.get("If-None-Match"))
        if self.status != 200:
            return web.Response(status=self.status)
        if self.raw is not None:
            return web.Response(body=self.raw, content_type="application/rss+xml")
        etag = f'"v{len(self.items)}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304)
        return web.Response(
            text=rss(self.items), content_type="application/rss+xml", headers={"ETag": etag}
        )


@pytest.fixture
async def feed_server() -> AsyncIterator[tuple[FeedServer, str]]:
    server = FeedServer()
    app = web.Application()
    app.router.add_get("/feed.xml", server.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield server, f"http://127.0.0.1:{port}/feed.xml"
    await runner.cleanup()


async def test_first_fetch_stores_quietly_then_new_items_fan_out(
    service: NewsService, settings: Settings, feed_server: tuple[FeedServer, str]
) -> None:
    server, url = feed_server
    cfg = settings.model_copy(update={"feeds": [FeedSource(url)], "feed_max_items": 2})
    await service.storage.add_subscription(
        Chat("fake", "1"), SubscriptionKind.ALL, "", ChatKind.PRIVATE
    )
    poller = FeedPoller(service.storage, Ingestor(service.storage, cfg), cfg)
    async with aiohttp.ClientSession() as session:
        feed = cfg.feeds[0]
        await poller.poll(feed, session, FeedState(url))
        assert (await service.status()).articles == 1
        assert (await service.status()).outbox == {}  # the first fetch is not broadcast
        state = await service.storage.feed_state(url)
        assert state is not None and state.primed
        await poller.poll(feed, session, state)
        assert server.requests[-1] == '"v1"'  # conditional GET answered 304
        server.items = [
            (f"n{i}", f"Discovery number {i} in deep space") for i in range(4)
        ] + server.items
        await poller.poll(feed, session, await service.storage.feed_state(url) or FeedState(url))
    status = await service.status()
    assert status.articles == 3  # capped at two new items per poll
    assert status.outbox == {"pending": 2}


async def test_a_failing_feed_backs_off_and_shows_in_status(
    service: NewsService, settings: Settings, feed_server: tuple[FeedServer, str]
) -> None:
    server, url = feed_server
    server.status = 503
    cfg = settings.model_copy(update={"feeds": [FeedSource(url)], "feed_interval": 60.0})
    poller = FeedPoller(service.storage, Ingestor(service.storage, cfg), cfg)
    async with aiohttp.ClientSession() as session:
        first = await poller.poll(cfg.feeds[0], session, FeedState(url))
        second = await poller.poll(
            cfg.feeds[0], session, await service.storage.feed_state(url) or FeedState(url)
        )
    assert second - first > 50  # the wait doubled
    failing = (await service.status()).failing_feeds
    assert failing and failing[0][0] == url and failing[0][1] == 2 and "503" in failing[0][2]


async def test_a_feed_that_cannot_be_parsed_is_a_failing_feed_not_a_crash(
    service: NewsService, settings: Settings, feed_server: tuple[FeedServer, str]
) -> None:
    server, url = feed_server
    server.raw = b"\x00\x01\x02 binary \xff" * 50
    cfg = settings.model_copy(update={"feeds": [FeedSource(url)]})
    poller = FeedPoller(service.storage, Ingestor(service.storage, cfg), cfg)
    async with aiohttp.ClientSession() as session:
        await poller.poll(cfg.feeds[0], session, FeedState(url))
    [failing] = (await service.status()).failing_feeds
    assert failing.url == url and "binary" in failing.error


async def test_inbox_ingests_and_files_away(
    service: NewsService, settings: Settings, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "processed").mkdir(parents=True)
    (inbox / "failed").mkdir()
    write_article(
        inbox / "ok.txt",
        "World",
        "Bridge reopens after repairs",
        "The bridge reopened on Monday after two months of repairs.",
    )
    (inbox / "bad.txt").write_text("")
    watcher = InboxWatcher(Ingestor(service.storage, settings), inbox)
    assert await watcher.scan(settle=False) == 2
    assert (inbox / "processed" / "ok.txt").exists()
    assert (inbox / "failed" / "bad.txt").exists()
    assert "empty" in (inbox / "failed" / "bad.txt.error.txt").read_text()
    assert (await service.status()).articles == 1


async def test_two_pollers_on_postgres_never_fetch_one_feed_at_once(
    postgres_url: str, settings: Settings, feed_server: tuple[FeedServer, str]
) -> None:
    from storage.postgres import PostgresStorage
    from tests.postgres import fresh_schema

    server, url = feed_server
    cfg = settings.model_copy(update={"feeds": [FeedSource(url)]})
    schema = await fresh_schema(postgres_url)
    one, two = await PostgresStorage.open(schema), await PostgresStorage.open(schema)
    try:
        pollers = [
            FeedPoller(store, Ingestor(store, cfg), cfg, store.claim_feed) for store in (one, two)
        ]
        async with aiohttp.ClientSession() as session:  # both find the feed due at once
            await asyncio.gather(*(poller.poll_due(session) for poller in pollers))
        assert len(server.requests) == 1
        assert (await one.status()).articles == 1
    finally:
        await one.close()
        await two.close()
