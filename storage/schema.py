"""Versioned migrations, tracked with PRAGMA user_version; each runs in one transaction."""

from __future__ import annotations

import sqlite3

from storage.search import follow_key

MIGRATIONS: tuple[str, ...] = (
    # 1: articles, quotes, categories, search index, chats, subscriptions, outbox, feeds
    """
    CREATE TABLE categories (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        articles INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        identity TEXT NOT NULL UNIQUE,
        category_id INTEGER NOT NULL REFERENCES categories(id),
        headline TEXT NOT NULL,
        summary TEXT NOT NULL,
        body TEXT NOT NULL,
        related TEXT NOT NULL DEFAULT '',
        url TEXT,
        source TEXT,
        published REAL,
        created REAL NOT NULL
    );
    CREATE INDEX articles_by_category ON articles(category_id, id);
    CREATE INDEX articles_by_url ON articles(url) WHERE url IS NOT NULL;
    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        category_id INTEGER NOT NULL REFERENCES categories(id),
        rank INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker TEXT,
        speaker_key TEXT,
        speaker_last TEXT
    );
    CREATE INDEX quotes_by_article ON quotes(article_id, rank);
    CREATE INDEX quotes_by_category ON quotes(category_id, article_id, rank);
    CREATE INDEX quotes_by_speaker ON quotes(speaker_key, article_id);
    CREATE INDEX quotes_by_surname ON quotes(speaker_last, article_id);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        headline, body, quotes,
        content='', tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TABLE chats (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'private',
        paused INTEGER NOT NULL DEFAULT 0,
        created REAL NOT NULL,
        UNIQUE (platform, chat_id)
    );
    CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        chat_ref INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('category', 'all', 'follow')),
        value TEXT NOT NULL,
        category_id INTEGER REFERENCES categories(id),
        origin TEXT NOT NULL DEFAULT 'user',
        active INTEGER NOT NULL DEFAULT 1,
        reason TEXT,
        created REAL NOT NULL,
        UNIQUE (chat_ref, kind, value)
    );
    CREATE INDEX subscriptions_by_category ON subscriptions(category_id)
        WHERE active = 1 AND kind = 'category';
    CREATE INDEX subscriptions_everything ON subscriptions(chat_ref)
        WHERE active = 1 AND kind = 'all';
    CREATE INDEX subscriptions_follows ON subscriptions(value)
        WHERE active = 1 AND kind = 'follow';
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        chat_ref INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        state TEXT NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending', 'sent', 'failed', 'skipped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt REAL NOT NULL,
        last_error TEXT,
        message_id TEXT,
        created REAL NOT NULL,
        finished REAL,
        UNIQUE (article_id, chat_ref)
    );
    CREATE INDEX outbox_due ON outbox(next_attempt, id) WHERE state = 'pending';
    CREATE INDEX outbox_by_chat ON outbox(chat_ref, state);
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        last_success REAL,
        last_attempt REAL,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_poll REAL,
        primed INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE problems (
        key TEXT PRIMARY KEY,
        message TEXT NOT NULL,
        since REAL NOT NULL
    );
    """,
    # 2: quote indexes that serve "newest article first, best-ranked quote first" in one
    # forward scan (an index on (article_id, rank) cannot: the two orders point opposite ways)
    """
    DROP INDEX quotes_by_article;
    DROP INDEX quotes_by_category;
    DROP INDEX quotes_by_speaker;
    DROP INDEX quotes_by_surname;
    CREATE INDEX quotes_newest ON quotes(article_id DESC, rank);
    CREATE INDEX quotes_by_category ON quotes(category_id, article_id DESC, rank);
    CREATE INDEX quotes_by_speaker ON quotes(speaker_key, article_id DESC, rank);
    CREATE INDEX quotes_by_surname ON quotes(speaker_last, article_id DESC, rank);
    """,
    # 3: pending deliveries by chat, oldest first, for the worker's round-robin over chats
    """
    DROP INDEX outbox_by_chat;
    CREATE INDEX outbox_pending_by_chat ON outbox(chat_ref, next_attempt, id)
        WHERE state = 'pending';
    CREATE INDEX outbox_by_chat ON outbox(chat_ref, state);
    """,
    # 4: the follow prefilter: each follow filed under the stem of its rarest word (filled in
    # by `fill_follow_keys`, which runs after every migration)
    """
    ALTER TABLE subscriptions ADD COLUMN follow_key TEXT;
    CREATE INDEX subscriptions_follow_keys ON subscriptions(follow_key, value)
        WHERE active = 1 AND kind = 'follow';
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def configure(conn: sqlite3.Connection) -> None:
    """Per-connection settings: WAL, a busy timeout, foreign keys."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to SCHEMA_VERSION; returns the version it started at."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        start = conn.execute("PRAGMA user_version").fetchone()[0]
        if start > SCHEMA_VERSION:
            raise RuntimeError(
                f"the database is version {start}, newer than this newsbot ({SCHEMA_VERSION})"
            )
        for version in range(start, SCHEMA_VERSION):
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return int(start)


def fill_follow_keys(conn: sqlite3.Connection) -> None:
    """File every follow that has no key yet (follows made before the prefilter existed)."""
    rows = conn.execute(
        "SELECT id, value FROM subscriptions WHERE kind = 'follow' AND follow_key IS NULL"
    ).fetchall()
    if not rows:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(
            "UPDATE subscriptions SET follow_key = ? WHERE id = ?",
            [(follow_key(conn, value), sub_id) for sub_id, value in rows],
        )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """Split a migration into statements (our migrations hold no semicolons in strings)."""
    return [part.strip() for part in script.split(";") if part.strip()]
