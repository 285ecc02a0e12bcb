"""Opening the database file: read-only for commands that only read, checked for writers."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiosqlite

from bot.errors import StorageError, StorageUnusable
from storage.errors import CANTOPEN, READONLY, describe, primary_code
from storage.schema import (
    BUSY_TIMEOUT_MS,
    SCHEMA_VERSION,
    configure,
    migrate,
    user_version,
)
from storage.search import fill_follow_keys


def check_folder(path: Path) -> None:
    """Say clearly, with the path, when the database's folder is missing."""
    folder = path.absolute().parent
    if folder.is_dir():
        return
    what = "is not a folder" if folder.exists() else "does not exist"
    raise StorageUnusable(
        f"The database folder {folder} {what}; create it, or point NEWSBOT_DB (or --db)"
        " at a file in an existing folder."
    )


async def connect_writer(path: Path) -> aiosqlite.Connection:
    """A read-write connection; the file is created when missing."""
    check_folder(path)
    try:
        return await aiosqlite.connect(str(path), isolation_level=None)
    except sqlite3.Error as exc:
        raise describe(exc, path) from exc


async def prepare_writer(run: Callable[..., Awaitable[Any]], path: Path) -> None:
    """A writer's settings (WAL), then migrations only when the version read is behind."""
    try:
        await run(configure)
        if await run(user_version) != SCHEMA_VERSION:
            await run(migrate)
            await run(fill_follow_keys)  # follows made before the prefilter existed
    except RuntimeError as exc:
        raise StorageUnusable(f"Cannot use the database {path}: {exc}") from exc


async def connect_reader(path: Path) -> aiosqlite.Connection | None:
    """A read-only connection to the current-version database at `path`.

    None when there is no such file yet or its schema is behind (a writer must create or
    migrate it first). A WAL database in a read-only folder with no -wal file left is opened
    as immutable: no process can be writing to it.
    """
    if not path.is_file():
        return None
    for immutable in (False, True):
        db = await aiosqlite.connect(_readonly_uri(path, immutable), uri=True, isolation_level=None)
        try:
            version = await _version(db)
        except sqlite3.Error as exc:
            await db.close()
            if immutable or not _worth_immutable(path, exc):
                raise describe(exc, path) from exc
            continue
        except StorageError:
            await db.close()
            raise
        if version < SCHEMA_VERSION:
            await db.close()
            return None
        await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await db.execute("PRAGMA temp_store = MEMORY")
        return db
    return None


def refuse_newer(version: int) -> None:
    """A database written by a newer newsbot is not touched."""
    if version > SCHEMA_VERSION:
        raise StorageUnusable(
            f"The database is version {version}, newer than this newsbot ({SCHEMA_VERSION})."
        )


async def _version(db: aiosqlite.Connection) -> int:
    async with db.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    version = int(row[0]) if row else 0
    refuse_newer(version)
    return version


def _readonly_uri(path: Path, immutable: bool) -> str:
    uri = path.resolve().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def _worth_immutable(path: Path, exc: sqlite3.Error) -> bool:
    """The WAL index could not be made (read-only folder) and no writer has a WAL open."""
    wal = path.with_name(path.name + "-wal")
    return primary_code(exc) in (CANTOPEN, READONLY) and not wal.exists()
