"""The Messenger the delivery worker uses: one send, one Outcome, every failure classified."""

from __future__ import annotations

import asyncio
import html
import logging
import re

from aiogram import Bot
from aiogram.exceptions import (
    AiogramError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.types import InlineKeyboardMarkup, LinkPreviewOptions

from adapters.telegram import digest, render
from bot.digests import ScheduledDigest
from bot.models import Post
from bot.outcomes import Gone, Migrated, Outcome, Permanent, RetryAfter, Sent, Transient
from bot.text import safe_url

log = logging.getLogger(__name__)
GONE_HINTS = (
    "chat not found",
    "bot was kicked",
    "bot is not a member",
    "not enough rights",
    "have no rights to send",
    "need administrator rights",
    "chat_write_forbidden",
    "user is deactivated",
    "message thread not found",
    "topic_closed",
    "topic_deleted",
)


def telegram_chat_id(chat_id: str) -> int | str:
    """Numeric ids as integers; `@channel` names as they are."""
    try:
        return int(chat_id)
    except ValueError:
        return chat_id if chat_id.startswith("@") else f"@{chat_id}"


def topic_id(thread: str | None) -> int | None:
    """The message_thread_id of a forum topic (None: the chat itself, or its General topic)."""
    return int(thread) if thread else None


def classify(exc: BaseException) -> Outcome:
    """The core Outcome for an exception raised by a send."""
    if isinstance(exc, TelegramRetryAfter):
        return RetryAfter(float(exc.retry_after))
    if isinstance(exc, TelegramMigrateToChat):
        return Migrated(str(exc.migrate_to_chat_id))
    if isinstance(exc, TelegramForbiddenError):
        return Gone(exc.message)
    if isinstance(exc, TelegramEntityTooLarge):
        return Permanent(exc.message)
    if isinstance(exc, TelegramBadRequest):
        lowered = exc.message.lower()
        if any(hint in lowered for hint in GONE_HINTS):
            return Gone(exc.message)
        return Permanent(exc.message)
    if isinstance(exc, TelegramNotFound):
        return Permanent(exc.message)
    if isinstance(exc, TelegramUnauthorizedError):
        return Transient(f"Telegram rejected the bot token: {exc.message}")
    if isinstance(exc, TelegramNetworkError | TelegramServerError | asyncio.TimeoutError):
        return Transient(str(exc) or type(exc).__name__)
    if isinstance(exc, TelegramAPIError):
        return Transient(exc.message)
    return Transient(f"{type(exc).__name__}: {exc}")


class TelegramMessenger:
    """Sends rendered posts and digests; never raises for a Telegram or network failure."""

    platform = "telegram"

    def __init__(self, bot: Bot, link_preview: bool = False) -> None:
        self.bot = bot
        self.preview = LinkPreviewOptions(is_disabled=not link_preview)

    async def send_post(self, chat_id: str, post: Post, thread: str | None = None) -> Outcome:
        text, markup = render.render_post(post)
        return await self.send_html(chat_id, text, markup, thread, self._preview(post))

    def _preview(self, post: Post) -> LinkPreviewOptions:
        """The lead image as a large preview above the text, else the configured preview."""
        image = safe_url(post.image)
        if image is None:
            return self.preview
        return LinkPreviewOptions(url=image, prefer_large_media=True, show_above_text=True)

    def digest_parts(self, scheduled: ScheduledDigest) -> list[str]:
        return digest.digest_parts(scheduled)

    async def send_text(self, chat_id: str, text: str, thread: str | None = None) -> Outcome:
        return await self.send_html(chat_id, text, thread=thread)

    async def send_html(
        self,
        chat_id: str,
        text: str,
        markup: InlineKeyboardMarkup | None = None,
        thread: str | None = None,
        preview: LinkPreviewOptions | None = None,
    ) -> Outcome:
        try:
            message = await self.bot.send_message(
                chat_id=telegram_chat_id(chat_id),
                text=text,
                parse_mode="HTML",
                link_preview_options=preview or self.preview,
                reply_markup=markup,
                message_thread_id=topic_id(thread),
            )
        except (TimeoutError, AiogramError, OSError) as exc:
            outcome = classify(exc)
            if isinstance(outcome, Permanent) and "can't parse entities" in outcome.reason:
                # never expected (everything is escaped), but a post must not be lost to it
                log.error("Telegram could not parse a post for %s: %s", chat_id, outcome.reason)
                return await self._send_plain(chat_id, text, thread)
            return outcome
        return Sent(str(message.message_id))

    async def _send_plain(self, chat_id: str, text: str, thread: str | None) -> Outcome:
        plain = render.shorten(html.unescape(re.sub(r"<[^>]+>", "", text)), render.MAX_TEXT)
        try:
            message = await self.bot.send_message(
                chat_id=telegram_chat_id(chat_id),
                text=plain,
                parse_mode=None,
                link_preview_options=self.preview,
                message_thread_id=topic_id(thread),
            )
        except (TimeoutError, AiogramError, OSError) as exc:
            return classify(exc)
        return Sent(str(message.message_id))
