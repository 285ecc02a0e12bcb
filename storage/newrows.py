"""A batch's new articles: one duplicate check per batch, then one statement per table."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from bot.models import Article, Quote
from storage.articles import article_values, category_id, speaker_keys

FIND_IDENTITIES = (
    "SELECT identity, id FROM articles WHERE identity IN (SELECT value FROM json_each(?))"
)
# An identity, else the URL's first (lowest id) article, as `existing_id` answers.
FIND_URLS = (
    "SELECT url, MIN(id) FROM articles WHERE url IN (SELECT value FROM json_each(?)) GROUP BY url"
)
NEXT_ID = "SELECT COALESCE(MAX(id), 0) + 1 FROM articles"
INSERT_ARTICLES = (
    "INSERT INTO articles(id, identity, category_id, headline, summary, related, url,"
    " source, published, created, key_quotes, outlet, image) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
INSERT_BODIES = "INSERT INTO bodies(article_id, body) VALUES (?,?)"
INSERT_QUOTES = (
    "INSERT INTO quotes(article_id, category_id, rank, text, speaker, speaker_key,"
    " speaker_last) VALUES (?,?,?,?,?,?,?)"
)
INSERT_PRIVATE = "INSERT INTO private_articles(article_id, feed_url) VALUES (?,?)"
COUNT_CATEGORY = "UPDATE categories SET articles = articles + ? WHERE id = ?"
INSERT_SEARCH = "INSERT INTO articles_fts(rowid, headline, body, quotes) VALUES (?,?,?,?)"


class Seen:
    """The articles stored already, by identity and by URL: those of the batch's identities
    and URLs found in one query each, then those the batch itself stores."""

    def __init__(self, conn: sqlite3.Connection, batch: list[Article]) -> None:
        identities = json.dumps([a.identity for a in batch])
        self.ids: dict[str, int] = dict(conn.execute(FIND_IDENTITIES, (identities,)))
        urls = [a.url for a in batch if a.url]
        self.urls: dict[str, int] = (
            dict(conn.execute(FIND_URLS, (json.dumps(urls),))) if urls else {}
        )

    def find(self, article: Article) -> int | None:
        """The id of the stored article this one duplicates, if any."""
        found = self.ids.get(article.identity)
        if found is None and article.url:
            found = self.urls.get(article.url)
        return found

    def add(self, article: Article, article_id: int) -> None:
        """An article the batch stores (a URL keeps its first article)."""
        self.ids[article.identity] = article_id
        if article.url:
            self.urls.setdefault(article.url, article_id)


class NewRows:
    """The rows of a batch's new articles, with the ids SQLite would give them (one more than
    the largest), written by `write` with one statement per table."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.next_id = int(conn.execute(NEXT_ID).fetchone()[0])
        self.category_ids: dict[str, int] = {}
        self.counts: dict[int, int] = {}
        self.articles: list[tuple[Any, ...]] = []
        self.bodies: list[tuple[int, str]] = []
        self.quotes: list[tuple[Any, ...]] = []
        self.private: list[tuple[int, str]] = []
        self.search: list[tuple[int, str, str, tuple[Quote, ...]]] = []

    def add(self, article: Article) -> tuple[int, int]:
        """Queue an article's rows; returns (article id, category id)."""
        cat = self._category(article.category)
        article_id, self.next_id = self.next_id, self.next_id + 1
        body = article.body
        self.articles.append((article_id, *article_values(article, cat)))
        self.bodies.append((article_id, body))
        self.quotes.extend(
            (article_id, cat, rank, q.text, q.speaker, *speaker_keys(q.speaker))
            for rank, q in enumerate(article.quotes)
        )
        self.search.append((article_id, article.headline, body, article.quotes))
        if article.private_feed:  # hidden from everyone else, and from category counts
            self.private.append((article_id, article.private_feed))
        else:
            self.counts[cat] = self.counts.get(cat, 0) + 1
        return article_id, cat

    def _category(self, name: str) -> int:
        found = self.category_ids.get(name)
        if found is None:
            found = self.category_ids[name] = category_id(self.conn, name)
        return found

    def write(self) -> None:
        """Every queued row; the search index last, so nothing comes between its inserts."""
        conn = self.conn
        conn.executemany(INSERT_ARTICLES, self.articles)
        conn.executemany(INSERT_BODIES, self.bodies)
        conn.executemany(INSERT_QUOTES, self.quotes)
        conn.executemany(INSERT_PRIVATE, self.private)
        conn.executemany(COUNT_CATEGORY, [(n, cat) for cat, n in self.counts.items()])
        conn.executemany(
            INSERT_SEARCH,
            (
                (i, headline, body, "\n".join(q.text for q in quotes))
                for i, headline, body, quotes in self.search
            ),
        )
