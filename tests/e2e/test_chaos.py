"""Chaos: another process holds the write lock for 30 s while the bot broadcasts to 50 chats
and a second process ingests. Afterwards every chat has every article exactly once, the
ingest stored everything, reads never waited, and the bot is still running."""

from __future__ import annotations

import asyncio
import re
import signal
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from bot.models import Chat, ChatKind, SubscriptionKind
from storage.sqlite import SqliteStorage
from tests.conftest import newsbot_env
from tests.e2e.helpers import NEWSBOT, write_article
from tests.storage.lockholder import HOLD
from tests.telegram.conftest import TOKEN
from tests.telegram.fake_api import FakeTelegram

CHATS = [7001 + n for n in range(50)]
BEFORE, DURING = 6, 4  # articles queued before the lock, and ingested while it is held
LOCK_SECONDS = 30.0
HEADLINE = re.compile(r"Chaos bulletin \d\d")


async def _subscribe_everyone(db: Path) -> None:
    store = await SqliteStorage.open(db)
    for chat_id in CHATS:
        chat = Chat("telegram", str(chat_id))
        await store.add_subscription(chat, SubscriptionKind.ALL, "", ChatKind.PRIVATE)
    await store.close()


def _articles(folder: Path, numbers: range) -> Path:
    folder.mkdir()
    for n in numbers:
        write_article(
            folder / f"{n:02}.txt",
            "World",
            f"Chaos bulletin {n:02} from the harbour",
            f"Item {n}: the harbour master reported that the ferries ran on time today.",
        )
    return folder


async def _newsbot(*args: str, env: dict[str, str]) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        NEWSBOT, *args, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await proc.communicate()
    return proc.returncode or 0, out.decode(), err.decode()


def _posts(fake: FakeTelegram) -> Counter[tuple[int, str]]:
    found = (
        (m.chat_id, match.group()) for m in fake.messages if (match := HEADLINE.search(m.text))
    )
    return Counter(found)


@pytest.mark.slow
async def test_a_30_s_lock_mid_broadcast_loses_and_repeats_nothing(tmp_path: Path) -> None:
    fake = await FakeTelegram(TOKEN).start()
    for chat_id in CHATS:
        fake.private(chat_id)
    db = tmp_path / "chaos.db"
    env = newsbot_env(
        db,
        NEWSBOT_TELEGRAM_TOKEN=TOKEN,
        NEWSBOT_TELEGRAM_API_URL=fake.url,
        NEWSBOT_TELEGRAM_RATE="100",
        NEWSBOT_TELEGRAM_CHAT_RATE="2",
        NEWSBOT_DELIVERY_POLL_INTERVAL="0.2",
    )
    await _subscribe_everyone(db)
    before = _articles(tmp_path / "before", range(BEFORE))
    during = _articles(tmp_path / "during", range(BEFORE, BEFORE + DURING))
    assert (await _newsbot("ingest", str(before), env=env))[0] == 0
    log = (tmp_path / "bot.log").open("wb")
    bot = await asyncio.create_subprocess_exec(
        NEWSBOT, "run", env=env, cwd=tmp_path, stdout=log, stderr=log
    )
    try:
        await fake.wait_for(lambda: sum(_posts(fake).values()) >= 60, 30)
        holder = await asyncio.create_subprocess_exec(
            sys.executable, "-c", HOLD, str(db), str(LOCK_SECONDS), stdout=asyncio.subprocess.PIPE
        )
        assert holder.stdout is not None
        assert (await asyncio.wait_for(holder.stdout.readline(), 10)).strip() == b"locked"
        locked_at = time.monotonic()
        ingest = asyncio.create_task(_newsbot("ingest", str(during), env=env))
        began = time.monotonic()
        code, out, err = await _newsbot("latest", "--json", env=env)
        assert code == 0 and "Chaos bulletin" in out, err
        assert time.monotonic() - began < 5, "a reader waited for the write lock"
        sent_during_lock = sum(_posts(fake).values())
        assert sent_during_lock < len(CHATS) * BEFORE, "the broadcast ended before the lock"
        await asyncio.wait_for(holder.wait(), LOCK_SECONDS + 30)
        assert time.monotonic() - locked_at >= LOCK_SECONDS - 1
        code, out, err = await asyncio.wait_for(ingest, 60)
        assert code == 0 and f"Ingested: {DURING} new, 0 duplicate, 0 failed." in out, err
        want = len(CHATS) * (BEFORE + DURING)
        await fake.wait_for(lambda: sum(_posts(fake).values()) >= want, 60)
        await asyncio.sleep(1.0)  # time for any repeat to show up
        posts = _posts(fake)
        assert len(posts) == want, "lost deliveries"
        assert max(posts.values()) == 1, f"sent twice: {[k for k, n in posts.items() if n > 1]}"
        assert bot.returncode is None, "the bot stopped"
    finally:
        if bot.returncode is None:
            bot.send_signal(signal.SIGTERM)
        await asyncio.wait_for(bot.wait(), 20)
        log.close()
        await fake.close()
    assert bot.returncode == 0, (tmp_path / "bot.log").read_text()
