"""PostgreSQL against SQLite: follow matching at 100,000 follows, and latest/quote/search p99.

Follows: a fresh database on each engine with 100,000 follows (made-up place names and
vocabulary words, one or two words each), then articles stored with broadcast, timed per
article. Queries: the synthetic database of `benchmarks.scaledb` is copied row for row into
PostgreSQL (the same articles, quotes and categories), and the command workloads of
`benchmarks.commands` run against both.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path
from typing import Any

import asyncpg

from benchmarks.commands import measure, workloads
from benchmarks.scaledb import Text
from bot.follows import fold, key_word
from bot.models import Article, Chat, ChatKind, Quote, SubscriptionKind
from bot.ports import Storage
from bot.services import NewsService
from storage.postgres import PostgresStorage
from storage.search import fill_follow_keys
from storage.sqlite import SqliteStorage

FOLLOWS = 100_000
MATCHED_ARTICLES = 40


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
    """Storing an article with 100,000 follows against storing it with none, per engine."""
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
            timed = await time_matching(full, text)
            alone = await time_matching(bare, text)
            timed["store_alone_ms"] = alone["ms_per_article_median"]
            timed["matching_ms"] = round(
                timed["ms_per_article_median"] - alone["ms_per_article_median"], 2)
            result[engine] = timed
    finally:
        for store in (sqlite, postgres, bare_sqlite, bare_postgres):
            await store.close()
    for engine in ("sqlite", "postgres"):
        r = result[engine]
        print(f"  follow matching on {engine}: {r['matching_ms']} ms per article"
              f" ({r['ms_per_article_median']} ms to store with 100k follows, {r['store_alone_ms']}"
              f" ms with none; {r['deliveries_queued']} deliveries queued)")
    return result


async def copy_into_postgres(db: Path, url: str) -> float:
    """Copy the synthetic SQLite database's articles into PostgreSQL; returns seconds."""
    t0 = time.perf_counter()
    await (await PostgresStorage.open(url)).close()
    lite = sqlite3.connect(db)
    conn = await asyncpg.connect(url)
    try:
        cats = lite.execute("SELECT id, name, articles FROM categories").fetchall()
        await conn.copy_records_to_table(
            "categories", records=cats, columns=["id", "name", "articles"]
        )
        quotes: dict[int, list[str]] = {}
        rows = lite.execute(
            "SELECT article_id, category_id, rank, text, speaker, speaker_key,"
            " speaker_last FROM quotes"
        ).fetchall()
        for row in rows:
            quotes.setdefault(row[0], []).append(row[3])
        articles = [
            (*row[:10], fold("\n".join([row[3], row[5], *quotes.get(row[0], [])])))
            for row in lite.execute(
                "SELECT id, identity, category_id, headline, summary, body, related, url,"
                " source, published, created FROM articles"
            )
        ]
        await conn.execute(
            "CREATE TEMP TABLE loading (id BIGINT, identity TEXT, category_id"
            " BIGINT, headline TEXT, summary TEXT, body TEXT, related TEXT,"
            " url TEXT, source TEXT, published FLOAT8, words TEXT)"
        )
        await conn.copy_records_to_table("loading", records=articles)
        await conn.execute(
            "INSERT INTO articles(id, identity, category_id, headline, summary, body, related,"
            " url, source, published, created, words) SELECT id, identity, category_id,"
            " headline, summary, body, related, url, source, published, 0,"
            " to_tsvector('simple', words) FROM loading"
        )
        await conn.copy_records_to_table(
            "quotes",
            records=rows,
            columns=[
                "article_id",
                "category_id",
                "rank",
                "text",
                "speaker",
                "speaker_key",
                "speaker_last",
            ],
        )
        await conn.execute("SELECT setval('articles_id_seq', (SELECT max(id) FROM articles))")
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()
        lite.close()
    return round(time.perf_counter() - t0, 1)


async def queries(db: Path, meta: dict[str, Any], url: str, calls: int) -> dict[str, Any]:
    """p99 of each read workload on both engines over the same articles."""
    result: dict[str, Any] = {"copy_s": await copy_into_postgres(db, url)}
    for engine in ("sqlite", "postgres"):
        store: Storage = await (
            SqliteStorage.open(db) if engine == "sqlite" else PostgresStorage.open(url)
        )
        try:
            service = NewsService(store)
            found = {}
            for name, call in workloads(service, meta).items():
                if name != "subscribe":
                    found[name] = (await measure(call, calls))["p99_ms"]
            result[engine] = found
        finally:
            await store.close()
    for name in result["sqlite"]:
        print(
            f"  {name:24s} p99 sqlite {result['sqlite'][name]:8.3f} ms"
            f"   postgres {result['postgres'][name]:8.3f} ms"
        )
    return result
