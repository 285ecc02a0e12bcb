"""What each Discord answer to a send becomes: the Outcome the delivery worker acts on."""

from __future__ import annotations

import asyncio

import pytest

from bot.models import Post
from bot.outcomes import Gone, Permanent, RetryAfter, Sent, Transient
from tests.discord.conftest import make_article
from tests.discord.fake_discord import Failure

POST = Post.from_article(make_article())


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (Failure(403, 50013, "Missing Permissions"), Gone),
        (Failure(403, 50001, "Missing Access"), Gone),
        (Failure(404, 10003, "Unknown Channel"), Gone),
        (Failure(503, 0, "Service Unavailable"), Transient),
        (Failure(400, 50035, "Invalid Form Body"), Permanent),
    ],
)
async def test_errors_map_to_outcomes(fake, bot, failure, expected):
    news = fake.channel("news")
    fake.fail(news, failure)
    outcome = await bot.messenger.send_post(str(news), POST)
    assert isinstance(outcome, expected)
    assert str(failure.code) in outcome.reason


async def test_a_long_rate_limit_is_handed_back_as_retry_after(fake, bot):
    news = fake.channel("news")
    fake.fail(news, Failure(429, 0, "", times=1, retry_after=45.0))
    outcome = await bot.messenger.send_post(str(news), POST)
    assert outcome == RetryAfter(45.0)
    assert not fake.posts_in(news)


async def test_a_short_rate_limit_is_waited_out_by_discord_py(fake, bot):
    news = fake.channel("news")
    fake.fail(news, Failure(429, 0, "", times=1, retry_after=0.2))
    outcome = await bot.messenger.send_post(str(news), POST)
    [post] = fake.posts_in(news)
    assert outcome == Sent(post.message["id"])


async def test_network_failure_is_transient(fake, bot):
    await fake.close()
    outcome = await bot.messenger.send_post(str(fake.channel("news")), POST)
    assert isinstance(outcome, Transient)


async def test_a_bad_chat_id_is_permanent(fake, bot):
    assert isinstance(await bot.messenger.send_post("not-a-number", POST), Permanent)


async def test_a_delivery_process_sends_without_the_gateway(fake, service, settings):
    from adapters.discord import create

    adapter = create(settings, service, asyncio.Event())
    await adapter.connect_sender()
    try:
        news = fake.channel("news")
        outcome = await adapter.messenger.send_post(str(news), POST)
        [post] = fake.posts_in(news)
        assert outcome == Sent(post.message["id"])
        assert not fake.identified  # no gateway connection was made
    finally:
        await adapter.stop()
