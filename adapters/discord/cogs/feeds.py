"""A channel's own feeds: /feed add|remove, /feeds (list, export as a file, import a file)."""

from __future__ import annotations

import io
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.cogs.choices import CHANNEL, Place
from adapters.discord.interact import answer, channel_chat, managed_chat, think
from bot import replies
from bot.errors import BadArgument, NotAllowed
from bot.services import NewsService

OPML_NAME = "feeds.opml"


class FeedsCog(commands.Cog):
    def __init__(self, service: NewsService) -> None:
        self.service = service

    @app_commands.command(name="feed")
    @app_commands.describe(
        action="add or remove",
        url="The feed's address",
        category="The category its posts show",
        channel=CHANNEL,
    )
    async def feed(
        self,
        interaction: discord.Interaction,
        action: Literal["add", "remove"],
        url: app_commands.Range[str, 1, 2000],
        category: app_commands.Range[str, 1, 100] | None = None,
        channel: Place | None = None,
    ) -> None:
        chat, kind, where = managed_chat(interaction, channel)
        await think(interaction)
        if action == "add":
            added = await self.service.feeds.add(chat, url, category, kind)
            await answer(interaction, replies.feed_added(added, where))
        else:
            removed = await self.service.feeds.remove(chat, url)
            await answer(interaction, replies.feed_removed(removed, where))

    @app_commands.command(name="feeds")
    @app_commands.describe(
        action="list (default), export as OPML, or import an attached OPML file",
        file="An .opml file to import",
        channel=CHANNEL,
    )
    async def feeds(
        self,
        interaction: discord.Interaction,
        action: Literal["list", "export", "import"] = "list",
        file: discord.Attachment | None = None,
        channel: Place | None = None,
    ) -> None:
        if action == "import":
            await self._import(interaction, file, channel)
            return
        target = channel.id if channel is not None else interaction.channel_id
        if target is None:
            raise NotAllowed("Use this command in a server channel.")
        chat, where = channel_chat(target), f"<#{target}>"
        await think(interaction)
        if action == "export":
            data = (await self.service.feeds.export_opml(chat)).encode("utf-8")
            opml = discord.File(io.BytesIO(data), filename=OPML_NAME)
            await answer(interaction, f"The feeds of {where}:", files=[opml])
            return
        await answer(interaction, replies.feed_lines(await self.service.feeds.list(chat), where))

    async def _import(
        self,
        interaction: discord.Interaction,
        file: discord.Attachment | None,
        channel: Place | None,
    ) -> None:
        chat, kind, _ = managed_chat(interaction, channel)
        if file is None or not file.filename.lower().endswith(".opml"):
            raise BadArgument("Attach an .opml file to /feeds import.")
        cap = self.service.feeds.settings.max_file_bytes
        if file.size > cap:
            raise BadArgument(f"That file is larger than the {cap}-byte limit.")
        await think(interaction)
        report = await self.service.feeds.import_opml(chat, await file.read(), kind)
        await answer(interaction, replies.imported(report))
