"""The console chat end to end through `newsbot run`, as a newcomer would use it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import SEED, newsbot_env
from tests.e2e.helpers import NEWSBOT, newsbot, wait_for, write_article


def test_seed_latest_and_quote_through_the_console(tmp_path: Path) -> None:
    env = newsbot_env(tmp_path / "bot.db")
    assert newsbot("ingest", str(SEED.parent), env=env).returncode == 0
    run = newsbot("run", env=env, stdin="/latest\n/quote\n/categories\n/bogus\n", timeout=60)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "Putin ‘ignoring’ Ukraine advances" in out
    assert "Alperovitch" in out
    assert "LATEST DEVELOPMENTS" not in out and "Leave a Reply" not in out
    assert "— Dmitri Alperovitch" in out
    assert "Uncategorized (1)" in out
    assert "I don't know /bogus" in out


def test_follow_delivers_an_article_ingested_by_another_process(tmp_path: Path) -> None:
    env = newsbot_env(tmp_path / "bot.db", NEWSBOT_DELIVERY_POLL_INTERVAL="0.1")
    bot = subprocess.Popen(
        [NEWSBOT, "run"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True
    )
    assert bot.stdin is not None and bot.stdout is not None
    try:
        bot.stdin.write("/follow Pokrovsk\n")
        bot.stdin.flush()
        assert "This chat now follows “pokrovsk”" in bot.stdout.readline()
        article = write_article(
            tmp_path / "pokrovsk.txt",
            "World",
            "Rail hub of Pokrovsk under pressure",
            "Forces pressed towards the town of Pokrovsk on Tuesday, officials said.",
            "“The next few weeks will decide a great deal,” said analyst Maria Koval.",
        )
        assert newsbot("ingest", str(article), env=env).returncode == 0
        seen: list[str] = []
        assert wait_for(lambda: _read_until(bot, seen, "Rail hub of Pokrovsk"), timeout=20)
    finally:
        bot.stdin.close()
        bot.wait(timeout=20)
    assert bot.returncode == 0


def _read_until(bot: subprocess.Popen[str], seen: list[str], text: str) -> bool:
    assert bot.stdout is not None
    line = bot.stdout.readline()
    seen.append(line)
    return text in line


def test_a_muted_word_stops_an_item_a_follow_would_bring(tmp_path: Path) -> None:
    env = newsbot_env(tmp_path / "bot.db", NEWSBOT_DELIVERY_POLL_INTERVAL="0.1")
    bot = subprocess.Popen(
        [NEWSBOT, "run"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True
    )
    assert bot.stdin is not None and bot.stdout is not None
    try:
        bot.stdin.write('/follow Pokrovsk\n/mute "supply lines"\n')
        bot.stdin.flush()
        assert "now follows" in bot.stdout.readline()
        assert "This chat now mutes “supply lines”" in bot.stdout.readline()
        muted = write_article(
            tmp_path / "a.txt", "World", "Muted story", "Pokrovsk supply lines were cut."
        )
        kept = write_article(tmp_path / "b.txt", "World", "Kept story", "Pokrovsk held out.")
        assert newsbot("ingest", str(muted), str(kept), env=env).returncode == 0
        seen: list[str] = []
        assert wait_for(lambda: _read_until(bot, seen, "Kept story"), timeout=20)
    finally:
        bot.stdin.close()
        bot.wait(timeout=20)
    assert bot.returncode == 0
    assert not any("Muted story" in line for line in seen)
