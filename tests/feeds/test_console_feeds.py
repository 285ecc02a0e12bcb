"""A chat's own feeds end to end: `newsbot run` in the console and `newsbot feeds`, against a
real local feed server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.conftest import newsbot_env
from tests.e2e.helpers import NEWSBOT
from tests.feeds.server import LocalFeeds, serving

pytestmark = pytest.mark.slow


@pytest.fixture
async def local() -> AsyncIterator[LocalFeeds]:
    async with serving() as feeds:
        yield feeds


class Console:
    """`newsbot run` with a pipe for standard input and one for standard output."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.seen: list[str] = []

    async def say(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line.encode() + b"\n")
        await self.process.stdin.drain()

    async def read_until(self, text: str, timeout: float = 30.0) -> str:
        """Lines up to and including the first holding `text`."""
        assert self.process.stdout is not None
        start = len(self.seen)
        async with asyncio.timeout(timeout):
            while not self.seen or text not in self.seen[-1] or len(self.seen) == start:
                line = await self.process.stdout.readline()
                if not line:
                    raise AssertionError(f"output ended before {text!r}: {self.seen}")
                self.seen.append(line.decode())
        return "".join(self.seen[start:])

    async def close(self) -> int:
        assert self.process.stdin is not None
        self.process.stdin.close()
        return await asyncio.wait_for(self.process.wait(), 30)


async def console(env: dict[str, str]) -> Console:
    process = await asyncio.create_subprocess_exec(
        NEWSBOT, "run", env=env, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE
    )
    return Console(process)


async def newsbot(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        NEWSBOT, *args, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode or 0, out.decode(), err.decode()


async def test_an_added_local_feed_delivers_its_next_item_and_exports(
    tmp_path: Path, local: LocalFeeds
) -> None:
    env = newsbot_env(
        tmp_path / "bot.db",
        NEWSBOT_ALLOW_PRIVATE_FEEDS="true",
        NEWSBOT_FEED_INTERVAL="0.3",
        NEWSBOT_DELIVERY_POLL_INTERVAL="0.1",
    )
    bot = await console(env)
    try:
        await bot.say(f"/feed add {local.url} Harbour")
        assert "Added Harbour Gazette (1 item now)" in await bot.read_until("Added")
        local.items.insert(0, ("g2", "Night ferry returns after a long winter"))
        delivered = await bot.read_until("Night ferry returns")
        assert "Ferry timetable changes" not in delivered  # the first fetch was not sent
        await bot.say("/feeds export")
        opml = await bot.read_until("</opml>")
        assert '<opml version="2.0">' in opml and f'xmlUrl="{local.url}"' in opml
        await bot.say("/latest")
        assert "There are no articles yet." in await bot.read_until("articles")
    finally:
        assert await bot.close() == 0


async def test_without_the_setting_a_local_feed_is_refused_with_a_reason(
    tmp_path: Path, local: LocalFeeds
) -> None:
    bot = await console(newsbot_env(tmp_path / "bot.db"))
    try:
        await bot.say(f"/feed add {local.url}")
        refusal = await bot.read_until("Could not add")
        assert "address not allowed: 127.0.0.1 is loopback" in refusal
        await bot.say("/feeds")
        assert "has no feeds of its own" in await bot.read_until("feeds")
    finally:
        assert await bot.close() == 0
    assert local.fetches == 0


async def test_the_cli_imports_and_exports_opml(tmp_path: Path, local: LocalFeeds) -> None:
    env = newsbot_env(tmp_path / "bot.db", NEWSBOT_ALLOW_PRIVATE_FEEDS="true")
    listing = tmp_path / "mine.opml"
    listing.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>'
        f'<outline text="Local"><outline type="rss" text="G" xmlUrl="{local.url}"/></outline>'
        f'<outline type="rss" text="P" xmlUrl="{local.base}/page"/></body></opml>',
        encoding="utf-8",
    )
    code, out, _ = await newsbot(env, "feeds", "import", str(listing), "--chat", "telegram:-100")
    assert code == 1  # one feed failed
    assert "1 added, 0 already present, 1 failed" in out and "not a feed" in out
    code, out, _ = await newsbot(env, "feeds", "export", "--chat", "telegram:-100")
    assert code == 0 and f'xmlUrl="{local.url}"' in out and 'category="Local"' in out
    code, _, err = await newsbot(env, "feeds", "export", "--chat", "nochat")
    assert code == 1 and "--chat must be PLATFORM:CHAT_ID" in err
    code, _, err = await newsbot(
        env, "feeds", "import", str(tmp_path / "none.opml"), "--chat", "x:1"
    )
    assert code == 1 and "could not be read" in err
