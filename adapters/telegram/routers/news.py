"""Reading the news: /latest (with a "More" button), /quote, /search, /categories."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from adapters.telegram import callbacks, render
from adapters.telegram.common import argument, drop_buttons
from bot.models import Post
from bot.services import NewsService

DEFAULT_COUNT = 5


def parse_latest(args: str) -> tuple[str | None, int]:
    """`[category] [n]`: a trailing number is the count, the rest (if any) the category."""
    words = args.split()
    count = DEFAULT_COUNT
    if words and words[-1].isascii() and words[-1].lstrip("-").isdigit():  # not "²"
        count = int(words.pop())
    return (" ".join(words) or None), count


def more_button(data: str | None) -> InlineKeyboardMarkup | None:
    if data is None:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="More ›", callback_data=data)]]
    )


def latest_reply(
    posts: list[Post], category: str | None, limit: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    name = posts[0].category if category else None
    title = f"Latest in {name}" if name else "Latest news"
    text, shown = render.post_list(title, posts)
    more = shown < len(posts) or len(posts) == limit
    last = posts[max(shown, 1) - 1].article_id
    return text, more_button(callbacks.more_latest(name, limit, last) if more else None)


def search_reply(
    posts: list[Post], query: str, limit: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    text, shown = render.post_list(f"Articles matching “{query}”", posts)
    more = shown < len(posts) or len(posts) == limit
    last = posts[max(shown, 1) - 1].article_id
    return text, more_button(callbacks.more_search(query, limit, last) if more else None)


async def latest(message: Message, command: CommandObject, service: NewsService) -> None:
    category, limit = parse_latest(argument(command))
    posts = await service.latest(category, limit)
    text, markup = latest_reply(posts, category, limit)
    await message.answer(text, reply_markup=markup)


async def latest_more(callback: CallbackQuery, bot: Bot, service: NewsService) -> None:
    _, (limit, before), tail = callbacks.unpack(callback.data or "", 2)
    category = tail or None
    if category and callbacks.is_key(category):
        names = [name for name, _ in await service.categories()]
        category = callbacks.resolve(category, names) or category
    posts = await service.latest(category, int(limit), int(before))
    text, markup = latest_reply(posts, category, int(limit))
    await drop_buttons(bot, callback)
    if callback.message is not None:
        await bot.send_message(callback.message.chat.id, text, reply_markup=markup)
    await callback.answer()


async def search(message: Message, command: CommandObject, service: NewsService) -> None:
    query = argument(command)
    posts = await service.search(query, DEFAULT_COUNT)
    text, markup = search_reply(posts, query, DEFAULT_COUNT)
    await message.answer(text, reply_markup=markup)


async def search_more(callback: CallbackQuery, bot: Bot, service: NewsService) -> None:
    _, (limit, before), query = callbacks.unpack(callback.data or "", 2)
    posts = await service.search(query, int(limit), int(before))
    text, markup = search_reply(posts, query, int(limit))
    await drop_buttons(bot, callback)
    if callback.message is not None:
        await bot.send_message(callback.message.chat.id, text, reply_markup=markup)
    await callback.answer()


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
