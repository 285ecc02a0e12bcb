"""Mutes and follow checks through the real aiogram stack: commands, keyboard, delivery."""

from __future__ import annotations

import time
from typing import Any

from bot.delivery.digests import DigestSender
from bot.models import ChatFeed, ChatKind, Quote
from bot.services import NewsService
from tests.telegram.conftest import article
from tests.telegram.fake_api import FakeTelegram
from tests.telegram.test_delivery import chat, deliver, worker_for

USER = 1201


async def test_mute_list_and_unmute_by_keyboard(fake: FakeTelegram, bot: Any) -> None:
    private = fake.private(USER)
    reply = await fake.ask(private, '/mute "Transfer Window"')
    assert "This chat now mutes “transfer window”" in reply.shown
    reply = await fake.ask(private, "/mute transfer window")
    assert "already mutes" in reply.shown
    reply = await fake.ask(private, "/subscriptions")
    assert 'mute "transfer window"' in reply.shown
    reply = await fake.ask(private, "/unmute zebra")
    assert "has not muted “zebra”" in reply.shown
    menu = await fake.ask(private, "/unmute")
    await fake.press(menu, 'mute "transfer window"', fake.user(USER))
    await fake.wait_for(lambda: "This chat no longer mutes" in menu.shown)
    reply = await fake.ask(private, "/unmute")
    assert "This chat mutes nothing" in reply.shown


async def test_unsubscribe_keyboard_offers_follows_and_mutes_too(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    await service.ingest(article("p1"))
    private = fake.private(USER)
    for command in ("/subscribe Politics", "/follow Pokrovsk", "/mute celebrity"):
        await fake.ask(private, command)
    menu = await fake.ask(private, "/unsubscribe")
    labels = {b["text"] for b in menu.buttons()}
    assert labels == {"Politics", 'follow "pokrovsk"', 'mute "celebrity"'}
    await fake.press(menu, 'mute "celebrity"', fake.user(USER))
    await fake.wait_for(lambda: "This chat no longer mutes “celebrity”" in menu.shown)
    assert [s.kind.value for s in await service.subscriptions(chat(USER))] == [
        "category",
        "follow",
    ]


async def test_a_muted_word_stops_an_article_that_would_arrive(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    private = fake.private(USER)
    await fake.ask(private, "/subscribe all")
    await fake.ask(private, "/mute celebrity")
    await service.ingest(article("m1", summary="A celebrity wedding took the whole day."))
    await service.ingest(article("m2", summary="The council voted on the harbour plan."))
    await deliver(worker_for(bot, service), lambda: len(fake.sent_to(USER)) > 2)
    posts = [r.shown for r in fake.sent_to(USER)[2:]]
    assert len(posts) == 1 and posts[0].startswith("Headline m2")


async def test_follow_refuses_stop_words_and_too_broad_phrases(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    for i in range(10):
        summary = "The council met." if i < 2 else "Rain fell on the harbour."
        await service.ingest(article(f"b{i}", summary=summary))
    private = fake.private(USER)
    reply = await fake.ask(private, '/follow "the"')
    assert "too common a word to follow" in reply.shown
    reply = await fake.ask(private, "/follow harbour")
    assert "in 8 of the newest 10 articles" in reply.shown
    reply = await fake.ask(private, "/follow council")
    assert "This chat now follows “council”" in reply.shown


async def test_digest_commands_and_a_long_digest_in_several_messages(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    private = fake.private(USER)
    reply = await fake.ask(private, "/digest sometimes")
    assert "Say /digest hourly" in reply.shown
    reply = await fake.ask(private, "/timezone Mars/Olympus")
    assert "I don't know the time zone “Mars/Olympus”" in reply.shown
    reply = await fake.ask(private, "/timezone Europe/Berlin")
    assert "Times for this chat are in Europe/Berlin." in reply.shown
    reply = await fake.ask(private, "/digest daily 08:00")
    assert "gets a digest daily 08:00 (Europe/Berlin)" in reply.shown
    assert "at 08:00" in reply.shown
    reply = await fake.ask(private, "/subscriptions")
    assert "Digest: daily 08:00 (Europe/Berlin), instead of one post per article." in reply.shown
    await fake.ask(private, "/subscribe all")
    said = (Quote("We will open the harbour to everyone by spring.", "Mara Lind"),)
    for i in range(40):
        summary = f"Story {i} opens with a long first sentence about the day. " * 3
        await service.ingest(article(f"d{i}", summary=summary, quotes=said if i == 39 else ()))
    await worker_for(bot, service).drain()
    before = len(fake.sent_to(USER))
    sender = DigestSender(service.storage, bot.messenger, bot.settings_used)
    assert await sender.step(now=time.time() + 2 * 86400) == 1
    parts = fake.sent_to(USER)[before:]
    assert len(parts) > 1 and all(p.parse_mode == "HTML" for p in parts)
    assert all(len(p.shown) <= 4096 for p in parts)
    shown = "\n".join(p.shown for p in parts)
    assert parts[0].shown.startswith("Your digest: 40 new stories")
    assert "Top story: Headline d39" in shown and "“We will open the harbour" in shown
    assert "— Mara Lind" in shown
    assert all(f"Headline d{i} — news.example" in shown for i in range(40))
    assert await sender.step(now=time.time() + 2 * 86400) == 0


async def test_small_things_plain_text_hint_quoted_speaker_no_backticks(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    said = (Quote("We will keep the border open for trade.", "Joe Biden"),)
    await service.ingest(article("q1", quotes=said))
    private = fake.private(USER)
    reply = await fake.ask(private, "hello there")
    assert reply.shown == "Commands start with /. Try /help to see them all."
    for typed in ('/quote "Joe Biden"', "/quote Joe Biden", "/quote “Joe Biden”"):
        reply = await fake.ask(private, typed)
        assert "We will keep the border open for trade." in reply.shown, typed
    group = fake.group(-5001)
    before = len(fake.sent_to(-5001))
    await fake.message(group, "just chatting", user=fake.user(USER))
    await fake.ask(group, "/categories")
    assert len(fake.sent_to(-5001)) == before + 1  # only the command was answered
    replies = []
    for command in (
        "/subscribe",
        "/subscribe ",
        "/unsubscribe nothing",
        "/follow",
        "/mute",
        "/digest",
        "/digest never",
        "/timezone Nowhere",
        "/latest nowhere",
        "/search",
        "/bogus",
    ):
        replies.append((await fake.ask(private, command)).shown)
    assert all("`" not in r for r in replies), [r for r in replies if "`" in r]


async def test_unsubscribe_keyboard_offers_the_chats_own_feeds(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    feed = ChatFeed("https://news.example/rss.xml", None, "Example News")
    await service.storage.add_chat_feed(chat(USER), feed, ChatKind.PRIVATE)
    private = fake.private(USER)
    await fake.ask(private, "/follow Pokrovsk")
    menu = await fake.ask(private, "/unsubscribe")
    labels = {b["text"] for b in menu.buttons()}
    assert labels == {'follow "pokrovsk"', f"feed {feed.url}"}
    await fake.press(menu, f"feed {feed.url}", fake.user(USER))
    await fake.wait_for(lambda: f"no longer receives the feed {feed.url}" in menu.shown)
    assert await service.feeds.list(chat(USER)) == []
    reply = await fake.ask(private, f"/unsubscribe feed {feed.url}")
    assert "has no feed" in reply.shown
