"""The command tree: built from the core's catalogue; command errors become private replies."""

from __future__ import annotations

import discord
from discord import app_commands

from adapters.discord.interact import report_error
from bot import catalogue

MANAGE_CHANNELS = discord.Permissions(manage_channels=True)


class NewsTree(app_commands.CommandTree):
    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await report_error(interaction, error)


def apply_catalogue(tree: app_commands.CommandTree) -> None:
    """Each slash command's description and who may use it come from the catalogue."""
    for command in tree.get_commands():
        if not isinstance(command, app_commands.Command):
            continue
        entry = catalogue.command(command.name)
        command.description = entry.description
        if entry.for_admins:
            command.default_permissions = MANAGE_CHANNELS
            command.guild_only = True
