"""Muted phrases: a chat never receives an article that mentions one of its mutes."""

from __future__ import annotations

import sqlite3
import time

from bot.models import Chat, ChatKind, PhraseShare
from storage.search import fts_phrase, mentions
from storage.subscriptions import chat_ref, find_chat_ref


def add_mute(conn: sqlite3.Connection, chat: Chat, phrase: str, kind: ChatKind) -> bool:
    """Mute a phrase for a chat; False if it was muted already."""
    ref = chat_ref(conn, chat, kind)
    cursor = conn.execute(
        "INSERT OR IGNORE INTO mutes(chat_ref, phrase, created) VALUES (?,?,?)",
        (ref, phrase, time.time()),
    )
    return cursor.rowcount > 0


def remove_mute(conn: sqlite3.Connection, chat: Chat, phrase: str) -> bool:
    ref = find_chat_ref(conn, chat)
    if ref is None:
        return False
    cursor = conn.execute("DELETE FROM mutes WHERE chat_ref = ? AND phrase = ?", (ref, phrase))
    return cursor.rowcount > 0


def mutes(conn: sqlite3.Connection, chat: Chat) -> list[str]:
    ref = find_chat_ref(conn, chat)
    if ref is None:
        return []
    rows = conn.execute("SELECT phrase FROM mutes WHERE chat_ref = ? ORDER BY phrase", (ref,))
    return [phrase for (phrase,) in rows]


def muting_phrases(conn: sqlite3.Connection, article_id: int) -> list[str]:
    """The muted phrases (of any chat) that an article mentions."""
    phrases = conn.execute("SELECT DISTINCT phrase FROM mutes").fetchall()
    return [p for (p,) in phrases if mentions(conn, article_id, p)]


def move_mutes(conn: sqlite3.Connection, old_ref: int, new_ref: int) -> None:
    """A chat merged into another (a group became a supergroup): its mutes go along."""
    conn.execute("UPDATE OR IGNORE mutes SET chat_ref = ? WHERE chat_ref = ?", (new_ref, old_ref))
    conn.execute("DELETE FROM mutes WHERE chat_ref = ?", (old_ref,))


def phrase_share(conn: sqlite3.Connection, phrase: str, newest: int) -> PhraseShare:
    """How many of the newest `newest` articles mention a phrase, out of how many there are."""
    row = conn.execute(
        "SELECT COUNT(*), MIN(id) FROM (SELECT id FROM articles ORDER BY id DESC LIMIT ?)",
        (newest,),
    ).fetchone()
    total, oldest = int(row[0]), row[1]
    if not total:
        return PhraseShare(0, 0)
    (matching,) = conn.execute(
        "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?",
        (fts_phrase(phrase), oldest),
    ).fetchone()
    return PhraseShare(int(matching), total)
