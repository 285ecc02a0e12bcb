"""Search on PostgreSQL: newest first among articles holding every term, in one query.

No one plan suits every term. A word that is not among the column's most common elements
(the planner's statistics, which autovacuum keeps) has few hits: the search index finds the
articles holding the query's rare words, and only those are tested against every term (GIN
would otherwise walk a common word's long list too). Otherwise the newest articles are tested
in id order first, lazily, so a common term is answered after a few rows, and the index is
asked only if the newest SCAN_FIRST hold too few hits. Either way the bound on ids stays
outside the fence (OFFSET 0): a reused statement's generic plan would otherwise intersect the
index's hits with every id below it.
"""

from __future__ import annotations

import time

import asyncpg

from bot.follows import fold
from bot.models import Article
from bot.query import SearchQuery
from storage.postgres.articles import NEWEST, POST_COLUMNS, PUBLIC_ONLY, completed

SCAN_FIRST = 200  # newest articles tested in order before the index is asked
STATISTICS_TTL = 600.0  # seconds the most common words are kept before they are read again


class CommonWords:
    """The search column's most common elements, read from pg_stats and kept a while."""

    def __init__(self) -> None:
        self.words: frozenset[str] | None = None
        self.read_at = float("-inf")

    async def get(self, conn: asyncpg.Connection) -> frozenset[str] | None:
        """The common words, or None while the table has no statistics yet."""
        if time.monotonic() - self.read_at > STATISTICS_TTL:
            found = await conn.fetchval(
                "SELECT most_common_elems::text::text[] FROM pg_stats WHERE schemaname ="
                " current_schema() AND tablename = 'articles' AND attname = 'words'"
            )
            self.words = frozenset(found) if found else None
            self.read_at = time.monotonic()
        return self.words


async def search(
    conn: asyncpg.Connection,
    query: SearchQuery,
    limit: int,
    before_id: int | None,
    common: CommonWords,
) -> list[Article]:
    """Newest first among articles holding every term (each a phrase, accents folded)."""
    phrases = [fold(" ".join(term.words)) for term in query.terms]
    known = await common.get(conn)
    rare = [w for p in phrases for w in p.split() if known is not None and w not in known]
    params: list[object] = [before_id if before_id is not None else NEWEST, limit]
    if rare:
        found = _index(_matches(len(params), phrases), len(params) + len(phrases) + 1)
        phrases.append(" ".join(rare))
    else:
        params.append(SCAN_FIRST)
        found = _newest_then_index(_matches(len(params), phrases))
    rows = await conn.fetch(
        f"SELECT {POST_COLUMNS} FROM articles a JOIN categories c ON c.id = a.category_id"
        f" WHERE a.id IN ({found}) ORDER BY a.id DESC",
        *params,
        *phrases,
    )
    return await completed(conn, rows, False)


def _matches(after: int, phrases: list[str]) -> str:
    """Every phrase as a tsquery, the phrases being the parameters after the first `after`."""
    return " && ".join(f"phraseto_tsquery('simple', ${after + n + 1})" for n in range(len(phrases)))


def _index(matches: str, rare: int) -> str:
    """The newest hits below the bound ($1, $2 the limit): the search index finds the articles
    with the rare words (parameter `rare`), and only those are tested against every term."""
    return (
        f"SELECT id FROM (SELECT id, words FROM articles WHERE words @@"
        f" plainto_tsquery('simple', ${rare}) AND id {PUBLIC_ONLY} OFFSET 0) hits"
        f" WHERE words @@ ({matches}) AND id < $1 ORDER BY id DESC LIMIT $2"
    )


def _newest_then_index(matches: str) -> str:
    """The newest SCAN_FIRST tested lazily, then the index below them if they held too few:
    the branches run in order under one LIMIT, so the second never starts when not needed
    ($1 bound, $2 limit, $3 SCAN_FIRST)."""
    newest = (
        f"SELECT id, words FROM articles WHERE id < $1 AND id {PUBLIC_ONLY}"
        " ORDER BY id DESC LIMIT $3"
    )
    return (
        "SELECT id FROM ("
        f"(SELECT id FROM ({newest}) recent WHERE words @@ ({matches})) UNION ALL"
        f" (SELECT id FROM (SELECT id FROM articles WHERE words @@ ({matches})"
        f" AND id {PUBLIC_ONLY} OFFSET 0) hits WHERE id <"
        f" (SELECT min(id) FROM ({newest}) scanned HAVING count(*) = $3)"
        " ORDER BY id DESC LIMIT $2)) found LIMIT $2"
    )
