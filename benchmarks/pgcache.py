"""The synthetic database of `benchmarks.scaledb`, copied row for row into PostgreSQL and kept.

A pgserver data folder under benchmarks/results/ (git-ignored) holds the copy between runs,
with a sidecar JSON naming the SQLite build it came from and the PostgreSQL schema version;
when either differs, the copy is made again. Rows go in with COPY in chunks, and the indexes
(the search index above all) are built once the rows are in, from their own definitions.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import asyncpg

from benchmarks.common import RESULTS
from bot.follows import fold
from storage.postgres import PostgresStorage
from storage.postgres.schema import SCHEMA_VERSION
from tests.postgres import with_schema

SCHEMA = "scale"
CHUNK = 50_000
TABLES = ("articles", "bodies", "quotes")
SOURCE_KEYS = ("generator", "articles", "schema_version", "build_s")


@contextlib.contextmanager
def cached_server(articles: int) -> Iterator[str]:
    """A PostgreSQL server on a data folder kept under benchmarks/results; yields its URL."""
    import pgserver  # type: ignore[import-untyped]

    server = pgserver.get_server(RESULTS / f"postgres-{articles}", cleanup_mode="stop")
    try:
        yield str(server.get_uri())
    finally:
        server.cleanup()


async def ensure_copy(server: str, db: Path, meta: dict[str, Any]) -> tuple[str, float | None]:
    """A URL of the copy of `db` on `server`, copied first if missing or stale; returns it
    with the seconds the copy took (None when the kept copy was used)."""
    sidecar = RESULTS / f"postgres-{meta['articles']}.json"
    wanted = {**{k: meta[k] for k in SOURCE_KEYS}, "postgres_schema": SCHEMA_VERSION}
    url = with_schema(server, SCHEMA)
    if sidecar.exists() and json.loads(sidecar.read_text()) == wanted:
        print(f"  reusing the PostgreSQL copy of {db.name}")
        return url, None
    sidecar.unlink(missing_ok=True)
    conn = await asyncpg.connect(server)
    try:
        await conn.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE; CREATE SCHEMA {SCHEMA}")
    finally:
        await conn.close()
    started = time.perf_counter()
    await (await PostgresStorage.open(url)).close()
    await copy_rows(db, url)
    seconds = round(time.perf_counter() - started, 1)
    print(f"  copied {db.name} into PostgreSQL in {seconds} s")
    sidecar.write_text(json.dumps(wanted, indent=2) + "\n")
    return url, seconds


async def copy_rows(db: Path, url: str) -> None:
    """Categories, articles with their search words, bodies and quotes; indexes built after."""
    lite = sqlite3.connect(db)
    conn = await asyncpg.connect(url)
    try:
        await conn.execute("SET maintenance_work_mem = '512MB'")
        indexes = await _drop_indexes(conn)
        await conn.copy_records_to_table(
            "categories",
            records=lite.execute("SELECT id, name, articles FROM categories").fetchall(),
            columns=["id", "name", "articles"],
        )
        await conn.execute(
            "CREATE TEMP TABLE loading (id BIGINT, identity TEXT, category_id BIGINT,"
            " headline TEXT, summary TEXT, related TEXT, url TEXT, source TEXT,"
            " published FLOAT8, created FLOAT8, key_quotes TEXT, words TEXT)"
        )
        top = lite.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
        for low in range(0, top, CHUNK):
            await _copy_chunk(lite, conn, low, low + CHUNK)
            print(f"\r  ... {min(low + CHUNK, top):,} articles", end="", flush=True)
        print()
        for statement in indexes:
            await conn.execute(statement)
        for table in ("categories", "articles", "quotes"):
            await conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" (SELECT max(id) FROM {table}))"
            )
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()
        lite.close()


async def _drop_indexes(conn: asyncpg.Connection) -> list[str]:
    """Drop the secondary indexes of the big tables; returns the statements that rebuild them."""
    rows = await conn.fetch(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i"
        " WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])"
        " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
        list(TABLES),
    )
    for name, _ in rows:
        await conn.execute(f"DROP INDEX {name}")
    return [definition for _, definition in rows]


async def _copy_chunk(lite: sqlite3.Connection, conn: asyncpg.Connection, lo: int, hi: int) -> None:
    """Articles with ids in (lo, hi], with what the search index holds, as ingest stores it."""
    quotes = lite.execute(
        "SELECT article_id, category_id, rank, text, speaker, speaker_key, speaker_last"
        " FROM quotes WHERE article_id > ? AND article_id <= ? ORDER BY article_id, rank",
        (lo, hi),
    ).fetchall()
    said: dict[int, list[str]] = {}
    for row in quotes:
        said.setdefault(row[0], []).append(row[3])
    rows = lite.execute(
        "SELECT a.id, a.identity, a.category_id, a.headline, a.summary, a.related, a.url,"
        " a.source, a.published, a.created, a.key_quotes, b.body FROM articles a"
        " JOIN bodies b ON b.article_id = a.id WHERE a.id > ? AND a.id <= ?",
        (lo, hi),
    ).fetchall()
    await conn.copy_records_to_table(
        "loading",
        records=[
            (*row[:11], fold("\n".join([row[3], row[11], *said.get(row[0], [])]))) for row in rows
        ],
    )
    await conn.execute(
        "INSERT INTO articles(id, identity, category_id, headline, summary, related, url,"
        " source, published, created, key_quotes, words) SELECT id, identity, category_id,"
        " headline, summary, related, url, source, published, created, key_quotes,"
        " to_tsvector('simple', words) FROM loading"
    )
    await conn.execute("TRUNCATE loading")
    await conn.copy_records_to_table(
        "bodies", records=[(row[0], row[11]) for row in rows], columns=["article_id", "body"]
    )
    await conn.copy_records_to_table(
        "quotes",
        records=quotes,
        columns=["article_id", "category_id", "rank", "text", "speaker", "speaker_key",
                 "speaker_last"],
    )
