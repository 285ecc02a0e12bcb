"""Hostile input: worst parse time and peak memory over adversarial files of 1, 2.5 and 5 MB,
and the p99 of `/latest` through the console while those files are being ingested.

Each file is parsed and extracted in a fresh child process (its own `ru_maxrss`), exactly as
the ingest worker does it. Then the console chat is driven in-process over a pipe while an
Ingestor stores every file, once with the worker process and once with a worker thread.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import REPO, latency_stats, quick_flag, target, write_result
from benchmarks.shapes import MARKUP, SHAPES, SIZES

PARSE_GOAL_S = 2.0
LATEST_GOAL_MS = 50.0
MEMORY_GOAL_MB = 512.0
ASK_EVERY_S = 0.02
IDLE_CALLS = 100  # /latest asked again once ingest is over: what reading alone costs
BIG = 50_000_000  # files ten times the default cap, read with the cap raised
BIG_SHAPES = ("said_quotes", "word_lines")


def write_files(folder: Path, sizes: tuple[int, ...]) -> list[Path]:
    """Every shape at every size, as files named shape-size.txt."""
    paths = []
    for name, make in SHAPES.items():
        for size in sizes:
            path = folder / f"{name}-{size}.txt"
            path.write_bytes(make(size))
            paths.append(path)
    return paths


def one_file(path: str, cap: int) -> dict[str, Any]:
    """Parse then extract one file here, as the worker does; times and peak memory.

    The rules are loaded first, as the worker has them from its fork server."""
    import bot.extraction.keyquotes
    import bot.extraction.quotes
    import bot.extraction.summary  # noqa: F401
    from bot.ingest import build_all
    from bot.parsing.sources import load_local
    from bot.settings import Settings

    settings = Settings(max_file_bytes=cap, _env_file=None)  # type: ignore[call-arg]
    started, cpu = time.perf_counter(), time.process_time()
    try:
        drafts = load_local(path, settings=settings)
    except Exception as exc:
        drafts, outcome = [], f"refused: {str(exc)[len(path) :][:80]}"
    parsed = time.perf_counter()
    built = build_all(path, drafts)
    done = time.perf_counter()
    if drafts:
        outcome = f"{sum(not hasattr(b, 'status') for b in built)} of {len(drafts)} built"
    return {
        "parse_s": round(parsed - started, 3),
        "extract_s": round(done - parsed, 3),
        "total_s": round(done - started, 3),
        "cpu_s": round(time.process_time() - cpu, 3),
        "maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "outcome": outcome,
    }


def measure_in_child(path: Path, cap: int = 5_000_000) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "benchmarks.hostile", "--one", str(path), str(cap)]
    run = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        return {"error": run.stderr.strip().splitlines()[-1:], "total_s": float("nan")}
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


class _Replies(io.StringIO):
    """The console's standard output: notes when each reply arrives."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived = asyncio.Event()

    def write(self, text: str) -> int:
        self.arrived.set()
        return len(text)


async def latest_while_ingesting(paths: list[Path], db: Path, threads: bool) -> dict[str, Any]:
    """`/latest` latency through the console chat while an Ingestor stores every file."""
    from adapters.console import ConsoleAdapter
    from bot import offload
    from bot.ingest import Ingestor
    from bot.services import NewsService
    from bot.settings import Settings
    from entrypoints.bootstrap import favour_the_event_loop
    from storage.sqlite import SqliteStorage

    favour_the_event_loop()  # as the running bot does
    offload.use_threads(threads)
    storage = await SqliteStorage.open(db, reader=True)  # as the running bot opens it
    settings = Settings(db=db, _env_file=None)  # type: ignore[call-arg]
    read_end, write_end = os.pipe()
    replies, stop = _Replies(), asyncio.Event()
    console = ConsoleAdapter(NewsService(storage), stop, open(read_end), replies)  # noqa: SIM115
    await console.start()
    ingest = asyncio.ensure_future(Ingestor(storage, settings).ingest([str(p) for p in paths]))
    started = time.perf_counter()
    times = await _ask_latest(write_end, replies, lambda: not ingest.done())
    report = ingest.result()
    ingest_s = time.perf_counter() - started
    after: list[float] = []
    await _ask_latest(write_end, replies, lambda: len(after) < IDLE_CALLS, after)
    os.close(write_end)
    await asyncio.wait_for(stop.wait(), 10)
    await storage.close()
    offload.use_threads(False)
    return {
        "worker": "thread" if threads else "process",
        "ingest_s": round(ingest_s, 1),
        "ingested": report.summary(),
        "latest": latency_stats(times),
        "latest_after_ingest_idle": latency_stats(after),
    }


async def _ask_latest(
    pipe: int, replies: _Replies, going: Callable[[], bool], times: list[float] | None = None
) -> list[float]:
    """Ask /latest through the console every ASK_EVERY_S while `going()`; the reply times."""
    times = [] if times is None else times
    while going():
        replies.arrived.clear()
        started = time.perf_counter()
        os.write(pipe, b"/latest\n")
        await replies.arrived.wait()
        times.append(time.perf_counter() - started)
        await asyncio.sleep(ASK_EVERY_S)
    return times


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--one"]:
        print(json.dumps(one_file(args[1], int(args[2]))))
        return 0
    quick = quick_flag(args)
    sizes = SIZES[:1] if quick else SIZES
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_files(folder, sizes)
        files = {p.stem: measure_in_child(p) for p in paths}
        for name, figures in files.items():
            print(f"  {name:28s} {figures}", flush=True)
        big = {}
        for shape in BIG_SHAPES:
            path = folder / f"{shape}-big.txt"
            path.write_bytes(SHAPES[shape](BIG))
            big[shape] = measure_in_child(path, cap=BIG + 1)
            path.unlink()
            print(f"  {shape} 50 MB, cap raised: {big[shape]}", flush=True)
        runs = [
            asyncio.run(latest_while_ingesting(paths, folder / f"{mode}.db", mode == "thread"))
            for mode in ("process", "thread")
        ]
        for run in runs:
            print(f"  /latest while ingesting ({run['worker']} worker): {run}", flush=True)
    return _report(files, big, runs, quick)


def _report(
    files: dict[str, dict[str, Any]],
    big: dict[str, dict[str, Any]],
    runs: list[dict[str, Any]],
    quick: bool,
) -> int:
    text = {k: v for k, v in files.items() if k.rsplit("-", 1)[0] not in MARKUP}
    worst = max(files.items(), key=lambda kv: kv[1]["total_s"])
    worst_text = max(text.items(), key=lambda kv: kv[1]["total_s"])
    heaviest = max(files.items(), key=lambda kv: kv[1].get("maxrss_mb", 0.0))
    print(f"  slowest file: {worst[0]} {worst[1]}; slowest seed text: {worst_text[0]}")
    targets = {
        "seed_text_parse_s_worst": target(
            "worst seed-text parse+extract",
            worst_text[1]["total_s"],
            PARSE_GOAL_S,
            "s",
            higher=False,
        ),
        "any_file_parse_s_worst": target(
            "worst parse+extract of any file", worst[1]["total_s"], PARSE_GOAL_S, "s", higher=False
        ),
        "any_file_cpu_s_worst": target(
            "worst CPU time of any file",
            max(f.get("cpu_s", 0.0) for f in files.values()),
            PARSE_GOAL_S,
            "s",
            higher=False,
        ),
        "peak_memory_mb_worst": target(
            "worst peak memory", heaviest[1]["maxrss_mb"], MEMORY_GOAL_MB, "MB", higher=False
        ),
        "peak_memory_mb_50mb_file": target(
            "peak memory, 50 MB file",
            max(b.get("maxrss_mb", 0.0) for b in big.values()),
            MEMORY_GOAL_MB,
            "MB",
            higher=False,
        ),
        "latest_p99_ms_while_ingesting": target(
            "/latest p99 while ingesting",
            runs[0]["latest"]["p99_ms"],
            LATEST_GOAL_MS,
            "ms",
            higher=False,
        ),
        "latest_p99_ms_after_ingest": target(
            "/latest p99 afterwards, idle",
            runs[0]["latest_after_ingest_idle"]["p99_ms"],
            LATEST_GOAL_MS,
            "ms",
            higher=False,
        ),
    }
    write_result(
        "hostile",
        {
            "quick": quick,
            "files": files,
            "big_file": big,
            "latest_runs": runs,
            "slowest": worst[0],
            "slowest_text": worst_text[0],
            "heaviest": heaviest[0],
            "targets": targets,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
