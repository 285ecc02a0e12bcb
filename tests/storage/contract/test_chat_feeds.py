"""The Storage contract for feeds chats add: who has which, and who may see their articles."""

from __future__ import annotations

import dataclasses

from bot.models import Chat, ChatFeed, ChatKind, Quote, SubscriptionKind
from bot.ports import Storage
from bot.query import parse_search
from tests.conftest import make_article

URL = "https://own.example/rss"
ADDER, OTHER, THIRD = Chat("tg", "1"), Chat("tg", "2"), Chat("dc", "3")


async def test_a_chat_adds_lists_and_removes_its_feeds(store: Storage) -> None:
    assert await store.add_chat_feed(ADDER, ChatFeed(URL, "Local", "Own news"), ChatKind.GROUP)
    assert not await store.add_chat_feed(ADDER, ChatFeed(URL), ChatKind.GROUP)
    await store.add_chat_feed(ADDER, ChatFeed("https://two.example/rss"), ChatKind.GROUP)
    await store.add_chat_feed(OTHER, ChatFeed(URL, "Elsewhere"), ChatKind.PRIVATE)
    assert [f.url for f in await store.chat_feeds(ADDER)] == [URL, "https://two.example/rss"]
    assert (await store.chat_feeds(ADDER))[0] == ChatFeed(URL, "Local", "Own news")
    polled = await store.polled_chat_feeds()
    assert [f.url for f in polled] == [URL, "https://two.example/rss"]  # each URL once
    assert polled[0].category == "Local"  # as first added
    assert await store.remove_chat_feed(ADDER, URL)
    assert not await store.remove_chat_feed(ADDER, URL)
    assert not await store.remove_chat_feed(THIRD, URL)
    assert [f.url for f in await store.chat_feeds(ADDER)] == ["https://two.example/rss"]
    still = {f.url for f in await store.polled_chat_feeds()}
    assert still == {URL, "https://two.example/rss"}  # OTHER still has the first


async def test_a_chat_added_feeds_articles_reach_only_its_chats(store: Storage) -> None:
    await store.add_chat_feed(ADDER, ChatFeed(URL), ChatKind.PRIVATE)
    for chat in (OTHER, THIRD):
        await store.add_subscription(chat, SubscriptionKind.ALL, "", ChatKind.PRIVATE)
    await store.add_subscription(OTHER, SubscriptionKind.FOLLOW, "lighthouse", ChatKind.PRIVATE)
    await store.add_subscription(THIRD, SubscriptionKind.CATEGORY, "World", ChatKind.PRIVATE)
    public = await store.add_article(make_article("Public news of the day"))
    own = dataclasses.replace(
        make_article(
            "Lighthouse keeper retires",
            quotes=(Quote("The light stays on", "Ada Lovelace"),),
        ),
        private_feed=URL,
    )
    stored = await store.add_article(own)
    assert stored.new and stored.fanned_out == 1  # ADDER only
    assert public.fanned_out == 2
    due = await store.due_deliveries("tg", 2e9, 10)
    assert sorted((d.chat.chat_id, d.article_id) for d in due)[0] == ("1", stored.article_id)
    assert [a.headline for a in await store.latest()] == ["Public news of the day"]
    assert [a.id for a in await store.latest("World", 5)] == [public.article_id]
    assert await store.search(parse_search("lighthouse")) == []
    assert await store.quote(speaker="Ada Lovelace") is None
    hit = await store.quote(article_id=stored.article_id)  # the post's own quote button
    assert hit is not None and hit.quote.text == "The light stays on"
    assert [(c.name, c.articles) for c in await store.categories()] == [("World", 1)]


async def test_a_private_article_in_a_new_category_adds_no_category(store: Storage) -> None:
    own = dataclasses.replace(make_article(category="Harbour"), private_feed=URL)
    await store.add_article(own, broadcast=False)
    assert await store.categories() == []
    assert await store.latest("Harbour") == []


async def test_a_migrated_chat_keeps_its_feeds(store: Storage) -> None:
    await store.add_chat_feed(ADDER, ChatFeed(URL), ChatKind.GROUP)
    await store.migrate_chat(ADDER, "-100")
    assert [f.url for f in await store.chat_feeds(Chat("tg", "-100"))] == [URL]
    await store.add_chat_feed(OTHER, ChatFeed(URL), ChatKind.GROUP)
    await store.add_chat_feed(OTHER, ChatFeed("https://two.example/rss"), ChatKind.GROUP)
    await store.migrate_chat(OTHER, "-100")  # into a chat that already exists
    moved = sorted(f.url for f in await store.chat_feeds(Chat("tg", "-100")))
    assert moved == sorted([URL, "https://two.example/rss"])
    assert await store.chat_feeds(OTHER) == []


async def test_a_public_feeds_article_also_reaches_chats_that_added_that_feed(
    store: Storage,
) -> None:
    await store.add_chat_feed(ADDER, ChatFeed(URL), ChatKind.PRIVATE)
    await store.add_subscription(OTHER, SubscriptionKind.ALL, "", ChatKind.PRIVATE)
    public = dataclasses.replace(make_article("Operator feed news"), from_feed=URL)
    stored = await store.add_article(public)
    assert stored.fanned_out == 2
    assert [a.headline for a in await store.latest()] == ["Operator feed news"]


async def test_an_unreachable_chats_feeds_rest_until_it_adds_them_again(store: Storage) -> None:
    await store.add_chat_feed(ADDER, ChatFeed(URL), ChatKind.PRIVATE)
    await store.deactivate_chat(ADDER, "the bot was blocked")
    assert await store.chat_feeds(ADDER) == [] and await store.polled_chat_feeds() == []
    own = dataclasses.replace(make_article(), private_feed=URL)
    assert (await store.add_article(own)).fanned_out == 0
    assert await store.add_chat_feed(ADDER, ChatFeed(URL, "Back"), ChatKind.PRIVATE)
    assert await store.chat_feeds(ADDER) == [ChatFeed(URL, "Back")]
