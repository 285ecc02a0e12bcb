"""CLI commands that need only the database (never a chat platform)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from bot.app import open_storage
from bot.cli import post_json, quote_json, result_line
from bot.ingest import Ingestor
from bot.models import IngestResult, Post, Status
from bot.services import NewsService
from bot.settings import Settings


async def run_command(args: argparse.Namespace, settings: Settings) -> int:
    storage = await open_storage(settings, readonly=args.command != "ingest")
    try:
        service = NewsService(storage)
        if args.command == "ingest":
            return await _ingest(args, Ingestor(storage, settings))
        if args.command == "status":
            return _status(await service.status(), args.json)
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


class ProgressBar:
    """A one-line progress counter on a terminal's stderr for long runs; silent otherwise."""

    def __init__(self, after: float = 1.0) -> None:
        self.start = time.monotonic()
        self.after = after
        self.count = 0
        self.shown = False
        self.enabled = sys.stderr.isatty()

    def tick(self, result: IngestResult) -> None:
        self.count += 1
        elapsed = time.monotonic() - self.start
        if self.enabled and elapsed > self.after and self.count % 25 == 0:
            rate = self.count / elapsed
            sys.stderr.write(f"\ringesting… {self.count} items, {rate:.0f}/s")
            sys.stderr.flush()
            self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def _status(status: Status, as_json: bool) -> int:
    if as_json:
        data: dict[str, Any] = {
            "articles": status.articles,
            "subscriptions": status.subscriptions,
            "outbox": status.outbox,
            "failing_feeds": [
                {"url": u, "failures": f, "error": e} for u, f, e in status.failing_feeds
            ],
            "problems": [{"key": k, "message": m} for k, m in status.problems],
            "last_delivery": status.last_delivery.isoformat() if status.last_delivery else None,
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Articles: {status.articles}")
    subs = ", ".join(f"{p} {n}" for p, n in status.subscriptions.items()) or "none"
    print(f"Active subscriptions: {subs}")
    outbox = ", ".join(f"{s} {n}" for s, n in sorted(status.outbox.items())) or "empty"
    print(f"Outbox: {outbox}")
    last = (
        status.last_delivery.strftime("%Y-%m-%d %H:%M:%S UTC") if status.last_delivery else "never"
    )
    print(f"Last delivery: {last}")
    for url, failures, error in status.failing_feeds:
        print(f"Failing feed: {url} ({failures} failures in a row): {error}")
    for key, message in status.problems:
        print(f"Problem: {key}: {message}")
    return 0
