"""`python -m benchmarks [--only NAME ...] [--quick]`: run each benchmark in its own process.

A fresh process per benchmark keeps peak-memory figures (maxrss) and CPU pinning separate.
Results go to benchmarks/results/<name>.json; a summary of every target is printed at the end
and written to benchmarks/results/summary.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Sequence

from benchmarks.common import REPO, RESULTS, machine_line, write_result

BENCHMARKS = (
    "ingest",
    "ingest_command",
    "peers",
    "commands",
    "broadcast",
    "running",
    "hostile",
    "scaleout",
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--only",
        action="append",
        choices=BENCHMARKS,
        metavar="NAME",
        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smaller sizes: a smoke run of every code path in a few minutes",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    chosen = [b for b in BENCHMARKS if not args.only or b in args.only]
    print(f"newsbot benchmarks on {machine_line()}{' (quick)' if args.quick else ''}")
    started = time.perf_counter()
    outcome: dict[str, dict[str, object]] = {}
    for name in chosen:
        t0 = time.perf_counter()
        cmd = [sys.executable, "-m", f"benchmarks.{name}", *(["--quick"] if args.quick else [])]
        code = subprocess.run(cmd, cwd=REPO).returncode
        outcome[name] = {"exit_code": code, "seconds": round(time.perf_counter() - t0, 1)}
        print(f"[{name}] finished in {outcome[name]['seconds']} s (exit {code})\n", flush=True)
    total = round(time.perf_counter() - started, 1)
    targets = _collect(chosen)
    print(f"All done in {total} s on {machine_line()}")
    for line in targets:
        print(
            f"  {line['benchmark']:10s} {line['target']:32s} {line['measured']!s:>12}"
            f"  goal {line['goal']:<14s} {line['verdict']}"
        )
    write_result(
        "summary", {"quick": args.quick, "seconds": total, "runs": outcome, "targets": targets}
    )
    return 0 if all(o["exit_code"] == 0 for o in outcome.values()) else 1


def _collect(names: Sequence[str]) -> list[dict[str, object]]:
    lines: list[dict[str, object]] = []
    for name in names:
        path = RESULTS / f"{name}.json"
        if not path.exists():
            continue
        for key, t in json.loads(path.read_text()).get("targets", {}).items():
            lines.append({"benchmark": name, "target": key, **t})
    return lines


if __name__ == "__main__":
    sys.exit(main())
