"""/follow a word or "phrase", /unfollow (a keyboard of follows when given no argument)."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from adapters.telegram import render
from adapters.telegram.common import argument, chat_kind, core_chat
from adapters.telegram.permissions import ADMIN
from adapters.telegram.routers.subscriptions import subscription_keyboard, unsubscribed_text
from bot.models import SubscriptionKind
from bot.services import NewsService


async def follow(message: Message, command: CommandObject, service: NewsService) -> None:
    sub, created = await service.follow(
        core_chat(message.chat), argument(command), chat_kind(message.chat)
    )
    if created:
        text = f'Following "{sub.value}": every new article that mentions it will arrive here.'
    else:
        text = f'This chat already follows "{sub.value}".'
    await message.answer(render.message(text))


async def unfollow(message: Message, command: CommandObject, service: NewsService) -> None:
    chat = core_chat(message.chat)
    wanted = argument(command)
    if wanted:
        sub = await service.unfollow(chat, wanted)
        await message.answer(unsubscribed_text(sub.describe()))
        return
    follows = [s for s in await service.subscriptions(chat) if s.kind is SubscriptionKind.FOLLOW]
    if not follows:
        await message.answer(render.message("This chat follows nothing. Try /follow <word>."))
        return
    await message.answer(
        render.message("Tap a phrase to stop following it:"),
        reply_markup=subscription_keyboard(follows),
    )


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="follows")
    router.message.register(follow, Command("follow"), flags=ADMIN)
    router.message.register(unfollow, Command("unfollow"), flags=ADMIN)
    return router
