"""Scheduled digests: /digest sets a channel's schedule, /timezone the zone its times are in."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.cogs.choices import CHANNEL, Place
from adapters.discord.interact import answer, managed_chat, think
from bot import replies
from bot.services import NewsService


class DigestCog(commands.Cog):
    def __init__(self, service: NewsService) -> None:
        self.service = service

    @app_commands.command(name="digest")
    @app_commands.describe(
        schedule="hourly, daily 08:00, weekly monday 08:00 or off", channel=CHANNEL
    )
    async def digest(
        self,
        interaction: discord.Interaction,
        schedule: app_commands.Range[str, 1, 40],
        channel: Place | None = None,
    ) -> None:
        chat, kind, where = managed_chat(interaction, channel)
        await think(interaction)
        settings = await self.service.digest(chat, schedule, kind)
        await answer(interaction, replies.digest(settings, where))

    @app_commands.command(name="timezone")
    @app_commands.describe(zone="An IANA time zone, e.g. Europe/Berlin", channel=CHANNEL)
    async def timezone(
        self,
        interaction: discord.Interaction,
        zone: app_commands.Range[str, 1, 64],
        channel: Place | None = None,
    ) -> None:
        chat, kind, where = managed_chat(interaction, channel)
        await think(interaction)
        settings = await self.service.timezone(chat, zone, kind)
        await answer(interaction, replies.timezone(settings, where))
