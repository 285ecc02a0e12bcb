"""/digest sets this chat's digest schedule; /timezone the zone its times are in."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from adapters.telegram import render
from adapters.telegram.common import argument, chat_kind, core_chat
from adapters.telegram.permissions import flags_for
from bot import replies
from bot.services import NewsService


async def digest(message: Message, command: CommandObject, service: NewsService) -> None:
    chat = core_chat(message)
    settings = await service.digest(chat, argument(command), chat_kind(message.chat))
    await message.answer(render.message(replies.digest(settings)))


async def timezone(message: Message, command: CommandObject, service: NewsService) -> None:
    chat = core_chat(message)
    settings = await service.timezone(chat, argument(command), chat_kind(message.chat))
    await message.answer(render.message(replies.timezone(settings)))


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="digests")
    router.message.register(digest, Command("digest"), flags=flags_for("digest"))
    router.message.register(timezone, Command("timezone"), flags=flags_for("timezone"))
    return router
