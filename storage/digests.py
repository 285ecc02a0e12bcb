"""Digest schedules per chat, and digests as durable outbox work with their parts counted."""

from __future__ import annotations

import json
import sqlite3
import time

from bot.models import Chat, ChatKind, DigestJob, DigestSettings
from bot.schedule import DEFAULT_TIMEZONE, next_run, parse_schedule
from storage.subscriptions import chat_ref, find_chat_ref


def set_digest(
    conn: sqlite3.Connection, chat: Chat, spec: str | None, kind: ChatKind, now: float
) -> DigestSettings:
    """Put a chat on a schedule (or off it with None); returns its settings with the next run."""
    ref = chat_ref(conn, chat, kind)
    conn.execute("UPDATE chats SET digest = ? WHERE id = ?", (spec, ref))
    return _reschedule(conn, ref, now)


def set_timezone(
    conn: sqlite3.Connection, chat: Chat, timezone: str, kind: ChatKind, now: float
) -> DigestSettings:
    ref = chat_ref(conn, chat, kind)
    conn.execute("UPDATE chats SET timezone = ? WHERE id = ?", (timezone, ref))
    return _reschedule(conn, ref, now)


def digest_settings(conn: sqlite3.Connection, chat: Chat) -> DigestSettings:
    ref = find_chat_ref(conn, chat)
    if ref is None:
        return DigestSettings(None, DEFAULT_TIMEZONE, None)
    return _settings(conn, ref)


def _settings(conn: sqlite3.Connection, ref: int) -> DigestSettings:
    spec, timezone, due = conn.execute(
        "SELECT digest, timezone, digest_due FROM chats WHERE id = ?", (ref,)
    ).fetchone()
    return DigestSettings(spec, timezone, due)


def _reschedule(conn: sqlite3.Connection, ref: int, now: float) -> DigestSettings:
    spec, timezone, _ = _settings(conn, ref)
    schedule = parse_schedule(spec) if spec else None
    due = next_run(schedule, timezone, now) if schedule else None
    conn.execute("UPDATE chats SET digest_due = ? WHERE id = ?", (due, ref))
    return DigestSettings(spec, timezone, due)


def take_digests(conn: sqlite3.Connection, platform: str, now: float) -> int:
    """Turn each due schedule's pending deliveries into one digest row; returns rows made.

    A paused chat keeps its pending deliveries for the digest /resume brings.
    """
    made = 0
    for ref, paused in conn.execute(
        "SELECT id, paused FROM chats WHERE digest IS NOT NULL AND digest_due <= ?"
        " AND platform = ?",
        (now, platform),
    ).fetchall():
        _reschedule(conn, ref, now)
        if not paused:
            made += _bundle(conn, ref, now)
    return made


def _bundle(conn: sqlite3.Connection, ref: int, now: float) -> int:
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT article_id FROM outbox WHERE chat_ref = ? AND state = 'pending' ORDER BY id",
            (ref,),
        )
    ]
    if not ids:
        return 0
    cursor = conn.execute(
        "INSERT INTO digests(chat_ref, article_ids, next_attempt, created) VALUES (?,?,?,?)",
        (ref, json.dumps(ids), now, now),
    )
    conn.execute(
        "UPDATE outbox SET state = 'skipped', last_error = ?, finished = ?"
        " WHERE chat_ref = ? AND state = 'pending'",
        (f"sent in digest {cursor.lastrowid}", now, ref),
    )
    return 1


def due_digests(conn: sqlite3.Connection, platform: str, now: float, limit: int) -> list[DigestJob]:
    rows = conn.execute(
        "SELECT d.id, c.chat_id, c.kind, d.article_ids, d.parts_sent, d.attempts, c.thread"
        " FROM digests d JOIN chats c ON c.id = d.chat_ref"
        " WHERE d.state = 'pending' AND d.next_attempt <= ? AND c.platform = ? AND c.paused = 0"
        " ORDER BY d.next_attempt, d.id LIMIT ?",
        (now, platform, limit),
    ).fetchall()
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


def digest_progress(conn: sqlite3.Connection, digest_id: int, parts_sent: int, done: bool) -> None:
    """Record the parts sent so far; `done` when the last one went out."""
    conn.execute(
        "UPDATE digests SET parts_sent = ?, state = ?, finished = ?, last_error = NULL"
        " WHERE id = ?",
        (parts_sent, "sent" if done else "pending", time.time() if done else None, digest_id),
    )


def digest_retry(
    conn: sqlite3.Connection, digest_id: int, next_attempt: float, error: str, failed: bool
) -> None:
    conn.execute(
        "UPDATE digests SET attempts = attempts + 1, next_attempt = ?, last_error = ?,"
        " state = ?, finished = ? WHERE id = ?",
        (
            next_attempt,
            error,
            "failed" if failed else "pending",
            time.time() if failed else None,
            digest_id,
        ),
    )
