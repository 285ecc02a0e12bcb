"""The command line on PostgreSQL: migrate, queries, status with workers, roles that need it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SEED, newsbot_env
from tests.e2e.helpers import newsbot
from tests.postgres import fresh_schema


async def test_migrate_ingest_and_status_on_postgres(postgres_url: str, tmp_path: Path) -> None:
    url = await fresh_schema(postgres_url)
    env = newsbot_env(tmp_path / "unused.db", NEWSBOT_DATABASE_URL=url)
    migrated = newsbot("migrate", env=env)
    assert migrated.returncode == 0, migrated.stderr
    assert newsbot("ingest", str(SEED), env=env).returncode == 0
    latest = json.loads(newsbot("latest", "--json", env=env).stdout)
    assert len(latest) == 1
    shown = newsbot("status", "--json", env=env)
    assert shown.returncode == 0, shown.stderr
    status = json.loads(shown.stdout)
    assert status["articles"] == 1 and status["workers"] == []
    assert not (tmp_path / "unused.db").exists()


def test_a_split_role_needs_postgres(tmp_path: Path) -> None:
    result = newsbot("run", "--role", "delivery", env=newsbot_env(tmp_path / "x.db"))
    assert result.returncode == 1
    assert "NEWSBOT_DATABASE_URL" in result.stderr


def test_a_database_url_that_is_not_postgres_is_refused(tmp_path: Path) -> None:
    env = newsbot_env(tmp_path / "x.db", NEWSBOT_DATABASE_URL="mysql://a:b@host/db")
    result = newsbot("status", env=env)
    assert result.returncode == 2 and "postgresql://" in result.stderr
    assert "a:b" not in result.stderr
