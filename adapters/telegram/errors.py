"""The one place core errors become replies: NewsbotError → its message, anything else → sorry."""

from __future__ import annotations

import contextlib
import logging

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import ExceptionTypeFilter
from aiogram.types import ErrorEvent

from adapters.telegram import render
from bot.errors import NewsbotError

log = logging.getLogger(__name__)
ALERT_LIMIT = 200  # Telegram's limit for a callback answer
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."


async def on_newsbot_error(event: ErrorEvent, bot: Bot) -> None:
    assert isinstance(event.exception, NewsbotError)
    await reply(event, bot, event.exception.message)


async def on_unexpected(event: ErrorEvent, bot: Bot) -> None:
    exc = event.exception
    if isinstance(exc, TelegramAPIError):
        log.warning("Telegram refused a reply to update %d: %s", event.update.update_id, exc)
    else:
        log.error("update %d failed", event.update.update_id, exc_info=exc)
    await reply(event, bot, SORRY)


async def reply(event: ErrorEvent, bot: Bot, text: str) -> None:
    """Say `text` where the failed update came from; a reply that fails is only logged."""
    update = event.update
    with contextlib.suppress(TelegramAPIError):
        if update.message is not None:
            await update.message.answer(render.message(text))
        elif update.callback_query is not None:
            callback = update.callback_query
            if len(text) <= ALERT_LIMIT:
                await callback.answer(text, show_alert=True)
            else:
                await callback.answer()
                if callback.message is not None:
                    await bot.send_message(callback.message.chat.id, render.message(text))


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="errors")
    router.errors.register(on_newsbot_error, ExceptionTypeFilter(NewsbotError))
    router.errors.register(on_unexpected)
    return router
