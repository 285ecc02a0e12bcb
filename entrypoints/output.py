"""What the command line prints: JSON shapes, result lines, the status report, progress."""

from __future__ import annotations

import sys
import time
from dataclasses import asdict
from typing import Any

from bot.models import Article, IngestResult, Post, QuoteHit, outlet_of
from bot.status import Status


def article_json(article: Article) -> dict[str, Any]:
    from bot.extraction.keyquotes import key_quotes

    shown = key_quotes(article) if article.key_quotes is None else article.key_quotes
    return {
        "category": article.category,
        "headline": article.headline,
        "summary": article.summary,
        "quotes": [{"text": q.text, "speaker": q.speaker} for q in article.quotes],
        "key_quotes": [{"text": q.text, "speaker": q.speaker, "partial": q.partial} for q in shown],
        "related": list(article.related),
        "paragraphs": list(article.paragraphs),
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "outlet": article.outlet or outlet_of(article.url),
        "image": article.image,
        "identity": article.identity,
    }


def post_json(post: Post) -> dict[str, Any]:
    data = asdict(post)
    data["published"] = post.published.isoformat() if post.published else None
    return data


def quote_json(hit: QuoteHit) -> dict[str, Any]:
    return {
        "text": hit.quote.text,
        "speaker": hit.quote.speaker,
        "article_id": hit.article_id,
        "headline": hit.headline,
        "category": hit.category,
        "url": hit.url,
    }


def result_line(result: IngestResult) -> str:
    if result.status == "failed":
        return f"FAILED {result.source}: {result.error}"
    return f"{result.status} {result.source}: {result.headline}"


def status_json(status: Status) -> dict[str, Any]:
    return {
        "articles": status.articles,
        "subscriptions": status.subscriptions,
        "outbox": status.outbox,
        "failing_feeds": [
            {"url": u, "failures": f, "error": e} for u, f, e in status.failing_feeds
        ],
        "problems": [{"key": k, "message": m} for k, m in status.problems],
        "last_delivery": status.last_delivery.isoformat() if status.last_delivery else None,
        "workers": [
            {
                "role": w.role,
                "host": w.host,
                "pid": w.pid,
                "heartbeat": w.heartbeat.isoformat() if w.heartbeat else None,
                "claims": w.claims,
            }
            for w in status.workers
        ],
    }


def status_lines(status: Status) -> list[str]:
    subs = ", ".join(f"{p} {n}" for p, n in status.subscriptions.items()) or "none"
    outbox = ", ".join(f"{s} {n}" for s, n in sorted(status.outbox.items())) or "empty"
    last = (
        status.last_delivery.strftime("%Y-%m-%d %H:%M:%S UTC") if status.last_delivery else "never"
    )
    lines = [
        f"Articles: {status.articles}",
        f"Active subscriptions: {subs}",
        f"Outbox: {outbox}",
        f"Last delivery: {last}",
    ]
    lines += [
        f"Failing feed: {url} ({failures} failures in a row): {error}"
        for url, failures, error in status.failing_feeds
    ]
    lines += [f"Problem: {key}: {message}" for key, message in status.problems]
    lines += [
        f"Worker: {w.role} on {w.host} pid {w.pid}, heartbeat"
        f" {w.heartbeat.strftime('%H:%M:%S UTC') if w.heartbeat else 'never'},"
        f" {w.claims} claims"
        for w in status.workers
    ]
    return lines


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
