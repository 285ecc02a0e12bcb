"""Versioned migrations, tracked with PRAGMA user_version; each runs in one transaction."""

from __future__ import annotations

import sqlite3

BUSY_TIMEOUT_MS = 100  # SQLite's own wait per attempt; longer waits are retried with backoff
# Pages the WAL may hold before a commit checkpoints it (SQLite's default is 1,000): ingest
# checkpoints, and so syncs, a quarter as often; the WAL file stays at up to 16 MB.
WAL_CHECKPOINT_PAGES = 4000

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
    # 4: what a post shows (outlet, lead image); a chat is a place within a chat: a Telegram
    # forum topic is its own chat, unique per (platform, chat_id, thread), '' for none.
    # SQLite cannot drop a UNIQUE constraint, so chats is rebuilt (migrate() turns foreign
    # keys off around migrations, as SQLite's documented table rebuild requires).
    """
    ALTER TABLE articles ADD COLUMN outlet TEXT;
    ALTER TABLE articles ADD COLUMN image TEXT;
    CREATE TABLE chats_rebuilt (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        thread TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'private',
        paused INTEGER NOT NULL DEFAULT 0,
        created REAL NOT NULL,
        UNIQUE (platform, chat_id, thread)
    );
    INSERT INTO chats_rebuilt(id, platform, chat_id, kind, paused, created)
        SELECT id, platform, chat_id, kind, paused, created FROM chats;
    DROP TABLE chats;
    ALTER TABLE chats_rebuilt RENAME TO chats;
    """,
    # 5: reader filters: muted phrases, a chat's time zone and digest schedule, and digests
    # as durable outbox work (claimed, with the parts already sent counted)
    """
    CREATE TABLE mutes (
        id INTEGER PRIMARY KEY,
        chat_ref INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        phrase TEXT NOT NULL,
        created REAL NOT NULL,
        UNIQUE (chat_ref, phrase)
    );
    CREATE INDEX mutes_by_phrase ON mutes(phrase);
    ALTER TABLE chats ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC';
    ALTER TABLE chats ADD COLUMN digest TEXT;
    ALTER TABLE chats ADD COLUMN digest_due REAL;
    CREATE INDEX chats_digest_due ON chats(digest_due) WHERE digest IS NOT NULL;
    CREATE TABLE digests (
        id INTEGER PRIMARY KEY,
        chat_ref INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        article_ids TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending', 'sent', 'failed', 'skipped')),
        parts_sent INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt REAL NOT NULL,
        last_error TEXT,
        created REAL NOT NULL,
        finished REAL
    );
    CREATE INDEX digests_due ON digests(next_attempt, id) WHERE state = 'pending';
    """,
    # 6: bodies move to their own table so that list reads never walk a body's overflow pages
    # (url, source and published sat after it in each row); a post's key quotes, chosen at
    # ingest, are kept as JSON (NULL for older rows: their posts choose from the body)
    """
    CREATE TABLE bodies (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        body TEXT NOT NULL
    );
    INSERT INTO bodies(article_id, body) SELECT id, body FROM articles;
    ALTER TABLE articles DROP COLUMN body;
    ALTER TABLE articles ADD COLUMN key_quotes TEXT;
    """,
    # 7: feeds a chat added itself, and the articles only those chats may see
    """
    CREATE TABLE chat_feeds (
        id INTEGER PRIMARY KEY,
        chat_ref INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        category TEXT,
        title TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        reason TEXT,
        created REAL NOT NULL,
        UNIQUE (chat_ref, url)
    );
    CREATE INDEX chat_feeds_by_url ON chat_feeds(url);
    CREATE TABLE private_articles (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        feed_url TEXT NOT NULL
    );
    """,
    # 8: the follow prefilter: each follow filed under the stem of its rarest word (filled in
    # by `fill_follow_keys`, which runs after every migration)
    """
    ALTER TABLE subscriptions ADD COLUMN follow_key TEXT;
    CREATE INDEX subscriptions_follow_keys ON subscriptions(follow_key, value)
        WHERE active = 1 AND kind = 'follow';
    """,
    # 9: each follow's terms in order as the search index reads them, so that a new article
    # is matched against its candidate follows in memory, not by one index query per phrase
    """
    ALTER TABLE subscriptions ADD COLUMN follow_terms TEXT;
    DROP INDEX subscriptions_follow_keys;
    CREATE INDEX subscriptions_follow_keys ON subscriptions(follow_key, value, follow_terms)
        WHERE active = 1 AND kind = 'follow';
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def configure(conn: sqlite3.Connection) -> None:
    """Per-connection settings of a writer: WAL, a short busy timeout, foreign keys."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version, read without taking any lock."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to SCHEMA_VERSION; returns the version it started at.

    Foreign keys are off while tables are rebuilt (a no-op inside a transaction, so it is
    set first) and every reference is checked before the migration commits.
    """
    enforced = bool(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        return _migrate(conn)
    finally:
        if enforced:
            conn.execute("PRAGMA foreign_keys = ON")


def _migrate(conn: sqlite3.Connection) -> int:
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
        broken = conn.execute("PRAGMA foreign_key_check").fetchone()
        if broken is not None:
            raise RuntimeError(f"a migration broke a reference from table {broken[0]}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return int(start)


def _statements(script: str) -> list[str]:
    """Split a migration into statements (our migrations hold no semicolons in strings)."""
    return [part.strip() for part in script.split(";") if part.strip()]
