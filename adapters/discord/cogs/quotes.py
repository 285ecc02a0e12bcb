"""Quotes: /quote, a key quote from the news, by category and/or speaker."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.cogs.choices import category_choices
from adapters.discord.interact import answer, think
from adapters.discord.render import quote_embed
from bot.services import NewsService


class QuotesCog(commands.Cog):
    def __init__(self, service: NewsService) -> None:
        self.service = service

    @app_commands.command(name="quote")
    @app_commands.describe(category="Only from this category", speaker="Only quotes by this person")
    async def quote(
        self,
        interaction: discord.Interaction,
        category: str | None = None,
        speaker: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        await think(interaction)
        hit = await self.service.quote(category=category, speaker=speaker)
        await answer(interaction, embeds=[quote_embed(hit)])

    @quote.autocomplete("category")
    async def _category(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await category_choices(self.service, current)
