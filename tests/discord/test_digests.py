"""Scheduled digests through the real Discord messenger: commands, then parts within 2000."""

from __future__ import annotations

import time

from bot.delivery.digests import DigestSender
from bot.delivery.worker import DeliveryWorker
from bot.models import Chat, Quote
from tests.discord.conftest import make_article
from tests.discord.fake_interactions import is_ephemeral


async def test_digest_and_timezone_commands_then_a_digest_in_parts(
    fake, bot, service, storage, settings
):
    news = fake.channel("news")
    reply = await fake.reply(await fake.command("timezone", {"zone": "America/New_York"}))
    assert reply["content"] == f"Times for <#{news}> are in America/New_York."
    reply = await fake.reply(await fake.command("digest", {"schedule": "weekly fri 17:30"}))
    assert f"<#{news}> gets a digest weekly friday 17:30 (America/New_York)" in reply["content"]
    assert "on Fri" in reply["content"]
    reply = await fake.reply(await fake.command("digest", {"schedule": "daily 25:00"}))
    assert is_ephemeral(reply) and "“25:00” is not a time of day" in reply["content"]
    await fake.reply(await fake.command("subscribe", {"category": "all"}))
    reply = await fake.reply(await fake.command("subscriptions"))
    assert reply["content"].endswith(
        "Digest: weekly friday 17:30 (America/New_York), instead of one post per article."
    )
    said = (Quote("The harbour opens to everyone by spring.", "Mara Lind"),)
    for i in range(30):
        await service.ingest(
            make_article(
                f"Story *{i}*",
                summary="A long first sentence about it. " * 4,
                quotes=said if i == 29 else (),
            )
        )
    await DeliveryWorker(storage, bot.messenger, settings).drain()
    assert fake.posts_in(news) == []
    sender = DigestSender(storage, bot.messenger, settings)
    assert await sender.step(now=time.time() + 8 * 86400) == 1
    parts = [p.payload["content"] for p in fake.posts_in(news)]
    assert len(parts) > 1 and all(len(p) <= 2000 for p in parts)
    text = "\n".join(parts)
    assert parts[0].startswith("**Your digest: 30 new stories**")
    assert "Top story: **Story \\*29\\***" in text and "> — Mara Lind" in text
    assert all(f"Story \\*{i}\\*" in text for i in range(30))
    assert "— *Example Times*" in text
    settings_now = await service.storage.digest_settings(Chat("discord", str(news)))
    assert settings_now.schedule == "weekly friday 17:30"
