"""/start (with an optional deep-link category to subscribe to) and /help."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import Message

from adapters.telegram import texts
from adapters.telegram.common import argument, chat_kind, core_chat, require_admin
from adapters.telegram.routers.subscriptions import subscribed_text
from bot.errors import UnknownCategory
from bot.services import NewsService


async def start(message: Message, command: CommandObject, bot: Bot, service: NewsService) -> None:
    payload = argument(command)
    if not payload:
        me = await bot.me()
        await message.answer(texts.welcome_text(me.full_name))
        return
    await require_admin(bot, message.chat, message.from_user, message.sender_chat)
    chat, kind = core_chat(message), chat_kind(message.chat)
    try:
        sub, created = await service.subscribe(chat, payload, kind)
    except UnknownCategory:
        # deep links allow only [A-Za-z0-9_-]: "World_News" stands for "World News"
        spaced = payload.replace("_", " ")
        if spaced == payload:
            raise
        sub, created = await service.subscribe(chat, spaced, kind)
    await message.answer(subscribed_text(sub, created) + "\n\n/help lists every command.")


async def help_command(message: Message) -> None:
    await message.answer(texts.help_text())


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="start")
    router.message.register(start, CommandStart())
    router.message.register(help_command, Command("help"))
    return router
