"""Delivery through the real DeliveryWorker and the Discord messenger to the fake Discord."""

from __future__ import annotations

import asyncio

from bot.delivery.worker import DeliveryWorker
from bot.models import Chat, ChatKind, Quote
from tests.discord.conftest import make_article
from tests.discord.fake_payloads import embed_size

NO_PINGS = {"parse": []}


def chat(channel_id: int) -> Chat:
    return Chat("discord", str(channel_id))


async def subscribe(service, channel_id: int, category: str = "all") -> None:
    await service.subscribe(chat(channel_id), category, ChatKind.CHANNEL)


async def test_a_subscribed_channel_receives_a_new_article_as_an_embed(
    fake, bot, service, storage, settings
):
    news, sport = fake.channel("news"), fake.channel("sport")
    await service.ingest(make_article("Old news", "Politics"))  # before subscribing
    await fake.reply(await fake.command("subscribe", {"category": "Politics"}, channel=news))
    worker = DeliveryWorker(storage, bot.messenger, settings)
    stop = asyncio.Event()
    running = asyncio.create_task(worker.run(stop))
    try:
        await service.ingest(
            make_article(
                "Council approves bridge",
                "Politics",
                summary="The council voted 7-2. Work starts in spring.",
                quotes=(Quote("It will change the city.", "Mayor Ana Ruiz"), Quote("Finally.")),
                url="https://news.example/bridge",
            )
        )
        await service.ingest(make_article("Cup final", "Sport"))
        posts = await fake.wait_for(lambda: fake.posts_in(news), what="a post in #news")
    finally:
        stop.set()
        await running
    assert len(posts) == 1 and not fake.posts_in(sport)
    embed = posts[0].embeds[0]
    assert embed["title"] == "Council approves bridge"
    assert embed["url"] == "https://news.example/bridge"
    assert embed["description"] == "The council voted 7-2. Work starts in spring."
    assert embed["fields"] == [
        {"name": "Mayor Ana Ruiz", "value": "“It will change the city.”", "inline": False},
        {"name": "Unknown speaker", "value": "“Finally.”", "inline": False},
    ]
    assert embed["footer"]["text"] == "Politics · Example Times"
    assert embed["timestamp"].startswith("2026-11-20T09:30:00")
    assert posts[0].payload["allowed_mentions"] == NO_PINGS


async def test_a_deleted_channel_is_deactivated_while_others_still_receive(
    fake, bot, service, storage, settings
):
    news, sport, general = fake.channel("news"), fake.channel("sport"), fake.channel("general")
    for channel in (news, sport, general):
        await subscribe(service, channel)
    fake.delete_channel(sport)
    await service.ingest(make_article("First"))
    await DeliveryWorker(storage, bot.messenger, settings).drain()
    assert [len(fake.posts_in(c)) for c in (news, sport, general)] == [1, 0, 1]
    [subscription] = await service.subscriptions(chat(sport))
    assert not subscription.active and "10003" in (subscription.reason or "")

    await service.ingest(make_article("Second"))
    await DeliveryWorker(storage, bot.messenger, settings).drain()  # a fresh per-chat clock
    assert [len(fake.posts_in(c)) for c in (news, sport, general)] == [2, 0, 2]
    assert sum(1 for method, path in fake.requests if path == f"/channels/{sport}/messages") == 1


async def test_an_article_that_mentions_everyone_pings_nobody(
    fake, bot, service, storage, settings
):
    news = fake.channel("news")
    await subscribe(service, news)
    await service.ingest(
        make_article(
            "@everyone the river is rising",
            summary="@here: evacuate now, <@123> and <@&456> said. Leave @everyone behind.",
            quotes=(Quote("@everyone out!", "<@123>"),),
        )
    )
    await DeliveryWorker(storage, bot.messenger, settings).drain()
    [post] = fake.posts_in(news)
    assert post.payload["allowed_mentions"] == NO_PINGS
    assert "@everyone" in post.embeds[0]["title"]  # shown as text, not as a ping
    assert post.message["mention_everyone"] is False

    interaction = await fake.command("latest")
    await fake.reply(interaction)
    assert fake.payloads and all(p["allowed_mentions"] == NO_PINGS for p in fake.payloads)


async def test_a_huge_article_fits_discord_limits(fake, bot, service, storage, settings):
    news = fake.channel("news")
    await subscribe(service, news)
    sentence = "The committee reviewed every clause of the proposal in detail. "
    await service.ingest(
        make_article(
            "Headline " * 80,
            summary=sentence * 300,
            quotes=tuple(Quote("word " * 600, "Speaker " * 60) for _ in range(30)),
        )
    )
    await DeliveryWorker(storage, bot.messenger, settings).drain()
    assert not [r for r in fake.rejected if r[1] == 400]
    [post] = fake.posts_in(news)
    embed = post.embeds[0]
    assert len(embed["title"]) <= 256 and len(embed["description"]) <= 4096
    assert embed["description"].endswith("in detail.")  # cut on a sentence boundary
    assert embed_size(embed) <= 6000
    assert all(len(f["name"]) <= 256 and len(f["value"]) <= 1024 for f in embed["fields"])
    assert 1 <= len(embed["fields"]) <= 3  # the worker posts at most three key quotes
