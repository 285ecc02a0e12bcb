"""The Storage contract for chats: subscriptions, follows, settings-defined ones, pausing."""

from __future__ import annotations

from bot.models import Chat, ChatKind, ConfiguredSubscription, Quote, SubscriptionKind
from bot.ports import Storage
from tests.conftest import make_article

CHAT = Chat("fake", "1")
CATEGORY, ALL, FOLLOW = SubscriptionKind.CATEGORY, SubscriptionKind.ALL, SubscriptionKind.FOLLOW


async def test_subscribe_once_list_and_remove(store: Storage) -> None:
    assert await store.add_subscription(CHAT, CATEGORY, "Science", ChatKind.GROUP)
    assert not await store.add_subscription(CHAT, CATEGORY, "Science", ChatKind.GROUP)
    assert await store.add_subscription(CHAT, FOLLOW, "water levels", ChatKind.GROUP)
    listed = await store.subscriptions(CHAT)
    assert [(s.kind, s.value, s.active) for s in listed] == [
        (CATEGORY, "Science", True),
        (FOLLOW, "water levels", True),
    ]
    assert await store.remove_subscription(CHAT, CATEGORY, "Science")
    assert not await store.remove_subscription(CHAT, CATEGORY, "Science")
    assert not await store.remove_subscription(Chat("fake", "never"), ALL, "")
    assert await store.subscriptions(Chat("fake", "never")) == []


async def test_a_category_that_appears_later_still_counts(store: Storage) -> None:
    await store.add_subscription(CHAT, CATEGORY, "Science", ChatKind.CHANNEL)
    assert (await store.add_article(make_article(category="Science"))).fanned_out == 1


async def test_an_article_reaches_a_chat_once_and_only_when_broadcast(store: Storage) -> None:
    await store.add_subscription(CHAT, ALL, "", ChatKind.PRIVATE)
    await store.add_subscription(CHAT, FOLLOW, "reservoir", ChatKind.PRIVATE)
    await store.add_subscription(Chat("fake", "2"), FOLLOW, "drought", ChatKind.PRIVATE)
    article = make_article(body="The reservoir is full.")
    assert (await store.add_article(article)).fanned_out == 1
    quiet = await store.add_article(make_article(body="A drought."), broadcast=False)
    assert quiet.fanned_out == 0
    assert (await store.status()).outbox == {"pending": 1}


async def test_settings_define_exactly_their_subscriptions(store: Storage) -> None:
    channel = ChatKind.CHANNEL
    await store.add_subscription(Chat("tg", "@mine"), ALL, "", ChatKind.GROUP)
    await store.sync_config_subscriptions(
        "tg",
        [
            ConfiguredSubscription("@news", CATEGORY, "Politics", channel),
            ConfiguredSubscription("@all", ALL, "", channel),
        ],
    )
    await store.sync_config_subscriptions(
        "tg", [ConfiguredSubscription("@news", CATEGORY, "Politics", channel)]
    )
    assert [s.value for s in await store.subscriptions(Chat("tg", "@news"))] == ["Politics"]
    assert await store.subscriptions(Chat("tg", "@all")) == []
    assert len(await store.subscriptions(Chat("tg", "@mine"))) == 1  # a reader's own stays


async def test_pause_holds_and_take_missed_hands_back_oldest_first(store: Storage) -> None:
    await store.add_subscription(CHAT, ALL, "", ChatKind.PRIVATE)
    assert await store.set_paused(CHAT, True)
    assert not await store.set_paused(CHAT, True)
    assert await store.is_paused(CHAT)
    ids = [(await store.add_article(make_article())).article_id for _ in range(3)]
    assert await store.due_deliveries("fake", now=1e12, limit=10) == []
    assert await store.take_missed(CHAT) == ids
    assert await store.take_missed(CHAT) == []
    assert await store.set_paused(CHAT, False) and not await store.is_paused(CHAT)
    assert (await store.status()).outbox == {"skipped": 3}


async def test_a_gone_chat_is_deactivated_with_its_reason(store: Storage) -> None:
    await store.add_subscription(CHAT, ALL, "", ChatKind.PRIVATE)
    await store.add_subscription(CHAT, FOLLOW, "storm", ChatKind.PRIVATE)
    await store.add_article(make_article())
    assert await store.deactivate_chat(CHAT, "blocked by the user") == 2
    listed = await store.subscriptions(CHAT)
    assert {(s.active, s.reason) for s in listed} == {(False, "blocked by the user")}
    assert (await store.status()).subscriptions == {}
    assert (await store.status()).outbox == {"skipped": 1}
    assert await store.add_subscription(CHAT, ALL, "", ChatKind.PRIVATE)  # comes back
    assert await store.deactivate_chat(Chat("fake", "never"), "x") == 0


async def test_a_migrated_chat_keeps_its_subscriptions_and_deliveries(store: Storage) -> None:
    await store.add_subscription(CHAT, ALL, "", ChatKind.GROUP)
    await store.add_article(make_article())
    await store.migrate_chat(CHAT, "-100")
    moved = Chat("fake", "-100")
    assert [s.kind for s in await store.subscriptions(moved)] == [ALL]
    assert await store.subscriptions(CHAT) == []
    [delivery] = await store.due_deliveries("fake", now=1e12, limit=10)
    assert delivery.chat == moved and delivery.chat_kind is ChatKind.GROUP


async def test_follows_match_phrases_in_quotes_with_accents_and_common_words(
    store: Storage,
) -> None:
    """The follow prefilter files each phrase under one word; every follow still matches."""
    for n, phrase in enumerate(["the who", "zurich", "harbour master", "of the", "storm"]):
        await store.add_subscription(Chat("fake", str(n)), FOLLOW, phrase, ChatKind.PRIVATE)
    article = make_article(
        headline="The Who play in Zürich",
        body="A concert of the year.",
        quotes=(Quote("The harbour master waved.", "Ann"),),
    )
    assert (await store.add_article(article)).fanned_out == 4
    due = await store.due_deliveries("fake", 1e12, limit=10)
    assert sorted(d.chat.chat_id for d in due) == ["0", "1", "2", "3"]
