"""Discord: slash commands, embeds and delivery through discord.py.

Only this package imports discord; the bootstrap imports it when NEWSBOT_DISCORD_TOKEN is set.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.ports import ChatAdapter
    from bot.services import NewsService
    from bot.settings import Settings


def create(
    settings: Settings, service: NewsService, stop: asyncio.Event, **options: Any
) -> ChatAdapter:
    """The factory `newsbot run` calls; `options` are for tests (e.g. guild_ready_timeout)."""
    from adapters.discord.adapter import DiscordAdapter

    return DiscordAdapter(settings, service, stop, **options)
