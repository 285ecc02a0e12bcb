"""`newsbot run` with Telegram and Discord both enabled, each against its fake, as a real process.

An article ingested by another process (`newsbot ingest FILE`) reaches a subscribed Telegram
chat and a subscribed Discord channel; SIGTERM stops the bot cleanly.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from bot.models import Chat, ChatKind, SubscriptionKind
from storage.sqlite import SqliteStorage
from tests.discord.fake_discord import FakeDiscord
from tests.telegram.fake_api import FakeTelegram

TELEGRAM_TOKEN = "123:ABC"
TELEGRAM_READER = 555
ARTICLE = """World

Harbour bridge opens to traffic

The new harbour bridge opened on Monday after four years of work.
Officials said traffic would flow from Tuesday.

“This is a great day for the city,” said Mayor Ana Ruiz at the opening ceremony.

Engineers said the bridge was built to last a century.
"""


def environment(tmp_path: Path, discord: FakeDiscord, telegram: FakeTelegram) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    env.update(
        NEWSBOT_DB=str(tmp_path / "news.db"),
        NEWSBOT_LOG_LEVEL="INFO",
        NEWSBOT_DELIVERY_POLL_INTERVAL="0.1",
        NEWSBOT_TELEGRAM_TOKEN=TELEGRAM_TOKEN,
        NEWSBOT_TELEGRAM_API_URL=telegram.url,
        NEWSBOT_DISCORD_TOKEN=discord.token,
        NEWSBOT_DISCORD_GUILD=str(discord.guild_id),
        NEWSBOT_DISCORD_API_URL=discord.api_url,
        NEWSBOT_DISCORD_GATEWAY_URL=discord.gateway_url,
    )
    return env


async def newsbot(*args: str, env: dict[str, str], cwd: Path, log: Path):
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "entrypoints.cli", *args,
        env=env, cwd=cwd, stdin=asyncio.subprocess.DEVNULL,
        stdout=log.open("ab"), stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip


@pytest.mark.slow
async def test_an_ingested_article_reaches_telegram_and_discord(tmp_path: Path) -> None:
    discord = await FakeDiscord().start()
    telegram = await FakeTelegram(TELEGRAM_TOKEN).start()
    telegram.private(TELEGRAM_READER)
    store = await SqliteStorage.open(tmp_path / "news.db")
    await store.add_subscription(
        Chat("telegram", str(TELEGRAM_READER)), SubscriptionKind.ALL, "", ChatKind.PRIVATE
    )
    await store.close()
    env, log = environment(tmp_path, discord, telegram), tmp_path / "newsbot.log"
    bot = await newsbot("run", env=env, cwd=tmp_path, log=log)
    try:
        await discord.wait_for(lambda: discord.commands_for(discord.guild_id), 20, "a sync")
        await discord.wait_for(lambda: discord.sockets, 10, "the gateway")
        news = discord.channel("news")
        subscribed = await discord.command("subscribe", {"category": "all"}, channel=news)
        assert "now receives everything" in (await discord.reply(subscribed, 10))["content"]

        (tmp_path / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
        ingest = await newsbot("ingest", "bridge.txt", env=env, cwd=tmp_path, log=log)
        assert await asyncio.wait_for(ingest.wait(), 30) == 0

        [post] = await discord.wait_for(lambda: discord.posts_in(news), 15, "the Discord post")
        assert post.embeds[0]["title"] == "Harbour bridge opens to traffic"
        assert post.payload["allowed_mentions"] == {"parse": []}
        [message] = await telegram.wait_for(lambda: telegram.sent_to(TELEGRAM_READER), 15)
        assert "Harbour bridge opens to traffic" in message.shown
    finally:
        if bot.returncode is None:
            bot.send_signal(signal.SIGTERM)
        try:
            code = await asyncio.wait_for(bot.wait(), 15)
        except TimeoutError:
            bot.kill()
            code = await bot.wait()
        await telegram.close()
        await discord.close()
    output = log.read_text(encoding="utf-8", errors="replace")
    assert code == 0, output
    assert discord.token not in output
