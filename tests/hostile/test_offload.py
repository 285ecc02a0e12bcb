"""Articles are parsed and extracted in a worker: the event loop stays free, a dead worker heals."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from benchmarks.shapes import name_runs, said_quotes
from bot import ingest, ingest_runs, offload
from bot.errors import ParseError
from bot.ingest import Ingestor
from bot.models import Article
from bot.services import NewsService
from bot.settings import Settings
from storage.sqlite import SqliteStorage
from tests.hostile import jobs


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


@pytest.fixture
def two_workers() -> Iterator[None]:
    offload.set_workers(2)
    yield
    offload.set_workers()


async def test_jobs_run_side_by_side_in_as_many_workers(two_workers: None, tmp_path: Path) -> None:
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    pids = await asyncio.gather(
        offload.run(jobs.meet, a, b, 20.0), offload.run(jobs.meet, b, a, 20.0)
    )
    assert len(set(pids)) == 2 and os.getpid() not in pids


async def test_a_stuck_job_loses_nothing_that_runs_beside_it(
    two_workers: None, tmp_path: Path
) -> None:
    started = tmp_path / "started"
    stuck = asyncio.ensure_future(offload.run(jobs.meet, str(started), "never", 30.0, timeout=1))
    beside = await offload.run(jobs.meet, str(tmp_path / "beside"), str(started), 20.0)
    with pytest.raises(ParseError, match="longer than 1 s"):
        await stuck
    assert beside > 0
    assert await offload.run(sum, [1, 2]) == 3  # the stopped worker was replaced


def test_workers_default_to_one_per_core() -> None:
    offload.set_workers(0)
    assert offload.workers() == offload.cpu_cores() >= 1
    offload.set_workers(3)
    try:
        assert offload.workers() == 3
    finally:
        offload.set_workers()


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
    monkeypatch.setattr(ingest_runs, "BATCH_CHARS", 150_000)
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


async def test_items_read_side_by_side_are_reported_in_their_order(
    two_workers: None, service: NewsService, settings: Settings, tmp_path: Path
) -> None:
    paths = []
    for n in range(9):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_bytes(said_quotes(3_000 * (9 - n)).replace(b"headline", b"headline %d" % n))
    paths[4].write_bytes(b"\x00" * 64)  # no article in it
    ingestor = Ingestor(service.storage, settings)
    report = await ingestor.ingest([str(p) for p in paths])
    stored = [r for r in report.results if r.status == "new"]
    assert [r.source for r in stored] == [str(p) for n, p in enumerate(paths) if n != 4]
    assert [r.source for r in report.failed] == [str(paths[4])]
    assert [r.headline for r in stored] == [
        f"A headline {n} for a hostile article" for n in (0, 1, 2, 3, 5, 6, 7, 8)
    ]


async def test_files_of_a_group_that_lost_its_worker_are_read_again_one_by_one(
    service: NewsService, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "prepare_locals", jobs.lose_worker)
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):
        text = said_quotes(2_000).replace(b"headline", b"headline %d" % n)
        (folder / f"{n}.txt").write_bytes(text)
    report = await Ingestor(service.storage, settings).ingest([str(folder)])
    assert [r.status for r in report.results] == ["new"] * 3, report.summary()


def test_files_are_grouped_by_count_and_size_and_a_url_goes_alone(tmp_path: Path) -> None:
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_bytes(b"x" * 10)
    big.write_bytes(b"x" * (ingest_runs.GROUP_BYTES + 1))
    url = "https://example.org/a"
    sources = [str(small)] * 10 + [str(big), str(small), url, str(small), "missing.txt"]
    groups = list(ingest_runs.read_groups(sources))
    assert [len(g) for g in groups] == [8, 2, 1, 1, 1, 2]
    assert groups[2] == [str(big)] and groups[4] == [url]
    assert [s for g in groups for s in g] == sources


async def test_a_new_worker_has_the_rules_loaded_before_its_first_job() -> None:
    offload.shutdown()  # the next job gets a new worker from the fork server
    for module in ("bot.extraction.quotes", "bot.extraction.summary", "bot.extraction.keyquotes"):
        assert await offload.run(jobs.loaded, module), module
