"""Follows and mutes: /follow, /unfollow, /mute and /unmute a word or phrase for a channel."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.cogs.choices import CHANNEL, Place
from adapters.discord.interact import answer, managed_chat, think
from bot import replies
from bot.services import NewsService


class FollowsCog(commands.Cog):
    def __init__(self, service: NewsService) -> None:
        self.service = service

    @app_commands.command(name="follow")
    @app_commands.describe(phrase="A word or phrase, e.g. Pokrovsk", channel=CHANNEL)
    async def follow(
        self,
        interaction: discord.Interaction,
        phrase: app_commands.Range[str, 1, 200],
        channel: Place | None = None,
    ) -> None:
        chat, kind, where = managed_chat(interaction, channel)
        await think(interaction)
        subscription, created = await self.service.follow(chat, phrase, kind)
        await answer(interaction, replies.followed(subscription, created, where))

    @app_commands.command(name="unfollow")
    @app_commands.describe(phrase="The phrase to stop following", channel=CHANNEL)
    async def unfollow(
        self,
        interaction: discord.Interaction,
        phrase: app_commands.Range[str, 1, 200],
        channel: Place | None = None,
    ) -> None:
        chat, _, where = managed_chat(interaction, channel)
        await think(interaction)
        subscription = await self.service.unfollow(chat, phrase)
        await answer(interaction, replies.unfollowed(subscription, where))

    @app_commands.command(name="mute")
    @app_commands.describe(phrase="A word or phrase no article here may mention", channel=CHANNEL)
    async def mute(
        self,
        interaction: discord.Interaction,
        phrase: app_commands.Range[str, 1, 200],
        channel: Place | None = None,
    ) -> None:
        chat, kind, where = managed_chat(interaction, channel)
        await think(interaction)
        subscription, created = await self.service.mute(chat, phrase, kind)
        await answer(interaction, replies.muted(subscription, created, where))

    @app_commands.command(name="unmute")
    @app_commands.describe(phrase="The phrase to stop muting", channel=CHANNEL)
    async def unmute(
        self,
        interaction: discord.Interaction,
        phrase: app_commands.Range[str, 1, 200],
        channel: Place | None = None,
    ) -> None:
        chat, _, where = managed_chat(interaction, channel)
        await think(interaction)
        subscription = await self.service.unmute(chat, phrase)
        await answer(interaction, replies.unmuted(subscription, where))
