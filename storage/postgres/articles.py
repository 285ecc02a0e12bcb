"""Articles, quotes, categories and search on PostgreSQL (one connection, in a transaction)."""

from __future__ import annotations

from typing import TypeAlias

import asyncpg

from bot.follows import fold
from bot.models import Article, CategoryCount, Quote, QuoteHit
from bot.query import SearchQuery
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
SCAN_FIRST = 200  # newest articles a search tests in order before it asks the index


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


async def _newest_first(conn: Conn, ids: list[int]) -> list[Article]:
    return sorted(await get_articles(conn, ids), key=lambda a: -(a.id or 0))


async def latest(
    conn: Conn, category: str | None, limit: int, before_id: int | None
) -> list[Article]:
    before = before_id if before_id is not None else NEWEST
    if category is None:
        rows = await conn.fetch(
            f"SELECT id FROM articles WHERE id < $1 AND id {PUBLIC_ONLY} ORDER BY id DESC LIMIT $2",
            before,
            limit,
        )
    else:
        found = await find_category_id(conn, category)
        if found is None:
            return []
        rows = await conn.fetch(
            "SELECT id FROM articles WHERE category_id = $1 AND id < $2"
            f" AND id {PUBLIC_ONLY} ORDER BY id DESC LIMIT $3",
            found,
            before,
            limit,
        )
    return await _newest_first(conn, [r[0] for r in rows])


async def search(
    conn: Conn, query: SearchQuery, limit: int, before_id: int | None
) -> list[Article]:
    """Newest first among articles holding every term (each a phrase, accents folded).

    Two steps, because no one plan suits every term: the newest SCAN_FIRST articles are
    tested in id order (common terms are answered there); if that is not enough, the search
    index finds the rest below them (rare terms: few hits, however large the table). The
    bound on ids stays outside the fence (OFFSET 0): a reused statement's generic plan would
    otherwise intersect the index's hits with the whole range of ids below the bound.
    """
    phrases = [fold(" ".join(term.words)) for term in query.terms]
    matches = " && ".join(f"phraseto_tsquery('simple', ${n + 3})" for n in range(len(phrases)))
    before = before_id if before_id is not None else NEWEST
    recent = await conn.fetch(
        f"SELECT id, words @@ ({matches}) FROM articles WHERE id < $1 AND id {PUBLIC_ONLY}"
        " ORDER BY id DESC LIMIT $2",
        before,
        SCAN_FIRST,
        *phrases,
    )
    ids = [row[0] for row in recent if row[1]][:limit]
    if len(ids) < limit and len(recent) == SCAN_FIRST:
        older = await conn.fetch(
            f"SELECT id FROM (SELECT id FROM articles WHERE words @@ ({matches})"
            f" AND id {PUBLIC_ONLY} OFFSET 0) hits WHERE id < $1 ORDER BY id DESC LIMIT $2",
            recent[-1][0],
            limit - len(ids),
            *phrases,
        )
        ids += [row[0] for row in older]
    return await _newest_first(conn, ids)


async def quote(
    conn: Conn, category: str | None, speaker: str | None, article_id: int | None
) -> QuoteHit | None:
    """The best-ranked quote of the newest article matching; one index walk per lookup key."""
    where = ["q.speaker IS NOT NULL"] if article_id is None else ["q.article_id = $1"]
    params: list[object] = [] if article_id is None else [article_id]
    if article_id is None:
        where.append(f"q.article_id {PUBLIC_ONLY}")
    if category is not None:
        found = await find_category_id(conn, category)
        if found is None:
            return None
        params.append(found)
        where.append(f"q.category_id = ${len(params)}")
    if not speaker:
        return _hit(await _newest_quote(conn, where, params))
    key, last = speaker_keys(speaker)
    n = len(params) + 1
    candidates = [
        await _newest_quote(conn, [*where, f"q.speaker_key = ${n}"], [*params, key]),
        await _newest_quote(conn, [*where, f"q.speaker_last = ${n}"], [*params, last]),
    ]
    found_rows = [c for c in candidates if c is not None]
    return _hit(max(found_rows, key=lambda r: (r["article_id"], -r["rank"]), default=None))


async def _newest_quote(
    conn: Conn, where: list[str], params: list[object]
) -> asyncpg.Record | None:
    """The newest article's best quote under `where`, with what a hit shows, in one query."""
    row: asyncpg.Record | None = await conn.fetchrow(
        "SELECT q.text, q.speaker, q.article_id, q.rank, a.headline, c.name, a.url"
        " FROM (SELECT * FROM quotes q WHERE " + " AND ".join(where) + ""
        " ORDER BY q.article_id DESC, q.rank LIMIT 1) q"
        " JOIN articles a ON a.id = q.article_id JOIN categories c ON c.id = a.category_id",
        *params,
    )
    return row


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
