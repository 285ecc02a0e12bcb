"""Help: /help explains every command."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.interact import answer

HELP = """\
**newsbot** posts each article as its headline, a short summary and its key quotes.
**Reading**
`/latest [category] [count]` — the newest articles; buttons page through older ones
`/search query` — articles containing every word (use "quotes" for a phrase)
`/quote [category] [speaker]` — a key quote from the news
`/categories` — every category and how many articles it has
**This channel** (needs Manage Channels; add `channel:` to change another channel)
`/subscribe category` — post new articles of a category here (`all` for everything)
`/unsubscribe category` — stop posting a category here
`/follow phrase` — post every new article that mentions a phrase
`/unfollow phrase` — stop following it
`/subscriptions` — what this channel receives
`/pause` — hold new articles; `/resume` — restart with one digest of what was missed
`/help` — this message (only you see it)
"""


class HelpCog(commands.Cog):
    @app_commands.command(name="help", description="What newsbot can do")
    async def help(self, interaction: discord.Interaction) -> None:
        await answer(interaction, HELP, ephemeral=True)
