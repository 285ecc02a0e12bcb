"""The command tree: the single place command errors are turned into ephemeral replies."""

from __future__ import annotations

import discord
from discord import app_commands

from adapters.discord.interact import report_error


class NewsTree(app_commands.CommandTree):
    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await report_error(interaction, error)
