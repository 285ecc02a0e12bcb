"""Another process that holds the database's write lock: `with held_lock(db, seconds): ...`."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], timeout=60, isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
print("released", flush=True)
"""


def start_lock(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Start a process that takes the write lock; returns once it holds it."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


@contextmanager
def held_lock(db: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """The write lock is held by another process for `seconds` from entering the block."""
    proc = start_lock(db, seconds)
    try:
        yield proc
    finally:
        proc.wait(timeout=seconds + 30)
