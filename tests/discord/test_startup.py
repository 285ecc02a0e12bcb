"""Starting and stopping the adapter as `newsbot run` does, and where discord.py connects."""

from __future__ import annotations

import asyncio
import time

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord import create
from adapters.discord.endpoints import use_endpoints
from bot.errors import NewsbotError
from bot.settings import Settings, shard_ids
from tests.discord.conftest import discord_settings


def test_endpoints_are_set_and_restored():
    stock_base, stock_gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    restore = use_endpoints("http://127.0.0.1:9/api/v10/", "ws://127.0.0.1:9/gw")
    try:
        assert Route("GET", "/users/@me").url == "http://127.0.0.1:9/api/v10/users/@me"
        assert str(DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:9/gw"
    finally:
        restore()
    assert (stock_base, stock_gateway) == (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)


def test_default_settings_change_nothing():
    stock_base, stock_gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    restore = use_endpoints("https://discord.com/api/v10", None)
    assert (stock_base, stock_gateway) == (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
    restore()


async def test_start_logs_in_connects_and_syncs_then_stops_quickly(fake, service, settings):
    adapter = create(settings, service, asyncio.Event(), guild_ready_timeout=0.05)
    assert adapter.platform == "discord" and adapter.messenger.platform == "discord"
    await adapter.start()
    assert ("GET", "/users/@me") in fake.requests
    assert fake.identified and fake.sockets
    assert fake.commands_for(fake.guild_id)
    began = time.monotonic()
    await adapter.stop()
    assert time.monotonic() - began < 3
    await fake.wait_for(lambda: not fake.sockets, what="the gateway to close")
    assert Route.BASE == "https://discord.com/api/v10"


async def test_without_a_guild_commands_sync_globally(fake, service, tmp_path):
    settings = discord_settings(fake, tmp_path / "news.db", discord_guild=None)
    adapter = create(settings, service, asyncio.Event(), guild_ready_timeout=0.05)
    await adapter.start()
    try:
        assert {c["name"] for c in fake.global_commands} >= {"latest", "subscribe", "help"}
        assert not fake.guild_commands
        reply = await fake.reply(await fake.command("help"))
        assert "/latest" in reply["content"]
    finally:
        await adapter.stop()


async def test_a_wrong_token_is_a_clear_error_without_the_token(fake, service, tmp_path):
    settings = discord_settings(fake, tmp_path / "news.db", discord_token="wrong-secret-token")
    adapter = create(settings, service, asyncio.Event())
    with pytest.raises(NewsbotError) as caught:
        await adapter.start()
    assert "NEWSBOT_DISCORD_TOKEN" in str(caught.value)
    assert "wrong-secret-token" not in str(caught.value)
    assert "wrong-secret-token" not in repr(settings)


async def test_unsynced_commands_cannot_be_invoked(fake, bot):
    with pytest.raises(AssertionError, match="never synced"):
        await fake.command("weather")


async def test_a_dropped_gateway_resumes_and_commands_keep_working(fake, bot):
    await fake.drop(4000)
    await fake.wait_for(lambda: fake.resumed and fake.sockets, what="a RESUME")
    assert fake.resumed[0]["session_id"] == "session-1"
    assert len(fake.identified) == 1
    reply = await fake.reply(await fake.command("help"))
    assert "/latest" in reply["content"]


async def test_a_fatal_gateway_close_stops_the_whole_bot(fake, service, settings):
    stop = asyncio.Event()
    adapter = create(settings, service, stop, guild_ready_timeout=0.05)
    await adapter.start()
    try:
        await fake.drop(4004)  # authentication failed: discord.py will not reconnect
        await asyncio.wait_for(stop.wait(), 5)
    finally:
        await adapter.stop()


async def test_a_process_runs_only_its_shards(fake, service, tmp_path):
    settings = discord_settings(fake, tmp_path / "news.db", discord_shards="2-2/4")
    adapter = create(settings, service, asyncio.Event(), guild_ready_timeout=0.05)
    await adapter.start()
    try:
        assert [i["shard"] for i in fake.identified] == [[2, 4]]
        reply = await fake.reply(await fake.command("help"))
        assert "/latest" in reply["content"]
    finally:
        await adapter.stop()


def test_a_shard_range_that_does_not_fit_is_refused(tmp_path):
    with pytest.raises(ValueError, match="0-3/8"):
        Settings(_env_file=None, db=tmp_path / "x.db", discord_shards="4-9/8")
    assert shard_ids("0-3/8") == ([0, 1, 2, 3], 8) and shard_ids("5/8") == ([5], 8)
