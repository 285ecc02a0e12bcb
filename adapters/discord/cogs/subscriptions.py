"""Subscriptions: /subscribe, /unsubscribe and /subscriptions for a channel."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.cogs.choices import CHANNEL, Place, category_choices, stoppable_choices
from adapters.discord.interact import answer, channel_chat, managed_chat, think
from adapters.discord.render import subscriptions_text
from bot import replies
from bot.services import NewsService


class SubscriptionsCog(commands.Cog):
    def __init__(self, service: NewsService) -> None:
        self.service = service

    @app_commands.command(name="subscribe")
    @app_commands.describe(category="A category, or all for everything", channel=CHANNEL)
    async def subscribe(
        self,
        interaction: discord.Interaction,
        category: app_commands.Range[str, 1, 100],
        channel: Place | None = None,
    ) -> None:
        chat, kind, where = managed_chat(interaction, channel)
        await think(interaction)
        subscription, created = await self.service.subscribe(chat, category, kind)
        await answer(interaction, replies.subscribed(subscription, created, where))

    @app_commands.command(name="unsubscribe")
    @app_commands.describe(
        category="A category, all, or a follow or mute as listed", channel=CHANNEL
    )
    async def unsubscribe(
        self,
        interaction: discord.Interaction,
        category: app_commands.Range[str, 1, 100],
        channel: Place | None = None,
    ) -> None:
        chat, _, where = managed_chat(interaction, channel)
        await think(interaction)
        subscription = await self.service.unsubscribe(chat, category)
        await answer(interaction, replies.unsubscribed(subscription, where))

    @subscribe.autocomplete("category")
    async def _category(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await category_choices(self.service, current, with_all=True)

    @unsubscribe.autocomplete("category")
    async def _stoppable(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """This channel's subscriptions, follows and mutes (of the `channel:` option if set)."""
        picked = getattr(interaction.namespace, "channel", None)
        channel_id = getattr(picked, "id", None) or interaction.channel_id
        if channel_id is None:
            return []
        return await stoppable_choices(self.service, channel_chat(channel_id), current)

    @app_commands.command(name="subscriptions")
    @app_commands.describe(channel="The channel to show (default: this one)")
    async def subscriptions(
        self, interaction: discord.Interaction, channel: Place | None = None
    ) -> None:
        channel_id = channel.id if channel is not None else interaction.channel_id
        assert channel_id is not None  # every application command comes from a channel
        await think(interaction)
        chat = channel_chat(channel_id)
        listed = subscriptions_text(await self.service.subscriptions(chat), f"<#{channel_id}>")
        note = replies.digest_note(await self.service.digest(chat, ""))
        await answer(interaction, f"{listed}\n{note}"[:2000] if note else listed)
