"""A real PostgreSQL server for the tests: from the environment, pip, or the system's binaries.

In order: `NEWSBOT_TEST_DATABASE_URL` if set; else the `pgserver` wheel (a test extra, runs
as root too); else `initdb`/`pg_ctl` from the system run as the unprivileged `postgres` user;
else None, and the PostgreSQL tests skip saying why.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

ENV = "NEWSBOT_TEST_DATABASE_URL"
SYSTEM_BINARIES = (Path("/usr/local/bin"), Path("/usr/lib/postgresql/15/bin"), Path("/usr/bin"))


@contextlib.contextmanager
def postgres_server() -> Iterator[tuple[str | None, str]]:
    """Yield (url, how it was found) or (None, why there is none)."""
    if os.environ.get(ENV):
        yield os.environ[ENV], ENV
        return
    reasons: list[str] = []
    with _pgserver(reasons) as url:
        if url:
            yield url, "pgserver"
            return
    with _system(reasons) as url:
        if url:
            yield url, "system binaries"
            return
    yield None, "; ".join(reasons)


@contextlib.contextmanager
def _pgserver(reasons: list[str]) -> Iterator[str | None]:
    try:
        import pgserver  # type: ignore[import-untyped]
    except ImportError:
        reasons.append("pgserver is not installed")
        yield None
        return
    folder = tempfile.mkdtemp(prefix="newsbot-pg-")
    try:
        server = pgserver.get_server(folder, cleanup_mode="stop")
    except Exception as exc:  # any failure to start means: try the next way
        reasons.append(f"pgserver did not start: {exc}")
        shutil.rmtree(folder, ignore_errors=True)
        yield None
        return
    try:
        yield str(server.get_uri())
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


def _binary(name: str) -> Path | None:
    found = shutil.which(name)
    if found:
        return Path(found)
    return next((d / name for d in SYSTEM_BINARIES if (d / name).exists()), None)


@contextlib.contextmanager
def _system(reasons: list[str]) -> Iterator[str | None]:
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        reasons.append("no initdb/pg_ctl on this machine")
        yield None
        return
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    folder = Path(tempfile.mkdtemp(prefix="newsbot-pgsys-"))
    data, sockets = folder / "data", folder / "run"
    sockets.mkdir()
    if as_user:
        shutil.chown(folder, "postgres")
        shutil.chown(sockets, "postgres")
    try:
        run = [*as_user, str(pg_ctl), "-D", str(data), "-w", "-l", str(folder / "log")]
        subprocess.run(
            [*as_user, str(initdb), "-D", str(data), "-U", "postgres", "-A", "trust"],
            check=True,
            capture_output=True,
        )
        options = f"-k {sockets} -c listen_addresses='' -c fsync=off"
        subprocess.run([*run, "-o", options, "start"], check=True, capture_output=True)
    except (subprocess.CalledProcessError, OSError, LookupError) as exc:
        reasons.append(f"the system's PostgreSQL did not start: {exc}")
        shutil.rmtree(folder, ignore_errors=True)
        yield None
        return
    try:
        yield f"postgresql://postgres@/postgres?host={sockets}"
    finally:
        subprocess.run([*run, "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def with_schema(url: str, schema: str) -> str:
    """The same database, with every table of this newsbot in its own schema."""
    return f"{url}{'&' if '?' in url else '?'}search_path={schema}"


async def fresh_schema(url: str) -> str:
    """A new empty schema on the test server; returns a URL that uses it."""
    import asyncpg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(f"CREATE SCHEMA {schema}")
    finally:
        await conn.close()
    return with_schema(url, schema)
