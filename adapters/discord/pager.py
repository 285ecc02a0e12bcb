"""A message of several articles with buttons to page through older (and back to newer) ones."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from contextlib import suppress

import discord
from discord.ui import Button

from adapters.discord.interact import NO_MENTIONS, report_error, say_privately
from adapters.discord.render import post_embeds
from bot.errors import NotFound
from bot.models import Post

Fetch = Callable[[int | None], Awaitable[list[Post]]]
PAGE_TIMEOUT = 840.0  # interaction tokens last 15 minutes; remove the buttons just before


class Pager(discord.ui.View):
    """Pages of posts; `fetch(before_id)` returns the page after the article `before_id`."""

    def __init__(
        self, title: str, first: Sequence[Post], fetch: Fetch, *, timeout: float | None = None
    ) -> None:
        super().__init__(timeout=timeout or PAGE_TIMEOUT)
        self.origin: discord.Interaction | None = None  # the command that posted the page
        self.title = title
        self.pages: list[list[Post]] = [list(first)]
        self.fetch = fetch
        self.index = 0
        self._sync_buttons()

    @property
    def page(self) -> list[Post]:
        return self.pages[self.index]

    def content(self) -> str:
        number = f" · page {self.index + 1}" if self.index or len(self.pages) > 1 else ""
        return f"**{self.title}**{number}"

    def embeds(self) -> list[discord.Embed]:
        return post_embeds(self.page, self.content())

    def _sync_buttons(self) -> None:
        self.newer.disabled = self.index == 0

    @discord.ui.button(label="◀ Newer", style=discord.ButtonStyle.secondary)
    async def newer(self, interaction: discord.Interaction, button: Button[Pager]) -> None:
        self.index = max(self.index - 1, 0)
        self.older.disabled = False
        await self._show(interaction)

    @discord.ui.button(label="Older ▶", style=discord.ButtonStyle.primary)
    async def older(self, interaction: discord.Interaction, button: Button[Pager]) -> None:
        await interaction.response.defer()
        if self.index + 1 == len(self.pages):
            try:
                more = await self.fetch(self.page[-1].article_id)
            except NotFound as exc:
                button.disabled = True
                await interaction.edit_original_response(view=self)
                await say_privately(interaction, exc.message)
                return
            self.pages.append(more)
        self.index += 1
        await self._show(interaction)

    async def _show(self, interaction: discord.Interaction) -> None:
        self._sync_buttons()
        content, embeds = self.content(), self.embeds()
        if interaction.response.is_done():
            await interaction.edit_original_response(
                content=content, embeds=embeds, view=self, allowed_mentions=NO_MENTIONS
            )
        else:
            await interaction.response.edit_message(
                content=content, embeds=embeds, view=self, allowed_mentions=NO_MENTIONS
            )

    async def on_timeout(self) -> None:
        """Buttons stop working when the view expires, so take them off the message."""
        if self.origin is not None:
            with suppress(discord.HTTPException):
                await self.origin.edit_original_response(view=None)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Pager]
    ) -> None:
        await report_error(interaction, error)
