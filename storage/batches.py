"""Big batches cut into short write transactions, sized by how long the last one took."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
TARGET_SECONDS = 0.05  # one write transaction holds the lock about this long
MAX_GAP = 0.03  # a pause between transactions, so that waiting writers are let in


class ChunkSize:
    """Articles per transaction: starts at one (a fan-out can be huge), shrinks to what fits
    in the target time after a slow transaction, and at most doubles after a quick one."""

    def __init__(self, size: int = 1, largest: int = 400, target: float = TARGET_SECONDS) -> None:
        self.size = size
        self.largest = largest
        self.target = target
        self.gap = 0.0  # seconds without the lock between two transactions

    def chunks(self, items: Sequence[T]) -> Iterator[Sequence[T]]:
        """Consecutive slices of `items`, each as long as the size is when it is taken."""
        start = 0
        while start < len(items):
            chunk = items[start : start + self.size]
            start += len(chunk)
            yield chunk

    def took(self, seconds: float, count: int) -> None:
        """Adjust the size after `count` articles took `seconds` inside the lock."""
        self.gap = min(MAX_GAP, seconds / 2)
        each = seconds / max(1, count)
        fitting = int(self.target / each) if each > 0 else self.largest
        self.size = max(1, min(self.largest, self.size * 2, fitting))


def timed(conn: sqlite3.Connection, fn: Callable[..., T], *args: Any) -> tuple[T, float]:
    """fn(conn, *args) and the seconds it took (run inside the transaction it measures)."""
    began = time.perf_counter()
    result = fn(conn, *args)
    return result, time.perf_counter() - began
