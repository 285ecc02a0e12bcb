"""Messages other than deliveries drawing from the bot token's shared rate limit."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.methods import EditMessageText, SendMessage

from bot.delivery.ratelimit import SLOT_TAKEN

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.client.session.middlewares.base import NextRequestMiddlewareType
    from aiogram.methods import TelegramMethod
    from aiogram.methods.base import Response

PACED = (SendMessage, EditMessageText)


class SharedReplyLimit(BaseRequestMiddleware):
    """Every message the bot sends waits for a slot on the token's shared limit first, except
    the delivery worker's, which took theirs before they started."""

    def __init__(self, acquire: Callable[[], Awaitable[None]]) -> None:
        self.acquire = acquire

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[Any],
        bot: Bot,
        method: TelegramMethod[Any],
    ) -> Response[Any]:
        if isinstance(method, PACED) and not SLOT_TAKEN.get():
            await self.acquire()
        return await make_request(bot, method)
