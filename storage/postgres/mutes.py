"""Muted phrases on PostgreSQL: a chat never receives an article that mentions one of its mutes."""

from __future__ import annotations

import time
from typing import TypeAlias

import asyncpg

from bot.follows import fold
from bot.models import Chat, ChatKind, PhraseShare
from storage.postgres.subscriptions import chat_ref, find_chat_ref

Conn: TypeAlias = asyncpg.Connection


def _count(status: str) -> int:
    return int(status.rsplit(" ", 1)[-1])


async def add_mute(conn: Conn, chat: Chat, phrase: str, kind: ChatKind) -> bool:
    """Mute a phrase for a chat; False if it was muted already."""
    ref = await chat_ref(conn, chat, kind)
    status: str = await conn.execute(
        "INSERT INTO mutes(chat_ref, phrase, created) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING",
        ref,
        phrase,
        time.time(),
    )
    return _count(status) > 0


async def remove_mute(conn: Conn, chat: Chat, phrase: str) -> bool:
    ref = await find_chat_ref(conn, chat)
    if ref is None:
        return False
    status: str = await conn.execute(
        "DELETE FROM mutes WHERE chat_ref = $1 AND phrase = $2", ref, phrase
    )
    return _count(status) > 0


async def mutes(conn: Conn, chat: Chat) -> list[str]:
    ref = await find_chat_ref(conn, chat)
    if ref is None:
        return []
    rows = await conn.fetch("SELECT phrase FROM mutes WHERE chat_ref = $1 ORDER BY phrase", ref)
    return [row[0] for row in rows]


async def muting_phrases(conn: Conn, article_id: int) -> list[str]:
    """The muted phrases (of any chat) that an article mentions."""
    phrases = [row[0] for row in await conn.fetch("SELECT DISTINCT phrase FROM mutes")]
    if not phrases:
        return []
    rows = await conn.fetch(
        "SELECT t.phrase FROM unnest($1::text[], $2::text[]) AS t(phrase, folded),"
        " articles a WHERE a.id = $3 AND a.words @@ phraseto_tsquery('simple', t.folded)",
        phrases,
        [fold(p) for p in phrases],
        article_id,
    )
    return [row[0] for row in rows]


async def move_mutes(conn: Conn, old_ref: int, new_ref: int) -> None:
    """A chat merged into another (a group became a supergroup): its mutes go along."""
    await conn.execute(
        "UPDATE mutes m SET chat_ref = $1 WHERE chat_ref = $2 AND NOT EXISTS ("
        " SELECT 1 FROM mutes n WHERE n.chat_ref = $1 AND n.phrase = m.phrase)",
        new_ref,
        old_ref,
    )
    await conn.execute("DELETE FROM mutes WHERE chat_ref = $1", old_ref)


async def phrase_share(conn: Conn, phrase: str, newest: int) -> PhraseShare:
    """How many of the newest `newest` articles mention a phrase, out of how many there are."""
    row = await conn.fetchrow(
        "SELECT count(*), count(*) FILTER (WHERE words @@ phraseto_tsquery('simple', $2))"
        " FROM (SELECT words FROM articles ORDER BY id DESC LIMIT $1) recent",
        newest,
        fold(phrase),
    )
    return PhraseShare(int(row[1]), int(row[0])) if row and row[0] else PhraseShare(0, 0)
