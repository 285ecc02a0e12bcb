"""Full-text search: the FTS5 syntax for a core search query is built here and only here."""

from __future__ import annotations

import sqlite3

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


def stems(conn: sqlite3.Connection, text: str) -> set[str]:
    """The search index's terms for a text (porter stems, accents folded)."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.stemmer USING fts5("
        "t, tokenize='porter unicode61 remove_diacritics 2')"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.stemmer_terms"
        " USING fts5vocab(temp, stemmer, 'row')"
    )
    conn.execute("DELETE FROM temp.stemmer")
    conn.execute("INSERT INTO temp.stemmer(t) VALUES (?)", (text,))
    found = {term for (term,) in conn.execute("SELECT term FROM temp.stemmer_terms")}
    conn.execute("DELETE FROM temp.stemmer")
    return found


def follow_key(conn: sqlite3.Connection, phrase: str) -> str:
    """The stem of a followed phrase's rarest word: what the prefilter files it under."""
    word = key_word(phrase)
    return min(stems(conn, word), default=word)
