"""Fixtures: a fake Bot API, real SQLite storage, the adapter started as `newsbot run` does."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from adapters.telegram import create
from bot.models import Article, Quote
from bot.services import NewsService
from bot.settings import Settings
from storage.sqlite import SqliteStorage
from tests.telegram.fake_api import FakeTelegram

TOKEN = "123:ABC"


def make_settings(fake: FakeTelegram, tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "telegram_api_url": fake.url,
        "telegram_token": SecretStr(TOKEN),
        "db": tmp_path / "t.db",
        "delivery_poll_interval": 0.05,
        "delivery_backoff": 0.05,
        "telegram_chat_rate": 1000.0,
        "telegram_group_per_minute": 100000.0,
        "telegram_rate": 1000.0,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def article(
    identity: str,
    category: str = "Politics",
    headline: str | None = None,
    summary: str = "The summary says what happened. It has two sentences.",
    quotes: tuple[Quote, ...] = (),
    url: str | None = None,
) -> Article:
    return Article(
        identity=identity,
        category=category,
        headline=headline or f"Headline {identity}",
        paragraphs=(summary, *(f"“{q.text}”" for q in quotes)),  # a post shows body text only
        summary=summary,
        quotes=quotes,
        url=url if url is not None else f"https://news.example/{identity}",
    )


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    api = await FakeTelegram(TOKEN).start()
    yield api
    await api.close()
    assert api.errors == [], "the fake Bot API itself failed"


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[SqliteStorage]:
    store = await SqliteStorage.open(tmp_path / "t.db")
    yield store
    await store.close()


@pytest.fixture
def service(storage: SqliteStorage) -> NewsService:
    return NewsService(storage)


StartBot = Callable[..., Awaitable[Any]]


@pytest.fixture
async def start_bot(
    fake: FakeTelegram, service: NewsService, tmp_path: Path
) -> AsyncIterator[StartBot]:
    """Start the adapter through `create(...)` + `start()`, like `newsbot run`; stop it after."""
    started: list[Any] = []

    async def start(**overrides: Any) -> Any:
        settings = make_settings(fake, tmp_path, **overrides)
        adapter = create(settings, service, asyncio.Event())
        await adapter.start()
        adapter.settings_used = settings
        started.append(adapter)
        return adapter

    yield start
    for adapter in started:
        await asyncio.wait_for(adapter.stop(), 5)


@pytest.fixture
async def bot(start_bot: StartBot) -> Any:
    return await start_bot()
