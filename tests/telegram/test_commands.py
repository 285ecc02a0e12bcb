"""Every command against the real aiogram stack over HTTP, checked by what arrived."""

from __future__ import annotations

from typing import Any

from bot.models import Quote
from bot.services import NewsService
from tests.telegram.conftest import article
from tests.telegram.fake_api import FakeTelegram

USER = 1001


async def seed(service: NewsService, count: int = 3, category: str = "Politics") -> None:
    for i in range(count):
        await service.ingest(
            article(
                f"{category}-{i}",
                category,
                quotes=(Quote(f"We said thing {i}.", "Jane Doe"),),
            )
        )


async def test_start_commands_menu_and_help(fake: FakeTelegram, bot: Any) -> None:
    assert [c["command"] for c in fake.commands][:3] == ["start", "help", "latest"]
    chat = fake.private(USER)
    reply = await fake.ask(chat, "/start")
    assert "I post the news" in reply.shown and "/subscribe" in reply.shown
    assert reply.parse_mode == "HTML"
    reply = await fake.ask(chat, "/help")
    for command in ("/latest", "/quote", "/search", "/follow", "/pause", "/resume"):
        assert command in reply.shown


async def test_latest_lists_and_pages(fake: FakeTelegram, bot: Any, service: NewsService) -> None:
    await seed(service, 7)
    chat = fake.private(USER)
    reply = await fake.ask(chat, "/latest politics 3")
    assert reply.shown.startswith("Latest in Politics")
    assert "Headline Politics-6" in reply.shown and "Headline Politics-4" in reply.shown
    assert "Headline Politics-3" not in reply.shown
    more = reply.button("More")
    assert len(more["callback_data"].encode()) <= 64
    await fake.press(reply, "More", fake.user(USER))
    await fake.wait_for(lambda: len(fake.sent_to(USER)) == 2)
    page = fake.sent_to(USER)[1]
    assert "Headline Politics-3" in page.shown and "Headline Politics-1" in page.shown
    await fake.wait_for(lambda: reply.reply_markup is None)  # the old button is gone
    await fake.press(page, "More", fake.user(USER))
    await fake.wait_for(lambda: len(fake.sent_to(USER)) == 3)
    assert "Headline Politics-0" in fake.sent_to(USER)[2].shown


async def test_latest_wrong_arguments_explained(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    await seed(service, 1)
    await seed(service, 1, "World News")
    chat = fake.private(USER)
    reply = await fake.ask(chat, "/latest sport")
    assert 'There is no category "sport"' in reply.shown
    assert "Politics, World News" in reply.shown
    reply = await fake.ask(chat, "/latest 500")
    assert "between 1 and 20" in reply.shown
    reply = await fake.ask(chat, "/latest world news")
    assert "Latest in World News" in reply.shown


async def test_quote_search_categories(fake: FakeTelegram, bot: Any, service: NewsService) -> None:
    await seed(service, 2)
    chat = fake.private(USER)
    reply = await fake.ask(chat, "/quote")
    assert "— Jane Doe" in reply.shown and "#Politics" in reply.shown
    assert "<blockquote>" in reply.text
    reply = await fake.ask(chat, "/quote Jane Doe")
    assert "Jane Doe" in reply.shown
    reply = await fake.ask(chat, "/quote Nobody Atall")
    assert "no quotes by Nobody Atall" in reply.shown
    reply = await fake.ask(chat, "/search Politics-1")
    assert "Headline Politics-1" in reply.shown
    reply = await fake.ask(chat, "/search")
    assert "Tell me what to search for" in reply.shown
    reply = await fake.ask(chat, "/categories")
    assert "Politics — 2 articles" in reply.shown


async def test_subscribe_keyboard_and_callbacks(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    await seed(service, 1)
    chat = fake.private(USER)
    menu = await fake.ask(chat, "/subscribe")
    assert {b["text"] for b in menu.buttons()} == {"Politics", "Everything"}
    callback = await fake.press(menu, "Politics", fake.user(USER))
    await fake.wait_for(lambda: "This chat now receives Politics" in menu.shown)
    assert menu.reply_markup is None
    await fake.wait_for(lambda: fake.answer_for(callback))
    reply = await fake.ask(chat, "/subscriptions")
    assert "• Politics" in reply.shown
    reply = await fake.ask(chat, "/subscribe politics")
    assert "already receives Politics" in reply.shown
    reply = await fake.ask(chat, "/subscribe all")
    assert "This chat now receives everything" in reply.shown
    menu = await fake.ask(chat, "/unsubscribe")
    assert {b["text"] for b in menu.buttons()} == {"Politics", "everything"}
    await fake.press(menu, "everything", fake.user(USER))
    await fake.wait_for(lambda: "This chat no longer receives everything" in menu.shown)
    reply = await fake.ask(chat, "/unsubscribe Politics")
    assert "This chat no longer receives Politics" in reply.shown
    reply = await fake.ask(chat, "/unsubscribe Politics")
    assert "not subscribed to Politics" in reply.shown
    reply = await fake.ask(chat, "/subscriptions")
    assert "no subscriptions yet" in reply.shown


async def test_follow_unfollow(fake: FakeTelegram, bot: Any) -> None:
    chat = fake.private(USER)
    reply = await fake.ask(chat, '/follow "Harbour Bridge"')
    assert "This chat now follows “harbour bridge”" in reply.shown
    reply = await fake.ask(chat, "/follow")
    assert "Tell me a word" in reply.shown
    menu = await fake.ask(chat, "/unfollow")
    await fake.press(menu, "harbour bridge", fake.user(USER))
    await fake.wait_for(lambda: "This chat no longer follows" in menu.shown)
    reply = await fake.ask(chat, "/unfollow zebra")
    assert 'does not follow "zebra"' in reply.shown


async def test_deep_link_start_subscribes(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    await seed(service, 1, "World News")
    chat = fake.private(USER)
    reply = await fake.ask(chat, "/start World_News")
    assert "This chat now receives World News" in reply.shown
    reply = await fake.ask(chat, "/start Nope")
    assert 'There is no category "Nope"' in reply.shown


async def test_unknown_and_foreign_commands(fake: FakeTelegram, bot: Any) -> None:
    chat = fake.private(USER)
    reply = await fake.ask(chat, "/frobnicate")
    assert "I don't know /frobnicate" in reply.shown
    group = fake.group(-1002, admins=(USER,))
    await fake.message(group, "/latest@OtherBot", user=fake.user(USER))
    await fake.message(group, "/frobnicate", user=fake.user(USER))
    reply = await fake.ask(group, "/help@OurBot", user=fake.user(USER))
    assert "What I can do" in reply.shown
    await fake.wait_for(lambda: not fake.updates or True)
    assert len(fake.sent_to(-1002)) == 1


async def test_search_pages_with_more(fake: FakeTelegram, bot: Any, service: NewsService) -> None:
    await seed(service, 7)
    chat = fake.private(USER)
    reply = await fake.ask(chat, "/search headline")
    assert reply.shown.count("Headline Politics-") == 5
    await fake.press(reply, "More", fake.user(USER))
    await fake.wait_for(lambda: len(fake.sent_to(USER)) == 2)
    page = fake.sent_to(USER)[1]
    assert "Headline Politics-1" in page.shown and "Headline Politics-0" in page.shown
    assert page.reply_markup is None  # nothing older


async def test_a_bad_count_is_refused_in_the_catalogue_words(fake: FakeTelegram, bot: Any) -> None:
    reply = await fake.ask(fake.private(USER), "/latest -5")
    assert reply.shown == "Ask for between 1 and 20 articles."


async def test_quote_shows_a_long_quote_whole_and_folded(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    sentences = [f"Sentence {n} of the long answer the minister gave today." for n in range(12)]
    long = " ".join(sentences)
    await service.ingest(article("long", quotes=(Quote(long, "Jane Doe"),)))
    reply = await fake.ask(fake.private(USER), "/quote")
    assert reply.text.startswith("<blockquote expandable>")
    assert f"“{long}”\n— Jane Doe" in reply.shown  # whole, though a post shows 300 characters
