"""Standing problems and the figures behind `newsbot status`."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime

from bot.status import FailingFeed, Problem, Status


def report_problem(conn: sqlite3.Connection, key: str, message: str | None) -> None:
    if message is None:
        conn.execute("DELETE FROM problems WHERE key = ?", (key,))
    else:
        conn.execute(
            "INSERT INTO problems(key, message, since) VALUES (?,?,?)"
            " ON CONFLICT(key) DO UPDATE SET message = excluded.message",
            (key, message, time.time()),
        )


def status(conn: sqlite3.Connection) -> Status:
    result = Status()
    result.articles = conn.execute("SELECT coalesce(sum(articles), 0) FROM categories").fetchone()[
        0
    ]
    for platform, count in conn.execute(
        "SELECT c.platform, count(*) FROM subscriptions s JOIN chats c ON c.id = s.chat_ref"
        " WHERE s.active = 1 GROUP BY c.platform ORDER BY c.platform"
    ):
        result.subscriptions[platform] = count
    for state, count in conn.execute("SELECT state, count(*) FROM outbox GROUP BY state"):
        result.outbox[state] = count
    result.failing_feeds = [
        FailingFeed(url, failures, error or "")
        for url, failures, error in conn.execute(
            "SELECT url, failures, last_error FROM feeds WHERE failures > 0 ORDER BY url"
        )
    ]
    result.problems = [
        Problem(key, message)
        for key, message in conn.execute("SELECT key, message FROM problems ORDER BY key")
    ]
    last = conn.execute("SELECT max(finished) FROM outbox WHERE state = 'sent'").fetchone()[0]
    result.last_delivery = datetime.fromtimestamp(last, UTC) if last else None
    return result
