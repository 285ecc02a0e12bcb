"""Watches an inbox folder: each file dropped there is ingested, broadcast and filed away."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
from pathlib import Path

from bot.aio import sleep_unless
from bot.ingest import Ingestor

log = logging.getLogger(__name__)
PROCESSED = "processed"
FAILED = "failed"


class InboxWatcher:
    """Ingests files that have stopped growing; moves them to processed/ or failed/."""

    def __init__(self, ingestor: Ingestor, folder: Path, interval: float = 2.0) -> None:
        self.ingestor = ingestor
        self.folder = folder
        self.interval = interval
        self._sizes: dict[Path, int] = {}

    async def run(self, stop: asyncio.Event) -> None:
        for sub in (PROCESSED, FAILED):
            (self.folder / sub).mkdir(parents=True, exist_ok=True)
        log.info("watching inbox %s", self.folder)
        while not stop.is_set():
            await self.scan()
            await sleep_unless(stop, self.interval)

    async def scan(self, *, settle: bool = True) -> int:
        """Ingest every settled file; returns how many were handled."""
        handled = 0
        for path in self._ready(settle):
            await self.handle(path)
            handled += 1
        return handled

    def _ready(self, settle: bool) -> list[Path]:
        """Files whose size has not changed since the last scan (so not still being written)."""
        ready, sizes = [], {}
        for entry in sorted(os.scandir(self.folder), key=lambda e: e.name):
            if not entry.is_file() or entry.name.startswith("."):
                continue
            path = Path(entry.path)
            size = entry.stat().st_size
            sizes[path] = size
            if not settle or self._sizes.get(path) == size:
                ready.append(path)
        self._sizes = sizes
        return ready

    async def handle(self, path: Path) -> None:
        report = await self.ingestor.ingest([str(path)])
        self._sizes.pop(path, None)
        if report.failed:
            target = _move(path, self.folder / FAILED)
            reasons = "\n".join(r.error or "unknown error" for r in report.failed)
            target.with_name(target.name + ".error.txt").write_text(reasons + "\n", "utf-8")
            log.warning("inbox: %s failed: %s", path.name, reasons)
        else:
            _move(path, self.folder / PROCESSED)
            log.info("inbox: %s ingested (%s)", path.name, report.summary())


def _move(path: Path, folder: Path) -> Path:
    target = folder / path.name
    counter = 1
    while target.exists():
        target = folder / f"{path.stem}.{counter}{path.suffix}"
        counter += 1
    shutil.move(str(path), target)
    return target
