"""A large database of synthetic articles in the real schema, cached under benchmarks/results.

The schema is created by SqliteStorage.open (so it is always the current migration); rows go in
with plain sqlite3 executemany: articles, quotes, categories with counts, articles_fts rows,
chats and subscriptions. Text is made of words taken at run time from the corpus vocabulary
(nothing from the corpus is committed): Zipf-like common words, plus one of 200,000 made-up
place names per article, so rare words exist (about five articles each at a million).
A sidecar JSON next to the database records the build; `ensure` rebuilds when it does not match.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import random
import re
import sqlite3
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.common import RESULTS, corpus_files
from bot.models import KeyQuote
from storage.posts import dump_key_quotes
from storage.schema import SCHEMA_VERSION
from storage.search import fill_follow_keys
from storage.sqlite import SqliteStorage

GENERATOR = 4
CATEGORIES = 50
SUBSCRIPTIONS = 100_000
SENTENCE_POOL = 30_000
PLACES = 200_000
SPEAKERS = 4_000
CHUNK = 20_000
_WORD = re.compile(r"[A-Za-z]{3,}")
_SYLLABLES = (
    "ka", "lo", "mer", "va", "tin", "dor", "sel", "bru", "an", "qui", "zel", "pra", "ost", "vik",
    "ga", "rum", "pel", "sha", "nor", "bel", "ti", "hu", "dra", "fen",
)


def paths(articles: int) -> tuple[Path, Path]:
    name = "scale" if articles >= 1_000_000 else f"scale-{articles}"
    return RESULTS / f"{name}.db", RESULTS / f"{name}.json"


def _vocabulary() -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for path in corpus_files():
        counts.update(w.lower() for w in _WORD.findall(path.read_text(errors="replace")))
    return counts.most_common(20_000)


def _place(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()


class Text:
    """Sentences, headlines, speakers and place names from a seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        vocab = _vocabulary()
        words = [w for w, _ in vocab]
        cum = list(itertools.accumulate(1.0 / (rank + 10) for rank in range(len(words))))  # Zipf
        self.rng = rng
        self.common = [w for w, _ in vocab[:400] if len(w) > 4][:5]
        self.sentences = [
            " ".join(rng.choices(words, cum_weights=cum, k=rng.randint(9, 22))).capitalize() + "."
            for _ in range(SENTENCE_POOL)
        ]
        self.places = list(dict.fromkeys(_place(rng) for _ in range(PLACES * 2)))[:PLACES]
        first = [w.capitalize() for w in words[200:1200]]
        last = [w.capitalize() + rng.choice(("son", "ez", "ova", "er", "i")) for w in words[:800]]
        self.speakers = [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(SPEAKERS)]
        self.categories = [f"{w.capitalize()} News" for w in words[100:100 + CATEGORIES]]

    def article(self, i: int) -> tuple[str, str, str, list[tuple[str, str]]]:
        rng = self.rng
        place = self.places[i % len(self.places)]
        pick = rng.choices(self.sentences, k=rng.randint(4, 7))
        headline = f"{place} {pick[0][:-1].lower()[: rng.randint(40, 80)].rsplit(' ', 1)[0]}"
        body = f"{place.upper()} — {pick[0]} {pick[1]}\n\n{' '.join(pick[2:])}"
        quotes = [
            (rng.choice(self.sentences), rng.choice(self.speakers))
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3)))
        ]
        return headline, " ".join(pick[:2]), body, quotes


def _valid(db: Path, meta_path: Path, articles: int) -> dict[str, Any] | None:
    if not (db.exists() and meta_path.exists()):
        return None
    try:
        meta = json.loads(meta_path.read_text())
        conn = sqlite3.connect(db)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        top = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
        subs = conn.execute("SELECT count(*) FROM subscriptions").fetchone()[0]
        conn.close()
    except (OSError, ValueError, sqlite3.Error):
        return None
    wanted = {"generator": GENERATOR, "articles": articles, "schema_version": SCHEMA_VERSION}
    if any(meta.get(k) != v for k, v in wanted.items()) or version != SCHEMA_VERSION:
        return None
    if top != articles or subs < SUBSCRIPTIONS:
        return None
    return dict(meta)


def restore(db: Path, meta: dict[str, Any]) -> None:
    """Undo what a benchmark added (chats, subscriptions, outbox rows) after the build."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    conn.execute("DELETE FROM outbox")
    conn.execute("DELETE FROM subscriptions WHERE id > ?", (meta["max_subscription"],))
    conn.execute("DELETE FROM chats WHERE id > ?", (meta["max_chat"],))
    conn.execute("UPDATE chats SET paused = 0")
    conn.execute("UPDATE subscriptions SET active = 1, reason = NULL")
    conn.execute("DROP TABLE IF EXISTS sqlite_stat1")  # planner statistics the bot never makes
    conn.execute("DROP TABLE IF EXISTS sqlite_stat4")
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def ensure(articles: int) -> tuple[Path, dict[str, Any]]:
    """The cached database of `articles` articles, built first if missing or stale."""
    db, meta_path = paths(articles)
    meta = _valid(db, meta_path, articles)
    if meta is not None:
        restore(db, meta)
        print(f"  reusing {db.name} ({articles:,} articles, built in {meta['build_s']} s)")
        return db, meta
    print(f"  building {db.name}: {articles:,} articles, {SUBSCRIPTIONS:,} subscriptions ...")
    meta = build(db, articles)
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    return db, meta


def build(db: Path, articles: int) -> dict[str, Any]:
    started = time.perf_counter()
    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        stale.unlink(missing_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)

    async def schema() -> None:
        await (await SqliteStorage.open(db)).close()

    asyncio.run(schema())
    rng = random.Random(20240611)
    text = Text(rng)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO categories(id, name) VALUES (?, ?)",
                     list(enumerate(text.categories, 1)))
    now = time.time()
    for start in range(1, articles + 1, CHUNK):
        _insert_chunk(conn, text, start, min(start + CHUNK, articles + 1), now)
        print(f"\r  ... {min(start + CHUNK - 1, articles):,} articles", end="", flush=True)
    print()
    conn.execute(
        "UPDATE categories SET articles ="
        " (SELECT count(*) FROM articles a WHERE a.category_id = categories.id)"
    )
    max_chat, max_sub = _subscriptions(conn, text, now)
    conn.execute("COMMIT")
    fill_follow_keys(conn)  # as a migration files older follows
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
    conn.execute("PRAGMA journal_mode = WAL")  # no ANALYZE: the bot never runs it either
    conn.close()
    elapsed = round(time.perf_counter() - started, 1)
    print(f"  built in {elapsed} s, {db.stat().st_size / 2**20:.0f} MB")
    return {
        "generator": GENERATOR,
        "articles": articles,
        "schema_version": SCHEMA_VERSION,
        "subscriptions": SUBSCRIPTIONS,
        "max_chat": max_chat,
        "max_subscription": max_sub,
        "categories": text.categories,
        "common_words": text.common,
        "rare_words": [text.places[i].lower() for i in (7, 1234, 99_999)],
        "speakers": text.speakers[:50],
        "build_s": elapsed,
        "db_bytes": db.stat().st_size,
    }


def _insert_chunk(conn: sqlite3.Connection, text: Text, lo: int, hi: int, now: float) -> None:
    rng = text.rng
    rows, bodies, quotes, fts = [], [], [], []
    for i in range(lo, hi):
        headline, summary, body, said = text.article(i)
        cat = 1 + int(rng.paretovariate(1.2) * 3) % CATEGORIES  # a few big categories
        shown = tuple(KeyQuote(q, s) for q, s in said[:3])  # as ingest stores a post's quotes
        rows.append((i, f"bench:{i}", cat, headline, summary, f"https://news.example/{i}",
                     "news.example", now - (hi - i) * 30, now, dump_key_quotes(shown)))
        bodies.append((i, body))
        for rank, (quote, speaker) in enumerate(said):
            key = speaker.lower()
            quotes.append((i, cat, rank, quote, speaker, key, key.rsplit(" ", 1)[-1]))
        fts.append((i, headline, body, "\n".join(q for q, _ in said)))
    conn.executemany(
        "INSERT INTO articles(id, identity, category_id, headline, summary, url, source,"
        " published, created, key_quotes) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany("INSERT INTO bodies(article_id, body) VALUES (?,?)", bodies)
    conn.executemany(
        "INSERT INTO quotes(article_id, category_id, rank, text, speaker, speaker_key,"
        " speaker_last) VALUES (?,?,?,?,?,?,?)", quotes)
    conn.executemany(
        "INSERT INTO articles_fts(rowid, headline, body, quotes) VALUES (?,?,?,?)", fts)


def _subscriptions(conn: sqlite3.Connection, text: Text, now: float) -> tuple[int, int]:
    """100,000 subscriptions: mostly categories, some `all`, some follows; 1-3 per chat."""
    rng = text.rng
    chats, subs, chat_id, made = [], [], 0, 0
    while made < SUBSCRIPTIONS:
        chat_id += 1
        platform = "telegram" if chat_id % 3 else "discord"
        kind = "private" if chat_id % 10 else "group"
        chats.append((chat_id, platform, str(10_000_000 + chat_id), kind, now))
        picked = set()
        for _ in range(min(rng.randint(1, 3), SUBSCRIPTIONS - made)):
            roll = rng.random()
            key: tuple[str, str, int | None]
            if roll < 0.05:
                key = ("all", "", None)
            elif roll < 0.08:
                key = ("follow", text.places[rng.randrange(len(text.places))].lower(), None)
            else:
                cat = rng.randrange(CATEGORIES)
                key = ("category", text.categories[cat], cat + 1)
            if key[:2] in picked:
                continue
            picked.add(key[:2])
            subs.append((chat_id, key[0], key[1], key[2], now))
            made += 1
    conn.executemany(
        "INSERT INTO chats(id, platform, chat_id, kind, created) VALUES (?,?,?,?,?)", chats)
    conn.executemany(
        "INSERT INTO subscriptions(chat_ref, kind, value, category_id, created)"
        " VALUES (?,?,?,?,?)", subs)
    max_sub = conn.execute("SELECT max(id) FROM subscriptions").fetchone()[0]
    return chat_id, int(max_sub)
