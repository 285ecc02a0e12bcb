"""Every storage backend runs the same contract tests; add a backend to BACKENDS to test it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from bot.ports import Storage
from storage.postgres import PostgresStorage
from storage.sqlite import SqliteStorage
from tests.postgres import fresh_schema
from tests.storage.fake import FakeStorage


async def open_sqlite(folder: Path) -> Storage:
    return await SqliteStorage.open(folder / "contract.db")


async def open_sqlite_with_reader(folder: Path) -> Storage:
    """As the running bot opens it: reads on a second, read-only connection."""
    return await SqliteStorage.open(folder / "contract.db", reader=True)


async def open_fake(folder: Path) -> Storage:
    return FakeStorage()


BACKENDS: dict[str, Callable[[Path], Awaitable[Storage]]] = {
    "sqlite": open_sqlite,
    "sqlite-reader": open_sqlite_with_reader,
    "fake": open_fake,
}


@pytest.fixture(params=[*sorted(BACKENDS), "postgres"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Storage]:
    if request.param == "postgres":
        url = await fresh_schema(request.getfixturevalue("postgres_url"))
        backend: Storage = await PostgresStorage.open(url)
    else:
        backend = await BACKENDS[request.param](tmp_path)
    yield backend
    await backend.close()
