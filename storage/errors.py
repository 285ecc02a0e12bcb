"""SQLite failures said in words: disk full, read-only, missing or damaged database, locked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.errors import DiskFull, StorageError, StorageUnusable

# SQLite's primary result codes (the low byte of an extended code)
PERM, BUSY, LOCKED, READONLY, IOERR, CORRUPT = 3, 5, 6, 8, 10, 11
FULL, CANTOPEN, NOTADB = 13, 14, 26
UNUSABLE = {PERM, READONLY, IOERR, CORRUPT, CANTOPEN, NOTADB}


def primary_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of an error, if it carries one."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_locked(exc: BaseException) -> bool:
    """Another connection holds a lock this one needs: worth waiting for."""
    return isinstance(exc, sqlite3.OperationalError) and primary_code(exc) in (BUSY, LOCKED)


def is_environmental(exc: BaseException) -> bool:
    """The disk, the file or its folder failed, not the statement: no retry inside a batch."""
    code = primary_code(exc)
    return code == FULL or code in UNUSABLE


def describe(exc: sqlite3.Error, path: Path) -> StorageError:
    """A reader-facing error for an environmental SQLite failure on the database at `path`."""
    code = primary_code(exc)
    folder = path.absolute().parent
    if code == FULL:
        return DiskFull(f"The disk holding the database {path} is full ({exc}); free some space.")
    if code in (READONLY, PERM):
        return StorageUnusable(
            f"The database {path} is read-only ({exc}); newsbot needs to write to the file"
            f" and to its folder {folder}."
        )
    if code == CANTOPEN:
        return StorageUnusable(
            f"Cannot open the database {path} ({exc}); check that the folder {folder} exists"
            " and can be read and written."
        )
    if code in (CORRUPT, NOTADB):
        return StorageUnusable(f"The database {path} is damaged or not a newsbot database ({exc}).")
    return StorageUnusable(f"Reading or writing the database {path} failed ({exc}).")
