"""Reading the news: /latest (with a "More" button), /quote, /search, /categories."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from adapters.telegram import callbacks, render
from adapters.telegram.common import argument, drop_buttons
from bot import catalogue
from bot.models import Post
from bot.services import NewsService


def more_button(data: str | None) -> InlineKeyboardMarkup | None:
    if data is None:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="More ›", callback_data=data)]]
    )


Page = tuple[str, InlineKeyboardMarkup | None]


def page(title: str, posts: list[Post], limit: int, more_data: Callable[[int], str | None]) -> Page:
    """A list of posts, with a "More" button when older ones may follow the last one shown."""
    text, shown = render.post_list(title, posts)
    more = shown < len(posts) or len(posts) == limit
    last = posts[max(shown, 1) - 1].article_id
    return text, more_button(more_data(last) if more else None)


def latest_reply(posts: list[Post], category: str | None, limit: int) -> Page:
    name = posts[0].category if category else None
    title = f"Latest in {name}" if name else "Latest news"
    return page(title, posts, limit, partial(callbacks.more_latest, name, limit))


def search_reply(posts: list[Post], query: str, limit: int) -> Page:
    title = f"Articles matching “{query}”"
    return page(title, posts, limit, partial(callbacks.more_search, query, limit))


async def next_page(callback: CallbackQuery, bot: Bot, reply: Page) -> None:
    """Older articles go out as a new message; the old one loses its button."""
    await drop_buttons(bot, callback)
    if callback.message is not None:
        await bot.send_message(callback.message.chat.id, reply[0], reply_markup=reply[1])
    await callback.answer()


async def latest(message: Message, command: CommandObject, service: NewsService) -> None:
    wanted = catalogue.parse_latest(argument(command))
    posts = await service.latest(wanted.category, wanted.count)
    text, markup = latest_reply(posts, wanted.category, wanted.count)
    await message.answer(text, reply_markup=markup)


async def latest_more(callback: CallbackQuery, bot: Bot, service: NewsService) -> None:
    _, (limit, before), tail = callbacks.unpack(callback.data or "", 2)
    category = tail or None
    if category and callbacks.is_key(category):
        names = [name for name, _ in await service.categories()]
        category = callbacks.resolve(category, names) or category
    posts = await service.latest(category, int(limit), int(before))
    await next_page(callback, bot, latest_reply(posts, category, int(limit)))


async def search(message: Message, command: CommandObject, service: NewsService) -> None:
    query = argument(command)
    posts = await service.search(query, catalogue.DEFAULT_COUNT)
    text, markup = search_reply(posts, query, catalogue.DEFAULT_COUNT)
    await message.answer(text, reply_markup=markup)


async def search_more(callback: CallbackQuery, bot: Bot, service: NewsService) -> None:
    _, (limit, before), query = callbacks.unpack(callback.data or "", 2)
    posts = await service.search(query, int(limit), int(before))
    await next_page(callback, bot, search_reply(posts, query, int(limit)))


async def quote(message: Message, command: CommandObject, service: NewsService) -> None:
    hit = await service.quote_for(argument(command) or None)
    await message.answer(render.quote_text(hit))


async def categories(message: Message, service: NewsService) -> None:
    await message.answer(render.categories_text(await service.categories()))


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="news")
    router.message.register(latest, Command("latest"))
    router.callback_query.register(latest_more, F.data.startswith(callbacks.LATEST + "|"))
    router.message.register(search, Command("search"))
    router.callback_query.register(search_more, F.data.startswith(callbacks.SEARCH + "|"))
    router.message.register(quote, Command("quote"))
    router.message.register(categories, Command("categories"))
    return router
