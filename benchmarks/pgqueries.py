"""PostgreSQL against SQLite: follow matching at 100,000 follows, and latest/quote/search p99.

Follows: a fresh database on each engine with 100,000 follows (made-up place names and
vocabulary words, one or two words each), then articles stored with broadcast, timed per
article. Queries: the command workloads of `benchmarks.commands` run against the synthetic database
of `benchmarks.scaledb` and its row-for-row copy in PostgreSQL (`benchmarks.pgcache`).
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

import asyncpg

from benchmarks.commands import measure, workloads
from benchmarks.scaledb import Text
from bot.follows import key_word
from bot.models import Article, Chat, ChatKind, Quote, SubscriptionKind
from bot.ports import Storage
from bot.services import NewsService
from storage.postgres import PostgresStorage
from storage.search import fill_follow_keys
from storage.sqlite import SqliteStorage

FOLLOWS = 100_000
MATCHED_ARTICLES = 40
MATCHING_RUNS = 3
ENGINES = ("sqlite", "postgres")


def follow_phrases(text: Text, count: int) -> list[str]:
    rng = random.Random(11)
    words = sorted({w.lower() for s in text.sentences for w in s.split() if w.isalpha()})
    phrases: set[str] = set()
    while len(phrases) < count:
        roll = rng.random()
        if roll < 0.5:
            phrases.add(text.places[rng.randrange(len(text.places))].lower())
        elif roll < 0.8:
            phrases.add(rng.choice(words))
        else:
            phrases.add(f"{rng.choice(words)} {rng.choice(words)}")
    return sorted(phrases)


def bench_article(text: Text, i: int) -> Article:
    headline, summary, body, said = text.article(1_000_000 + i)
    return Article(
        identity=f"follow-bench:{i}:{time.time()}",
        category="Bench",
        headline=headline,
        summary=summary,
        paragraphs=(body,),
        quotes=tuple(Quote(q, s) for q, s in said),
    )


def fill_sqlite_follows(db: Path, phrases: list[str]) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany(
            "INSERT INTO chats(id, platform, chat_id, kind, created) VALUES (?, 'bench', ?,"
            " 'private', 0)",
            [(n + 1, str(n)) for n in range(len(phrases))],
        )
        conn.executemany(
            "INSERT INTO subscriptions(chat_ref, kind, value, created) VALUES (?, 'follow', ?, 0)",
            [(n + 1, p) for n, p in enumerate(phrases)],
        )
    fill_follow_keys(conn)  # as a migration files older follows: under their stems and terms
    conn.close()


async def fill_postgres_follows(url: str, phrases: list[str]) -> None:
    conn = await asyncpg.connect(url)
    try:
        await conn.copy_records_to_table(
            "chats",
            records=[(n + 1, "bench", str(n), "private", 0.0) for n in range(len(phrases))],
            columns=["id", "platform", "chat_id", "kind", "created"],
        )
        await conn.copy_records_to_table(
            "subscriptions",
            records=[(n + 1, "follow", p, 0.0, key_word(p)) for n, p in enumerate(phrases)],
            columns=["chat_ref", "kind", "value", "created", "follow_key"],
        )
        await conn.execute("SELECT setval('chats_id_seq', $1)", len(phrases) + 1)
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


async def time_matching(store: Storage, text: Text) -> dict[str, float]:
    """Milliseconds to store (and match against every follow) one article, with fan-out."""
    times, fanned = [], 0
    for i in range(MATCHED_ARTICLES):
        article = bench_article(text, i)
        t0 = time.perf_counter()
        fanned += (await store.add_article(article)).fanned_out
        times.append(time.perf_counter() - t0)
    times.sort()
    return {
        "ms_per_article_median": round(1000 * times[len(times) // 2], 2),
        "ms_per_article_mean": round(1000 * sum(times) / len(times), 2),
        "deliveries_queued": fanned,
    }


async def follows(folder: Path, pg_url: str, bare_url: str, text: Text) -> dict[str, Any]:
    """Storing an article with 100,000 follows against storing it with none, per engine
    (the median of a few runs)."""
    phrases = follow_phrases(text, FOLLOWS)
    db = folder / "follows.db"
    await (await SqliteStorage.open(db)).close()
    fill_sqlite_follows(db, phrases)
    t0 = time.perf_counter()
    sqlite = await SqliteStorage.open(db)
    print(f"  filed {FOLLOWS:,} follows under their stems in {time.perf_counter() - t0:.1f} s")
    postgres = await PostgresStorage.open(pg_url)
    await fill_postgres_follows(pg_url, phrases)
    bare_sqlite = await SqliteStorage.open(folder / "bare.db")
    bare_postgres = await PostgresStorage.open(bare_url)
    result: dict[str, Any] = {"follows": FOLLOWS}
    try:
        for engine, full, bare in (
            ("sqlite", sqlite, bare_sqlite),
            ("postgres", postgres, bare_postgres),
        ):
            await bare.add_subscription(Chat("bench", "all"), SubscriptionKind.ALL, "",
                                        ChatKind.PRIVATE)
            runs = []
            for _ in range(MATCHING_RUNS):  # alternating, so both see the same load
                timed = await time_matching(full, text)
                alone = await time_matching(bare, text)
                timed["store_alone_ms"] = alone["ms_per_article_median"]
                timed["matching_ms"] = round(
                    timed["ms_per_article_median"] - alone["ms_per_article_median"], 2)
                runs.append(timed)
            result[engine] = {
                **sorted(runs, key=lambda r: r["matching_ms"])[len(runs) // 2],
                "matching_ms_runs": [r["matching_ms"] for r in runs],
            }
    finally:
        for store in (sqlite, postgres, bare_sqlite, bare_postgres):
            await store.close()
    for engine in ("sqlite", "postgres"):
        r = result[engine]
        print(f"  follow matching on {engine}: {r['matching_ms']} ms per article, median of"
              f" {r['matching_ms_runs']}"
              f" ({r['ms_per_article_median']} ms to store with 100k follows, {r['store_alone_ms']}"
              f" ms with none; {r['deliveries_queued']} deliveries queued)")
    return result


async def queries(
    db: Path, meta: dict[str, Any], url: str, calls: int, rounds: int
) -> dict[str, Any]:
    """p99 of each read workload on both engines over the same articles (`url`: the copy of
    `db` made by `benchmarks.pgcache`), in rounds that alternate the engines, so that each
    ratio compares figures taken minutes apart at most on this shared machine."""
    runs = []
    for n in range(rounds):
        found = {engine: await _latencies(engine, db, url, meta, calls) for engine in ENGINES}
        runs.append(found)
        for name, lite in found["sqlite"].items():
            pg = found["postgres"][name]
            print(
                f"  round {n + 1} {name:24s} p50/p99 sqlite {lite['p50_ms']:6.3f} /"
                f" {lite['p99_ms']:6.3f} ms   postgres {pg['p50_ms']:6.3f} / {pg['p99_ms']:6.3f} ms"
            )
    return {
        "rounds": runs,
        **{f"median_{q}_ratio": _median_ratios(runs, f"{q}_ms") for q in ("p99", "p50")},
    }


def _median_ratios(runs: list[dict[str, Any]], stat: str) -> dict[str, float]:
    """Per workload, the median over rounds of PostgreSQL's figure over SQLite's."""
    return {
        name: round(
            statistics.median(
                r["postgres"][name][stat] / max(r["sqlite"][name][stat], 1e-3) for r in runs
            ),
            2,
        )
        for name in runs[0]["sqlite"]
    }


async def _latencies(
    engine: str, db: Path, url: str, meta: dict[str, Any], calls: int
) -> dict[str, dict[str, float]]:
    store: Storage = await (
        SqliteStorage.open(db) if engine == "sqlite" else PostgresStorage.open(url)
    )
    try:
        service = NewsService(store)
        found = {}
        for name, call in workloads(service, meta).items():
            if name != "subscribe":
                stats = await measure(call, calls)
                found[name] = {"p50_ms": stats["p50_ms"], "p99_ms": stats["p99_ms"]}
        return found
    finally:
        await store.close()
