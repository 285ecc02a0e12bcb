"""Scale-out on PostgreSQL: 1, 2 and 4 delivery processes against the fake Bot API.

Each run: a fresh schema, 200 chats subscribed to everything, N `newsbot run --role delivery`
processes at a raised overall limit, then, once all of them are up, articles stored with
broadcast. Reports
the fraction of the limit achieved (from first to last send, and in the whole seconds
between them, i.e. without the start-up and the last partial second), the worst one-second
window, duplicates and losses; then follow matching at 100,000 follows and the read
workloads' p99 on both engines at 1,000,000 articles (`benchmarks.pgqueries`; the PostgreSQL
copy of the synthetic database is kept under benchmarks/results by `benchmarks.pgcache`).

`--rate` runs only the delivery processes (results in `scaleout_rate.json`), for a quick look
at pacing without building the query database.
"""

from __future__ import annotations

import asyncio
import gc
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import quick_flag, target, write_result
from benchmarks.pgcache import cached_server, ensure_copy
from benchmarks.pgqueries import follows, queries
from benchmarks.scaledb import Text, ensure, restore
from bot.models import Chat, ChatKind, SubscriptionKind
from storage.postgres import PostgresStorage
from tests.conftest import make_article
from tests.postgres import fresh_schema, postgres_server
from tests.scaleout.cluster import Cluster, Tally, headline, worst_window
from tests.telegram.fake_api import FakeTelegram

RATE = 200
CHATS = [7_000 + n for n in range(200)]
QUERY_ARTICLES = 1_000_000


async def subscribe(url: str) -> None:
    store = await PostgresStorage.open(url)
    try:
        for chat in CHATS:
            await store.add_subscription(
                Chat("telegram", str(chat)), SubscriptionKind.ALL, "", ChatKind.PRIVATE
            )
    finally:
        await store.close()


async def broadcast_when_up(url: str, workers: int, articles: int) -> None:
    """Store the articles once every worker is up, so start-up is not counted as pacing."""
    store = await PostgresStorage.open(url)
    try:
        deadline = time.monotonic() + 60
        while len((await store.status()).workers) < workers and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        await asyncio.sleep(1.0)  # registered comes a moment before the worker runs
        for n in range(articles):
            await store.add_article(make_article(headline(n)))
    finally:
        await store.close()


async def one_run(server: str, workers: int, articles: int, folder: Path) -> dict[str, Any]:
    fake = await FakeTelegram().start()
    for chat in CHATS:
        fake.private(chat)
    url = await fresh_schema(server)
    await subscribe(url)
    cluster = Cluster(
        url,
        fake,
        folder,
        extra={
            "NEWSBOT_TELEGRAM_RATE": str(RATE),
            "NEWSBOT_TELEGRAM_CHAT_RATE": "10",
        },
    )
    total = len(CHATS) * articles
    gc.disable()
    try:
        for _ in range(workers):
            cluster.start("delivery")
        await broadcast_when_up(url, workers, articles)
        deadline = time.monotonic() + total / RATE * 3 + 30
        while len(fake.messages) < total and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        await asyncio.sleep(1.0)  # anything sent twice arrives now
    finally:
        gc.enable()
        await cluster.stop()
        await fake.close()
    tally = Tally.of(fake, articles)
    times = sorted(tally.all_times)
    span = times[-1] - times[0] if len(times) > 1 else 0.0
    result = {
        "workers": workers,
        "sends": len(times),
        "achieved_fraction": round((len(times) - 1) / span / RATE, 3) if span else 0.0,
        "steady_fraction": steady(times),
        "worst_second": worst_window(times),
        "limit": RATE,
        "duplicates": sum(tally.duplicates().values()),
        "lost": tally.missing(CHATS, articles),
        "per_second": per_second(times),
    }
    print(f"  {workers} delivery processes: {result}")
    return result


def steady(times: list[float]) -> float:
    """The fraction of the limit sent in the whole seconds between the first and the last."""
    inner = per_second(times)[1:-1]
    return round(sum(inner) / len(inner) / RATE, 3) if inner else 0.0


def per_second(times: list[float]) -> list[int]:
    """Sends in each whole second from the first one (the shape of a run)."""
    counts = [0] * (int(times[-1] - times[0]) + 1) if times else []
    for at in times:
        counts[int(at - times[0])] += 1
    return counts


def rate_targets(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The pacing targets: near the limit with any number of workers, never over, none lost."""
    return {
        "rate_fraction": target(
            "worst steady fraction of the limit",
            min(r["steady_fraction"] for r in runs),
            0.95,
            "",
            higher=True,
        ),
        "worst_second": target(
            "worst 1 s window over the limit",
            max(r["worst_second"] - RATE for r in runs),
            0,
            "sends",
            higher=False,
        ),
        "lost": target("deliveries lost", sum(r["lost"] for r in runs), 0, "", higher=False),
        "duplicates": target(
            "deliveries sent twice", sum(r["duplicates"] for r in runs), 0, "", higher=False
        ),
    }


async def run_rate(quick: bool) -> dict[str, Any]:
    """Only the delivery processes: 1, 2 and 4 of them against the fake."""
    with postgres_server() as (server, how), tempfile.TemporaryDirectory() as tmp:
        if server is None:
            raise SystemExit(f"no PostgreSQL server: {how}")
        print(f"[scaleout] PostgreSQL from {how}; limit {RATE}/s, {len(CHATS)} chats")
        runs = [await one_run(server, n, 5 if quick else 15, Path(tmp)) for n in (1, 2, 4)]
    return {"quick": quick, "runs": runs, "targets": rate_targets(runs)}


async def run(quick: bool, db: Path, meta: dict[str, Any]) -> dict[str, Any]:
    articles = 5 if quick else 15
    size = meta["articles"]
    with postgres_server() as (server, how), tempfile.TemporaryDirectory() as tmp:
        if server is None:
            raise SystemExit(f"no PostgreSQL server: {how}")
        print(f"[scaleout] PostgreSQL from {how}; limit {RATE}/s, {len(CHATS)} chats")
        runs = [await one_run(server, n, articles, Path(tmp)) for n in (1, 2, 4)]
        text = Text(random.Random(5))
        matching = await follows(
            Path(tmp), await fresh_schema(server), await fresh_schema(server), text
        )
    with cached_server(size) as kept:
        url, copy_s = await ensure_copy(kept, db, meta)
        reads = await queries(db, meta, url, 200 if quick else 1000, 1 if quick else 3)
    reads["copy_s"] = copy_s
    worst_p99 = {
        kind: max(v for k, v in reads["median_p99_ratio"].items() if k.startswith(kind))
        for kind in ("latest", "quote", "search")
    }
    targets = {
        **rate_targets(runs),
        "follows_sqlite": target(
            "follow matching, SQLite, 100k follows",
            matching["sqlite"]["matching_ms"],
            20,
            "ms",
            higher=False,
        ),
        "follows_postgres": target(
            "follow matching, PostgreSQL, 100k follows",
            matching["postgres"]["matching_ms"],
            20,
            "ms",
            higher=False,
        ),
        **{
            f"{kind}_p99_ratio": target(
                f"{kind} p99 PostgreSQL / SQLite at {size:,} (median of rounds)",
                ratio,
                3,
                "x",
                higher=False,
            )
            for kind, ratio in worst_p99.items()
        },
    }
    return {
        "quick": quick,
        "runs": runs,
        "follows": matching,
        "queries": reads,
        "query_articles": size,
        "targets": targets,
    }


def main() -> None:
    quick = quick_flag()
    if "--rate" in sys.argv[1:]:
        write_result("scaleout_rate", asyncio.run(run_rate(quick)))
        return
    db, meta = ensure(10_000 if quick else QUERY_ARTICLES)
    try:
        write_result("scaleout", asyncio.run(run(quick, db, meta)))
    finally:
        restore(db, meta)


if __name__ == "__main__":
    main()
