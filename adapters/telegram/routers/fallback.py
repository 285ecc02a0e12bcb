"""Unknown commands addressed to us, and plain text in a private chat, get a pointer to /help."""

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


async def plain_text(message: Message) -> None:
    """Words without a command in a private chat: one line saying how to talk to the bot."""
    await message.answer(render.message(replies.PLAIN_TEXT_HINT))


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="fallback")
    router.message.register(unknown_command, F.text.startswith("/"))
    router.message.register(plain_text, F.text, F.chat.type == ChatType.PRIVATE)
    return router
