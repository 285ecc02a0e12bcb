"""The discord.py client: no privileged intents, no mentions, one Cog per feature."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.cogs import all_cogs
from adapters.discord.interact import NO_MENTIONS
from adapters.discord.tree import NewsTree, apply_catalogue
from bot.services import NewsService
from bot.settings import shard_ids

log = logging.getLogger(__name__)

MAX_RATELIMIT_WAIT = 30.0  # longer waits raise discord.RateLimited (the smallest allowed)


def intents() -> discord.Intents:
    """Slash commands need no intents; `guilds` keeps channels cached for channel options."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    return wanted


class NewsBot(commands.Bot):
    def __init__(
        self,
        service: NewsService,
        guild: int | None = None,
        *,
        guild_ready_timeout: float = 2.0,
        **sharding: Any,
    ) -> None:
        # newsbot never joins voice; skip discord.py's warnings about missing voice libraries
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=intents(),
            tree_cls=NewsTree,
            allowed_mentions=NO_MENTIONS,
            max_ratelimit_timeout=MAX_RATELIMIT_WAIT,
            guild_ready_timeout=guild_ready_timeout,
            **sharding,
        )
        self.service = service
        self.guild = guild

    async def setup_hook(self) -> None:
        for cog in all_cogs(self.service):
            await self.add_cog(cog)
        apply_catalogue(self.tree)

    async def sync_commands(self) -> list[app_commands.AppCommand]:
        """Register the slash commands: instantly in one guild when set, else globally."""
        if self.guild is not None:
            target = discord.Object(id=self.guild)
            self.tree.copy_global_to(guild=target)
            synced = await self.tree.sync(guild=target)
            log.info("Synced %d Discord commands to guild %s", len(synced), self.guild)
        else:
            synced = await self.tree.sync()
            log.info("Synced %d Discord commands globally (may take a while to show)", len(synced))
        return synced


class ShardedNewsBot(NewsBot, commands.AutoShardedBot):
    """The same bot running a range of gateway shards (NEWSBOT_DISCORD_SHARDS)."""


def build_client(
    service: NewsService, guild: int | None, shards: str | None, guild_ready_timeout: float
) -> NewsBot:
    """One connection, or the shards this process was given."""
    plan = shard_ids(shards) if shards else None
    if plan is None:
        return NewsBot(service, guild, guild_ready_timeout=guild_ready_timeout)
    ids, count = plan
    return ShardedNewsBot(
        service, guild, guild_ready_timeout=guild_ready_timeout, shard_ids=ids, shard_count=count
    )
