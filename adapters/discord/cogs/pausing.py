"""Pausing: /pause holds a channel's deliveries, /resume restarts them with one digest."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.cogs.choices import CHANNEL, Place
from adapters.discord.interact import answer, managed_chat, think
from adapters.discord.render import digest_message
from bot import replies
from bot.services import NewsService


class PauseCog(commands.Cog):
    def __init__(self, service: NewsService) -> None:
        self.service = service

    @app_commands.command(name="pause")
    @app_commands.describe(channel=CHANNEL)
    async def pause(self, interaction: discord.Interaction, channel: Place | None = None) -> None:
        chat, kind, where = managed_chat(interaction, channel)
        await think(interaction)
        await answer(interaction, replies.paused(await self.service.pause(chat, kind), where))

    @app_commands.command(name="resume")
    @app_commands.describe(channel=CHANNEL)
    async def resume(self, interaction: discord.Interaction, channel: Place | None = None) -> None:
        chat, _, where = managed_chat(interaction, channel)
        await think(interaction)
        digest = await self.service.resume(chat)
        if digest is None:
            await answer(interaction, replies.resumed(False, where))
            return
        header, embeds = digest_message(digest)
        await answer(interaction, f"{replies.resumed(True, where)} {header}", embeds=embeds)
