"""Subscription commands: channel-owned, Manage Channels checked, refusals private."""

from __future__ import annotations

from bot.models import Chat, SubscriptionKind
from tests.discord.conftest import make_article
from tests.discord.fake_interactions import is_ephemeral
from tests.discord.fake_payloads import EVERYTHING_BUT_MANAGE, MANAGE_CHANNELS, MODERATOR


def chat(channel_id: int) -> Chat:
    return Chat("discord", str(channel_id))


async def kinds(service, channel_id: int) -> list[tuple[SubscriptionKind, str]]:
    return [(s.kind, s.value) for s in await service.subscriptions(chat(channel_id)) if s.active]


async def test_commands_are_synced_to_the_guild_with_manage_channels_by_default(fake, bot):
    assert not fake.global_commands
    synced = fake.commands_for(fake.guild_id)
    assert set(synced) == {
        "latest",
        "search",
        "quote",
        "categories",
        "subscribe",
        "unsubscribe",
        "subscriptions",
        "follow",
        "unfollow",
        "mute",
        "unmute",
        "digest",
        "timezone",
        "feed",
        "feeds",
        "pause",
        "resume",
        "help",
    }
    changing = ("subscribe", "unsubscribe", "follow", "unfollow", "mute", "unmute", "pause")
    for name in (*changing, "resume", "digest", "timezone", "feed"):
        assert synced[name]["default_member_permissions"] == str(MANAGE_CHANNELS)
    assert synced["latest"]["default_member_permissions"] is None
    assert fake.identified[0]["intents"] & ((1 << 1) | (1 << 8) | (1 << 15)) == 0  # no privileged


async def test_subscribe_and_unsubscribe_this_channel(fake, bot, service):
    await service.ingest(make_article(category="Politics"))
    news = fake.channel("news")
    reply = await fake.reply(
        await fake.command("subscribe", {"category": "politics"}, channel=news)
    )
    assert reply["content"] == f"<#{news}> now receives Politics."
    assert not is_ephemeral(reply)
    assert await kinds(service, news) == [(SubscriptionKind.CATEGORY, "Politics")]

    reply = await fake.reply(
        await fake.command("subscribe", {"category": "Politics"}, channel=news)
    )
    assert "already receives Politics" in reply["content"]

    reply = await fake.reply(await fake.command("subscribe", {"category": "all"}, channel=news))
    assert reply["content"] == f"<#{news}> now receives everything."

    reply = await fake.reply(await fake.command("subscriptions", channel=news))
    assert "• Politics" in reply["content"] and "• everything" in reply["content"]

    reply = await fake.reply(
        await fake.command("unsubscribe", {"category": "Politics"}, channel=news)
    )
    assert reply["content"] == f"<#{news}> no longer receives Politics."
    assert await kinds(service, news) == [(SubscriptionKind.ALL, "")]

    reply = await fake.reply(
        await fake.command("unsubscribe", {"category": "Politics"}, channel=news)
    )
    assert is_ephemeral(reply) and "not subscribed to Politics" in reply["content"]


async def test_subscribe_unknown_category_is_a_private_error(fake, bot, service):
    await service.ingest(make_article(category="Politics"))
    reply = await fake.reply(await fake.command("subscribe", {"category": "Gardening"}))
    assert is_ephemeral(reply) and "Known categories: Politics" in reply["content"]
    assert await kinds(service, fake.channel("news")) == []


async def test_subscribe_another_channel_given_as_an_option(fake, bot, service):
    await service.ingest(make_article(category="Sport"))
    news, sport = fake.channel("news"), fake.channel("sport")
    interaction = await fake.command(
        "subscribe", {"category": "Sport", "channel": sport}, channel=news
    )
    reply = await fake.reply(interaction)
    assert reply["content"] == f"<#{sport}> now receives Sport."
    assert await kinds(service, sport) == [(SubscriptionKind.CATEGORY, "Sport")]
    assert await kinds(service, news) == []

    reply = await fake.reply(await fake.command("subscriptions", {"channel": sport}, channel=news))
    assert "• Sport" in reply["content"]


async def test_members_without_manage_channels_are_refused_privately(fake, bot, service):
    await service.ingest(make_article(category="Politics"))
    news, sport = fake.channel("news"), fake.channel("sport")
    for name, options in [
        ("subscribe", {"category": "Politics"}),
        ("unsubscribe", {"category": "Politics"}),
        ("follow", {"phrase": "bridge"}),
        ("unfollow", {"phrase": "bridge"}),
        ("pause", {}),
        ("resume", {}),
    ]:
        interaction = await fake.command(name, options, permissions=EVERYTHING_BUT_MANAGE)
        reply = await fake.reply(interaction)
        assert is_ephemeral(reply), name
        assert "Manage Channels" in reply["content"], name
        assert interaction.callback_type == 4  # refused at once, nothing deferred
    # Manage Channels here does not allow changing a channel where the member lacks it.
    interaction = await fake.command(
        "subscribe",
        {"category": "Politics", "channel": sport},
        channel=news,
        permissions=MODERATOR,
        channel_permissions={sport: EVERYTHING_BUT_MANAGE},
    )
    reply = await fake.reply(interaction)
    assert is_ephemeral(reply) and f"<#{sport}>" in reply["content"]
    assert await kinds(service, news) == [] and await kinds(service, sport) == []
    assert not await service.is_paused(chat(news))


async def test_follow_and_unfollow_a_phrase(fake, bot, service):
    news = fake.channel("news")
    reply = await fake.reply(await fake.command("follow", {"phrase": '"Harbour Bridge"'}))
    assert reply["content"] == f"<#{news}> now follows “harbour bridge”."
    assert await kinds(service, news) == [(SubscriptionKind.FOLLOW, "harbour bridge")]
    reply = await fake.reply(await fake.command("subscriptions"))
    assert 'follow "harbour bridge"' in reply["content"]
    reply = await fake.reply(await fake.command("unfollow", {"phrase": "harbour bridge"}))
    assert reply["content"] == f"<#{news}> no longer follows “harbour bridge”."
    reply = await fake.reply(await fake.command("unfollow", {"phrase": "harbour bridge"}))
    assert is_ephemeral(reply) and "does not follow" in reply["content"]


async def test_mute_and_unmute_a_phrase(fake, bot, service):
    news = fake.channel("news")
    reply = await fake.reply(await fake.command("mute", {"phrase": '"Transfer Window"'}))
    assert reply["content"] == (
        f"<#{news}> now mutes “transfer window”: no article mentioning it arrives."
    )
    assert await service.storage.mutes(chat(news)) == ["transfer window"]
    reply = await fake.reply(await fake.command("subscriptions"))
    assert 'mute "transfer window"' in reply["content"]
    reply = await fake.reply(await fake.command("unmute", {"phrase": "transfer window"}))
    assert reply["content"] == f"<#{news}> no longer mutes “transfer window”."
    reply = await fake.reply(await fake.command("unmute", {"phrase": "transfer window"}))
    assert is_ephemeral(reply) and "has not muted" in reply["content"]


async def test_follow_refuses_a_stop_word_privately(fake, bot):
    reply = await fake.reply(await fake.command("follow", {"phrase": "the"}))
    assert is_ephemeral(reply) and "too common a word to follow" in reply["content"]


async def test_subscriptions_when_there_are_none(fake, bot):
    reply = await fake.reply(await fake.command("subscriptions"))
    assert "has no subscriptions" in reply["content"]


async def test_pause_then_resume_with_one_digest_message(fake, bot, service):
    await service.ingest(make_article(category="Politics"))
    news = fake.channel("news")
    await fake.reply(await fake.command("subscribe", {"category": "Politics"}))
    reply = await fake.reply(await fake.command("pause"))
    assert reply["content"].startswith(f"Paused <#{news}>")
    reply = await fake.reply(await fake.command("pause"))
    assert "already paused" in reply["content"]
    for i in range(3):
        await service.ingest(make_article(f"Missed story {i + 1}", "Politics"))

    reply = await fake.reply(await fake.command("resume"))
    assert "missed 3 articles" in reply["content"]
    assert [e["title"] for e in reply["embeds"]] == [
        "Missed story 3",
        "Missed story 2",
        "Missed story 1",
    ]
    assert not await service.is_paused(chat(news))

    reply = await fake.reply(await fake.command("resume"))
    assert "it missed nothing" in reply["content"] and not reply["embeds"]


async def test_unsubscribe_autocomplete_offers_follows_and_mutes_and_stops_them(fake, bot, service):
    await service.ingest(make_article(category="Politics"))
    news = fake.channel("news")
    await fake.reply(await fake.command("subscribe", {"category": "Politics"}, channel=news))
    await fake.reply(await fake.command("follow", {"phrase": "Pokrovsk"}, channel=news))
    await fake.reply(await fake.command("mute", {"phrase": "celebrity"}, channel=news))
    choices = await fake.autocomplete("unsubscribe", "category", "")
    assert [(c["name"], c["value"]) for c in choices] == [
        ("Politics", "Politics"),
        ('follow "pokrovsk"', 'follow "pokrovsk"'),
        ('mute "celebrity"', 'mute "celebrity"'),
    ]
    reply = await fake.reply(await fake.command("unsubscribe", {"category": 'mute "celebrity"'}))
    assert reply["content"] == f"<#{news}> no longer mutes “celebrity”."
    reply = await fake.reply(await fake.command("unsubscribe", {"category": 'follow "pokrovsk"'}))
    assert reply["content"] == f"<#{news}> no longer follows “pokrovsk”."
    assert await kinds(service, news) == [(SubscriptionKind.CATEGORY, "Politics")]
