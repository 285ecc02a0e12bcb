"""The Discord ChatAdapter: log in, run the gateway in the background, sync commands."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

import discord

from adapters.discord.client import build_client
from adapters.discord.endpoints import use_endpoints
from adapters.discord.messenger import DiscordMessenger
from bot.errors import NewsbotError
from bot.services import NewsService
from bot.settings import Settings
from bot.supervise import fail

log = logging.getLogger(__name__)

READY_TIMEOUT = 60.0
CLOSE_TIMEOUT = 5.0


class DiscordAdapter:
    platform = "discord"

    def __init__(
        self,
        settings: Settings,
        service: NewsService,
        stop: asyncio.Event,
        *,
        guild_ready_timeout: float = 2.0,
    ) -> None:
        if settings.discord_token is None:
            raise NewsbotError("Set NEWSBOT_DISCORD_TOKEN to run the Discord bot.")
        self.settings = settings
        self.client = build_client(
            service, settings.discord_guild, settings.discord_shards, guild_ready_timeout
        )
        self.messenger = DiscordMessenger(self.client)
        self._stop = stop
        self._gateway: asyncio.Task[None] | None = None
        self._restore: Callable[[], None] | None = None

    async def start(self) -> None:
        """Log in, connect the gateway in a background task, sync commands; return when READY."""
        await self.connect_sender()
        self._gateway = asyncio.create_task(self._run_gateway(), name="discord-gateway")
        try:
            await self.client.sync_commands()
            await self._wait_ready()
        except BaseException:
            await self.stop()
            raise
        user = self.client.user
        log.info("Discord bot ready as %s (id %s)", user, user.id if user else "?")

    async def connect_sender(self) -> None:
        """Log the REST client in, without the gateway: all a `delivery` process needs."""
        token = self.settings.discord_token
        assert token is not None
        self._restore = use_endpoints(
            self.settings.discord_api_url, self.settings.discord_gateway_url
        )
        try:
            await self.client.login(token.get_secret_value())
        except discord.LoginFailure:
            await self.stop()
            raise NewsbotError(
                "Discord refused the bot token; check NEWSBOT_DISCORD_TOKEN."
            ) from None
        except (discord.HTTPException, OSError) as exc:
            await self.stop()
            raise NewsbotError(f"Cannot reach Discord to log in: {exc}") from None

    async def _wait_ready(self) -> None:
        assert self._gateway is not None
        ready = asyncio.create_task(self.client.wait_until_ready())
        done, _ = await asyncio.wait(
            {ready, self._gateway}, timeout=READY_TIMEOUT, return_when=asyncio.FIRST_COMPLETED
        )
        if ready not in done:
            ready.cancel()
            raise NewsbotError("Discord did not get ready; the gateway connection failed.")

    async def _run_gateway(self) -> None:
        """The gateway loop; discord.py reconnects by itself, so an error here is fatal."""
        try:
            await self.client.connect(reconnect=True)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            fail(self._stop, f"The Discord gateway stopped: {exc}")

    async def stop(self) -> None:
        """Close the gateway and the HTTP session within a few seconds."""
        try:
            async with asyncio.timeout(CLOSE_TIMEOUT):
                await self.client.close()
        except TimeoutError:
            log.warning("Discord did not close in %.0f s; dropping the connection", CLOSE_TIMEOUT)
        if self._gateway is not None:
            self._gateway.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._gateway
            self._gateway = None
        if self._restore is not None:
            self._restore()
            self._restore = None
