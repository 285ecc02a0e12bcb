"""`newsbot ingest FOLDER` as a user runs it: the whole command, worker processes included.

The `ingest` benchmark times the stages in one process pinned to one core. This one runs the
real command on a folder of corpus copies (each with its own headline, so each is new), once
with one worker process and once with one per core, alternating, best of the rounds, and the
start-up alone (one file). Figures are articles per second of wall time on this machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import REPO, corpus_bytes, quick_flag, target, write_result
from benchmarks.ingest import Variants
from bot.offload import cpu_cores

FULL, QUICK = 10_000, 2_000
ROUNDS = 2


def _write_copies(folder: Path, total: int) -> None:
    for n, (_, data) in zip(range(total), Variants(corpus_bytes()), strict=False):
        (folder / f"{n:06d}.txt").write_bytes(data)


def _ingest_seconds(items: list[str], workers: int, scratch: Path) -> float:
    """Wall seconds of `newsbot ingest ITEMS` into a new database, with `workers` workers."""
    db = scratch / f"ingest-{time.monotonic_ns()}.db"
    env = {**os.environ, "NEWSBOT_DB": str(db), "NEWSBOT_WORKERS": str(workers)}
    cmd = [sys.executable, "-c", "from entrypoints.cli import main; main()", "ingest", *items]
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0 or " 0 failed" not in done.stdout:
        raise SystemExit(f"newsbot ingest failed: {done.stdout[-500:]} {done.stderr[-500:]}")
    for path in scratch.glob(db.name + "*"):
        path.unlink()
    return seconds


def run(quick: bool) -> dict[str, Any]:
    total = QUICK if quick else FULL
    cores = cpu_cores()
    print(f"[ingest_command] newsbot ingest of {total} articles, 1 worker and {cores} (all cores)")
    with tempfile.TemporaryDirectory(prefix="newsbot-ingest-command-") as tmp:
        folder, scratch = Path(tmp) / "articles", Path(tmp)
        folder.mkdir()
        _write_copies(folder, total)
        first = str(min(folder.iterdir()))
        startup = min(_ingest_seconds([first], 0, scratch) for _ in range(ROUNDS))
        one: list[float] = []
        every: list[float] = []
        for _ in range(ROUNDS):
            one.append(_ingest_seconds([str(folder)], 1, scratch))
            every.append(_ingest_seconds([str(folder)], 0, scratch))
    rate_one, rate_all = total / min(one), total / min(every)
    print(
        f"  start-up (one file) {startup:.2f} s; one worker {rate_one:.0f} articles/s,"
        f" {cores} workers {rate_all:.0f} articles/s ({rate_all / rate_one:.2f}x)"
    )
    return {
        "quick": quick,
        "articles": total,
        "cores": cores,
        "startup_s": round(startup, 3),
        "one_worker_s": [round(s, 3) for s in one],
        "all_cores_s": [round(s, 3) for s in every],
        "one_worker_articles_per_s": round(rate_one, 1),
        "all_cores_articles_per_s": round(rate_all, 1),
        "all_cores_over_one": round(rate_all / rate_one, 3),
        "targets": {
            "articles_per_s": target(
                "ingest command rate", round(rate_all, 1), 2000, "articles/s", higher=True
            )
        },
    }


def main() -> None:
    write_result("ingest_command", run(quick_flag()))


if __name__ == "__main__":
    main()
