"""Console chat commands: parse a line, call one service, render the reply."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from adapters.console import render
from bot.errors import BadArgument, NewsbotError
from bot.models import Chat
from bot.services import NewsService

HELP = """newsbot — headlines, short summaries and key quotes.
  /latest [category] [n]     the newest articles
  /quote [category|speaker]  a key quote
  /search <words>            articles that mention the words, newest first
  /categories                the categories there are
  /subscribe <category|all>  get new articles here as they arrive
  /unsubscribe <category|all>
  /follow <word or "phrase"> get any new article that mentions it
  /unfollow <word or "phrase">
  /subscriptions             what this chat receives
  /pause, /resume            hold deliveries; resume sends one digest
  /help                      this list"""

Handler = Callable[[NewsService, Chat, str], Awaitable[str]]


def _latest_args(args: str) -> tuple[str | None, int]:
    words = args.split()
    limit = 5
    if words and words[-1].isascii() and words[-1].isdigit():  # int() refuses "²"
        limit = int(words.pop())
    return (" ".join(words) or None), limit


async def _latest(service: NewsService, chat: Chat, args: str) -> str:
    category, limit = _latest_args(args)
    posts = await service.latest(category, limit)
    if len(posts) == 1:
        return render.post(posts[0])
    return render.post(posts[0]) + "\n\n" + render.article_list(posts[1:], "Also new:")


async def _quote(service: NewsService, chat: Chat, args: str) -> str:
    return render.quote(await service.quote_for(args))


async def _search(service: NewsService, chat: Chat, args: str) -> str:
    posts = await service.search(args)
    return render.article_list(posts, f"Newest articles matching “{args.strip()}”:")


async def _categories(service: NewsService, chat: Chat, args: str) -> str:
    return render.categories(await service.categories())


async def _subscribe(service: NewsService, chat: Chat, args: str) -> str:
    if not args.strip():
        names = ", ".join(n for n, _ in await service.categories()) or "none yet"
        raise BadArgument(f"Say which: /subscribe <category> or /subscribe all. Known: {names}.")
    sub, created = await service.subscribe(chat, args)
    if not created:
        return f"You already receive {sub.describe()}."
    return f"Subscribed to {sub.describe()}. New articles will appear here."


async def _unsubscribe(service: NewsService, chat: Chat, args: str) -> str:
    sub = await service.unsubscribe(chat, args)
    return f"Unsubscribed from {sub.describe()}."


async def _follow(service: NewsService, chat: Chat, args: str) -> str:
    sub, created = await service.follow(chat, args)
    if not created:
        return f"You already follow “{sub.value}”."
    return f"Following “{sub.value}”: any new article that mentions it will appear here."


async def _unfollow(service: NewsService, chat: Chat, args: str) -> str:
    sub = await service.unfollow(chat, args)
    return f"No longer following “{sub.value}”."


async def _subscriptions(service: NewsService, chat: Chat, args: str) -> str:
    subs = await service.subscriptions(chat)
    return render.subscriptions(subs, await service.is_paused(chat))


async def _pause(service: NewsService, chat: Chat, args: str) -> str:
    if await service.pause(chat):
        return "Paused. Nothing will be sent until /resume."
    return "Already paused; /resume to continue."


async def _resume(service: NewsService, chat: Chat, args: str) -> str:
    missed = await service.resume(chat)
    if missed is None:
        return "Resumed. Nothing was missed."
    return "Resumed.\n" + render.digest(missed)


async def _help(service: NewsService, chat: Chat, args: str) -> str:
    return HELP


COMMANDS: dict[str, Handler] = {
    "start": _help,
    "help": _help,
    "latest": _latest,
    "quote": _quote,
    "search": _search,
    "categories": _categories,
    "subscribe": _subscribe,
    "unsubscribe": _unsubscribe,
    "follow": _follow,
    "unfollow": _unfollow,
    "subscriptions": _subscriptions,
    "pause": _pause,
    "resume": _resume,
}


async def answer(service: NewsService, chat: Chat, line: str) -> str | None:
    """The reply to one line of input (None for a blank line); core errors become words."""
    text = line.strip()
    if not text:
        return None
    if not text.startswith("/"):
        return "Commands start with /. Try /help."
    name, _, args = text[1:].partition(" ")
    handler = COMMANDS.get(name.split("@", 1)[0].lower())
    if handler is None:
        return f"I don't know /{name}. Try /help."
    try:
        return await handler(service, chat, args)
    except NewsbotError as exc:
        return exc.message
