"""A channel's own feeds on Discord: /feed, /feeds, export as an attachment, import one."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.chatfeeds import ChatFeeds
from bot.ingest import Ingestor
from bot.models import Chat
from bot.services import NewsService
from bot.settings import Settings
from tests.discord import fake_payloads as p
from tests.discord.fake_interactions import is_ephemeral
from tests.feeds.server import LocalFeeds, serving


@pytest.fixture
async def local() -> AsyncIterator[LocalFeeds]:
    async with serving() as feeds:
        yield feeds


def allow_local_feeds(service: NewsService, settings: Settings) -> None:
    cfg = settings.model_copy(update={"allow_private_feeds": True})
    service.feeds = ChatFeeds(service.storage, cfg, Ingestor(service.storage, cfg))


async def test_feed_add_list_export_and_remove(fake, bot, service, settings, local):
    allow_local_feeds(service, settings)
    news = fake.channel("news")
    options = {"action": "add", "url": local.url, "category": "Harbour"}
    reply = await fake.reply(await fake.command("feed", options, channel=news), timeout=15)
    assert (
        reply["content"] == f"Added Harbour Gazette (1 item now) to <#{news}>; its new items"
        " will be sent here."
    )
    reply = await fake.reply(await fake.command("feeds", channel=news))
    assert local.url in reply["content"]
    await fake.reply(await fake.command("feeds", {"action": "export"}, channel=news))
    [(filename, data)] = fake.uploads
    assert filename == "feeds.opml" and f'xmlUrl="{local.url}"'.encode() in data
    options = {"action": "remove", "url": local.url}
    reply = await fake.reply(await fake.command("feed", options, channel=news))
    assert "no longer receives the feed" in reply["content"]


async def test_a_private_address_is_refused_privately(fake, bot, local):
    news = fake.channel("news")
    interaction = await fake.command("feed", {"action": "add", "url": local.url}, channel=news)
    reply = await fake.reply(interaction)
    assert "address not allowed" in reply["content"] and is_ephemeral(reply)


async def test_an_attached_opml_file_imports_its_feeds(fake, bot, service, settings, local):
    allow_local_feeds(service, settings)
    news = fake.channel("news")
    opml = (
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        f'<outline type="rss" text="G" xmlUrl="{local.url}"/>'
        '<outline type="rss" text="F" xmlUrl="gopher://old.example/"/></body></opml>'
    ).encode()
    options = {"action": "import", "file": ("mine.opml", opml)}
    reply = await fake.reply(await fake.command("feeds", options, channel=news), timeout=15)
    assert "1 added, 0 already present, 1 failed" in reply["content"]
    assert "gopher://old.example/" in reply["content"]
    feeds = await service.feeds.list(Chat("discord", str(news)))
    assert [f.url for f in feeds] == [local.url]


async def test_import_needs_manage_channels(fake, bot, service, local):
    news = fake.channel("news")
    options = {"action": "import", "file": ("mine.opml", b"<opml/>")}
    interaction = await fake.command(
        "feeds", options, channel=news, permissions=p.EVERYTHING_BUT_MANAGE
    )
    reply = await fake.reply(interaction)
    assert "Manage Channels" in reply["content"] and is_ephemeral(reply)
