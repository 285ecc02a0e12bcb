"""A chat's own feeds through the services: adding, polling, who sees what, OPML."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.chatfeeds import ChatFeeds, FeedRefused
from bot.errors import BadArgument, NotFound, ParseError
from bot.feeds import FeedPoller
from bot.ingest import Ingestor
from bot.models import Chat, ChatFeed, ChatKind, SubscriptionKind
from bot.opml import write_opml
from bot.parsing.safefetch import safe_session
from bot.services import NewsService
from bot.settings import FeedSource, Settings
from storage.sqlite import SqliteStorage
from tests.feeds.server import LocalFeeds, serving

ADDER, SECOND, BYSTANDER = Chat("console", "a"), Chat("console", "b"), Chat("console", "c")


@pytest.fixture
async def local() -> AsyncIterator[LocalFeeds]:
    async with serving() as feeds:
        yield feeds


def allowing(settings: Settings, **more: object) -> Settings:
    return settings.model_copy(update={"allow_private_feeds": True, **more})


def chat_feeds(storage: SqliteStorage, settings: Settings) -> ChatFeeds:
    return ChatFeeds(storage, settings, Ingestor(storage, settings))


async def poll_once(storage: SqliteStorage, settings: Settings) -> None:
    """One poll of every due feed, configured and chat-added, as the running bot does it."""
    poller = FeedPoller(storage, Ingestor(storage, settings), settings)
    for feed in await poller.chat_feeds():  # due now
        await storage.save_feed_state(feed.url, next_poll=0.0)
    async with aiohttp.ClientSession() as plain, safe_session(settings) as guarded:
        await poller.poll_due(plain, guarded)


async def test_added_feed_items_reach_only_the_chats_that_added_it(
    storage: SqliteStorage, settings: Settings, local: LocalFeeds
) -> None:
    cfg = allowing(settings)
    feeds = chat_feeds(storage, cfg)
    added = await feeds.add(ADDER, local.url, "Harbour")
    assert (added.feed.title, added.items, added.created) == ("Harbour Gazette", 1, True)
    assert (await feeds.add(SECOND, local.url)).created
    assert not (await feeds.add(ADDER, local.url)).created
    await storage.add_subscription(BYSTANDER, SubscriptionKind.ALL, "", ChatKind.PRIVATE)
    assert (await storage.status()).outbox == {}  # first items are not sent (no flood)
    local.items.insert(0, ("g2", "New pier opens to walkers at dawn"))
    fetches = local.fetches
    await poll_once(storage, cfg)
    assert local.fetches == fetches + 1  # one fetch for two chats
    due = await storage.due_deliveries("console", 2e9, 10)
    assert sorted(d.chat.chat_id for d in due) == ["a", "b"]
    article = await storage.get_article(due[0].article_id)
    assert article is not None and article.headline == "New pier opens to walkers at dawn"
    assert article.category == "Harbour"
    assert await storage.latest() == []  # never in /latest, /search or categories
    assert await storage.categories() == []


async def test_an_operator_feed_stays_public(
    storage: SqliteStorage, settings: Settings, local: LocalFeeds
) -> None:
    cfg = allowing(settings, feeds=[FeedSource(local.url)])
    await chat_feeds(storage, cfg).add(ADDER, local.url)
    await storage.add_subscription(BYSTANDER, SubscriptionKind.ALL, "", ChatKind.PRIVATE)
    poller = FeedPoller(storage, Ingestor(storage, cfg), cfg)
    assert await poller.chat_feeds() == []  # polled once, as the operator's public feed
    async with aiohttp.ClientSession() as plain:
        await poller.poll_due(plain)  # the first poll primes it: nothing sent
        local.items.insert(0, ("g3", "Harbour lights switched on for the season"))
        await storage.save_feed_state(local.url, next_poll=0.0)
        await poller.poll_due(plain)
    due = await storage.due_deliveries("console", 2e9, 10)
    assert sorted(d.chat.chat_id for d in due) == ["a", "c"]  # the adder and the subscriber
    newest = await storage.latest(limit=1)
    assert newest[0].headline.startswith("Harbour lights")


async def test_a_private_address_is_refused_without_the_setting(
    storage: SqliteStorage, settings: Settings, local: LocalFeeds
) -> None:
    with pytest.raises(FeedRefused, match=r"address not allowed: 127\.0\.0\.1 is loopback"):
        await chat_feeds(storage, settings).add(ADDER, local.url)
    assert await storage.chat_feeds(ADDER) == [] and local.fetches == 0


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/page", "not a feed"), ("/missing.xml", "not found"), ("/big", "too large")],
)
async def test_a_feed_that_cannot_be_used_says_why(
    storage: SqliteStorage, settings: Settings, local: LocalFeeds, path: str, reason: str
) -> None:
    cfg = allowing(settings, max_file_bytes=100_000)
    with pytest.raises(FeedRefused, match=reason):
        await chat_feeds(storage, cfg).add(ADDER, local.base + path)
    assert await storage.chat_feeds(ADDER) == []


async def test_a_chat_may_add_only_so_many_feeds(
    storage: SqliteStorage, settings: Settings, local: LocalFeeds
) -> None:
    feeds = chat_feeds(storage, allowing(settings, max_feeds_per_chat=1))
    await feeds.add(ADDER, local.url)
    with pytest.raises(BadArgument, match="already has 1 feeds"):
        await feeds.add(ADDER, local.url + "?second")


async def test_remove_and_list(
    storage: SqliteStorage, settings: Settings, local: LocalFeeds
) -> None:
    feeds = chat_feeds(storage, allowing(settings))
    await feeds.add(ADDER, local.url)
    assert [f.url for f in await feeds.list(ADDER)] == [local.url]
    assert await feeds.remove(ADDER, f" {local.url} ") == local.url
    with pytest.raises(NotFound, match="has no feed"):
        await feeds.remove(ADDER, local.url)


async def test_opml_round_trip_with_counts_and_reasons(
    storage: SqliteStorage, settings: Settings, local: LocalFeeds
) -> None:
    feeds = chat_feeds(storage, allowing(settings))
    await feeds.add(ADDER, local.url, "Harbour")
    exported = await feeds.export_opml(ADDER)
    assert local.url in exported and 'category="Harbour"' in exported
    listing = write_opml(
        [
            *(await feeds.list(ADDER)),
            *[f for f in await feeds.list(ADDER)],  # the same URL twice is read once
        ],
        "mine",
    ).replace(
        "</body>",
        f'<outline text="x" xmlUrl="{local.base}/page"/>'
        '<outline text="y" xmlUrl="file:///etc/passwd"/></body>',
    )
    report = await feeds.import_opml(SECOND, listing.encode())
    assert report.added == [local.url] and report.present == []
    assert [url for url, _ in report.failed] == [f"{local.base}/page", "file:///etc/passwd"]
    assert "not a feed" in report.failed[0][1]
    assert "not an http or https address" in report.failed[1][1]
    again = await feeds.import_opml(SECOND, listing.encode())
    assert again.present == [local.url]
    stored = await feeds.list(SECOND)
    assert [(f.url, f.category) for f in stored] == [(local.url, "Harbour")]


async def test_an_import_tries_no_more_feeds_than_a_chat_may_have(
    storage: SqliteStorage, settings: Settings, local: LocalFeeds
) -> None:
    feeds = chat_feeds(storage, allowing(settings, max_feeds_per_chat=2))
    listed = [ChatFeed(f"{local.url}?n={n}") for n in range(5)]
    report = await feeds.import_opml(ADDER, write_opml(listed, "many").encode())
    assert len(report.added) == 2 and local.fetches == 2
    assert [reason for _, reason in report.failed] == ["over the 2-feed limit of a chat"] * 3


async def test_a_file_that_is_not_opml_is_refused(
    storage: SqliteStorage, settings: Settings
) -> None:
    with pytest.raises(ParseError, match="not an OPML file"):
        await chat_feeds(storage, settings).import_opml(ADDER, b"<rss></rss>")


async def test_the_service_offers_feeds_to_every_adapter(service: NewsService) -> None:
    assert await service.feeds.list(ADDER) == []
