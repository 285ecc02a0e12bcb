"""CLI commands that need only the database (never a chat platform)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.ingest import Ingestor
from bot.models import Post
from bot.services import NewsService
from bot.settings import Settings
from bot.status import Status
from entrypoints.bootstrap import open_storage
from entrypoints.output import (
    ProgressBar,
    post_json,
    quote_json,
    result_line,
    status_json,
    status_lines,
)


async def run_command(args: argparse.Namespace, settings: Settings) -> int:
    # opening applies every pending migration, unless it only reads
    storage = await open_storage(settings, readonly=args.command not in ("ingest", "migrate"))
    try:
        if args.command == "migrate":
            print("The database schema is up to date.")
            return 0
        service = NewsService(storage)
        if args.command == "ingest":
            return await _ingest(args, Ingestor(storage, settings))
        if args.command == "status":
            _status(await service.status(), args.json)
            return 0
        return await _query(args, service)
    finally:
        await storage.close()


async def _query(args: argparse.Namespace, service: NewsService) -> int:
    from adapters.console import render

    if args.command == "latest":
        posts = await service.latest(args.category, args.limit)
        _show_posts(posts, args.json, render.post)
    elif args.command == "search":
        posts = await service.search(" ".join(args.query), args.limit)
        _show_posts(posts, args.json, render.post)
    elif args.command == "quote":
        hit = await service.quote(args.category, args.speaker)
        print(json.dumps(quote_json(hit), ensure_ascii=False) if args.json else render.quote(hit))
    elif args.command == "categories":
        found = await service.categories()
        if args.json:
            print(json.dumps([{"name": n, "articles": c} for n, c in found], ensure_ascii=False))
        else:
            print(render.categories(found))
    return 0


def _show_posts(posts: list[Post], as_json: bool, show: Any) -> None:
    if as_json:
        print(json.dumps([post_json(p) for p in posts], ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(show(p) for p in posts))


async def _ingest(args: argparse.Namespace, ingestor: Ingestor) -> int:
    bar = ProgressBar()
    report = await ingestor.ingest(
        args.items, broadcast=not args.no_broadcast, category=args.category, progress=bar.tick
    )
    bar.close()
    for result in report.results:
        if result.status == "failed" or len(report.results) <= 20:
            stream = sys.stderr if result.status == "failed" else sys.stdout
            print(result_line(result), file=stream)
    print(f"Ingested: {report.summary()}.")
    return 1 if report.failed else 0


def _status(status: Status, as_json: bool) -> None:
    if as_json:
        print(json.dumps(status_json(status), ensure_ascii=False, indent=2))
    else:
        print("\n".join(status_lines(status)))
