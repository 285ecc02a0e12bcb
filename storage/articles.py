"""Articles, quotes, categories and search: synchronous functions run on the database thread."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from bot.models import Article, CategoryCount, Quote, QuoteHit
from storage.posts import dump_key_quotes, load_key_quotes

PUBLIC_ONLY = "NOT IN (SELECT article_id FROM private_articles)"
"""Appended to an article id column: hides the articles of feeds chats added themselves."""

# What a post shows (the body is read only for rows whose key quotes were never chosen).
POST_COLUMNS = (
    "a.id, a.identity, c.name, a.headline, a.summary, a.related, a.url, a.source,"
    " a.published, a.key_quotes, a.outlet, a.image"
    " FROM articles a JOIN categories c ON c.id = a.category_id"
)


def category_id(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM categories WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    new_id = int(conn.execute("INSERT INTO categories(name) VALUES (?)", (name,)).lastrowid or 0)
    conn.execute(
        "UPDATE subscriptions SET category_id = ? WHERE kind = 'category' AND category_id IS NULL"
        " AND value = ? COLLATE NOCASE",
        (new_id, name),
    )
    return new_id


def find_category_id(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM categories WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else None


def existing_id(conn: sqlite3.Connection, identity: str, url: str | None) -> int | None:
    row = conn.execute("SELECT id FROM articles WHERE identity = ?", (identity,)).fetchone()
    if row is None and url:
        row = conn.execute("SELECT id FROM articles WHERE url = ? LIMIT 1", (url,)).fetchone()
    return int(row[0]) if row else None


def article_values(article: Article, cat: int) -> tuple[Any, ...]:
    """The articles row of either engine, in column order (identity … image)."""
    published = article.published.timestamp() if article.published else None
    return (
        article.identity,
        cat,
        article.headline,
        article.summary,
        "\n".join(article.related),
        article.url,
        article.source,
        published,
        time.time(),
        dump_key_quotes(article.key_quotes),
        article.outlet,
        article.image,
    )


def speaker_keys(speaker: str | None) -> tuple[str | None, str | None]:
    """Lookup keys for a speaker: the whole name and the last word, lower-cased."""
    if not speaker:
        return None, None
    key = " ".join(speaker.lower().split())
    return key, key.rsplit(" ", 1)[-1]


def article_from_row(row: Sequence[Any], body: str, quotes: list[Quote]) -> Article:
    """An Article from a row of POST_COLUMNS (either engine), its body and its quotes."""
    published = datetime.fromtimestamp(row[8], UTC) if row[8] is not None else None
    return Article(
        id=row[0],
        identity=row[1],
        category=row[2],
        headline=row[3],
        summary=row[4],
        paragraphs=tuple(body.split("\n\n")) if body else (),
        related=tuple(row[5].split("\n")) if row[5] else (),
        url=row[6],
        source=row[7],
        published=published,
        quotes=tuple(quotes),
        key_quotes=load_key_quotes(row[9]),
        outlet=row[10],
        image=row[11],
    )


def _articles(conn: sqlite3.Connection, rows: list[Any], whole: bool) -> list[Article]:
    """Articles from rows; bodies and quotes only where `whole` or no key quotes are stored."""
    ids = [row[0] for row in rows if whole or row[9] is None]
    bodies: dict[int, str] = {}
    quotes: dict[int, list[Quote]] = {row[0]: [] for row in rows}
    if ids:
        marks = ",".join("?" * len(ids))
        bodies = dict(
            conn.execute(f"SELECT article_id, body FROM bodies WHERE article_id IN ({marks})", ids)
        )
        for article_id, text, speaker in conn.execute(
            f"SELECT article_id, text, speaker FROM quotes WHERE article_id IN ({marks})"
            " ORDER BY article_id, rank",
            ids,
        ):
            quotes[article_id].append(Quote(text, speaker))
    return [article_from_row(row, bodies.get(row[0], ""), quotes[row[0]]) for row in rows]


def get_article(conn: sqlite3.Connection, article_id: int) -> Article | None:
    """One whole article: body, quotes and key quotes."""
    rows = conn.execute(f"SELECT {POST_COLUMNS} WHERE a.id = ?", (article_id,)).fetchall()
    found = _articles(conn, rows, whole=True)
    return found[0] if found else None


def get_articles(conn: sqlite3.Connection, ids: list[int]) -> list[Article]:
    """Articles as posts show them, oldest first: one query, no body, where key quotes are
    stored; rows from before key quotes were stored bring their body and quotes."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT {POST_COLUMNS} WHERE a.id IN ({marks}) ORDER BY a.id", ids
    ).fetchall()
    return _articles(conn, rows, whole=False)


def latest(
    conn: sqlite3.Connection, category: str | None, limit: int, before_id: int | None
) -> list[Article]:
    before = before_id if before_id is not None else 2**62
    if category is None:
        ids = [
            r[0]
            for r in conn.execute(
                f"SELECT id FROM articles WHERE id < ? AND id {PUBLIC_ONLY}"
                " ORDER BY id DESC LIMIT ?",
                (before, limit),
            )
        ]
    else:
        found = find_category_id(conn, category)
        if found is None:
            return []
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM articles WHERE category_id = ? AND id < ?"
                f" AND id {PUBLIC_ONLY} ORDER BY id DESC LIMIT ?",
                (found, before, limit),
            )
        ]
    return sorted(get_articles(conn, ids), key=lambda a: -(a.id or 0))


def quote(
    conn: sqlite3.Connection,
    category: str | None,
    speaker: str | None,
    article_id: int | None,
) -> QuoteHit | None:
    """The best-ranked quote of the newest article matching; one index walk per lookup key."""
    where: list[str] = ["speaker IS NOT NULL"] if article_id is None else ["article_id = ?"]
    params: list[object] = [] if article_id is None else [article_id]
    if article_id is None:
        where.append(f"article_id {PUBLIC_ONLY}")
    if category is not None:
        found = find_category_id(conn, category)
        if found is None:
            return None
        where.append("category_id = ?")
        params.append(found)
    if not speaker:
        return _quote_hit(conn, _newest_quote(conn, "", where, params))
    key, last = speaker_keys(speaker)
    candidates = [
        _newest_quote(
            conn, "INDEXED BY quotes_by_speaker", [*where, "speaker_key = ?"], [*params, key]
        ),
        _newest_quote(
            conn, "INDEXED BY quotes_by_surname", [*where, "speaker_last = ?"], [*params, last]
        ),
    ]
    found_rows = [c for c in candidates if c is not None]
    best = max(found_rows, key=lambda r: (r[1], -r[2]), default=None)
    return _quote_hit(conn, best)


def _newest_quote(
    conn: sqlite3.Connection, index: str, where: list[str], params: list[object]
) -> tuple[int, int, int] | None:
    """(quote id, article id, rank) of the newest article's best quote under `where`."""
    row = conn.execute(
        f"SELECT id, article_id, rank FROM quotes {index} WHERE {' AND '.join(where)}"
        " ORDER BY article_id DESC, rank LIMIT 1",
        params,
    ).fetchone()
    return (int(row[0]), int(row[1]), int(row[2])) if row else None


def _quote_hit(conn: sqlite3.Connection, found: tuple[int, int, int] | None) -> QuoteHit | None:
    if found is None:
        return None
    row = conn.execute(
        "SELECT q.text, q.speaker, q.article_id, a.headline, c.name, a.url FROM quotes q"
        " JOIN articles a ON a.id = q.article_id JOIN categories c ON c.id = a.category_id"
        " WHERE q.id = ?",
        (found[0],),
    ).fetchone()
    return QuoteHit(Quote(row[0], row[1]), row[2], row[3], row[4], row[5])


def categories(conn: sqlite3.Connection) -> list[CategoryCount]:
    return [
        CategoryCount(name, count)
        for name, count in conn.execute(
            "SELECT name, articles FROM categories WHERE articles > 0 ORDER BY name COLLATE NOCASE"
        )
    ]
