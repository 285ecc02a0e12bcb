"""Opening the database: read-only files and folders, a missing folder, versions behind."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.errors import StorageUnusable
from storage.schema import SCHEMA_VERSION
from storage.sqlite import SqliteStorage
from tests.conftest import SEED, newsbot_env
from tests.e2e.helpers import NEWSBOT, newsbot


def _unprivileged() -> list[str]:
    """A command prefix under which file permissions apply (root ignores them otherwise)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be enforced")
    return [setpriv, "--inh-caps=-all", "--bounding-set=-all"]


def run_unprivileged(*args: str, env: dict[str, str]) -> tuple[int, str, str]:
    import subprocess

    done = subprocess.run(
        [*_unprivileged(), NEWSBOT, *args], env=env, capture_output=True, text=True, timeout=60
    )
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def readonly_db(tmp_path: Path) -> Iterator[Path]:
    """A database with one article, in a folder where neither it nor the folder is writable."""
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "bot.db"
    assert newsbot("ingest", str(SEED), env=newsbot_env(db)).returncode == 0
    db.chmod(0o444)
    folder.chmod(0o555)
    yield db
    folder.chmod(0o755)
    db.chmod(0o644)


def test_reading_commands_work_on_a_read_only_database(readonly_db: Path) -> None:
    env = newsbot_env(readonly_db)
    code, out, err = run_unprivileged("latest", "--json", env=env)
    assert code == 0, err
    assert json.loads(out)[0]["headline"].startswith("Putin")
    for command in (["status", "--json"], ["categories"], ["search", "Pokrovsk"], ["quote"]):
        code, out, err = run_unprivileged(*command, env=env)
        assert code == 0 and out.strip() and not err, (command, err)
    assert sorted(p.name for p in readonly_db.parent.iterdir()) == ["bot.db"]


def test_writing_to_a_read_only_database_says_so_once_with_the_path(readonly_db: Path) -> None:
    code, _, err = run_unprivileged("ingest", str(SEED), env=newsbot_env(readonly_db))
    assert code == 1
    assert str(readonly_db) in err and "read-only" in err.lower(), err
    assert err.count("newsbot:") == 1 and "Traceback" not in err


@pytest.mark.parametrize("command", [["latest"], ["ingest", str(SEED)], ["run"]])
def test_a_missing_database_folder_is_named_and_not_created(
    tmp_path: Path, command: list[str]
) -> None:
    db = tmp_path / "nowhere" / "bot.db"
    result = newsbot(*command, env=newsbot_env(db), stdin="/latest\n")
    assert result.returncode == 1
    assert f"The database folder {db.parent} does not exist" in result.stderr
    assert result.stderr.count("does not exist") == 1 and "Traceback" not in result.stderr
    assert not db.parent.exists()


async def test_a_reader_opens_read_only_and_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    await (await SqliteStorage.open(path)).close()
    before = path.stat().st_mtime_ns
    store = await SqliteStorage.open(path, readonly=True)
    try:
        assert await store.latest() == []
        with pytest.raises(StorageUnusable, match="read-only"):
            await store.report_problem("x", "a reader cannot write")
    finally:
        await store.close()
    assert path.stat().st_mtime_ns == before


async def test_a_reader_of_a_database_behind_brings_it_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    await (await SqliteStorage.open(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX outbox_pending_by_chat")
        conn.execute("DROP INDEX outbox_by_chat")
        conn.execute("CREATE INDEX outbox_by_chat ON outbox(chat_ref, state)")
        conn.execute("DROP TABLE chat_feeds")  # and what migration 4 made
        conn.execute("DROP TABLE private_articles")
        conn.execute("PRAGMA user_version = 2")
    store = await SqliteStorage.open(path, readonly=True)
    await store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


async def test_a_missing_file_is_created_even_for_a_reader(tmp_path: Path) -> None:
    store = await SqliteStorage.open(tmp_path / "new.db", readonly=True)
    try:
        assert await store.categories() == []
    finally:
        await store.close()
    assert (tmp_path / "new.db").is_file()
