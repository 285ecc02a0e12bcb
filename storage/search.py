"""Full-text search: the FTS5 syntax for a core search query is built here and only here."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Sequence

from bot.follows import key_word
from bot.models import Article
from bot.query import SearchQuery
from storage.articles import PUBLIC_ONLY, get_articles


def fts_phrase(normalised: str) -> str:
    """An FTS5 phrase for a normalised phrase; tokens are \\w+ only, so nothing can break out."""
    return '"' + normalised.replace('"', '""') + '"'


def match_expression(query: SearchQuery) -> str:
    """Every term must appear: FTS5 phrases joined by spaces (an implicit AND)."""
    return " ".join(fts_phrase(" ".join(term.words)) for term in query.terms)


def search(
    conn: sqlite3.Connection, query: SearchQuery, limit: int, before_id: int | None
) -> list[Article]:
    before = before_id if before_id is not None else 2**62
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid < ?"
            f" AND rowid {PUBLIC_ONLY} ORDER BY rowid DESC LIMIT ?",
            (match_expression(query), before, limit),
        )
    ]
    return sorted(get_articles(conn, ids), key=lambda a: -(a.id or 0))


def mentions(conn: sqlite3.Connection, article_id: int, phrase: str) -> bool:
    """Whether an article's headline, body or quotes contain a normalised phrase."""
    row = conn.execute(
        "SELECT 1 FROM articles_fts WHERE rowid = ? AND articles_fts MATCH ?",
        (article_id, fts_phrase(phrase)),
    ).fetchone()
    return row is not None


def scratch_index(conn: sqlite3.Connection) -> None:
    """A contentless scratch index with the search index's tokenizer, a view of each term's
    place and one of the distinct terms."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.stemmer USING fts5("
        "t, content='', tokenize='porter unicode61 remove_diacritics 2')"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.stemmer_places"
        " USING fts5vocab(temp, stemmer, 'instance')"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.stemmer_terms"
        " USING fts5vocab(temp, stemmer, 'row')"
    )


def scratch_fill(conn: sqlite3.Connection, texts: Sequence[str]) -> None:
    """Put texts in the (emptied) scratch index, the first as document 1."""
    scratch_index(conn)
    scratch_clear(conn)
    conn.executemany("INSERT INTO temp.stemmer(rowid, t) VALUES (?, ?)", list(enumerate(texts, 1)))


def scratch_clear(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO temp.stemmer(stemmer) VALUES ('delete-all')")


def scratch_places(
    conn: sqlite3.Connection, count: int, only: Collection[str] | None = None
) -> list[dict[int, str]]:
    """Each of the `count` texts in the scratch index as its terms by position (only the
    terms in `only`, when given)."""
    found: list[dict[int, str]] = [{} for _ in range(count)]
    if only is None:
        rows = conn.execute("SELECT doc, offset, term FROM temp.stemmer_places")
    else:
        rows = conn.execute(
            "SELECT doc, offset, term FROM temp.stemmer_places"
            " WHERE term IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(only)),),
        )
    for doc, offset, term in rows:
        found[doc - 1][offset] = term
    return found


def tokenised(conn: sqlite3.Connection, texts: Sequence[str]) -> list[dict[int, str]]:
    """Each text as the search index reads it: its terms (porter stems, accents folded) by
    position, in one pass over the scratch index."""
    scratch_fill(conn, texts)
    found = scratch_places(conn, len(texts))
    scratch_clear(conn)
    return found


def stems(conn: sqlite3.Connection, text: str) -> set[str]:
    """The search index's terms for a text (porter stems, accents folded)."""
    return set(tokenised(conn, [text])[0].values())


def follow_terms(conn: sqlite3.Connection, phrase: str) -> str:
    """A followed phrase's terms in order, as the search index reads it, space-separated."""
    column = tokenised(conn, [phrase])[0]
    return " ".join(column[at] for at in sorted(column))


def index_columns(article: Article) -> list[str]:
    """The texts the search index holds for an article, one per column."""
    return [article.headline, article.body, "\n".join(q.text for q in article.quotes)]


def phrases_in(
    columns: list[dict[int, str]], follows: Sequence[tuple[str, str | None]]
) -> list[str]:
    """The followed phrases, given with their terms (`follow_terms`), found in tokenised
    columns as the index finds a phrase: its terms in a row within one column. The same
    answer as `mentions`, without one index query per phrase."""
    starts = [_starts(column) for column in columns]
    present = {term for column in columns for term in column.values()}
    found = []
    for phrase, terms in follows:
        wanted = terms.split(" ") if terms else []
        if not wanted or any(term not in present for term in wanted):
            continue
        if len(wanted) == 1 or any(
            _holds(c, s, wanted) for c, s in zip(columns, starts, strict=True)
        ):
            found.append(phrase)
    return found


def _starts(column: dict[int, str]) -> dict[str, list[int]]:
    """Where each term stands in a tokenised column."""
    found: dict[str, list[int]] = {}
    for at, term in column.items():
        found.setdefault(term, []).append(at)
    return found


def _holds(column: dict[int, str], starts: dict[str, list[int]], terms: list[str]) -> bool:
    """Whether the terms follow one another somewhere in a tokenised column."""
    return any(
        all(column.get(at + n) == t for n, t in enumerate(terms[1:], 1))
        for at in starts.get(terms[0], ())
    )


def follow_key(conn: sqlite3.Connection, phrase: str) -> str:
    """The stem of a followed phrase's rarest word: what the prefilter files it under."""
    word = key_word(phrase)
    return min(stems(conn, word), default=word)


def fill_follow_keys(conn: sqlite3.Connection) -> None:
    """File every follow that has no key or terms yet (follows made before they existed)."""
    rows = conn.execute(
        "SELECT id, value FROM subscriptions WHERE kind = 'follow'"
        " AND (follow_key IS NULL OR follow_terms IS NULL)"
    ).fetchall()
    if not rows:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        terms = [follow_terms(conn, value) for _, value in rows]
        conn.executemany(
            "UPDATE subscriptions SET follow_key = ?, follow_terms = ? WHERE id = ?",
            [
                (follow_key(conn, value), found, sub_id)
                for (sub_id, value), found in zip(rows, terms, strict=True)
            ],
        )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
