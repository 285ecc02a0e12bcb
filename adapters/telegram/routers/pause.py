"""/pause and /resume (which brings one digest of what the chat missed)."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from adapters.telegram import render
from adapters.telegram.common import chat_kind, core_chat
from adapters.telegram.permissions import flags_for
from bot import replies
from bot.services import NewsService


async def pause(message: Message, service: NewsService) -> None:
    changed = await service.pause(core_chat(message), chat_kind(message.chat))
    await message.answer(render.message(replies.paused(changed)))


async def resume(message: Message, service: NewsService) -> None:
    digest = await service.resume(core_chat(message))
    if digest is None:
        await message.answer(render.message(replies.resumed(False)))
        return
    opening = render.message(replies.resumed(True) + "\n\n")
    await message.answer(opening + render.digest_text(digest, render.MAX_TEXT - 60))


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="pause")
    router.message.register(pause, Command("pause"), flags=flags_for("pause"))
    router.message.register(resume, Command("resume"), flags=flags_for("resume"))
    return router
