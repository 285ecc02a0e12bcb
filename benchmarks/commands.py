"""Commands at scale: latest, quote, search and subscribe through NewsService over SqliteStorage
on the cached million-article database, then the same commands end to end through Telegram."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from benchmarks.common import latency_stats, quick_flag, target, write_result
from benchmarks.scaledb import ensure, restore
from bot.errors import NotFound
from bot.models import Chat, ChatKind
from bot.services import NewsService
from storage.sqlite import SqliteStorage

FULL, QUICK = 1_000_000, 100_000
CALLS = 1_000
WARMUP = 20
BUDGET_S = 25.0  # per workload: a call that takes seconds cannot be repeated 1,000 times

Call = Callable[[int], Awaitable[Any]]


async def measure(call: Call, calls: int, budget_s: float = BUDGET_S) -> dict[str, Any]:
    """Latency of `calls` awaited calls after a warm-up (both within `budget_s`)."""
    started = time.perf_counter()
    for i in range(WARMUP):
        await _answer(call, i)
        if time.perf_counter() - started > budget_s / 5:
            break
    times: list[float] = []
    empty = 0
    for i in range(calls):
        t0 = time.perf_counter()
        found = await _answer(call, i)
        times.append(time.perf_counter() - t0)
        empty += not found
        if time.perf_counter() - started > budget_s and len(times) >= 10:
            break
    stats = latency_stats(times)
    stats["empty_answers"] = empty
    if len(times) < calls:
        stats["capped_by_time_budget_s"] = budget_s
    return stats


async def _answer(call: Call, i: int) -> bool:
    try:
        return bool(await call(i))
    except NotFound:
        return False


def workloads(service: NewsService, meta: dict[str, Any]) -> dict[str, Call]:
    rng = random.Random(7)
    cats: list[str] = meta["categories"]
    speakers: list[str] = meta["speakers"]
    common: list[str] = meta["common_words"]
    rare: list[str] = meta["rare_words"]
    run_id = int(time.time())

    def pick(items: list[str], i: int) -> str:
        return items[i % len(items)]

    return {
        "latest": lambda i: service.latest(),
        "latest_category": lambda i: service.latest(pick(cats, i)),
        "quote": lambda i: service.quote_for(None),
        "quote_category": lambda i: service.quote_for(pick(cats, i)),
        "quote_speaker": lambda i: service.quote_for(pick(speakers, i)),
        "search_common": lambda i: service.search(pick(common, i)),
        "search_common_pair": lambda i: service.search(f"{pick(common, i)} {pick(common, i + 1)}"),
        "search_rare": lambda i: service.search(pick(rare, i)),
        "search_rare_and_common": lambda i: service.search(f"{pick(rare, i)} {common[0]}"),
        "subscribe": lambda i: service.subscribe(
            Chat("bench", f"{run_id}-{i}"), rng.choice(cats), ChatKind.PRIVATE
        ),
    }


async def core(db: Path, meta: dict[str, Any], calls: int) -> dict[str, Any]:
    storage = await SqliteStorage.open(db)
    service = NewsService(storage)
    results: dict[str, Any] = {}
    try:
        for name, call in workloads(service, meta).items():
            results[name] = await measure(call, calls)
            r = results[name]
            print(f"  core {name:24s} p50 {r['p50_ms']:7.3f} ms  p99 {r['p99_ms']:7.3f} ms"
                  f"  ({r['calls']} calls, {r['empty_answers']} empty)")
    finally:
        await storage.close()
    return results


def run(quick: bool) -> dict[str, Any]:
    articles = QUICK if quick else FULL
    print(f"[commands] database of {articles:,} articles")
    t0 = time.perf_counter()
    db, meta = ensure(articles)
    ready_s = round(time.perf_counter() - t0, 1)
    try:
        results = asyncio.run(core(db, meta, CALLS))
        restore(db, meta)
        from benchmarks.telegram_e2e import telegram_e2e

        e2e = asyncio.run(telegram_e2e(db, meta, 300 if quick else CALLS))
    finally:
        restore(db, meta)
    p99 = {name: r["p99_ms"] for name, r in results.items()}
    targets = {
        "latest_p99": target("latest p99", max(p99["latest"], p99["latest_category"]), 2, "ms",
                             higher=False),
        "quote_p99": target("quote p99", max(p99["quote"], p99["quote_category"],
                                             p99["quote_speaker"]), 2, "ms", higher=False),
        "search_p99": target("search p99", max(v for k, v in p99.items() if "search" in k), 20,
                             "ms", higher=False),
    }
    if e2e.get("commands"):
        worst = max(r["p99_ms"] for r in e2e["commands"].values())
        targets["telegram_p99"] = target("Telegram end-to-end p99", worst, 20, "ms", higher=False)
    return {
        "quick": quick,
        "database": {
            "path": str(db.name), "articles": articles, "subscriptions": meta["subscriptions"],
            "categories": len(meta["categories"]), "db_bytes": meta["db_bytes"],
            "build_s": meta["build_s"], "ready_s_this_run": ready_s,
        },
        "core": results,
        "telegram_e2e": e2e,
        "targets": targets,
    }


def main() -> None:
    write_result("commands", run(quick_flag()))


if __name__ == "__main__":
    main()
