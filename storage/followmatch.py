"""The follows each article of a batch meets, from one pass of the batch through the
search index's tokenizer."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from bot.models import Article
from storage.search import index_columns, phrases_in, scratch_clear, scratch_fill, scratch_places

# The follows filed under a term of the batch: the only ones any of its articles can meet.
CANDIDATES = (
    "SELECT DISTINCT value, follow_terms, follow_key FROM subscriptions WHERE active = 1"
    " AND kind = 'follow' AND follow_key IN (SELECT value FROM json_each(?))"
)
Candidate = tuple[str, str | None, str]


def followed_phrases(conn: sqlite3.Connection, articles: Sequence[Article]) -> list[list[str]]:
    """For each article, the followed phrases it contains, as `phrases_in` finds them.

    The batch's texts go through the scratch index once; only the places of the candidate
    follows' terms are read back, which answers as the article's every term would.
    """
    if not articles:
        return []
    texts = [text for article in articles for text in index_columns(article)]
    scratch_fill(conn, texts)
    terms = [term for (term,) in conn.execute("SELECT term FROM temp.stemmer_terms")]
    candidates: list[Candidate] = conn.execute(CANDIDATES, (json.dumps(terms),)).fetchall()
    columns = scratch_places(conn, len(texts), _terms_of(candidates))
    scratch_clear(conn)
    filed: dict[str, list[tuple[str, str | None]]] = {}
    for value, follow_terms, key in candidates:
        filed.setdefault(key, []).append((value, follow_terms))
    width = len(texts) // len(articles)
    return [_meets(columns[at : at + width], filed) for at in range(0, len(texts), width)]


def _terms_of(candidates: list[Candidate]) -> set[str]:
    """Every term a candidate is filed under or made of."""
    found = {key for _, _, key in candidates}
    for _, terms, _ in candidates:
        found.update(terms.split(" ") if terms else ())
    return found


def _meets(
    columns: list[dict[int, str]], filed: dict[str, list[tuple[str, str | None]]]
) -> list[str]:
    """The follows filed under one of an article's terms that its columns hold."""
    present = {term for column in columns for term in column.values()}
    return phrases_in(columns, [follow for term in present for follow in filed.get(term, ())])
