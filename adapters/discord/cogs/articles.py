"""Reading: /latest and /search, a page of articles with buttons for older ones."""

from __future__ import annotations

from functools import partial

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.cogs.choices import category_choices
from adapters.discord.interact import answer, think
from adapters.discord.pager import Fetch, Pager
from adapters.discord.render import EMBEDS_PER_MESSAGE
from bot.models import Post
from bot.services import NewsService

Count = app_commands.Range[int, 1, EMBEDS_PER_MESSAGE]


class ArticlesCog(commands.Cog):
    def __init__(self, service: NewsService) -> None:
        self.service = service

    @app_commands.command(name="latest")
    @app_commands.describe(category="Only this category", count="How many per page (1-10)")
    async def latest(
        self, interaction: discord.Interaction, category: str | None = None, count: Count = 5
    ) -> None:
        await think(interaction)
        posts = await self.service.latest(category, count)
        title = f"Latest in {posts[0].category}" if category else "Latest news"
        await self._show(interaction, title, posts, partial(self._older, category, count))

    @latest.autocomplete("category")
    async def _latest_category(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await category_choices(self.service, current)

    @app_commands.command(name="search")
    @app_commands.describe(query='Words, or "a phrase" in quotes', count="How many per page (1-10)")
    async def search(
        self,
        interaction: discord.Interaction,
        query: app_commands.Range[str, 1, 200],
        count: Count = 5,
    ) -> None:
        await think(interaction)
        posts = await self.service.search(query, count)
        await self._show(interaction, f"Search: {query}", posts, partial(self._more, query, count))

    async def _older(self, category: str | None, count: int, before: int | None) -> list[Post]:
        return await self.service.latest(category, count, before)

    async def _more(self, query: str, count: int, before: int | None) -> list[Post]:
        return await self.service.search(query, count, before)

    async def _show(
        self, interaction: discord.Interaction, title: str, posts: list[Post], fetch: Fetch
    ) -> None:
        pager = Pager(title, posts, fetch)
        pager.origin = interaction
        await answer(interaction, pager.content(), embeds=pager.embeds(), view=pager)
