"""The outbox on PostgreSQL: fan-out, and claims that several workers can share.

A claim takes up to `limit` chats whose turn has come (FOR NO KEY UPDATE SKIP LOCKED, so two
workers never take one chat), leases each chat's oldest due row to this worker, and holds the
chat (`next_slot`) for the lease. Recording the outcome sets `next_slot` one per-chat
interval after that moment, so the per-chat rate holds across workers however long a send
waited for its turn on the overall rate. Every
state change re-checks the row (`WHERE state = 'pending' AND lease_owner = ...`), so a worker
whose lease ran out cannot overwrite what another worker did. A chat with a row waiting
for a retry (backoff or the platform's retry_after) is held until that row is due, on every
worker, just as one worker holds it in memory.
"""

from __future__ import annotations

import time
from typing import TypeAlias

import asyncpg

from bot.follows import fold
from bot.models import Chat, ChatKind, SentMark
from bot.outcomes import Delivery
from storage.postgres.mutes import muting_phrases
from storage.postgres.subscriptions import find_chat_ref

Conn: TypeAlias = asyncpg.Connection
Lanes: TypeAlias = tuple[float, float]  # seconds between sends to a private chat, to a group
CLOCK = "extract(epoch FROM clock_timestamp())::float8"


def _count(status: str) -> int:
    """The row count at the end of a command status such as 'INSERT 0 12'."""
    return int(status.rsplit(" ", 1)[-1])


async def followers_of(conn: Conn, article_id: int, keys: list[str]) -> list[str]:
    """The followed phrases an article mentions, testing only those filed under its keys."""
    candidates = [
        r[0]
        for r in await conn.fetch(
            "SELECT DISTINCT value FROM subscriptions WHERE active AND kind = 'follow'"
            " AND follow_key = ANY($1::text[])",
            keys,
        )
    ]
    found = [c for c in candidates if c.isalnum()]  # one word, and the article holds it
    phrases = [c for c in candidates if not c.isalnum()]
    if not phrases:
        return found
    rows = await conn.fetch(
        "SELECT t.value FROM unnest($1::text[], $2::text[]) AS t(value, folded),"
        " articles a WHERE a.id = $3 AND a.words @@ phraseto_tsquery('simple', t.folded)",
        phrases,
        [fold(c) for c in phrases],
        article_id,
    )
    return found + [r[0] for r in rows]


async def fan_out(conn: Conn, article_id: int, cat_id: int, now: float, keys: list[str]) -> int:
    """Queue the article for every chat with a matching active subscription; returns rows."""
    phrases = await followers_of(conn, article_id, keys)
    muted = await muting_phrases(conn, article_id)
    status: str = await conn.execute(
        "INSERT INTO outbox(article_id, chat_ref, next_attempt, created)"
        " SELECT $1, chat_ref, $2, $2 FROM ("
        "  SELECT chat_ref FROM subscriptions WHERE active AND kind = 'category'"
        "   AND category_id = $3"
        "  UNION SELECT chat_ref FROM subscriptions WHERE active AND kind = 'all'"
        "  UNION SELECT chat_ref FROM subscriptions WHERE active AND kind = 'follow'"
        "   AND follow_key = ANY($5::text[]) AND value = ANY($4::text[])) s"
        " WHERE chat_ref NOT IN (SELECT chat_ref FROM mutes WHERE phrase = ANY($6::text[]))"
        " ON CONFLICT DO NOTHING",
        article_id,
        now,
        cat_id,
        phrases,
        keys,
        muted,
    )
    return _count(status)


async def take_missed(conn: Conn, chat: Chat) -> list[int]:
    ref = await find_chat_ref(conn, chat)
    if ref is None:
        return []
    rows = await conn.fetch(
        "UPDATE outbox SET state = 'skipped', last_error = 'summarised in a digest on resume',"
        " finished = $1, lease_owner = NULL WHERE chat_ref = $2 AND state = 'pending'"
        " RETURNING id, article_id",
        time.time(),
        ref,
    )
    return [article_id for _, article_id in sorted(rows)]


CLAIM = f"""
WITH clock AS MATERIALIZED (SELECT {CLOCK} AS t),
lane AS (
    SELECT c.id AS chat_ref, c.chat_id, c.kind, c.thread, h.id AS outbox_id
    FROM chats c
    CROSS JOIN LATERAL (
        SELECT o.id, o.next_attempt, o.lease_until FROM outbox o
        WHERE o.chat_ref = c.id AND o.state = 'pending'
        ORDER BY o.next_attempt, o.id LIMIT 1
    ) h
    WHERE c.platform = $1 AND NOT c.paused AND c.digest IS NULL
      AND c.next_slot <= (SELECT t FROM clock)
      AND NOT (c.chat_id = ANY($3::text[]))
      AND h.next_attempt <= $2
      AND (SELECT max(w.next_attempt) FROM outbox w
           WHERE w.chat_ref = c.id AND w.state = 'pending') <= $2
      AND (h.lease_until IS NULL OR h.lease_until < (SELECT t FROM clock))
    ORDER BY c.next_slot, c.id
    LIMIT $4
    FOR NO KEY UPDATE OF c SKIP LOCKED
),
claimed AS (
    UPDATE outbox o SET lease_owner = $5, lease_until = (SELECT t FROM clock) + $6
    FROM lane
    WHERE o.id = lane.outbox_id AND o.state = 'pending'
      AND (o.lease_until IS NULL OR o.lease_until < (SELECT t FROM clock))
    RETURNING o.id, o.article_id, o.attempts, o.chat_ref
),
busy AS (
    UPDATE chats c SET next_slot = (SELECT t FROM clock) + $6
    FROM claimed WHERE c.id = claimed.chat_ref
)
SELECT claimed.id, claimed.article_id, claimed.attempts, lane.chat_id, lane.kind, lane.thread
FROM claimed JOIN lane ON lane.chat_ref = claimed.chat_ref
ORDER BY claimed.id
"""


async def claim(
    conn: Conn,
    platform: str,
    now: float,
    limit: int,
    exclude: list[str],
    owner: str,
    lease: float,
) -> list[Delivery]:
    """Lease the oldest due row of up to `limit` chats whose turn has come, chats by turn."""
    rows = await conn.fetch(CLAIM, platform, now, exclude, limit, owner, lease)
    return [
        Delivery(row[0], row[1], Chat(platform, row[3], row[5] or None), row[2], ChatKind(row[4]))
        for row in rows
    ]


async def platform_of(conn: Conn, delivery_id: int) -> str | None:
    found: str | None = await conn.fetchval(
        "SELECT c.platform FROM outbox o JOIN chats c ON c.id = o.chat_ref WHERE o.id = $1",
        delivery_id,
    )
    return found


async def release_chats(conn: Conn, ids: list[int], owner: str, lanes: Lanes) -> None:
    """The chats of these leased rows may be sent to again one per-chat interval from now."""
    await conn.execute(
        f"UPDATE chats c SET next_slot = {CLOCK}"
        "  + CASE WHEN c.kind = 'private' THEN $3::float8 ELSE $4::float8 END"
        " WHERE c.id IN (SELECT chat_ref FROM outbox WHERE id = ANY($1::bigint[])"
        "  AND state = 'pending' AND lease_owner = $2)",
        ids,
        owner,
        *lanes,
    )


async def mark_sent(conn: Conn, sent: list[SentMark], owner: str, lanes: Lanes) -> int:
    """Mark rows sent where this worker still holds the lease; returns how many were."""
    await release_chats(conn, [s.delivery_id for s in sent], owner, lanes)
    rows = await conn.fetch(
        "UPDATE outbox o SET state = 'sent', message_id = m.message_id,"
        " attempts = o.attempts + 1, finished = m.at, last_error = NULL, lease_owner = NULL"
        " FROM unnest($1::bigint[], $2::text[], $3::float8[]) AS m(id, message_id, at)"
        " WHERE o.id = m.id AND o.state = 'pending' AND o.lease_owner = $4 RETURNING o.id",
        [s.delivery_id for s in sent],
        [s.message_id for s in sent],
        [s.at for s in sent],
        owner,
    )
    return len(rows)


async def mark_retry(
    conn: Conn,
    delivery_id: int,
    next_attempt: float,
    error: str,
    count: bool,
    owner: str,
    lanes: Lanes,
) -> None:
    """Put a row back for later; its chat gets nothing else until then (see CLAIM)."""
    await release_chats(conn, [delivery_id], owner, lanes)
    await conn.execute(
        "UPDATE outbox SET next_attempt = $2, last_error = $3, attempts = attempts + $4,"
        " lease_owner = NULL, lease_until = NULL WHERE id = $1 AND state = 'pending'",
        delivery_id,
        next_attempt,
        error,
        int(count),
    )


async def mark_failed(conn: Conn, delivery_id: int, error: str, owner: str, lanes: Lanes) -> None:
    await release_chats(conn, [delivery_id], owner, lanes)
    await conn.execute(
        "UPDATE outbox SET state = 'failed', last_error = $2, attempts = attempts + 1,"
        " finished = $3, lease_owner = NULL WHERE id = $1 AND state = 'pending'",
        delivery_id,
        error,
        time.time(),
    )
