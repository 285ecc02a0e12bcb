"""Shared helpers: the machine, the corpus, timing statistics and the JSON results folder."""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results"
CORPUS = REPO.parent / "shared" / "corpus"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> dict[str, Any]:
    """Where the figures were taken: every result names its machine."""
    return {
        "platform": platform.platform(),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
    }


def machine_line() -> str:
    m = machine()
    return f"{m['cpu']}, {m['cores']} cores, Python {m['python']}, {m['platform']}"


def write_result(name: str, data: dict[str, Any]) -> Path:
    """Write benchmarks/results/<name>.json with the machine and a timestamp."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    doc = {"benchmark": name, "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine()}
    doc.update(data)
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False, default=str) + "\n")
    print(f"[{name}] results written to {path.relative_to(REPO)}")
    return path


def corpus_files() -> list[Path]:
    """The real corpus articles, in a stable order; exits with a clear message without it."""
    if not CORPUS.is_dir():
        sys.exit(f"benchmarks: the corpus is missing: {CORPUS}")
    files = sorted(CORPUS.glob("*.txt"), key=lambda p: (len(p.stem), p.stem))
    if not files:
        sys.exit(f"benchmarks: no *.txt articles in {CORPUS}")
    return files


def corpus_bytes() -> list[tuple[str, bytes]]:
    return [(str(p), p.read_bytes()) for p in corpus_files()]


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def latency_stats(seconds: Sequence[float]) -> dict[str, float]:
    """p50/p90/p99/max/mean in milliseconds plus the call count."""
    ms = [s * 1000.0 for s in seconds]
    return {
        "calls": len(ms),
        "p50_ms": round(percentile(ms, 50), 4),
        "p90_ms": round(percentile(ms, 90), 4),
        "p99_ms": round(percentile(ms, 99), 4),
        "max_ms": round(max(ms), 4) if ms else float("nan"),
        "mean_ms": round(statistics.fmean(ms), 4) if ms else float("nan"),
    }


def maxrss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def vmrss_mb(pid: int | str = "self") -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        return None
    return None


def pin_to_one_core() -> int | None:
    """Run this process on one CPU so "articles/s on one core" means what it says."""
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return cpu
    except (AttributeError, OSError):
        return None


@contextmanager
def stopwatch() -> Iterator[dict[str, float]]:
    """Wall and process-CPU seconds of a block: `with stopwatch() as t: ...; t["wall"]`."""
    out: dict[str, float] = {}
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        yield out
    finally:
        out["wall"] = time.perf_counter() - wall
        out["cpu"] = time.process_time() - cpu


def verdict(measured: float, target: float, *, higher_is_better: bool) -> str:
    ok = measured >= target if higher_is_better else measured <= target
    return "meets" if ok else "MISSES"


def target(name: str, measured: float, goal: float, unit: str, *, higher: bool) -> dict[str, Any]:
    """One target line for the JSON and the printout."""
    sign = ">=" if higher else "<="
    result = verdict(measured, goal, higher_is_better=higher)
    print(f"  target {name}: {measured:.4g} {unit} (goal {sign} {goal:g} {unit}) -> {result}")
    return {"measured": measured, "goal": f"{sign} {goal:g} {unit}", "verdict": result}


def quick_flag(argv: Sequence[str] | None = None) -> bool:
    args = sys.argv[1:] if argv is None else argv
    return "--quick" in args
