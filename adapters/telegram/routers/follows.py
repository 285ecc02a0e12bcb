"""/follow and /mute a word or "phrase"; /unfollow and /unmute (a keyboard without argument)."""

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
    await stop_one(message, argument(command), service, "follows")


async def mute(message: Message, command: CommandObject, service: NewsService) -> None:
    sub, created = await service.mute(
        core_chat(message), argument(command), chat_kind(message.chat)
    )
    await message.answer(render.message(replies.muted(sub, created)))


async def unmute(message: Message, command: CommandObject, service: NewsService) -> None:
    await stop_one(message, argument(command), service, "mutes")


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="follows")
    router.message.register(follow, Command("follow"), flags=flags_for("follow"))
    router.message.register(unfollow, Command("unfollow"), flags=flags_for("unfollow"))
    router.message.register(mute, Command("mute"), flags=flags_for("mute"))
    router.message.register(unmute, Command("unmute"), flags=flags_for("unmute"))
    return router
