"""/pause and /resume (which brings one digest of what the chat missed)."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from adapters.telegram import render
from adapters.telegram.common import chat_kind, core_chat
from adapters.telegram.permissions import ADMIN
from bot.services import NewsService


async def pause(message: Message, service: NewsService) -> None:
    if await service.pause(core_chat(message.chat), chat_kind(message.chat)):
        text = "Paused: no articles will arrive here until /resume."
    else:
        text = "Deliveries to this chat are already paused; /resume starts them again."
    await message.answer(render.message(text))


async def resume(message: Message, service: NewsService) -> None:
    digest = await service.resume(core_chat(message.chat))
    if digest is None:
        await message.answer(render.message("Resumed: new articles will arrive here again."))
        return
    await message.answer(
        render.message("Resumed.\n\n") + render.digest_text(digest, render.MAX_TEXT - 20)
    )


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="pause")
    router.message.register(pause, Command("pause"), flags=ADMIN)
    router.message.register(resume, Command("resume"), flags=ADMIN)
    return router
