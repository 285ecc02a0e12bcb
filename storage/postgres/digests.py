"""Digest schedules per chat on PostgreSQL, and digests as durable work with parts counted."""

from __future__ import annotations

import json
import time
from typing import TypeAlias

import asyncpg

from bot.models import Chat, ChatKind, DigestJob, DigestSettings
from bot.schedule import DEFAULT_TIMEZONE, next_run, parse_schedule
from storage.postgres.outbox import CLOCK
from storage.postgres.subscriptions import chat_ref, find_chat_ref

Conn: TypeAlias = asyncpg.Connection


async def set_digest(
    conn: Conn, chat: Chat, spec: str | None, kind: ChatKind, now: float
) -> DigestSettings:
    """Put a chat on a schedule (or off it with None); returns its settings with the next run."""
    ref = await chat_ref(conn, chat, kind)
    await conn.execute("UPDATE chats SET digest = $1 WHERE id = $2", spec, ref)
    return await _reschedule(conn, ref, now)


async def set_timezone(
    conn: Conn, chat: Chat, timezone: str, kind: ChatKind, now: float
) -> DigestSettings:
    ref = await chat_ref(conn, chat, kind)
    await conn.execute("UPDATE chats SET timezone = $1 WHERE id = $2", timezone, ref)
    return await _reschedule(conn, ref, now)


async def digest_settings(conn: Conn, chat: Chat) -> DigestSettings:
    ref = await find_chat_ref(conn, chat)
    if ref is None:
        return DigestSettings(None, DEFAULT_TIMEZONE, None)
    return await _settings(conn, ref)


async def _settings(conn: Conn, ref: int) -> DigestSettings:
    row = await conn.fetchrow("SELECT digest, timezone, digest_due FROM chats WHERE id = $1", ref)
    return DigestSettings(row[0], row[1], row[2])


async def _reschedule(conn: Conn, ref: int, now: float) -> DigestSettings:
    spec, timezone, _ = await _settings(conn, ref)
    schedule = parse_schedule(spec) if spec else None
    due = next_run(schedule, timezone, now) if schedule else None
    await conn.execute("UPDATE chats SET digest_due = $1 WHERE id = $2", due, ref)
    return DigestSettings(spec, timezone, due)


async def take_digests(conn: Conn, platform: str, now: float) -> int:
    """Turn each due schedule's pending deliveries into one digest row; returns rows made.

    A paused chat keeps its pending deliveries for the digest /resume brings. The chats are
    locked first (the lock order everywhere), so two processes never bundle one chat twice.
    """
    made = 0
    for ref, paused in await conn.fetch(
        "SELECT id, paused FROM chats WHERE digest IS NOT NULL AND digest_due <= $1"
        " AND platform = $2 ORDER BY id FOR NO KEY UPDATE SKIP LOCKED",
        now,
        platform,
    ):
        await _reschedule(conn, ref, now)
        if not paused:
            made += await _bundle(conn, ref, now)
    return made


async def _bundle(conn: Conn, ref: int, now: float) -> int:
    rows = await conn.fetch(
        "SELECT id, article_id FROM outbox WHERE chat_ref = $1 AND state = 'pending'"
        " ORDER BY id FOR UPDATE",
        ref,
    )
    if not rows:
        return 0
    digest_id = await conn.fetchval(
        "INSERT INTO digests(chat_ref, article_ids, next_attempt, created)"
        " VALUES ($1,$2,$3,$3) RETURNING id",
        ref,
        json.dumps([row[1] for row in rows]),
        now,
    )
    await conn.execute(
        "UPDATE outbox SET state = 'skipped', last_error = $1, finished = $2, lease_owner = NULL"
        " WHERE id = ANY($3::bigint[]) AND state = 'pending'",
        f"sent in digest {digest_id}",
        now,
        [row[0] for row in rows],
    )
    return 1


CLAIM = f"""
WITH clock AS MATERIALIZED (SELECT {CLOCK} AS t),
picked AS (
    SELECT d.id FROM digests d JOIN chats c ON c.id = d.chat_ref
    WHERE d.state = 'pending' AND d.next_attempt <= $1 AND c.platform = $2 AND NOT c.paused
      AND (d.lease_until IS NULL OR d.lease_until < (SELECT t FROM clock) OR d.lease_owner = $4)
    ORDER BY d.next_attempt, d.id LIMIT $3
    FOR UPDATE OF d SKIP LOCKED
)
UPDATE digests d SET lease_owner = $4, lease_until = (SELECT t FROM clock) + $5
FROM picked, chats c WHERE d.id = picked.id AND c.id = d.chat_ref
RETURNING d.id, c.chat_id, c.kind, d.article_ids, d.parts_sent, d.attempts, c.thread,
    d.next_attempt
"""


async def due_digests(
    conn: Conn, platform: str, now: float, limit: int, owner: str, lease: float
) -> list[DigestJob]:
    """Claims: each due digest is leased to this worker (again to the same worker), so two
    delivery processes never send one digest; a worker that dies loses it with its lease."""
    rows = sorted(
        await conn.fetch(CLAIM, now, platform, limit, owner, lease), key=lambda r: (r[7], r[0])
    )
    return [
        DigestJob(
            row[0],
            Chat(platform, row[1], row[6] or None),
            ChatKind(row[2]),
            tuple(json.loads(row[3])),
            row[4],
            row[5],
        )
        for row in rows
    ]


async def digest_progress(conn: Conn, digest_id: int, parts_sent: int, done: bool) -> None:
    """Record the parts sent so far; `done` when the last one went out."""
    await conn.execute(
        "UPDATE digests SET parts_sent = $1, state = $2, finished = $3, last_error = NULL,"
        " lease_owner = CASE WHEN $2 = 'sent' THEN NULL ELSE lease_owner END WHERE id = $4",
        parts_sent,
        "sent" if done else "pending",
        time.time() if done else None,
        digest_id,
    )


async def digest_retry(
    conn: Conn, digest_id: int, next_attempt: float, error: str, failed: bool
) -> None:
    await conn.execute(
        "UPDATE digests SET attempts = attempts + 1, next_attempt = $1, last_error = $2,"
        " state = $3, finished = $4, lease_owner = NULL, lease_until = NULL WHERE id = $5",
        next_attempt,
        error,
        "failed" if failed else "pending",
        time.time() if failed else None,
        digest_id,
    )
