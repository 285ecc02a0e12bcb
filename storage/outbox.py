"""The outbox: fan-out of new articles, due deliveries and what became of each."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence

from bot.models import Chat, ChatKind, SentMark
from bot.outcomes import Delivery
from storage.chatfeeds import deactivate_chat_feeds, move_chat_feeds
from storage.mutes import move_mutes, muting_phrases
from storage.subscriptions import find_chat_ref, place_refs


def fan_out(
    conn: sqlite3.Connection,
    article_id: int,
    cat_id: int,
    now: float,
    phrases: list[str],
) -> int:
    """Queue the article for every chat with a matching active subscription; returns rows.

    `phrases` are the followed phrases the article contains (`followmatch`).
    """
    marks = ",".join("?" * len(phrases)) or "NULL"
    muted = muting_phrases(conn, article_id)
    cursor = conn.execute(
        "INSERT OR IGNORE INTO outbox(article_id, chat_ref, next_attempt, created)"
        " SELECT ?, chat_ref, ?, ? FROM ("
        "  SELECT chat_ref FROM subscriptions WHERE active = 1 AND kind = 'category'"
        "   AND category_id = ?"
        "  UNION SELECT chat_ref FROM subscriptions WHERE active = 1 AND kind = 'all'"
        f"  UNION SELECT chat_ref FROM subscriptions WHERE active = 1 AND kind = 'follow'"
        f"   AND value IN ({marks}))" + _not_muted(len(muted)),
        (article_id, now, now, cat_id, *phrases, *muted),
    )
    return cursor.rowcount


def _not_muted(count: int) -> str:
    """The fan-out's mute clause: no chat gets an article that mentions one of its mutes."""
    if not count:
        return ""
    marks = ",".join("?" * count)
    return f" WHERE chat_ref NOT IN (SELECT chat_ref FROM mutes WHERE phrase IN ({marks}))"


def take_missed(conn: sqlite3.Connection, chat: Chat) -> list[int]:
    ref = find_chat_ref(conn, chat)
    if ref is None:
        return []
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT article_id FROM outbox WHERE chat_ref = ? AND state = 'pending' ORDER BY id",
            (ref,),
        )
    ]
    conn.execute(
        "UPDATE outbox SET state = 'skipped', last_error = 'summarised in a digest on resume',"
        " finished = ? WHERE chat_ref = ? AND state = 'pending'",
        (time.time(), ref),
    )
    return ids


def due(
    conn: sqlite3.Connection,
    platform: str,
    now: float,
    limit: int,
    exclude: Sequence[str],
    cursors: dict[str, int],
) -> list[Delivery]:
    """The oldest due delivery of up to `limit` chats, taking chats round-robin.

    Walks the chats that have pending rows in chat order from where the last call stopped
    (an index skip-scan), so a chat with a long backlog never starves the others.
    """
    skip = set(exclude)
    found: list[Delivery] = []
    start = cursors.get(platform, 0)
    ref, wrapped, budget = start, False, limit * 4 + len(skip)
    while len(found) < limit and budget > 0:
        budget -= 1
        row = conn.execute(
            "SELECT chat_ref FROM outbox WHERE state = 'pending' AND chat_ref > ?"
            " ORDER BY chat_ref LIMIT 1",
            (ref,),
        ).fetchone()
        if row is None or (wrapped and row[0] > start):
            if wrapped or start == 0:
                break
            wrapped, ref = True, 0
            continue
        ref = row[0]
        delivery = _oldest_due(conn, ref, platform, now)
        if delivery is not None and delivery.chat.chat_id not in skip:
            found.append(delivery)
    cursors[platform] = ref
    return found


def _oldest_due(conn: sqlite3.Connection, ref: int, platform: str, now: float) -> Delivery | None:
    row = conn.execute(
        "SELECT o.id, o.article_id, o.attempts, o.next_attempt, c.chat_id, c.kind, c.platform,"
        " c.paused, c.thread, c.digest FROM outbox o JOIN chats c ON c.id = o.chat_ref"
        " WHERE o.chat_ref = ? AND o.state = 'pending' ORDER BY o.next_attempt, o.id LIMIT 1",
        (ref,),
    ).fetchone()
    if row is None or row[6] != platform or row[7] or row[3] > now:
        return None
    if row[9] is not None:  # on a digest schedule: its articles wait for the digest
        return None
    chat = Chat(platform, row[4], row[8] or None)
    return Delivery(row[0], row[1], chat, row[2], ChatKind(row[5]))


def mark_sent(conn: sqlite3.Connection, sent: list[SentMark]) -> None:
    conn.executemany(
        "UPDATE outbox SET state = 'sent', message_id = ?, attempts = attempts + 1,"
        " finished = ?, last_error = NULL WHERE id = ?",
        [(message_id, when, delivery_id) for delivery_id, message_id, when in sent],
    )


def mark_retry(
    conn: sqlite3.Connection, delivery_id: int, next_attempt: float, error: str, count: bool
) -> None:
    conn.execute(
        "UPDATE outbox SET next_attempt = ?, last_error = ?, attempts = attempts + ? WHERE id = ?",
        (next_attempt, error, int(count), delivery_id),
    )


def mark_failed(conn: sqlite3.Connection, delivery_id: int, error: str) -> None:
    conn.execute(
        "UPDATE outbox SET state = 'failed', last_error = ?, attempts = attempts + 1,"
        " finished = ? WHERE id = ?",
        (error, time.time(), delivery_id),
    )


def deactivate_chat(conn: sqlite3.Connection, chat: Chat, reason: str) -> int:
    count = 0
    for ref in place_refs(conn, chat):
        cursor = conn.execute(
            "UPDATE subscriptions SET active = 0, reason = ? WHERE chat_ref = ? AND active = 1",
            (reason, ref),
        )
        count += cursor.rowcount
        deactivate_chat_feeds(conn, ref, reason)
        conn.execute(
            "UPDATE outbox SET state = 'skipped', last_error = ?, finished = ?"
            " WHERE chat_ref = ? AND state = 'pending'",
            (f"chat unreachable: {reason}", time.time(), ref),
        )
    return count


def migrate_chat(conn: sqlite3.Connection, chat: Chat, new_chat_id: str) -> None:
    old = find_chat_ref(conn, chat)
    if old is None:
        return
    new_chat = Chat(chat.platform, new_chat_id, chat.thread)
    target = find_chat_ref(conn, new_chat)
    if target == old:
        return
    if target is None:
        conn.execute("UPDATE chats SET chat_id = ? WHERE id = ?", (new_chat_id, old))
        return
    conn.execute(
        "UPDATE OR IGNORE subscriptions SET chat_ref = ? WHERE chat_ref = ?", (target, old)
    )
    conn.execute(
        "UPDATE OR IGNORE outbox SET chat_ref = ? WHERE chat_ref = ? AND state = 'pending'",
        (target, old),
    )
    conn.execute("DELETE FROM subscriptions WHERE chat_ref = ?", (old,))
    move_mutes(conn, old, target)
    move_chat_feeds(conn, old, target)
    conn.execute(
        "UPDATE outbox SET state = 'skipped', last_error = 'chat migrated'"
        " WHERE chat_ref = ? AND state = 'pending'",
        (old,),
    )
