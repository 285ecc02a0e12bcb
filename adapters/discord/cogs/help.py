"""Help: /help explains every command (from the catalogue)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.interact import answer
from bot import catalogue

INTRO = "**newsbot** posts each article as its headline, a short summary and its key quotes."
CHANNEL_NOTE = "(needs Manage Channels; add `channel:` to change another channel)"


def _line(command: catalogue.Command) -> str:
    return f"`/{command.name}` — {command.description}"


def help_text() -> str:
    """Every Discord command from the catalogue: reading first, then changing a channel."""
    offered = [c for c in catalogue.COMMANDS if c.on_discord]
    lines = [INTRO, "**Reading**"]
    lines += [_line(c) for c in offered if not c.for_admins]
    lines.append(f"**This channel** {CHANNEL_NOTE}")
    lines += [_line(c) for c in offered if c.for_admins]
    return "\n".join(lines)


class HelpCog(commands.Cog):
    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        await answer(interaction, help_text(), ephemeral=True)
