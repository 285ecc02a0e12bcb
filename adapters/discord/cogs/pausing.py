"""Pausing: /pause holds a channel's deliveries, /resume restarts them with one digest."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.interact import answer, managed_chat, think
from adapters.discord.render import digest_message
from bot.services import NewsService

CHANNEL = "The channel to change (default: this one)"


class PauseCog(commands.Cog):
    def __init__(self, service: NewsService) -> None:
        self.service = service

    @app_commands.command(name="pause", description="Hold new articles for a channel")
    @app_commands.describe(channel=CHANNEL)
    @app_commands.default_permissions(manage_channels=True)
    @app_commands.guild_only()
    async def pause(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        chat, kind, where = managed_chat(interaction, channel)
        await think(interaction)
        if await self.service.pause(chat, kind):
            text = f"Paused {where}. Use /resume to restart it with a digest of what it missed."
        else:
            text = f"{where} is already paused; /resume restarts it."
        await answer(interaction, text)

    @app_commands.command(name="resume", description="Restart a paused channel with a digest")
    @app_commands.describe(channel=CHANNEL)
    @app_commands.default_permissions(manage_channels=True)
    @app_commands.guild_only()
    async def resume(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        chat, _, where = managed_chat(interaction, channel)
        await think(interaction)
        digest = await self.service.resume(chat)
        if digest is None:
            await answer(interaction, f"{where} receives news again; it missed nothing.")
            return
        header, embeds = digest_message(digest)
        await answer(interaction, f"{where} receives news again. {header}", embeds=embeds)
