"""Shared fixtures: a real SQLite file per test, the services over it, article factories."""

from __future__ import annotations

import itertools
import os
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.models import Article, Quote
from bot.services import NewsService
from bot.settings import Settings
from storage.sqlite import SqliteStorage

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_9d507b454c127a27.txt"
CORPUS = REPO.parent / "shared" / "corpus"
_ids = itertools.count(1)


def corpus_or_skip() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS} (it sits beside the checkout)")
    return CORPUS


def make_article(
    headline: str | None = None,
    *,
    category: str = "World",
    body: str = "A body paragraph about the news of the day.",
    quotes: tuple[Quote, ...] = (),
    url: str | None = None,
    identity: str | None = None,
) -> Article:
    n = next(_ids)
    return Article(
        identity=identity or f"test:{n}",
        category=category,
        headline=headline or f"Headline number {n}",
        paragraphs=(body,),
        summary=body,
        quotes=quotes,
        url=url,
        published=datetime(2026, 1, 1, tzinfo=UTC),
        source="tests",
    )


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=tmp_path / "newsbot.db", _env_file=None)  # type: ignore[call-arg]


@pytest.fixture
async def storage(settings: Settings) -> AsyncIterator[SqliteStorage]:
    store = await SqliteStorage.open(settings.db)
    yield store
    await store.close()


@pytest.fixture
def service(storage: SqliteStorage) -> NewsService:
    return NewsService(storage)


def newsbot_env(db: Path, **extra: str) -> dict[str, str]:
    """Environment for a `newsbot` subprocess: no platform tokens unless given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    env["NEWSBOT_DB"] = str(db)
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL server for the whole run (see tests/postgres.py for where from)."""
    from tests.postgres import postgres_server

    with postgres_server() as (url, how):
        if url is None:
            pytest.skip(f"no PostgreSQL server for these tests: {how}")
        yield url
