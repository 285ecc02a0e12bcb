"""kill -9 in the middle of a broadcast, start again: nothing lost, at most one repeat."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
from collections import Counter
from pathlib import Path

from tests.conftest import newsbot_env
from tests.e2e.helpers import NEWSBOT, newsbot, wait_for, write_article

ARTICLES = 40


def _sent(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM outbox WHERE state = 'sent'").fetchone()[0]


def _start(env: dict[str, str], out: Path) -> subprocess.Popen[bytes]:
    stdin_r, stdin_w = os.pipe()  # kept open: the console chat keeps running
    proc = subprocess.Popen([NEWSBOT, "run"], stdin=stdin_r, stdout=out.open("ab"), env=env)
    os.close(stdin_r)
    proc.stdin_writer = stdin_w  # type: ignore[attr-defined]
    return proc


def test_sigkill_mid_broadcast_loses_nothing_and_repeats_at_most_one(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    env = newsbot_env(db, NEWSBOT_CONSOLE_RATE="10", NEWSBOT_DELIVERY_POLL_INTERVAL="0.1")
    newsbot("run", env=env, stdin="/subscribe all\n")
    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(ARTICLES):
        write_article(
            folder / f"{n:03}.txt",
            "World",
            f"Bulletin number {n:03} from the coast",
            f"Item {n}: the coast guard reported calm seas and clear skies today.",
        )
    assert newsbot("ingest", str(folder), env=env).returncode == 0
    out = tmp_path / "console.txt"
    first = _start(env, out)
    assert wait_for(lambda: _sent(db) >= 10, timeout=30)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    assert _sent(db) < ARTICLES, "the broadcast finished before the kill; slow it down"
    second = _start(env, out)
    try:
        assert wait_for(lambda: _sent(db) == ARTICLES, timeout=30)
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=15)
    assert second.returncode == 0
    shown = Counter(
        line.strip() for line in out.read_text("utf-8").splitlines() if "Bulletin number" in line
    )
    assert len(shown) == ARTICLES  # nothing lost
    assert sum(shown.values()) - ARTICLES <= 1  # at most the one send in flight at the kill
