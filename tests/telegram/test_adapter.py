"""The adapter as a whole: messenger outcomes, webhook mode, shutdown, secrets kept out of logs."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import aiohttp
import pytest
from pydantic import SecretStr

from adapters.telegram import create
from bot.errors import NewsbotError
from bot.models import Post
from bot.outcomes import Gone, Migrated, Permanent, RetryAfter, Sent, Transient
from bot.services import NewsService
from bot.supervise import Shutdown
from tests.telegram.conftest import TOKEN, make_settings
from tests.telegram.fake_api import FakeTelegram

ALICE = 5001
POST = Post(1, "Headline", "Summary.", (), "Politics", "https://a.example/1")


async def test_messenger_outcomes(fake: FakeTelegram, bot: Any) -> None:
    fake.private(ALICE)
    send = bot.messenger.send_post
    fake.fail(ALICE, "retry_after", seconds=3)
    assert await send(str(ALICE), POST) == RetryAfter(3.0)
    fake.fail(ALICE, "blocked")
    outcome = await send(str(ALICE), POST)
    assert isinstance(outcome, Gone) and "blocked" in outcome.reason
    fake.fail(ALICE, "migrate", new_chat_id=-100999)
    assert await send(str(ALICE), POST) == Migrated("-100999")
    fake.fail(ALICE, "not_found")
    assert isinstance(await send(str(ALICE), POST), Gone)
    fake.fail(ALICE, "server")
    assert isinstance(await send(str(ALICE), POST), Transient)
    fake.fail(ALICE, "error", code=400, description="Bad Request: BUTTON_URL_INVALID")
    assert await send(str(ALICE), POST) == Permanent("Bad Request: BUTTON_URL_INVALID")
    assert isinstance(await send("424242", POST), Gone)  # a chat Telegram does not know
    outcome = await send(str(ALICE), POST)
    assert isinstance(outcome, Sent) and outcome.message_id == str(
        fake.sent_to(ALICE)[0].message_id
    )
    assert len(fake.sent_to(ALICE)) == 1


async def test_network_failure_is_transient(fake: FakeTelegram, start_bot: Any) -> None:
    bot = await start_bot()
    fake.private(ALICE)
    await fake.close()  # the API goes away
    outcome = await asyncio.wait_for(bot.messenger.send_post(str(ALICE), POST), 10)
    assert isinstance(outcome, Transient)


async def test_webhook_mode_checks_the_secret(
    fake: FakeTelegram, start_bot: Any, unused_port: int
) -> None:
    bot = await start_bot(
        telegram_webhook_url="https://bot.example.com",
        telegram_webhook_secret=SecretStr("s3cret-token"),
        telegram_webhook_host="127.0.0.1",
        telegram_webhook_port=unused_port,
    )
    assert fake.webhook is not None
    assert fake.webhook["url"] == "https://bot.example.com/telegram/webhook"
    assert fake.webhook["secret_token"] == "s3cret-token"
    assert not any(method == "getUpdates" for method, _ in fake.requests)
    chat = fake.private(ALICE)
    update = {
        "update_id": 1,
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": chat,
            "from": fake.user(ALICE),
            "text": "/help",
        },
    }
    url = f"http://127.0.0.1:{bot.webhook_port}/telegram/webhook"
    async with aiohttp.ClientSession() as http:
        async with http.post(url, json=update) as response:
            assert response.status == 401
        wrong = {"X-Telegram-Bot-Api-Secret-Token": "nope"}
        async with http.post(url, json=update, headers=wrong) as response:
            assert response.status == 401
        right = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
        async with http.post(url, json=update, headers=right) as response:
            assert response.status == 200
    await fake.wait_for(lambda: fake.sent_to(ALICE))
    assert "What I can do" in fake.sent_to(ALICE)[0].shown


async def test_a_second_web_process_leaves_the_webhook_as_it_is(
    fake: FakeTelegram, start_bot: Any, unused_port: int
) -> None:
    webhook = {
        "telegram_webhook_url": "https://bot.example.com",
        "telegram_webhook_secret": SecretStr("s3cret-token"),
        "telegram_webhook_host": "127.0.0.1",
    }
    await start_bot(**webhook, telegram_webhook_port=unused_port)
    await start_bot(**webhook, telegram_webhook_port=0)
    assert [method for method, _ in fake.requests].count("setWebhook") == 1


async def test_replies_wait_for_the_shared_limit_when_asked(fake: FakeTelegram, bot: Any) -> None:
    slots: list[float] = []

    async def acquire() -> None:
        slots.append(time.monotonic())

    bot.share_rate_limit(acquire)
    chat = fake.private(ALICE)
    reply = await fake.ask(chat, "/help")
    assert "What I can do" in reply.shown
    assert len(slots) == 1  # one slot for the one message; getUpdates and the like take none


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_stop_is_quick_while_a_poll_is_waiting(
    fake: FakeTelegram, service: NewsService, tmp_path: Any
) -> None:
    adapter = create(make_settings(fake, tmp_path), service, asyncio.Event())
    await adapter.start()
    chat = fake.private(ALICE)
    await fake.ask(chat, "/help")
    await asyncio.sleep(0.1)  # the next getUpdates is now waiting on the server
    began = time.monotonic()
    await adapter.stop()
    assert time.monotonic() - began < 2
    # the handled update was confirmed, so a restart would not answer it again
    assert fake.updates == []


async def test_bad_token_is_reported_clearly(
    fake: FakeTelegram, service: NewsService, tmp_path: Any
) -> None:
    settings = make_settings(fake, tmp_path, telegram_token=SecretStr("999:WRONG"))
    adapter = create(settings, service, asyncio.Event())
    with pytest.raises(NewsbotError, match="rejected NEWSBOT_TELEGRAM_TOKEN"):
        await adapter.start()
    await adapter.stop()
    with pytest.raises(NewsbotError, match="does not look like a bot token"):
        create(
            make_settings(fake, tmp_path, telegram_token=SecretStr("nonsense")),
            service,
            asyncio.Event(),
        )


async def test_a_token_revoked_while_polling_stops_the_bot(
    fake: FakeTelegram, service: NewsService, tmp_path: Any
) -> None:
    stop = Shutdown()
    adapter = create(make_settings(fake, tmp_path), service, stop)
    await adapter.start()
    try:
        fake.token = "123:REVOKED"  # the next getUpdates is answered 401 Unauthorized
        await asyncio.wait_for(stop.wait(), 10)
        assert stop.failure is not None
        assert "rejected NEWSBOT_TELEGRAM_TOKEN while running" in str(stop.failure)
        assert TOKEN not in str(stop.failure)
    finally:
        await asyncio.wait_for(adapter.stop(), 5)


async def test_a_token_revoked_under_a_delivery_process_stops_it(
    fake: FakeTelegram, service: NewsService, tmp_path: Any
) -> None:
    stop = Shutdown()
    adapter = create(make_settings(fake, tmp_path), service, stop)
    await adapter.connect_sender()  # `--role delivery`: sends, never polls
    fake.private(ALICE)
    fake.token = "123:REVOKED"
    outcome = await adapter.messenger.send_post(str(ALICE), POST)
    assert isinstance(outcome, Transient)  # the row stays queued for after the fix
    assert stop.is_set() and "while running" in str(stop.failure)
    await adapter.stop()


async def test_token_never_logged(
    fake: FakeTelegram, start_bot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    bot = await start_bot()
    await fake.ask(fake.private(ALICE), "/latest")
    url = f"{fake.url}/bot{TOKEN}/getUpdates"
    logging.getLogger("aiogram.dispatcher").error("Failed to fetch updates - %s", url)
    logging.getLogger("adapters.telegram.adapter").warning("oops at %s", url)
    try:
        raise RuntimeError(f"cannot post to {url}")
    except RuntimeError:
        logging.getLogger("aiogram.event").exception("handler failed")
    await fake.close()
    await bot.messenger.send_post(str(ALICE), POST)
    assert "<token hidden>" in caplog.text
    assert TOKEN not in caplog.text
    for record in caplog.records:
        assert TOKEN not in record.getMessage()


async def test_link_previews_follow_the_setting(fake: FakeTelegram, start_bot: Any) -> None:
    bot = await start_bot(telegram_link_preview=True)
    fake.private(ALICE)
    assert isinstance(await bot.messenger.send_post(str(ALICE), POST), Sent)
    assert fake.sent_to(ALICE)[0].link_preview_options == {"is_disabled": False}


async def test_unparseable_html_falls_back_to_plain_text(fake: FakeTelegram, bot: Any) -> None:
    fake.private(ALICE)
    outcome = await bot.messenger.send_html(str(ALICE), "<x>broken &amp; <b>kept</b>")
    assert isinstance(outcome, Sent)
    [record] = fake.sent_to(ALICE)
    assert record.parse_mode is None and record.shown == "broken & kept"


async def test_unexpected_failure_gets_an_apology(
    fake: FakeTelegram, bot: Any, service: NewsService, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken() -> list[tuple[str, int]]:
        raise RuntimeError("database on fire")

    monkeypatch.setattr(service, "categories", broken)
    reply = await fake.ask(fake.private(ALICE), "/categories")
    assert reply.shown.startswith("Sorry, something went wrong")
    assert "database on fire" not in reply.shown


async def test_unreachable_api_is_reported_without_the_token(
    fake: FakeTelegram, service: NewsService, tmp_path: Any
) -> None:
    settings = make_settings(fake, tmp_path, telegram_api_url="http://127.0.0.1:1")
    adapter = create(settings, service, asyncio.Event())
    with pytest.raises(NewsbotError, match="Cannot reach the Telegram Bot API") as caught:
        await adapter.start()
    await adapter.stop()
    assert TOKEN not in str(caught.value)
