"""Broadcast: the delivery worker through FakeMessenger at a raised limit of 1,000 sends/s,
and the fan-out of one new article to 100,000 subscriptions."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.common import corpus_files, quick_flag, target, write_result
from bot.delivery.ratelimit import Limits
from bot.delivery.worker import DeliveryWorker
from bot.extraction import build_article
from bot.models import Article
from bot.parsing.sources import parse_document
from bot.settings import Settings
from storage.sqlite import SqliteStorage
from tests.fakes import FakeMessenger

RATE = 1000.0
CATEGORY = "World"


def sample_article() -> Article:
    path = corpus_files()[0]
    draft = parse_document(path.read_bytes(), origin=str(path))[0]
    return dataclasses.replace(build_article(draft), category=CATEGORY)


def copies(article: Article, n: int, tag: str) -> list[Article]:
    return [dataclasses.replace(article, identity=f"{tag}:{i}", url=None) for i in range(n)]


async def make_db(db: Path, subscribers: int, *, everything: int = 0, follows: int = 0) -> None:
    """Schema via SqliteStorage.open; chats and subscriptions in bulk with sqlite3."""
    storage = await SqliteStorage.open(db)
    await storage.add_articles([dataclasses.replace(sample_article(), identity="seed:0")],
                               broadcast=False)  # creates the category
    await storage.close()
    conn = sqlite3.connect(db, isolation_level=None)
    now = time.time()
    total = subscribers + everything + follows
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO chats(id, platform, chat_id, kind, created) VALUES (?,?,?,?,?)",
        [(i, "fake", str(100_000 + i), "private", now) for i in range(1, total + 1)])
    rows: list[tuple[int, str, str, int | None, float]] = []
    rows += [(i, "category", CATEGORY, 1, now) for i in range(1, subscribers + 1)]
    last_all = subscribers + everything
    rows += [(i, "all", "", None, now) for i in range(subscribers + 1, last_all + 1)]
    rows += [(i, "follow", f"zqx{i}", None, now) for i in range(total - follows + 1, total + 1)]
    conn.executemany(
        "INSERT INTO subscriptions(chat_ref, kind, value, category_id, created)"
        " VALUES (?,?,?,?,?)", rows)
    conn.execute("COMMIT")
    conn.close()


async def deliver(db: Path, articles: list[Article], timeout: float) -> dict[str, Any]:
    """Store and fan out `articles`, then drain the outbox through FakeMessenger at 1,000/s."""
    storage = await SqliteStorage.open(db)
    fanned = 0
    for start in range(0, len(articles), 200):
        for outcome in await storage.add_articles(articles[start:start + 200], broadcast=True):
            assert not isinstance(outcome, Exception), outcome
            fanned += outcome[2]
    messenger = FakeMessenger()
    settings = Settings(_env_file=None, db=db)  # type: ignore[call-arg]
    worker = DeliveryWorker(storage, messenger, settings, Limits(RATE, RATE, RATE))
    wall, cpu = time.perf_counter(), time.process_time()
    await worker.drain(timeout=timeout)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    status = await storage.status()
    await storage.close()
    sends = len(messenger.attempts)
    pairs = Counter(messenger.deliveries())
    times = [r.at for r in messenger.attempts]
    span = max(times) - min(times) if len(times) > 1 else float("nan")
    return {
        "articles": len(articles),
        "outbox_rows": fanned,
        "sends": sends,
        "seconds": round(wall, 3),
        "rate_per_s": round(sends / wall, 1),
        "fraction_of_limit": round(sends / wall / RATE, 4),
        "steady_fraction_first_to_last_send": round((sends - 1) / span / RATE, 4),
        "max_sends_in_any_1s_window": messenger.max_in_window(1.0),
        "duplicates": sum(n - 1 for n in pairs.values() if n > 1),
        "lost": fanned - len(pairs),
        "outbox_after": status.outbox,
        "cpu_ms_per_delivery": round(cpu / max(sends, 1) * 1000, 4),
        "cpu_note": "time.process_time of the whole process: the worker loop plus aiosqlite's"
                    " database thread",
    }


async def fill(db: Path, article: Article) -> dict[str, Any]:
    storage = await SqliteStorage.open(db)
    t0 = time.perf_counter()
    _, new, rows = await storage.add_article(article, broadcast=True)
    elapsed = time.perf_counter() - t0
    await storage.close()
    return {"outbox_rows": rows, "seconds": round(elapsed, 4), "new": new}


def show(name: str, r: dict[str, Any]) -> None:
    print(f"  ({name}) {r['sends']} sends in {r['seconds']} s: {r['rate_per_s']}/s ="
          f" {r['fraction_of_limit']:.3f} of the limit;"
          f" max in 1 s {r['max_sends_in_any_1s_window']};"
          f" duplicates {r['duplicates']}, lost {r['lost']};"
          f" {r['cpu_ms_per_delivery']} ms CPU per delivery")


def run(quick: bool) -> dict[str, Any]:
    article = sample_article()
    results: dict[str, Any] = {"quick": quick, "limit_per_s": RATE}
    fanout_n = 20_000 if quick else 100_000
    a_subs, b_articles = (2_000, 200) if quick else (10_000, 1_000)
    print(f"[broadcast] limit {RATE:g}/s overall, per chat and per group")
    with tempfile.TemporaryDirectory(prefix="newsbot-bench-") as tmp:
        db_a, db_b = Path(tmp) / "a.db", Path(tmp) / "b.db"
        asyncio.run(make_db(db_a, a_subs))
        results["a_one_article"] = asyncio.run(deliver(db_a, copies(article, 1, "a"), 600))
        results["a_one_article"]["subscribers"] = a_subs
        show(f"a: 1 article to {a_subs} subscribers", results["a_one_article"])
        asyncio.run(make_db(db_b, 100))
        results["b_many_articles"] = asyncio.run(
            deliver(db_b, copies(article, b_articles, "b"), 900))
        results["b_many_articles"]["subscribers"] = 100
        show(f"b: {b_articles} articles to 100 subscribers", results["b_many_articles"])
        for name, follows in (("c_fanout", 0), ("c_fanout_with_2000_follows", 2_000)):
            db = Path(tmp) / f"{name}.db"
            asyncio.run(make_db(db, fanout_n - fanout_n // 20 - follows,
                                everything=fanout_n // 20, follows=follows))
            results[name] = asyncio.run(fill(db, dataclasses.replace(article, identity=name)))
            results[name]["subscriptions"] = fanout_n
            results[name]["distinct_follow_phrases"] = follows
            print(f"  ({name}) {results[name]['outbox_rows']} outbox rows in"
                  f" {results[name]['seconds']} s ({follows} follow phrases)")
    a, b = results["a_one_article"], results["b_many_articles"]
    results["targets"] = {
        "a_fraction": target("(a) rate / limit", a["fraction_of_limit"], 0.95, "", higher=True),
        "b_fraction": target("(b) rate / limit", b["fraction_of_limit"], 0.95, "", higher=True),
        "max_window": target("most sends in 1 s", max(a["max_sends_in_any_1s_window"],
                             b["max_sends_in_any_1s_window"]), RATE, "sends", higher=False),
        "duplicates": target("duplicates", a["duplicates"] + b["duplicates"], 0, "", higher=False),
        "lost": target("lost", a["lost"] + b["lost"], 0, "", higher=False),
        "fanout_s": target(f"fill outbox for {fanout_n:,}", results["c_fanout"]["seconds"], 2,
                           "s", higher=False),
    }
    return results


def main() -> None:
    write_result("broadcast", run(quick_flag()))


if __name__ == "__main__":
    main()
