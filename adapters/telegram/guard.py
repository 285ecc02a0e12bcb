"""Stop the bot when Telegram rejects its token mid-run, instead of retrying forever."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.exceptions import TelegramUnauthorizedError

from bot.supervise import fail

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.client.session.middlewares.base import NextRequestMiddlewareType
    from aiogram.methods import TelegramMethod
    from aiogram.methods.base import Response

REVOKED = (
    "Telegram rejected NEWSBOT_TELEGRAM_TOKEN while running (revoked or replaced?); "
    "get the current token from @BotFather (/token) and restart."
)


class RevokedTokenGuard(BaseRequestMiddleware):
    """Any call answered 401 Unauthorized stops the bot with a clear reason.

    aiogram's long polling retries a failed getUpdates with backoff forever; a revoked
    token never heals, so the bot should exit non-zero and say why.
    """

    def __init__(self, stop: asyncio.Event) -> None:
        self.stop = stop

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[Any],
        bot: Bot,
        method: TelegramMethod[Any],
    ) -> Response[Any]:
        try:
            return await make_request(bot, method)
        except TelegramUnauthorizedError:
            fail(self.stop, REVOKED)
            raise
