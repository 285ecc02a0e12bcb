"""Threads and forum channels: posts land where the subscription was made."""

from __future__ import annotations

from bot.delivery.worker import DeliveryWorker
from bot.models import Chat
from tests.discord.conftest import make_article
from tests.discord.fake_places import PUBLIC_THREAD


async def test_a_subscription_made_in_a_thread_posts_into_that_thread(
    fake, bot, service, storage, settings
):
    news = fake.channel("news")
    thread = fake.add_thread(news, "Election night")
    await fake.announce(thread)
    await service.ingest(make_article("Old", "Politics"))
    reply = await fake.reply(
        await fake.command("subscribe", {"category": "Politics"}, channel=thread)
    )
    assert "Politics" in reply["content"]
    await service.ingest(make_article("Polls close", "Politics"))
    await DeliveryWorker(storage, bot.messenger, settings).drain()
    [post] = fake.posts_in(thread)
    assert post.embeds[0]["title"] == "Polls close"
    assert fake.posts_in(news) == []


async def test_each_article_becomes_a_tagged_forum_post(fake, bot, service, storage, settings):
    forum = fake.add_forum("headlines", "Politics", "Sport")
    await fake.announce(forum)
    await service.ingest(make_article("Old", "Politics"))
    options = {"category": "all", "channel": forum}
    reply = await fake.reply(await fake.command("subscribe", options))
    assert f"<#{forum}>" in reply["content"]
    await service.ingest(make_article("Council approves bridge", "Politics"))
    await service.ingest(make_article("Weather turns", "Weather"))
    await DeliveryWorker(storage, bot.messenger, settings).drain()
    first, second = fake.forum_posts
    assert first["name"] == "Council approves bridge"
    assert first["applied_tags"] == [fake.tag_id(forum, "Politics")]
    assert first["message"]["embeds"][0]["title"] == "Council approves bridge"
    assert first["message"]["allowed_mentions"] == {"parse": []}
    assert second["name"] == "Weather turns" and second["applied_tags"] == []
    threads = [c for c in fake.channels.values() if c.get("parent_id") == str(forum)]
    assert [t["type"] for t in threads] == [PUBLIC_THREAD, PUBLIC_THREAD]
    assert fake.posts_in(forum) == []
    [sub] = await service.subscriptions(Chat("discord", str(forum)))
    assert sub.active


async def test_a_long_headline_is_cut_to_a_forum_post_title(fake, bot, service, storage, settings):
    forum = fake.add_forum("headlines")  # never announced: the messenger looks it up itself
    await service.subscribe(Chat("discord", str(forum)), "all")
    await service.ingest(make_article("Officials " * 30))
    await DeliveryWorker(storage, bot.messenger, settings).drain()
    [post] = fake.forum_posts
    assert 1 <= len(post["name"]) <= 100 and post["name"].startswith("Officials Officials")
    assert ("GET", f"/channels/{forum}") in fake.requests
