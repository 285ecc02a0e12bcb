"""The Storage contract for where posts go and what they show: topics and outlets."""

from __future__ import annotations

import dataclasses
import time

from bot.models import Chat, ChatKind, SubscriptionKind
from bot.ports import Storage
from tests.conftest import make_article

GROUP = Chat("fake", "-100")
TOPIC = Chat("fake", "-100", "7")
ALL = SubscriptionKind.ALL


async def test_outlet_and_image_come_back(store: Storage) -> None:
    article = dataclasses.replace(
        make_article("Dam"), outlet="The Courier", image="https://img.example/d.jpg"
    )
    stored = await store.add_article(article)
    back = await store.get_article(stored.article_id)
    assert back is not None
    assert (back.outlet, back.image) == ("The Courier", "https://img.example/d.jpg")


async def test_a_topic_is_a_chat_of_its_own(store: Storage) -> None:
    await store.add_subscription(TOPIC, SubscriptionKind.CATEGORY, "World", ChatKind.GROUP)
    assert await store.subscriptions(GROUP) == []
    assert [s.value for s in await store.subscriptions(TOPIC)] == ["World"]
    await store.add_subscription(GROUP, ALL, "", ChatKind.GROUP)
    assert (await store.add_article(make_article(category="World"))).fanned_out == 2
    due = await store.due_deliveries("fake", time.time() + 1, limit=10)
    assert {d.chat for d in due} == {GROUP, TOPIC}


async def test_a_lost_topic_stops_only_its_own_subscriptions(store: Storage) -> None:
    await store.add_subscription(TOPIC, ALL, "", ChatKind.GROUP)
    await store.add_subscription(GROUP, ALL, "", ChatKind.GROUP)
    assert await store.deactivate_chat(TOPIC, "message thread not found") == 1
    (stopped,) = await store.subscriptions(TOPIC)
    assert not stopped.active and stopped.reason == "message thread not found"
    assert [s.active for s in await store.subscriptions(GROUP)] == [True]


async def test_a_chat_that_is_gone_takes_its_topics_with_it(store: Storage) -> None:
    await store.add_subscription(TOPIC, ALL, "", ChatKind.GROUP)
    await store.add_subscription(GROUP, ALL, "", ChatKind.GROUP)
    await store.add_subscription(Chat("fake", "-200"), ALL, "", ChatKind.GROUP)
    assert await store.deactivate_chat(GROUP, "the bot was removed or blocked") == 2
    assert (await store.status()).subscriptions == {"fake": 1}
