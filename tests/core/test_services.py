"""Core services over the in-memory storage: categories, subscriptions, follows, pause, resume."""

from __future__ import annotations

import pytest

from bot.errors import BadArgument, NotFound, UnknownCategory
from bot.models import Chat, ChatKind, ConfiguredSubscription, Quote, SubscriptionKind
from bot.services import NewsService
from tests.conftest import make_article

CHAT = Chat("fake", "42")


async def test_unknown_category_lists_the_known_ones(service: NewsService) -> None:
    await service.ingest(make_article(category="Politics"))
    await service.ingest(make_article(category="Sport"))
    with pytest.raises(UnknownCategory) as err:
        await service.subscribe(CHAT, "Weather")
    assert "Politics" in str(err.value) and "Sport" in str(err.value)
    with pytest.raises(UnknownCategory):
        await service.latest("Weather")


async def test_subscribe_is_case_insensitive_and_idempotent(service: NewsService) -> None:
    await service.ingest(make_article(category="Politics"))
    sub, created = await service.subscribe(CHAT, "politics")
    _, created_again = await service.subscribe(CHAT, "POLITICS")
    assert (sub.value, created, created_again) == ("Politics", True, False)
    everything, _ = await service.subscribe(CHAT, "all")
    assert everything.kind is SubscriptionKind.ALL
    listed = [s.describe() for s in await service.subscriptions(CHAT)]
    assert sorted(listed) == ["Politics", "everything"]
    await service.unsubscribe(CHAT, "Politics")
    with pytest.raises(NotFound):
        await service.unsubscribe(CHAT, "Politics")


async def test_new_subscription_does_not_replay_the_back_catalogue(service: NewsService) -> None:
    await service.ingest(make_article(category="Politics"))
    await service.subscribe(CHAT, "Politics")
    assert (await service.status()).outbox == {}
    result = await service.ingest(make_article(category="Politics"))
    assert result.fanned_out == 1


async def test_one_article_reaches_a_chat_once_however_many_subscriptions_match(
    service: NewsService,
) -> None:
    await service.ingest(make_article(category="World"))
    await service.subscribe(CHAT, "World")
    await service.subscribe(CHAT, "all")
    await service.follow(CHAT, "reservoir")
    result = await service.ingest(make_article(category="World", body="The reservoir is full."))
    assert result.fanned_out == 1


async def test_follow_matches_words_and_phrases_safely(service: NewsService) -> None:
    await service.follow(CHAT, '"water levels"')
    await service.follow(Chat("fake", "7"), 'NEAR("x*')  # hostile text becomes plain words
    hit = await service.ingest(make_article(body="Water levels rose overnight."))
    miss = await service.ingest(make_article(body="Levels of water were normal."))
    assert (hit.fanned_out, miss.fanned_out) == (1, 0)
    with pytest.raises(BadArgument):
        await service.follow(CHAT, '""')


async def test_pause_collects_and_resume_sends_one_digest(service: NewsService) -> None:
    await service.subscribe(CHAT, "all")
    await service.pause(CHAT)
    for n in range(15):
        await service.ingest(make_article(f"Missed {n}"))
    digest = await service.resume(CHAT)
    assert digest is not None and digest.missed == 15
    assert len(digest.posts) == 10 and digest.posts[0].headline == "Missed 14"
    assert await service.resume(CHAT) is None  # nothing new since


async def test_latest_pages_through_older_articles(service: NewsService) -> None:
    for n in range(7):
        await service.ingest(make_article(f"Story {n}"))
    first = await service.latest(limit=3)
    second = await service.latest(limit=3, before_id=first[-1].article_id)
    assert [p.headline for p in first + second] == [f"Story {n}" for n in range(6, 0, -1)]
    with pytest.raises(BadArgument):
        await service.latest(limit=500)


async def test_quote_for_tells_a_category_from_a_speaker(service: NewsService) -> None:
    await service.ingest(
        make_article(category="Sport", quotes=(Quote("We will be back next season", "Lee Park"),))
    )
    await service.ingest(
        make_article(quotes=(Quote("The talks went well for everyone", "Mia Chen"),))
    )
    assert (await service.quote_for("sport")).quote.speaker == "Lee Park"
    assert (await service.quote_for("Chen")).quote.speaker == "Mia Chen"
    assert (await service.quote_for(None)).quote.speaker == "Mia Chen"
    with pytest.raises(NotFound, match="no quotes by Nobody"):
        await service.quote_for("Nobody")


async def test_settings_subscriptions_and_problems_go_through_the_service(
    service: NewsService,
) -> None:
    channel = Chat("tg", "@news")
    wanted = ConfiguredSubscription("@news", SubscriptionKind.ALL, "", ChatKind.CHANNEL)
    await service.configure_subscriptions("tg", [wanted])
    assert [s.describe() for s in await service.subscriptions(channel)] == ["everything"]
    await service.report_problem("tg:@news", "cannot post")
    assert (await service.status()).problems == [("tg:@news", "cannot post")]
