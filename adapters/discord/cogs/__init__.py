"""One Cog per feature; each gets the NewsService in its constructor."""

from __future__ import annotations

from discord.ext import commands

from adapters.discord.cogs.articles import ArticlesCog
from adapters.discord.cogs.categories import CategoriesCog
from adapters.discord.cogs.digests import DigestCog
from adapters.discord.cogs.feeds import FeedsCog
from adapters.discord.cogs.follows import FollowsCog
from adapters.discord.cogs.help import HelpCog
from adapters.discord.cogs.pausing import PauseCog
from adapters.discord.cogs.quotes import QuotesCog
from adapters.discord.cogs.subscriptions import SubscriptionsCog
from bot.services import NewsService


def all_cogs(service: NewsService) -> list[commands.Cog]:
    return [
        ArticlesCog(service),
        QuotesCog(service),
        CategoriesCog(service),
        SubscriptionsCog(service),
        FollowsCog(service),
        FeedsCog(service),
        PauseCog(service),
        DigestCog(service),
        HelpCog(),
    ]
