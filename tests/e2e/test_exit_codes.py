"""Exit codes that mean something, and each failure printed once."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time
from pathlib import Path

from tests.conftest import newsbot_env
from tests.e2e.helpers import NEWSBOT, newsbot, write_article

FEED = "http://127.0.0.1:9/feed.xml"


def test_a_feed_poller_that_keeps_crashing_ends_the_bot_non_zero(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    env = newsbot_env(db, NEWSBOT_FEEDS=FEED)
    assert newsbot("status", env=env).returncode == 0
    with sqlite3.connect(db) as conn:  # feed state the poller cannot read: it crashes each poll
        conn.execute("INSERT INTO feeds(url, next_poll) VALUES (?, 'soon')", (FEED,))
    stdin_r, stdin_w = os.pipe()  # kept open: only the poller can end the bot
    began = time.monotonic()
    proc = subprocess.Popen(
        [NEWSBOT, "run"], stdin=stdin_r, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    os.close(stdin_r)
    try:
        _, err = proc.communicate(timeout=40)
    finally:
        os.close(stdin_w)
        if proc.returncode is None:
            proc.kill()
    stderr = err.decode()
    assert proc.returncode == 1, stderr
    assert 6 < time.monotonic() - began < 30  # restarted after 1, 2 and 4 s first
    assert stderr.count("the feed poller failed; restarting it") == 3
    final = [line for line in stderr.splitlines() if line.startswith("newsbot:")]
    assert len(final) == 1
    assert final[0].startswith("newsbot: the feed poller failed 4 times in 600 s; the last error:")
    assert "'soon'" in final[0] or "'str'" in final[0]  # the unreadable next_poll is named


def test_each_failed_item_is_printed_once(tmp_path: Path) -> None:
    bad = write_article(tmp_path / "bad.txt", "World", "A headline alone")
    good = write_article(tmp_path / "good.txt", "World", "Dam opens", "The dam opened today.")
    result = newsbot("ingest", str(bad), str(good), env=newsbot_env(tmp_path / "bot.db"))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if "A headline alone" in line]
    assert len(lines) == 1 and lines[0].startswith("FAILED"), result.stderr
    assert "Ingested: 1 new, 0 duplicate, 1 failed." in result.stdout
