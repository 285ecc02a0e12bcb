"""Unknown commands addressed to us get a pointer to /help (others' commands are ignored)."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.enums import ChatType
from aiogram.types import Message

from adapters.telegram import render
from bot import replies


async def unknown_command(message: Message, bot: Bot) -> None:
    word = (message.text or "").split(maxsplit=1)[0]
    _, _, mention = word.partition("@")
    me = await bot.me()
    if mention:
        if not me.username or mention.lower() != me.username.lower():
            return  # a command for another bot
    elif message.chat.type != ChatType.PRIVATE:
        return  # in groups, answer only commands addressed to us
    await message.answer(render.message(replies.unknown_command(word)))


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="fallback")
    router.message.register(unknown_command, F.text.startswith("/"))
    return router
