"""Articles, quotes, categories and search on PostgreSQL (one connection, in a transaction)."""

from __future__ import annotations

from typing import TypeAlias

import asyncpg

from bot.follows import fold
from bot.models import Article, CategoryCount, Quote, QuoteHit
from storage.articles import article_from_row, article_values, speaker_keys

Conn: TypeAlias = asyncpg.Connection
PUBLIC_ONLY = "NOT IN (SELECT article_id FROM private_articles)"
"""Appended to an article id column: hides the articles of feeds chats added themselves."""
# What a post shows (the body is read only for rows whose key quotes were never chosen).
POST_COLUMNS = (
    "a.id, a.identity, c.name, a.headline, a.summary, a.related, a.url, a.source,"
    " a.published, a.key_quotes, a.outlet, a.image"
)
NEWEST = 2**62


async def category_id(conn: Conn, name: str) -> int:
    found = await find_category_id(conn, name)
    if found is not None:
        return found
    new_id: int = await conn.fetchval(
        "INSERT INTO categories(name) VALUES ($1) ON CONFLICT (lower(name))"
        " DO UPDATE SET name = categories.name RETURNING id",
        name,
    )
    await conn.execute(
        "UPDATE subscriptions SET category_id = $1 WHERE kind = 'category'"
        " AND category_id IS NULL AND lower(value) = lower($2)",
        new_id,
        name,
    )
    return new_id


async def find_category_id(conn: Conn, name: str) -> int | None:
    found = await conn.fetchval("SELECT id FROM categories WHERE lower(name) = lower($1)", name)
    return int(found) if found is not None else None


async def existing_id(conn: Conn, identity: str, url: str | None) -> int | None:
    found = await conn.fetchval("SELECT id FROM articles WHERE identity = $1", identity)
    if found is None and url:
        found = await conn.fetchval("SELECT id FROM articles WHERE url = $1 LIMIT 1", url)
    return int(found) if found is not None else None


def searchable(article: Article) -> str:
    """What the search index holds: headline, body and quotes, accents folded."""
    return fold("\n".join([article.headline, article.body, *(q.text for q in article.quotes)]))


async def insert_article(conn: Conn, article: Article) -> tuple[int, int]:
    """Insert an article, its quotes and its search words; returns (article id, category id)."""
    cat = await category_id(conn, article.category)
    article_id: int = await conn.fetchval(
        "INSERT INTO articles(identity, category_id, headline, summary, related, url,"
        " source, published, created, key_quotes, outlet, image, words) VALUES"
        " ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12, to_tsvector('simple', $13)) RETURNING id",
        *article_values(article, cat),
        searchable(article),
    )
    await conn.execute(
        "INSERT INTO bodies(article_id, body) VALUES ($1, $2)", article_id, article.body
    )
    await conn.execute("UPDATE categories SET articles = articles + 1 WHERE id = $1", cat)
    await conn.executemany(
        "INSERT INTO quotes(article_id, category_id, rank, text, speaker, speaker_key,"
        " speaker_last) VALUES ($1,$2,$3,$4,$5,$6,$7)",
        [
            (article_id, cat, rank, q.text, q.speaker, *speaker_keys(q.speaker))
            for rank, q in enumerate(article.quotes)
        ],
    )
    return article_id, cat


async def get_articles(conn: Conn, ids: list[int], whole: bool = False) -> list[Article]:
    """The articles with these ids, in id order, as posts show them: bodies and quotes only
    where `whole` or no key quotes are stored (rows from before they were chosen at ingest)."""
    if not ids:
        return []
    rows = await conn.fetch(
        f"SELECT {POST_COLUMNS} FROM articles a JOIN categories c ON c.id = a.category_id"
        " WHERE a.id = ANY($1::bigint[]) ORDER BY a.id",
        ids,
    )
    return await completed(conn, rows, whole)


async def completed(conn: Conn, rows: list[asyncpg.Record], whole: bool) -> list[Article]:
    """Articles from rows of POST_COLUMNS, with bodies and quotes read where needed."""
    wanted = [row[0] for row in rows if whole or row[9] is None]
    bodies: dict[int, str] = {}
    by_article: dict[int, list[Quote]] = {row[0]: [] for row in rows}
    if wanted:
        bodies = dict(
            await conn.fetch(
                "SELECT article_id, body FROM bodies WHERE article_id = ANY($1::bigint[])", wanted
            )
        )
        for article_id, text, speaker in await conn.fetch(
            "SELECT article_id, text, speaker FROM quotes WHERE article_id = ANY($1::bigint[])"
            " ORDER BY article_id, rank",
            wanted,
        ):
            by_article[article_id].append(Quote(text, speaker))
    return [article_from_row(row, bodies.get(row[0], ""), by_article[row[0]]) for row in rows]


async def latest(
    conn: Conn, category: str | None, limit: int, before_id: int | None
) -> list[Article]:
    """The newest public articles (of a category), newest first, in one query."""
    params: list[object] = [before_id if before_id is not None else NEWEST, limit]
    where = f"a.id < $1 AND a.id {PUBLIC_ONLY}"
    if category is not None:
        where += " AND a.category_id = (SELECT id FROM categories WHERE lower(name) = lower($3))"
        params.append(category)
    rows = await conn.fetch(
        f"SELECT {POST_COLUMNS} FROM articles a JOIN categories c ON c.id = a.category_id"
        f" WHERE {where} ORDER BY a.id DESC LIMIT $2",
        *params,
    )
    return await completed(conn, rows, False)


async def quote(
    conn: Conn, category: str | None, speaker: str | None, article_id: int | None
) -> QuoteHit | None:
    """The best-ranked quote of the newest article matching: one index walk per lookup key
    (the whole name, the surname), all in one query."""
    where = ["q.speaker IS NOT NULL"] if article_id is None else ["q.article_id = $1"]
    params: list[object] = [] if article_id is None else [article_id]
    if article_id is None:
        where.append(f"q.article_id {PUBLIC_ONLY}")
    if category is not None:
        params.append(category)
        where.append(
            f"q.category_id = (SELECT id FROM categories WHERE lower(name) = lower(${len(params)}))"
        )
    if not speaker:
        return _hit(max(await _newest_quotes(conn, [where], params), key=_newest, default=None))
    key, last = speaker_keys(speaker)
    n = len(params)
    rows = await _newest_quotes(
        conn,
        [[*where, f"q.speaker_key = ${n + 1}"], [*where, f"q.speaker_last = ${n + 2}"]],
        [*params, key, last],
    )
    return _hit(max(rows, key=_newest, default=None))


def _newest(row: asyncpg.Record) -> tuple[int, int]:
    return row["article_id"], -row["rank"]


async def _newest_quotes(
    conn: Conn, wheres: list[list[str]], params: list[object]
) -> list[asyncpg.Record]:
    """For each `where`, the newest article's best quote under it, with what a hit shows."""
    walks = " UNION ALL ".join(
        "(SELECT * FROM quotes q WHERE " + " AND ".join(where) + ""
        " ORDER BY q.article_id DESC, q.rank LIMIT 1)"
        for where in wheres
    )
    rows: list[asyncpg.Record] = await conn.fetch(
        "SELECT q.text, q.speaker, q.article_id, q.rank, a.headline, c.name, a.url"
        f" FROM ({walks}) q"
        " JOIN articles a ON a.id = q.article_id JOIN categories c ON c.id = a.category_id",
        *params,
    )
    return rows


def _hit(row: asyncpg.Record | None) -> QuoteHit | None:
    if row is None:
        return None
    return QuoteHit(
        Quote(row["text"], row["speaker"]),
        row["article_id"],
        row["headline"],
        row["name"],
        row["url"],
    )


async def categories(conn: Conn) -> list[CategoryCount]:
    rows = await conn.fetch(
        "SELECT name, articles FROM categories WHERE articles > 0 ORDER BY lower(name)"
    )
    return [CategoryCount(name, count) for name, count in rows]
