"""Feed state, standing problems, the workers registry and `newsbot status` on PostgreSQL."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import TypeAlias

import asyncpg

from bot.models import FEED_FIELDS, FeedState
from bot.status import FailingFeed, Problem, Status, WorkerInfo

Conn: TypeAlias = asyncpg.Connection
LIVE_FOR = 30.0  # seconds without a heartbeat after which a worker is not counted as live


async def feed_state(conn: Conn, url: str) -> FeedState | None:
    row = await conn.fetchrow(
        "SELECT url, etag, last_modified, last_success, last_attempt, failures, last_error,"
        " next_poll, primed FROM feeds WHERE url = $1",
        url,
    )
    return FeedState(**dict(row)) if row else None


async def save_feed_state(conn: Conn, url: str, fields: dict[str, object]) -> None:
    unknown = set(fields) - FEED_FIELDS
    if unknown:
        raise ValueError(f"unknown feed fields: {sorted(unknown)}")
    await conn.execute("INSERT INTO feeds(url) VALUES ($1) ON CONFLICT DO NOTHING", url)
    if fields:
        values = [bool(v) if k == "primed" else v for k, v in fields.items()]
        assignments = ", ".join(f"{name} = ${n + 2}" for n, name in enumerate(fields))
        await conn.execute(f"UPDATE feeds SET {assignments} WHERE url = $1", url, *values)


async def claim_feed(conn: Conn, url: str, owner: str, seconds: float) -> bool:
    """Take a feed for `seconds` unless another live poller holds it."""
    await conn.execute("INSERT INTO feeds(url) VALUES ($1) ON CONFLICT DO NOTHING", url)
    done: str = await conn.execute(
        "UPDATE feeds SET claim_owner = $2, claim_until = $3 + $4 WHERE url = $1"
        " AND (claim_owner IS NULL OR claim_owner = $2 OR claim_until < $3)",
        url,
        owner,
        time.time(),
        seconds,
    )
    return done != "UPDATE 0"


async def report_problem(conn: Conn, key: str, message: str | None) -> None:
    if message is None:
        await conn.execute("DELETE FROM problems WHERE key = $1", key)
    else:
        await conn.execute(
            "INSERT INTO problems(key, message, since) VALUES ($1,$2,$3)"
            " ON CONFLICT(key) DO UPDATE SET message = excluded.message",
            key,
            message,
            time.time(),
        )


async def heartbeat(conn: Conn, worker: WorkerInfo, lease: float) -> None:
    """Say this worker is alive and extend the leases it holds."""
    now = time.time()
    await conn.execute(
        "INSERT INTO workers(id, role, host, pid, started, heartbeat) VALUES ($1,$2,$3,$4,$5,$5)"
        " ON CONFLICT (id) DO UPDATE SET heartbeat = $5",
        worker.id,
        worker.role,
        worker.host,
        worker.pid,
        now,
    )
    await conn.execute(
        "UPDATE outbox SET lease_until = $2 WHERE lease_owner = $1 AND state = 'pending'",
        worker.id,
        now + lease,
    )
    await conn.execute(
        "UPDATE digests SET lease_until = $2 WHERE lease_owner = $1 AND state = 'pending'",
        worker.id,
        now + lease,
    )


async def retire(conn: Conn, worker_id: str) -> None:
    """A worker that stops cleanly hands back its claims at once and leaves the registry."""
    await conn.execute(
        "UPDATE outbox SET lease_owner = NULL, lease_until = NULL"
        " WHERE lease_owner = $1 AND state = 'pending'",
        worker_id,
    )
    await conn.execute(
        "UPDATE digests SET lease_owner = NULL, lease_until = NULL"
        " WHERE lease_owner = $1 AND state = 'pending'",
        worker_id,
    )
    await conn.execute(
        "UPDATE feeds SET claim_owner = NULL, claim_until = NULL WHERE claim_owner = $1",
        worker_id,
    )
    await conn.execute("DELETE FROM workers WHERE id = $1", worker_id)


async def workers(conn: Conn) -> list[WorkerInfo]:
    rows = await conn.fetch(
        "SELECT w.id, w.role, w.host, w.pid, w.heartbeat, count(o.id) FROM workers w"
        " LEFT JOIN outbox o ON o.lease_owner = w.id AND o.state = 'pending'"
        " WHERE w.heartbeat > $1 GROUP BY w.id ORDER BY w.role, w.host, w.pid",
        time.time() - LIVE_FOR,
    )
    return [
        WorkerInfo(r[0], r[1], r[2], r[3], datetime.fromtimestamp(r[4], UTC), r[5]) for r in rows
    ]


async def status(conn: Conn) -> Status:
    result = Status()
    result.articles = int(await conn.fetchval("SELECT coalesce(sum(articles), 0) FROM categories"))
    for platform, count in await conn.fetch(
        "SELECT c.platform, count(*) FROM subscriptions s JOIN chats c ON c.id = s.chat_ref"
        " WHERE s.active GROUP BY c.platform ORDER BY c.platform"
    ):
        result.subscriptions[platform] = count
    for state, count in await conn.fetch("SELECT state, count(*) FROM outbox GROUP BY state"):
        result.outbox[state] = count
    result.failing_feeds = [
        FailingFeed(url, failures, error or "")
        for url, failures, error in await conn.fetch(
            "SELECT url, failures, last_error FROM feeds WHERE failures > 0 ORDER BY url"
        )
    ]
    result.problems = [
        Problem(key, message)
        for key, message in await conn.fetch("SELECT key, message FROM problems ORDER BY key")
    ]
    last = await conn.fetchval("SELECT max(finished) FROM outbox WHERE state = 'sent'")
    result.last_delivery = datetime.fromtimestamp(last, UTC) if last else None
    result.workers = await workers(conn)
    return result


async def reserve_slot(
    conn: Conn, platform: str, token_hash: str, interval: float, count: int
) -> float:
    """GCRA: take the next `count` send slots of a (platform, token); returns the first
    (epoch seconds); the others follow it `interval` apart."""
    span = interval * count
    slot: float = await conn.fetchval(
        "WITH clock AS (SELECT extract(epoch FROM clock_timestamp())::float8 AS t)"
        " INSERT INTO rate_limits AS r (platform, token_hash, next_slot)"
        " SELECT $1, $2, t + $3 FROM clock"
        " ON CONFLICT (platform, token_hash) DO UPDATE SET next_slot ="
        "  greatest(r.next_slot, (SELECT t FROM clock)) + $3"
        " RETURNING next_slot - $3",
        platform,
        token_hash,
        span,
    )
    return slot


async def push_slot(conn: Conn, platform: str, token_hash: str, until_in: float) -> None:
    """Hold every sender of this (platform, token) for `until_in` seconds (a global retry)."""
    await conn.execute(
        "UPDATE rate_limits SET next_slot = greatest(next_slot,"
        " extract(epoch FROM clock_timestamp()) + $3) WHERE platform = $1 AND token_hash = $2",
        platform,
        token_hash,
        until_in,
    )
