"""The inbox takes a file only when complete, refuses odd entries, and survives vanished files."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.inbox import InboxWatcher
from bot.ingest import Ingestor
from bot.services import NewsService
from bot.settings import Settings

HEAD = "World\nBridge reopens after long repairs\n\n"
CHUNKS = [f"Paragraph {n} of the article says the bridge reopened on Monday.\n\n" for n in range(5)]
SETTLE = 0.6


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
async def watching(
    service: NewsService, settings: Settings, inbox: Path
) -> AsyncIterator[InboxWatcher]:
    watcher = InboxWatcher(Ingestor(service.storage, settings), inbox, 0.05, settle=SETTLE)
    stop = asyncio.Event()
    task = asyncio.ensure_future(watcher.run(stop))
    yield watcher
    stop.set()
    await task


async def _wait_for(check: Callable[[], bool], seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("timed out")


async def _bodies(service: NewsService) -> list[str]:
    """Whole bodies of the newest articles (list reads leave bodies out)."""
    found = [
        await service.storage.get_article(a.id or 0) for a in await service.storage.latest(limit=10)
    ]
    return [a.body for a in found if a is not None]


async def test_a_slow_writer_is_read_once_complete(
    watching: InboxWatcher, service: NewsService, inbox: Path
) -> None:
    with (inbox / "slow.txt").open("w") as handle:
        handle.write(HEAD)
        for chunk in CHUNKS:
            handle.flush()
            await asyncio.sleep(SETTLE / 3)
            handle.write(chunk)
    await _wait_for(lambda: (inbox / "processed" / "slow.txt").exists())
    [body] = await _bodies(service)
    assert all(chunk.strip() in body for chunk in CHUNKS)


async def test_a_writer_that_reopens_to_append_makes_one_article(
    watching: InboxWatcher, service: NewsService, inbox: Path
) -> None:
    (inbox / "appended.txt").write_text(HEAD)
    for chunk in CHUNKS:
        await asyncio.sleep(SETTLE / 3)
        with (inbox / "appended.txt").open("a") as handle:
            handle.write(chunk)
    await _wait_for(lambda: (inbox / "processed" / "appended.txt").exists())
    [body] = await _bodies(service)
    assert CHUNKS[-1].strip() in body


async def test_partial_names_wait_for_their_rename(
    watching: InboxWatcher, service: NewsService, inbox: Path
) -> None:
    for name in (".hidden.txt", "draft.txt.tmp", "draft.txt.part"):
        (inbox / name).write_text(HEAD + CHUNKS[0])
    await asyncio.sleep(SETTLE * 2)
    assert await _bodies(service) == []
    (inbox / "draft.txt.part").rename(inbox / "draft.txt")
    await _wait_for(lambda: (inbox / "processed" / "draft.txt").exists())
    assert len(await _bodies(service)) == 1
    assert (inbox / ".hidden.txt").exists() and (inbox / "draft.txt.tmp").exists()


async def test_a_symlink_to_a_file_outside_is_refused(
    service: NewsService, settings: Settings, inbox: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text(HEAD + CHUNKS[0])
    (inbox / "link.txt").symlink_to(outside)
    watcher = InboxWatcher(Ingestor(service.storage, settings), inbox, settle=0)
    (inbox / "failed").mkdir()
    assert await watcher.scan() == 1
    assert (inbox / "failed" / "link.txt").is_symlink()
    assert "symbolic link" in (inbox / "failed" / "link.txt.error.txt").read_text()
    assert await _bodies(service) == [] and outside.exists()


async def test_a_pipe_is_refused(service: NewsService, settings: Settings, inbox: Path) -> None:
    os.mkfifo(inbox / "pipe.txt")
    (inbox / "failed").mkdir()
    watcher = InboxWatcher(Ingestor(service.storage, settings), inbox, settle=0)
    assert await watcher.scan() == 1
    assert "not a regular file" in (inbox / "failed" / "pipe.txt.error.txt").read_text()


async def test_a_vanished_file_is_skipped_with_a_log_line(
    service: NewsService, settings: Settings, inbox: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("a.txt", "b.txt"):
        (inbox / name).write_text(HEAD + CHUNKS[0].replace("bridge", name))
    watcher = InboxWatcher(Ingestor(service.storage, settings), inbox, settle=0)
    (inbox / "processed").mkdir()
    ready, _ = watcher._ready(settle=False)
    (inbox / "a.txt").unlink()
    with caplog.at_level(logging.WARNING, "bot.inbox"):
        for path in ready:
            await watcher.handle(path)
    assert "a.txt vanished" in caplog.text
    assert (inbox / "processed" / "b.txt").exists() and len(await _bodies(service)) == 1
