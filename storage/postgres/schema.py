"""PostgreSQL migrations, tracked in a one-row table; all of them run in one transaction.

Lock order, everywhere: chats, then subscriptions, then outbox rows, then rate limits.
A claim locks its chats (FOR NO KEY UPDATE ... SKIP LOCKED) before the outbox rows it
leases; a retry updates the chat before the row. Inserting outbox rows takes only the key
share lock the foreign key needs, which a claim's lock does not block.
"""

from __future__ import annotations

import asyncpg

MIGRATIONS: tuple[str, ...] = (
    # 1: the same tables as SQLite, plus leases, lanes, rate limits, workers and a wake-up
    """
    CREATE TABLE categories (
        id BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL,
        articles BIGINT NOT NULL DEFAULT 0
    );
    CREATE UNIQUE INDEX categories_by_name ON categories (lower(name));
    CREATE TABLE articles (
        id BIGSERIAL PRIMARY KEY,
        identity TEXT NOT NULL UNIQUE,
        category_id BIGINT NOT NULL REFERENCES categories(id),
        headline TEXT NOT NULL,
        summary TEXT NOT NULL,
        body TEXT NOT NULL,
        related TEXT NOT NULL DEFAULT '',
        url TEXT,
        source TEXT,
        published DOUBLE PRECISION,
        created DOUBLE PRECISION NOT NULL,
        words TSVECTOR NOT NULL
    );
    CREATE INDEX articles_by_category ON articles (category_id, id);
    CREATE INDEX articles_by_url ON articles (url) WHERE url IS NOT NULL;
    CREATE INDEX articles_search ON articles USING GIN (words);
    CREATE TABLE quotes (
        id BIGSERIAL PRIMARY KEY,
        article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        category_id BIGINT NOT NULL REFERENCES categories(id),
        rank INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker TEXT,
        speaker_key TEXT,
        speaker_last TEXT
    );
    CREATE INDEX quotes_newest ON quotes (article_id DESC, rank);
    CREATE INDEX quotes_by_category ON quotes (category_id, article_id DESC, rank);
    CREATE INDEX quotes_by_speaker ON quotes (speaker_key, article_id DESC, rank);
    CREATE INDEX quotes_by_surname ON quotes (speaker_last, article_id DESC, rank);
    CREATE TABLE chats (
        id BIGSERIAL PRIMARY KEY,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'private',
        paused BOOLEAN NOT NULL DEFAULT FALSE,
        created DOUBLE PRECISION NOT NULL,
        next_slot DOUBLE PRECISION NOT NULL DEFAULT 0,
        UNIQUE (platform, chat_id)
    );
    CREATE TABLE subscriptions (
        id BIGSERIAL PRIMARY KEY,
        chat_ref BIGINT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('category', 'all', 'follow')),
        value TEXT NOT NULL,
        category_id BIGINT REFERENCES categories(id),
        origin TEXT NOT NULL DEFAULT 'user',
        active BOOLEAN NOT NULL DEFAULT TRUE,
        reason TEXT,
        created DOUBLE PRECISION NOT NULL,
        follow_key TEXT,
        UNIQUE (chat_ref, kind, value)
    );
    CREATE INDEX subscriptions_by_category ON subscriptions (category_id)
        WHERE active AND kind = 'category';
    CREATE INDEX subscriptions_everything ON subscriptions (chat_ref)
        WHERE active AND kind = 'all';
    CREATE INDEX subscriptions_follow_keys ON subscriptions (follow_key, value)
        WHERE active AND kind = 'follow';
    CREATE TABLE outbox (
        id BIGSERIAL PRIMARY KEY,
        article_id BIGINT NOT NULL REFERENCES articles(id),
        chat_ref BIGINT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        state TEXT NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending', 'sent', 'failed', 'skipped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt DOUBLE PRECISION NOT NULL,
        last_error TEXT,
        message_id TEXT,
        created DOUBLE PRECISION NOT NULL,
        finished DOUBLE PRECISION,
        lease_owner TEXT,
        lease_until DOUBLE PRECISION,
        UNIQUE (article_id, chat_ref)
    );
    CREATE INDEX outbox_pending_by_chat ON outbox (chat_ref, next_attempt, id)
        WHERE state = 'pending';
    CREATE INDEX outbox_by_state ON outbox (state);
    CREATE INDEX outbox_leases ON outbox (lease_owner) WHERE state = 'pending';
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        last_success DOUBLE PRECISION,
        last_attempt DOUBLE PRECISION,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_poll DOUBLE PRECISION,
        primed BOOLEAN NOT NULL DEFAULT FALSE,
        claim_owner TEXT,
        claim_until DOUBLE PRECISION
    );
    CREATE TABLE problems (
        key TEXT PRIMARY KEY,
        message TEXT NOT NULL,
        since DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE rate_limits (
        platform TEXT NOT NULL,
        token_hash TEXT NOT NULL,
        next_slot DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (platform, token_hash)
    );
    CREATE TABLE workers (
        id TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        started DOUBLE PRECISION NOT NULL,
        heartbeat DOUBLE PRECISION NOT NULL
    );
    CREATE FUNCTION newsbot_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('newsbot_outbox', '');
        RETURN NULL;
    END $$;
    CREATE TRIGGER outbox_wakes_workers AFTER INSERT ON outbox
        FOR EACH STATEMENT EXECUTE FUNCTION newsbot_outbox_notify();
    """,
    # 2: what a post shows (outlet, lead image, key quotes chosen at ingest; bodies apart);
    # a Telegram forum topic is a chat of its own; mutes, time zones, digest schedules and
    # digests as durable work; feeds chats added themselves and their private articles
    """
    ALTER TABLE articles ADD COLUMN outlet TEXT;
    ALTER TABLE articles ADD COLUMN image TEXT;
    ALTER TABLE articles ADD COLUMN key_quotes TEXT;
    CREATE TABLE bodies (
        article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        body TEXT NOT NULL
    );
    INSERT INTO bodies(article_id, body) SELECT id, body FROM articles;
    ALTER TABLE articles DROP COLUMN body;
    ALTER TABLE chats ADD COLUMN thread TEXT NOT NULL DEFAULT '';
    ALTER TABLE chats DROP CONSTRAINT chats_platform_chat_id_key;
    ALTER TABLE chats ADD CONSTRAINT chats_place UNIQUE (platform, chat_id, thread);
    ALTER TABLE chats ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC';
    ALTER TABLE chats ADD COLUMN digest TEXT;
    ALTER TABLE chats ADD COLUMN digest_due DOUBLE PRECISION;
    CREATE INDEX chats_digest_due ON chats (digest_due) WHERE digest IS NOT NULL;
    CREATE TABLE mutes (
        id BIGSERIAL PRIMARY KEY,
        chat_ref BIGINT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        phrase TEXT NOT NULL,
        created DOUBLE PRECISION NOT NULL,
        UNIQUE (chat_ref, phrase)
    );
    CREATE INDEX mutes_by_phrase ON mutes (phrase);
    CREATE TABLE digests (
        id BIGSERIAL PRIMARY KEY,
        chat_ref BIGINT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        article_ids TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending', 'sent', 'failed', 'skipped')),
        parts_sent INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt DOUBLE PRECISION NOT NULL,
        last_error TEXT,
        created DOUBLE PRECISION NOT NULL,
        finished DOUBLE PRECISION,
        lease_owner TEXT,
        lease_until DOUBLE PRECISION
    );
    CREATE INDEX digests_due ON digests (next_attempt, id) WHERE state = 'pending';
    CREATE TABLE chat_feeds (
        id BIGSERIAL PRIMARY KEY,
        chat_ref BIGINT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        category TEXT,
        title TEXT,
        active BOOLEAN NOT NULL DEFAULT TRUE,
        reason TEXT,
        created DOUBLE PRECISION NOT NULL,
        UNIQUE (chat_ref, url)
    );
    CREATE INDEX chat_feeds_by_url ON chat_feeds (url);
    CREATE TABLE private_articles (
        article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        feed_url TEXT NOT NULL
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
MIGRATION_LOCK = 7_310_013  # an advisory lock: two processes starting at once migrate once


async def migrate(conn: asyncpg.Connection) -> int:
    """Bring the database up to SCHEMA_VERSION; returns the version it started at."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
        await conn.execute("CREATE TABLE IF NOT EXISTS newsbot_schema (version INTEGER NOT NULL)")
        start = await conn.fetchval("SELECT version FROM newsbot_schema")
        if start is None:
            start = 0
            await conn.execute("INSERT INTO newsbot_schema VALUES (0)")
        if start > SCHEMA_VERSION:
            raise RuntimeError(
                f"the database is version {start}, newer than this newsbot ({SCHEMA_VERSION})"
            )
        for version in range(start, SCHEMA_VERSION):
            await conn.execute(MIGRATIONS[version])
            await conn.execute("UPDATE newsbot_schema SET version = $1", version + 1)
    return int(start)
