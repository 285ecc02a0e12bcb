"""The Discord Messenger: sends posts and digests over REST and says how each send went."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

import aiohttp
import discord

from adapters.discord.digest import digest_parts
from adapters.discord.forums import category_tags, post_title
from adapters.discord.render import post_embed
from bot.digests import ScheduledDigest
from bot.models import Post
from bot.outcomes import Gone, Outcome, Permanent, RetryAfter, Sent, Transient

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
GONE_CODES = frozenset({10003, 50001, 50013})  # unknown channel, missing access/permissions
SEND_TIMEOUT = 60.0  # discord.py may wait up to max_ratelimit_timeout (30 s) inside a send


class DiscordMessenger:
    """Delivery to Discord channels by id; no gateway needed, only the logged-in REST client.

    A thread is a channel of its own; a forum channel gets one new forum post per article.
    """

    platform = "discord"

    def __init__(self, client: discord.Client, timeout: float = SEND_TIMEOUT) -> None:
        self._client = client
        self._timeout = timeout
        self._fetched: dict[int, discord.ForumChannel | None] = {}

    async def send_post(self, chat_id: str, post: Post, thread: str | None = None) -> Outcome:
        """Send one post; `thread` is never needed (a Discord thread has its own channel id)."""
        try:
            channel_id = int(chat_id)
        except ValueError:
            return Permanent(f"{chat_id!r} is not a Discord channel id")
        return await self._attempt(self._deliver(channel_id, post))

    def digest_parts(self, digest: ScheduledDigest) -> list[str]:
        return digest_parts(digest)

    async def send_text(self, chat_id: str, text: str, thread: str | None = None) -> Outcome:
        """Send plain text (a digest part); a thread has its own channel id on Discord."""
        try:
            channel = self._client.get_partial_messageable(int(chat_id))
        except ValueError:
            return Permanent(f"{chat_id!r} is not a Discord channel id")
        return await self._attempt(channel.send(content=text, allowed_mentions=NO_MENTIONS))

    async def _deliver(self, channel_id: int, post: Post) -> discord.Message:
        forum = await self._forum(channel_id)
        embed = post_embed(post)
        if forum is not None:
            created = await forum.create_thread(
                name=post_title(post),
                embed=embed,
                applied_tags=category_tags(post, forum.available_tags),
                allowed_mentions=NO_MENTIONS,
            )
            return created.message
        channel = self._client.get_partial_messageable(channel_id)
        return await channel.send(allowed_mentions=NO_MENTIONS, embeds=[embed])

    async def _forum(self, channel_id: int) -> discord.ForumChannel | None:
        """The forum channel with this id (None for any other channel), looked up once."""
        cached = self._client.get_channel(channel_id)
        if cached is not None:
            return cached if isinstance(cached, discord.ForumChannel) else None
        if channel_id not in self._fetched:
            fetched = await self._client.fetch_channel(channel_id)
            forum = fetched if isinstance(fetched, discord.ForumChannel) else None
            self._fetched[channel_id] = forum
        return self._fetched[channel_id]

    async def _attempt(self, sending: Coroutine[Any, Any, discord.Message]) -> Outcome:
        try:
            async with asyncio.timeout(self._timeout):
                sent = await sending
        except discord.RateLimited as exc:
            return RetryAfter(exc.retry_after)
        except discord.HTTPException as exc:
            return outcome_of(exc)
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            return Transient(f"network: {type(exc).__name__}: {exc}".rstrip(": "))
        return Sent(str(sent.id))


def outcome_of(exc: discord.HTTPException) -> Outcome:
    """Map a Discord HTTP error to what the delivery worker should do about it."""
    reason = f"Discord {exc.status} (code {exc.code}): {exc.text or exc.response.reason}"
    if isinstance(exc, discord.Forbidden) or exc.code in GONE_CODES:
        return Gone(reason)
    if isinstance(exc, discord.DiscordServerError) or exc.status >= 500:
        return Transient(reason)
    if exc.status == 429:  # a 429 discord.py did not handle (e.g. without its headers)
        return RetryAfter(_retry_after(exc))
    return Permanent(reason)


def _retry_after(exc: discord.HTTPException) -> float:
    try:
        return float(exc.response.headers.get("Retry-After", "5"))
    except (TypeError, ValueError):
        return 5.0
