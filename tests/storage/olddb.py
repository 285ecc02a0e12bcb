"""Databases as older newsbots left them: the first migrations only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storage.schema import MIGRATIONS, _statements


def old_database(path: Path, version: int) -> None:
    """A database at schema `version`, built by the migrations up to it."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        for script in MIGRATIONS[:version]:
            for statement in _statements(script):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
