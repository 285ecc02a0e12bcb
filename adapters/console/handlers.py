"""Console chat command handlers: parse a line, call one service, render the reply."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from adapters.console import render
from bot import catalogue, replies
from bot.errors import BadArgument, NewsbotError
from bot.models import Chat
from bot.services import NewsService

HELP = "\n".join(
    ["newsbot — headlines, short summaries and key quotes."]
    + [f"  {line}" for line in catalogue.help_lines(width=30)]
)

Handler = Callable[[NewsService, Chat, str], Awaitable[str]]


async def _latest(service: NewsService, chat: Chat, args: str) -> str:
    wanted = catalogue.parse_latest(args)
    posts = await service.latest(wanted.category, wanted.count)
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
        known = [name for name, _ in await service.categories()]
        raise BadArgument(replies.say_which_category(known))
    sub, created = await service.subscribe(chat, args)
    return replies.subscribed(sub, created)


async def _unsubscribe(service: NewsService, chat: Chat, args: str) -> str:
    return replies.unsubscribed(await service.unsubscribe(chat, args))


async def _follow(service: NewsService, chat: Chat, args: str) -> str:
    sub, created = await service.follow(chat, args)
    return replies.followed(sub, created)


async def _unfollow(service: NewsService, chat: Chat, args: str) -> str:
    return replies.unfollowed(await service.unfollow(chat, args))


async def _mute(service: NewsService, chat: Chat, args: str) -> str:
    sub, created = await service.mute(chat, args)
    return replies.muted(sub, created)


async def _unmute(service: NewsService, chat: Chat, args: str) -> str:
    return replies.unmuted(await service.unmute(chat, args))


async def _digest(service: NewsService, chat: Chat, args: str) -> str:
    return replies.digest(await service.digest(chat, args))


async def _timezone(service: NewsService, chat: Chat, args: str) -> str:
    return replies.timezone(await service.timezone(chat, args))


async def _feed(service: NewsService, chat: Chat, args: str) -> str:
    wanted = catalogue.parse_feed(args)
    if wanted.action == "add":
        return replies.feed_added(await service.feeds.add(chat, wanted.url, wanted.category))
    return replies.feed_removed(await service.feeds.remove(chat, wanted.url))


async def _feeds(service: NewsService, chat: Chat, args: str) -> str:
    action = args.strip().lower()
    if action == "export":
        return await service.feeds.export_opml(chat)
    if action == "import":
        raise BadArgument(
            "In the console, import a file with:"
            " newsbot feeds import FILE.opml --chat console:console"
        )
    if action:
        raise BadArgument("Use /feeds, or /feeds export for an OPML file.")
    return replies.feed_lines(await service.feeds.list(chat))


async def _subscriptions(service: NewsService, chat: Chat, args: str) -> str:
    subs = await service.subscriptions(chat)
    listed = render.subscriptions(subs, await service.is_paused(chat))
    note = replies.digest_note(await service.digest(chat, ""))
    return f"{listed}\n{note}" if note else listed


async def _pause(service: NewsService, chat: Chat, args: str) -> str:
    return replies.paused(await service.pause(chat))


async def _resume(service: NewsService, chat: Chat, args: str) -> str:
    missed = await service.resume(chat)
    if missed is None:
        return replies.resumed(False)
    return replies.resumed(True) + "\n" + render.digest(missed)


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
    "mute": _mute,
    "unmute": _unmute,
    "digest": _digest,
    "timezone": _timezone,
    "feed": _feed,
    "feeds": _feeds,
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
        return replies.PLAIN_TEXT_HINT
    name, _, args = text[1:].partition(" ")
    handler = COMMANDS.get(name.split("@", 1)[0].lower())
    if handler is None:
        return replies.unknown_command(f"/{name}")
    try:
        return await handler(service, chat, args)
    except NewsbotError as exc:
        return exc.message
