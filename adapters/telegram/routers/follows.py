"""/follow a word or "phrase", /unfollow (a keyboard of follows when given no argument)."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from adapters.telegram import render
from adapters.telegram.common import argument, chat_kind, core_chat
from adapters.telegram.permissions import flags_for
from adapters.telegram.routers.subscriptions import stop_one
from bot import replies
from bot.services import NewsService


async def follow(message: Message, command: CommandObject, service: NewsService) -> None:
    sub, created = await service.follow(
        core_chat(message), argument(command), chat_kind(message.chat)
    )
    await message.answer(render.message(replies.followed(sub, created)))


async def unfollow(message: Message, command: CommandObject, service: NewsService) -> None:
    await stop_one(message, argument(command), service, follows=True)


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="follows")
    router.message.register(follow, Command("follow"), flags=flags_for("follow"))
    router.message.register(unfollow, Command("unfollow"), flags=flags_for("unfollow"))
    return router
