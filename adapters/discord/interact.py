"""Answering interactions: replies, private error messages, and whose channel a command changes."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import suppress
from typing import Any

import discord
from discord import app_commands

from bot.errors import NewsbotError, NotAllowed
from bot.models import Chat, ChatKind

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
PLATFORM = "discord"
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."


async def answer(
    interaction: discord.Interaction,
    content: str | None = None,
    *,
    embeds: Sequence[discord.Embed] = (),
    view: discord.ui.View | None = None,
    ephemeral: bool = False,
    files: Sequence[discord.File] = (),
) -> None:
    """The command's answer: its first response, or a follow-up once it has deferred."""
    kwargs: dict[str, Any] = {
        "content": content,
        "embeds": list(embeds),
        "allowed_mentions": NO_MENTIONS,
        "ephemeral": ephemeral,
    }
    if files:
        kwargs["files"] = list(files)
    if view is not None:
        kwargs["view"] = view
    if interaction.response.is_done():
        await interaction.followup.send(wait=True, **kwargs)
    else:
        await interaction.response.send_message(**kwargs)


async def think(interaction: discord.Interaction, *, ephemeral: bool = False) -> None:
    """Defer (Discord shows "thinking…") so slow work cannot miss the 3-second first response."""
    if not interaction.response.is_done():
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)


async def say_privately(interaction: discord.Interaction, text: str) -> None:
    """An ephemeral message only the user sees, whatever state the interaction is in.

    After a public "thinking…" deferral the first follow-up would inherit its visibility, so
    that placeholder is deleted first and the message goes out as a new ephemeral follow-up.
    """
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(
                text, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
            with suppress(discord.HTTPException):
                await interaction.delete_original_response()
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException as exc:
        log.warning("Could not tell a Discord user about an error: %s", exc)


def error_message(error: BaseException) -> str:
    """What the user reads for an error; unexpected ones are logged and get a general apology."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if isinstance(original, app_commands.TransformerError) and original.__cause__ is not None:
        original = original.__cause__
    if isinstance(original, NewsbotError):
        return original.message
    if isinstance(original, app_commands.TransformerError):
        return "I cannot use that value here; pick one of the suggestions Discord offers."
    if isinstance(original, app_commands.NoPrivateMessage):
        return "Use this command in a server channel."
    if isinstance(original, app_commands.MissingPermissions):
        return "You need the Manage Channels permission for that."
    if isinstance(original, app_commands.CheckFailure):
        return "You cannot use this command here."
    if isinstance(original, app_commands.CommandNotFound):
        return "I do not know that command any more; Discord may still be updating the list."
    log.error("Discord command failed", exc_info=original)
    return SORRY


async def report_error(interaction: discord.Interaction, error: BaseException) -> None:
    """The one error handler: every command and button failure ends up here."""
    await say_privately(interaction, error_message(error))


def channel_chat(channel_id: int) -> Chat:
    return Chat(PLATFORM, str(channel_id))


def permissions_in(
    interaction: discord.Interaction, channel: discord.abc.GuildChannel | discord.Thread | None
) -> discord.Permissions:
    """The invoking member's permissions in `channel` (default: where the command was used)."""
    if channel is None or channel.id == interaction.channel_id:
        return interaction.permissions
    data: dict[str, Any] = dict(interaction.data or {})
    raw = data.get("resolved", {}).get("channels", {}).get(str(channel.id), {}).get("permissions")
    if raw is not None:  # Discord computes these for the invoking member
        return discord.Permissions(int(raw))
    if isinstance(interaction.user, discord.Member):
        return channel.permissions_for(interaction.user)
    return discord.Permissions.none()


def managed_chat(
    interaction: discord.Interaction, channel: discord.abc.GuildChannel | discord.Thread | None
) -> tuple[Chat, ChatKind, str]:
    """The chat a subscription command changes, after checking Manage Channels there.

    Returns the core chat, its kind and a mention of the channel for replies.
    """
    channel_id = channel.id if channel is not None else interaction.channel_id
    if interaction.guild_id is None or channel_id is None:
        raise NotAllowed("Use this command in a server channel.")
    mention = f"<#{channel_id}>"
    if not permissions_in(interaction, channel).manage_channels:
        raise NotAllowed(
            f"You need the Manage Channels permission to change what {mention} receives."
        )
    return channel_chat(channel_id), ChatKind.CHANNEL, mention
