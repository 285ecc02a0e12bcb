"""Feed polling state: validators, failures and when each feed is next due."""

from __future__ import annotations

import sqlite3

from bot.models import FEED_FIELDS, FeedState


def feed_state(conn: sqlite3.Connection, url: str) -> FeedState | None:
    cursor = conn.execute("SELECT * FROM feeds WHERE url = ?", (url,))
    row = cursor.fetchone()
    if row is None:
        return None
    state = {d[0]: v for d, v in zip(cursor.description, row, strict=True)}
    return FeedState(**{**state, "primed": bool(state["primed"])})


def save_feed_state(conn: sqlite3.Connection, url: str, fields: dict[str, object]) -> None:
    unknown = set(fields) - FEED_FIELDS
    if unknown:
        raise ValueError(f"unknown feed fields: {sorted(unknown)}")
    conn.execute("INSERT OR IGNORE INTO feeds(url) VALUES (?)", (url,))
    if fields:
        assignments = ", ".join(f"{name} = ?" for name in fields)
        conn.execute(f"UPDATE feeds SET {assignments} WHERE url = ?", (*fields.values(), url))
