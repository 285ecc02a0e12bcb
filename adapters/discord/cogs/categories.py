"""Categories: /categories lists every category with its number of articles."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.interact import answer, think
from adapters.discord.render import categories_text
from bot.services import NewsService


class CategoriesCog(commands.Cog):
    def __init__(self, service: NewsService) -> None:
        self.service = service

    @app_commands.command(name="categories")
    async def categories(self, interaction: discord.Interaction) -> None:
        await think(interaction)
        await answer(interaction, categories_text(await self.service.categories()))
