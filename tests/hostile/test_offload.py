"""Articles are parsed and extracted in a worker: the event loop stays free, a dead worker heals."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from benchmarks.shapes import name_runs, said_quotes
from bot import ingest, offload
from bot.errors import ParseError
from bot.ingest import Ingestor
from bot.models import Article
from bot.services import NewsService
from bot.settings import Settings
from storage.sqlite import SqliteStorage


async def _worst_lag(task: asyncio.Task[object]) -> float:
    """The longest the event loop was late for a 10 ms tick while `task` ran."""
    worst = 0.0
    while not task.done():
        started = time.perf_counter()
        await asyncio.sleep(0.01)
        worst = max(worst, time.perf_counter() - started - 0.01)
    return worst


async def test_hostile_files_are_ingested_while_the_loop_stays_free(
    service: NewsService, settings: Settings, tmp_path: Path
) -> None:
    paths = [tmp_path / "said.txt", tmp_path / "names.txt"]
    paths[0].write_bytes(said_quotes(2_500_000))
    paths[1].write_bytes(name_runs(2_500_000))
    ingestor = Ingestor(service.storage, settings)
    task = asyncio.ensure_future(ingestor.ingest([str(p) for p in paths]))
    lag = await _worst_lag(task)
    report = task.result()
    assert report.count("new") == 2, report.summary()
    assert lag < 0.25  # a parse on the loop itself would block it for the whole file
    stored = await service.storage.get_article(report.results[0].article_id or 0)
    assert stored is not None and len(stored.body) > 2_400_000  # stored whole, not capped


async def test_a_dead_worker_fails_the_job_and_the_next_job_gets_a_new_one() -> None:
    with pytest.raises(ParseError, match="stopped unexpectedly"):
        await offload.run(os._exit, 3)
    assert await offload.run(sum, [1, 2, 3]) == 6


async def test_threads_can_stand_in_for_the_worker() -> None:
    offload.use_threads()
    try:
        assert await offload.run(sum, [4, 5]) == 9
    finally:
        offload.use_threads(False)


async def test_a_stuck_job_is_given_up_and_its_worker_replaced() -> None:
    started = time.perf_counter()
    with pytest.raises(ParseError, match=r"longer than 0\.5 s"):
        await offload.run(time.sleep, 30, timeout=0.5)
    assert time.perf_counter() - started < 5
    assert await offload.run(sum, [1, 2]) == 3


async def test_an_unusable_source_fails_alone_with_a_clear_reason(
    service: NewsService, settings: Settings, tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(said_quotes(2_000))
    odd = str(tmp_path / "odd\x00name.txt")  # os.stat raises ValueError here
    report = await Ingestor(service.storage, settings).ingest([odd, str(good)])
    assert [r.status for r in report.results] == ["failed", "new"]
    assert "not a usable file name" in (report.results[0].error or "")


class RecordingStorage(SqliteStorage):
    """The real storage, noting the size of every batch it is asked to store."""

    batches: list[int]

    async def add_articles(
        self, batch: Sequence[Article], *, broadcast: bool = True
    ) -> list[tuple[int, bool, int] | Exception]:
        self.batches.append(len(batch))
        return await super().add_articles(batch, broadcast=broadcast)


async def test_big_articles_are_stored_in_batches_bounded_by_size(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "BATCH_CHARS", 150_000)
    paths = []
    for n in range(3):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_bytes(said_quotes(100_000).replace(b"headline", b"headline %d" % n))
    storage = await RecordingStorage.open(tmp_path / "batches.db")
    assert isinstance(storage, RecordingStorage)
    storage.batches = []
    try:
        report = await Ingestor(storage, settings).ingest([str(p) for p in paths])
    finally:
        await storage.close()
    assert report.count("new") == 3 and storage.batches == [2, 1]


async def test_the_worker_runs_at_a_lower_priority_than_the_bot() -> None:
    expected = min(19, os.nice(0) + offload.WORKER_NICENESS)  # 19 is as low as it goes
    assert await offload.run(os.nice, 0) >= expected
