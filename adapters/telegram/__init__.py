"""The Telegram adapter (aiogram). Imported only when NEWSBOT_TELEGRAM_TOKEN is set."""

from __future__ import annotations

import asyncio

from bot.ports import ChatAdapter
from bot.services import NewsService
from bot.settings import Settings


def create(settings: Settings, service: NewsService, stop: asyncio.Event) -> ChatAdapter:
    """The factory the bootstrap calls: a ready-to-start Telegram adapter."""
    from adapters.telegram.adapter import TelegramAdapter

    return TelegramAdapter(settings, service, stop)


__all__ = ["create"]
