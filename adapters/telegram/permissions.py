"""Handlers flagged `admin` run only for chat administrators (or anyone in a private chat)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.dispatcher.flags import get_flag
from aiogram.types import CallbackQuery, Message, TelegramObject

from adapters.telegram.common import require_admin
from bot import catalogue

ADMIN = {"admin": True}  # pass as `flags=ADMIN` when registering a handler


def flags_for(name: str) -> dict[str, bool]:
    """Handler flags for a catalogue command: `admin` when only administrators may use it."""
    return ADMIN if catalogue.command(name).for_admins else {}


Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class AdminOnly(BaseMiddleware):
    """Inner middleware: raises NotAllowed (answered by the error handler) for non-admins."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if get_flag(data, "admin"):
            bot: Bot = data["bot"]
            if isinstance(event, Message):
                await require_admin(bot, event.chat, event.from_user, event.sender_chat)
            elif isinstance(event, CallbackQuery) and event.message is not None:
                await require_admin(bot, event.message.chat, event.from_user)
        return await handler(event, data)
