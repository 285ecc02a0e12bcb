"""/feed add|remove, /feeds [export], and an .opml file sent to the bot imports its feeds."""

from __future__ import annotations

import io

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, Message

from adapters.telegram import render
from adapters.telegram.common import argument, chat_kind, core_chat
from adapters.telegram.permissions import ADMIN, flags_for
from bot import catalogue, replies
from bot.errors import BadArgument
from bot.services import NewsService

OPML_NAME = "feeds.opml"


async def feed(message: Message, command: CommandObject, service: NewsService) -> None:
    wanted = catalogue.parse_feed(argument(command))
    chat = core_chat(message)
    if wanted.action == "add":
        added = await service.feeds.add(chat, wanted.url, wanted.category, chat_kind(message.chat))
        await message.answer(render.message(replies.feed_added(added)))
    else:
        removed = await service.feeds.remove(chat, wanted.url)
        await message.answer(render.message(replies.feed_removed(removed)))


async def feeds(message: Message, command: CommandObject, service: NewsService) -> None:
    action = argument(command).lower()
    chat = core_chat(message)
    if action == "export":
        document = (await service.feeds.export_opml(chat)).encode("utf-8")
        await message.answer_document(BufferedInputFile(document, OPML_NAME))
        return
    if action:
        raise BadArgument("Use /feeds, or /feeds export; send an .opml file to import one.")
    await message.answer(render.message(replies.feed_lines(await service.feeds.list(chat))))


async def opml_file(message: Message, bot: Bot, service: NewsService) -> None:
    """An .opml document sent to the bot: import every feed it lists into this chat."""
    assert message.document is not None  # the filter guarantees it
    cap = service.feeds.settings.max_file_bytes
    if (message.document.file_size or 0) > cap:
        raise BadArgument(f"That file is larger than the {cap}-byte limit.")
    buffer = io.BytesIO()
    await bot.download(message.document, destination=buffer)
    report = await service.feeds.import_opml(
        core_chat(message), buffer.getvalue(), chat_kind(message.chat)
    )
    await message.answer(render.message(replies.imported(report)))


def _is_opml(name: str | None) -> bool:
    return bool(name) and str(name).lower().endswith(".opml")


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="feeds")
    router.message.register(feed, Command("feed"), flags=flags_for("feed"))
    router.message.register(feeds, Command("feeds"), flags=flags_for("feeds"))
    router.message.register(opml_file, F.document.file_name.func(_is_opml), flags=ADMIN)
    return router
