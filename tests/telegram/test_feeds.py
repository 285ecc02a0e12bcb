"""A chat's own feeds on Telegram: /feed, /feeds, /feeds export as a document, .opml uploads."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.chatfeeds import ChatFeeds
from bot.ingest import Ingestor
from bot.models import Chat
from bot.services import NewsService
from bot.settings import Settings
from tests.feeds.server import LocalFeeds, serving
from tests.telegram.fake_api import FakeTelegram

USER, GROUP, MEMBER = 2001, -100200, 2002


@pytest.fixture
async def local() -> AsyncIterator[LocalFeeds]:
    async with serving() as feeds:
        yield feeds


def allow_local_feeds(service: NewsService, settings: Settings) -> None:
    cfg = settings.model_copy(update={"allow_private_feeds": True})
    service.feeds = ChatFeeds(service.storage, cfg, Ingestor(service.storage, cfg))


async def test_feed_add_list_export_and_remove(
    fake: FakeTelegram, bot: Any, service: NewsService, settings: Settings, local: LocalFeeds
) -> None:
    allow_local_feeds(service, settings)
    chat = fake.private(USER)
    reply = await fake.ask(chat, f"/feed add {local.url} Harbour")
    assert "Added Harbour Gazette (1 item now)" in reply.shown
    listing = await fake.ask(chat, "/feeds")
    assert local.url in listing.shown and "[Harbour]" in listing.shown
    await fake.message(chat, "/feeds export")
    document = await fake.wait_for(lambda: fake.documents[-1] if fake.documents else None)
    assert document.chat_id == USER and document.filename == "feeds.opml"
    assert f'xmlUrl="{local.url}"'.encode() in document.data
    gone = await fake.ask(chat, f"/feed remove {local.url}")
    assert "no longer receives the feed" in gone.shown


async def test_a_private_address_is_refused_with_the_reason(
    fake: FakeTelegram, bot: Any, local: LocalFeeds
) -> None:
    reply = await fake.ask(fake.private(USER), f"/feed add {local.url}")
    assert "address not allowed" in reply.shown and local.fetches == 0


async def test_an_opml_file_sent_to_the_bot_imports_its_feeds(
    fake: FakeTelegram, bot: Any, service: NewsService, settings: Settings, local: LocalFeeds
) -> None:
    allow_local_feeds(service, settings)
    chat = fake.private(USER)
    opml = (
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        f'<outline type="rss" text="G" xmlUrl="{local.url}"/>'
        '<outline type="rss" text="F" xmlUrl="file:///etc/passwd"/></body></opml>'
    ).encode()
    await fake.send_file(chat, "mine.opml", opml)
    await fake.wait_for(lambda: fake.sent_to(USER))
    reply = fake.sent_to(USER)[-1].shown
    assert "1 added, 0 already present, 1 failed" in reply
    assert "file:///etc/passwd: Could not add" in reply and "not an http or https" in reply
    assert [f.url for f in await service.feeds.list(Chat("telegram", str(USER)))] == [local.url]


async def test_only_group_admins_change_a_groups_feeds(
    fake: FakeTelegram, bot: Any, local: LocalFeeds
) -> None:
    group = fake.group(GROUP, admins=(USER,))
    fake.set_member(GROUP, MEMBER, "member")
    reply = await fake.ask(group, f"/feed add {local.url}", user=fake.user(MEMBER))
    assert "administrator" in reply.shown
    listing = await fake.ask(group, "/feeds", user=fake.user(MEMBER))
    assert "no feeds of its own" in listing.shown
