"""Options the cogs share: category suggestions from the database, the channel option."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.models import Chat, SubscriptionKind
from bot.services import NewsService
from bot.settings import ALL

MAX_CHOICES = 25  # Discord shows at most 25 suggestions
CHANNEL = "The channel, thread or forum to change (default: this one)"
Place = discord.TextChannel | discord.ForumChannel | discord.Thread
"""What a channel option may name: a text channel, a forum (one post per article), a thread."""


async def category_choices(
    service: NewsService, current: str, *, with_all: bool = False
) -> list[app_commands.Choice[str]]:
    """Categories containing what was typed so far (prefix matches first), with counts."""
    typed = current.strip().casefold()
    found = await service.categories()
    names = [(name, count) for name, count in found if typed in name.casefold()]
    names.sort(key=lambda nc: (not nc[0].casefold().startswith(typed), nc[0].casefold()))
    choices = [
        app_commands.Choice(name=f"{name} ({count})"[:100], value=name[:100])
        for name, count in names
    ]
    if with_all and (not typed or ALL.startswith(typed)):
        choices.insert(0, app_commands.Choice(name="all (everything)", value=ALL))
    return choices[:MAX_CHOICES]


async def stoppable_choices(
    service: NewsService, chat: Chat, current: str
) -> list[app_commands.Choice[str]]:
    """What /unsubscribe can stop in a channel: categories, everything, follows, mutes, feeds."""
    typed = current.strip().casefold()
    choices = []
    for sub in await service.stoppable(chat):
        label = sub.describe()
        if typed not in label.casefold():
            continue
        value = ALL if sub.kind is SubscriptionKind.ALL else sub.value
        if sub.kind in (SubscriptionKind.FOLLOW, SubscriptionKind.MUTE, SubscriptionKind.FEED):
            value = label
        choices.append(app_commands.Choice(name=label[:100], value=value[:100]))
    return choices[:MAX_CHOICES]
