"""`newsbot run` as a real process against the fake Bot API, stopped with SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from pathlib import Path

from tests.telegram.conftest import TOKEN
from tests.telegram.fake_api import FakeTelegram

NEWSBOT = Path(sys.executable).with_name("newsbot")


async def test_newsbot_run_answers_and_exits_cleanly(fake: FakeTelegram, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    env.update(
        NEWSBOT_TELEGRAM_TOKEN=TOKEN,
        NEWSBOT_TELEGRAM_API_URL=fake.url,
        NEWSBOT_DB=str(tmp_path / "run.db"),
        NEWSBOT_LOG_LEVEL="DEBUG",
    )
    proc = await asyncio.create_subprocess_exec(
        str(NEWSBOT),
        "run",
        cwd=tmp_path,  # no stray .env
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await fake.wait_for(lambda: any(m == "getUpdates" for m, _ in fake.requests), 20)
        assert fake.commands[0]["command"] == "start"
        reply = await fake.ask(fake.private(6001), "/start", timeout=10)
        assert "I post the news" in reply.shown
        proc.send_signal(signal.SIGTERM)
        began = time.monotonic()
        _, stderr = await asyncio.wait_for(proc.communicate(), 8)
        took = time.monotonic() - began
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    log = stderr.decode()
    assert proc.returncode == 0, log
    assert TOKEN not in log
    assert took < 4, f"shutdown took {took:.1f} s"
