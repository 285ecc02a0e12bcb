"""Fixtures: a fake Discord, a real SQLite store, and the adapter started as `newsbot run` does."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.discord import create
from bot.models import Article, Quote
from bot.services import NewsService
from bot.settings import Settings
from storage.sqlite import SqliteStorage
from tests.discord.fake_discord import FakeDiscord

_ids = itertools.count(1)


def make_article(
    headline: str = "Council approves new harbour bridge",
    category: str = "Politics",
    summary: str = "The city council voted 7-2 for the bridge. Work starts in spring.",
    quotes: tuple[Quote, ...] = (Quote("This bridge will change the city.", "Mayor Ana Ruiz"),),
    url: str | None = None,
    paragraphs: tuple[str, ...] | None = None,
) -> Article:
    n = next(_ids)
    return Article(
        identity=f"test-{n}-{headline}",
        category=category,
        headline=headline,
        paragraphs=paragraphs or (summary, *(f"“{q.text}”" for q in quotes)),
        summary=summary,
        quotes=quotes,
        url=url or f"https://news.example/{n}",
        published=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
        source="Example Times",
        outlet="Example Times",
    )


def discord_settings(fake: FakeDiscord, db: Path, **extra: object) -> Settings:
    values: dict[str, object] = {
        "db": db,
        "discord_token": fake.token,
        "discord_guild": fake.guild_id,
        "discord_api_url": fake.api_url,
        "discord_gateway_url": fake.gateway_url,
        "delivery_poll_interval": 0.05,
        **extra,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg, arg-type]


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = await FakeDiscord().start()
    yield server
    await server.close()


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[SqliteStorage]:
    store = await SqliteStorage.open(tmp_path / "news.db")
    yield store
    await store.close()


@pytest.fixture
def service(storage: SqliteStorage) -> NewsService:
    return NewsService(storage)


@pytest.fixture
def settings(fake: FakeDiscord, tmp_path: Path) -> Settings:
    return discord_settings(fake, tmp_path / "news.db")


@pytest.fixture
async def bot(fake: FakeDiscord, service: NewsService, settings: Settings) -> AsyncIterator:
    stop = asyncio.Event()
    adapter = create(settings, service, stop, guild_ready_timeout=0.05)
    await adapter.start()
    yield adapter
    await adapter.stop()
