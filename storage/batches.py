"""Big batches cut into short write transactions, sized by how long the last one took."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
TARGET_SECONDS = 0.1  # one write transaction holds the lock about this long at most
MAX_GAP = 0.03  # a pause between transactions, so that waiting writers are let in


class ChunkSize:
    """Articles per transaction: halved after a slow one, doubled after a quick one."""

    def __init__(self, size: int = 50, largest: int = 400, target: float = TARGET_SECONDS) -> None:
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

    def took(self, seconds: float) -> None:
        """Adjust the size after a transaction of `seconds` inside the lock."""
        self.gap = min(MAX_GAP, seconds / 2)
        if seconds > self.target:
            self.size = max(1, self.size // 2)
        elif seconds < self.target / 4:
            self.size = min(self.largest, self.size * 2)


def timed(conn: sqlite3.Connection, fn: Callable[..., T], *args: Any) -> tuple[T, float]:
    """fn(conn, *args) and the seconds it took (run inside the transaction it measures)."""
    began = time.perf_counter()
    result = fn(conn, *args)
    return result, time.perf_counter() - began
