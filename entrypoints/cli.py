"""The `newsbot` command line."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from bot.errors import NewsbotError
from bot.models import Post
from bot.settings import Settings
from entrypoints.output import article_json


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsbot", description="A news bot: headline, summary and key quotes per article."
    )
    parser.add_argument("--db", help="SQLite database path (default: NEWSBOT_DB or newsbot.db)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ingest = sub.add_parser("ingest", help="store articles from files, folders, feeds or URLs")
    ingest.add_argument("items", nargs="+", metavar="PATH|URL")
    ingest.add_argument("--category", help="file everything under this category")
    ingest.add_argument(
        "--no-broadcast", action="store_true", help="store without sending to subscribers"
    )
    parse = sub.add_parser("parse", help="parse one article and show it, without storing")
    parse.add_argument("item", metavar="FILE|URL")
    parse.add_argument("--json", action="store_true", help="print JSON")
    latest = sub.add_parser("latest", help="the newest articles")
    latest.add_argument("--category", "-c")
    latest.add_argument("--limit", "-n", type=int, default=5)
    latest.add_argument("--json", action="store_true")
    quote = sub.add_parser("quote", help="a key quote")
    quote.add_argument("--category", "-c")
    quote.add_argument("--speaker", "-s")
    quote.add_argument("--json", action="store_true")
    search = sub.add_parser("search", help="articles matching words, newest first")
    search.add_argument("query", nargs="+")
    search.add_argument("--limit", "-n", type=int, default=10)
    search.add_argument("--json", action="store_true")
    cats = sub.add_parser("categories", help="the categories and their article counts")
    cats.add_argument("--json", action="store_true")
    status = sub.add_parser("status", help="articles, subscriptions, outbox, failing feeds")
    status.add_argument("--json", action="store_true")
    run = sub.add_parser("run", help="run the bot (console chat when no platform token is set)")
    run.add_argument(
        "--role",
        choices=["all", "web", "gateway", "delivery", "poller"],
        default="all",
        help="the part of the bot this process runs (several processes need PostgreSQL)",
    )
    sub.add_parser("migrate", help="apply any pending database migrations")
    _feeds_parser(sub)
    return parser


def _feeds_parser(sub: Any) -> None:
    feeds = sub.add_parser("feeds", help="a chat's own feeds as OPML: import or export")
    actions = feeds.add_subparsers(dest="feeds_command", required=True, metavar="ACTION")
    chat_help = "the chat, e.g. telegram:-1001234 or discord:987 or console:console"
    opml_in = actions.add_parser("import", help="add every feed an OPML file lists to a chat")
    opml_in.add_argument("file", metavar="FILE.opml")
    opml_in.add_argument("--chat", required=True, metavar="PLATFORM:CHAT_ID", help=chat_help)
    opml_out = actions.add_parser("export", help="print a chat's feeds as OPML 2.0")
    opml_out.add_argument("--chat", required=True, metavar="PLATFORM:CHAT_ID", help=chat_help)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    overrides: dict[str, Any] = {"db": args.db} if args.db else {}
    try:
        settings = Settings(**overrides)
    except ValueError as exc:
        print(f"newsbot: a setting is wrong: {_without_values(exc)}", file=sys.stderr)
        return 2
    try:
        return asyncio.run(_dispatch(args, settings))
    except NewsbotError as exc:
        print(f"newsbot: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _without_values(exc: ValueError) -> str:
    """A settings error without the values given: they may hold a password or a token."""
    if not isinstance(exc, ValidationError):
        return str(exc)
    return "; ".join(
        f"NEWSBOT_{'_'.join(str(part) for part in error['loc']).upper()}: {error['msg']}"
        for error in exc.errors(include_input=False, include_url=False)
    )


async def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    from bot import offload

    offload.set_workers(settings.workers)
    if args.command == "run":
        if args.role != "all" and settings.database_url is None:
            raise NewsbotError(
                f"--role {args.role} shares the work with other processes; that needs"
                " PostgreSQL (set NEWSBOT_DATABASE_URL)."
            )
        from entrypoints.bootstrap import configure_logging, run_bot

        configure_logging(
            settings, quiet=not (settings.telegram_enabled or settings.discord_enabled)
        )
        await run_bot(settings, role=args.role)
        return 0
    if args.command == "parse":
        return await _parse(args, settings)
    from entrypoints.bootstrap import configure_logging

    configure_logging(settings, quiet=True)
    if args.command == "feeds":
        from entrypoints.feed_commands import run_feeds

        return await run_feeds(args, settings)
    from entrypoints.db_commands import run_command

    return await run_command(args, settings)


async def _parse(args: argparse.Namespace, settings: Settings) -> int:
    from bot.ingest import to_article
    from bot.parsing.sources import load

    drafts = await load(args.item, settings=settings)
    if not drafts:
        raise NewsbotError(f"{args.item} holds no articles")
    articles = [to_article(d) for d in drafts]
    if args.json:
        shown: Any = [article_json(a) for a in articles]
        print(json.dumps(shown[0] if len(shown) == 1 else shown, ensure_ascii=False, indent=2))
    else:
        from adapters.console import render

        for article in articles:
            print(render.post(Post.from_article(article)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
