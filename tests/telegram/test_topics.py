"""Forum topics: commands in a topic apply to it, posts go to it, a lost topic stops alone."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from bot.models import Chat, ChatKind
from bot.services import NewsService
from tests.telegram.conftest import article
from tests.telegram.fake_api import FakeTelegram
from tests.telegram.test_delivery import deliver, worker_for

ADMIN = 5001
FORUM = -1005001
TOPIC, OTHER = 7, 9


async def forum_with_subscriptions(fake: FakeTelegram, service: NewsService) -> dict[str, Any]:
    """A forum where topic 7 takes Politics and General takes World, set up by commands."""
    await service.ingest(article("seed-p", "Politics"), broadcast=False)
    await service.ingest(article("seed-w", "World"), broadcast=False)
    forum = fake.forum(fake.group(FORUM, "Newsroom", admins=(ADMIN,)), TOPIC, OTHER)
    admin = fake.user(ADMIN)
    await fake.ask(forum, "/subscribe Politics", user=admin, topic=TOPIC)
    await fake.ask(forum, "/subscribe World", user=admin)
    return forum


async def test_a_subscription_made_in_a_topic_posts_into_that_topic(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    forum = await forum_with_subscriptions(fake, service)
    [reply] = fake.sent_to(FORUM, TOPIC)
    assert "Politics" in reply.shown
    listed = await fake.ask(forum, "/subscriptions", user=fake.user(ADMIN), topic=TOPIC)
    assert listed.thread == TOPIC and "Politics" in listed.shown and "World" not in listed.shown
    await service.ingest(article("p1", "Politics"))
    await service.ingest(article("w1", "World"))
    worker = worker_for(bot, service)
    await deliver(worker, lambda: len(fake.sent_to(FORUM)) >= 5)
    assert [m.shown.split("\n")[0] for m in fake.sent_to(FORUM, TOPIC)][-1] == "Headline p1"
    assert fake.sent_to(FORUM, None)[-1].shown.startswith("Headline w1")
    assert fake.sent_to(FORUM, OTHER) == []


async def test_a_deleted_topic_stops_only_its_own_subscriptions(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    await forum_with_subscriptions(fake, service)
    fake.delete_topic(FORUM, TOPIC)
    await service.ingest(article("p1", "Politics"))
    await service.ingest(article("w1", "World"))
    worker = worker_for(bot, service)
    topic = Chat("telegram", str(FORUM), str(TOPIC))
    await deliver(worker, lambda: len(fake.sent_to(FORUM, None)) >= 2)
    [stopped] = await service.subscriptions(topic)
    assert not stopped.active and stopped.reason == "Bad Request: message thread not found"
    [general] = await service.subscriptions(Chat("telegram", str(FORUM)))
    assert general.active
    problems = (await service.status()).problems
    assert [p.message for p in problems] == [
        "Bad Request: message thread not found; 1 subscription stopped"
    ]
    await service.subscribe(topic, "Politics", ChatKind.GROUP)  # back in a new or reopened topic
    assert (await service.status()).problems == []


async def test_a_closed_topic_is_reported_with_its_reason(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    await forum_with_subscriptions(fake, service)
    fake.close_topic(FORUM, TOPIC)
    await service.ingest(article("p1", "Politics"))
    topic = Chat("telegram", str(FORUM), str(TOPIC))

    async def stopped() -> bool:
        return not (await service.subscriptions(topic))[0].active

    worker = worker_for(bot, service)
    for _ in range(50):
        await worker.drain(1)
        if await stopped():
            break
    [sub] = await service.subscriptions(topic)
    assert not sub.active and sub.reason == "Bad Request: TOPIC_CLOSED"


async def test_a_post_shows_outlet_date_and_its_image_above_the_text(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    fake.private(ADMIN)
    await service.subscribe(Chat("telegram", str(ADMIN)), "all")
    story = dataclasses.replace(
        article("img"),
        outlet="The Courier",
        published=datetime(2026, 12, 4, 17, 24, tzinfo=UTC),
        image="https://img.example/lead.jpg",
    )
    await service.ingest(story)
    await deliver(worker_for(bot, service), lambda: fake.sent_to(ADMIN))
    [post] = fake.sent_to(ADMIN)
    assert post.shown.startswith("Headline img\nThe Courier · 4 Dec 2026, 17:24 UTC\n\n")
    assert "<i>The Courier · 4 Dec 2026, 17:24 UTC</i>" in post.text
    assert post.link_preview_options == {
        "url": "https://img.example/lead.jpg",
        "prefer_large_media": True,
        "show_above_text": True,
    }


async def test_a_button_pressed_in_a_topic_changes_that_topic(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    forum = await forum_with_subscriptions(fake, service)
    admin = fake.user(ADMIN)
    keyboard = await fake.ask(forum, "/unsubscribe", user=admin, topic=TOPIC)
    assert keyboard.thread == TOPIC
    await fake.press(keyboard, "Politics", admin)
    topic = Chat("telegram", str(FORUM), str(TOPIC))
    await fake.wait_for(lambda: keyboard.edits > 0)
    assert await service.subscriptions(topic) == []
    [general] = await service.subscriptions(Chat("telegram", str(FORUM)))
    assert general.value == "World"


async def test_a_reply_thread_in_an_ordinary_group_is_the_group(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    await service.ingest(article("seed-p", "Politics"), broadcast=False)
    group = fake.group(-4242, "Plain", admins=(ADMIN,))
    text = "/subscribe Politics"
    await fake.push(
        "message",
        {  # Telegram sets message_thread_id on replies in any group, without is_topic_message
            "message_id": 50,
            "date": 0,
            "chat": group,
            "from": fake.user(ADMIN),
            "text": text,
            "message_thread_id": 3,
            "entities": [{"type": "bot_command", "offset": 0, "length": 10}],
        },
    )
    await fake.wait_for(lambda: fake.sent_to(-4242))
    [sub] = await service.subscriptions(Chat("telegram", "-4242"))
    assert sub.value == "Politics"
