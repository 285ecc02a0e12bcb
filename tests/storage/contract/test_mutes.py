"""The Storage contract for mutes and how broad a phrase is."""

from __future__ import annotations

from bot.models import Chat, ChatKind, PhraseShare, Quote, SubscriptionKind
from bot.ports import Storage
from tests.conftest import make_article

READER, OTHER = Chat("fake", "1"), Chat("fake", "2")
ALL, FOLLOW = SubscriptionKind.ALL, SubscriptionKind.FOLLOW


async def test_mute_once_list_and_remove(store: Storage) -> None:
    assert await store.add_mute(READER, "transfer window", ChatKind.GROUP)
    assert not await store.add_mute(READER, "transfer window", ChatKind.GROUP)
    assert await store.add_mute(READER, "celebrity", ChatKind.GROUP)
    assert await store.mutes(READER) == ["celebrity", "transfer window"]
    assert await store.mutes(OTHER) == []
    assert await store.remove_mute(READER, "celebrity")
    assert not await store.remove_mute(READER, "celebrity")
    assert not await store.remove_mute(Chat("fake", "never"), "celebrity")
    assert await store.mutes(READER) == ["transfer window"]


async def test_a_muted_phrase_stops_every_route_to_that_chat_only(store: Storage) -> None:
    for chat in (READER, OTHER):
        await store.add_subscription(chat, ALL, "", ChatKind.PRIVATE)
        await store.add_subscription(chat, FOLLOW, "reservoir", ChatKind.PRIVATE)
    await store.add_mute(READER, "transfer window", ChatKind.PRIVATE)
    muted = make_article(body="The reservoir opened before the transfer window closed.")
    assert (await store.add_article(muted)).fanned_out == 1
    [due] = await store.due_deliveries("fake", 1e12, limit=5)
    assert due.chat == OTHER
    said = (Quote("The transfer window is open now", "A"),)
    in_a_quote = make_article(body="Calm.", quotes=said)
    assert (await store.add_article(in_a_quote)).fanned_out == 1
    fine = make_article(body="The reservoir is full; the window was open.")
    assert (await store.add_article(fine)).fanned_out == 2


async def test_an_unmuted_phrase_lets_articles_through_again(store: Storage) -> None:
    await store.add_subscription(READER, ALL, "", ChatKind.PRIVATE)
    await store.add_mute(READER, "drought", ChatKind.PRIVATE)
    assert (await store.add_article(make_article(headline="Drought ends"))).fanned_out == 0
    await store.remove_mute(READER, "drought")
    assert (await store.add_article(make_article(headline="Drought returns"))).fanned_out == 1


async def test_mutes_move_with_a_migrated_chat(store: Storage) -> None:
    await store.add_subscription(READER, ALL, "", ChatKind.GROUP)
    await store.add_mute(READER, "drought", ChatKind.GROUP)
    await store.migrate_chat(READER, "-100")
    assert await store.mutes(Chat("fake", "-100")) == ["drought"]


async def test_phrase_share_counts_only_the_newest_articles(store: Storage) -> None:
    assert await store.phrase_share("drought", 500) == PhraseShare(0, 0)
    await store.add_article(make_article(body="A drought in the north."))
    for _ in range(3):
        await store.add_article(make_article(body="Rain and more rain."))
    assert await store.phrase_share("drought", 500) == PhraseShare(1, 4)
    assert await store.phrase_share("drought", 3) == PhraseShare(0, 3)
    assert await store.phrase_share("more rain", 2) == PhraseShare(2, 2)
