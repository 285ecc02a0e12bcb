"""Watches an inbox folder: each file dropped there is ingested, broadcast and filed away."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import stat
import time
from pathlib import Path

from bot.aio import sleep_unless
from bot.ingest import Ingestor

log = logging.getLogger(__name__)
PROCESSED = "processed"
FAILED = "failed"
PARTIAL_SUFFIXES = (".tmp", ".part")

Signature = tuple[int, int]  # size and modification time (ns) of a file being watched


def is_partial_name(name: str) -> bool:
    """Names a writer uses before renaming the finished file into place: never taken."""
    return name.startswith(".") or name.endswith(PARTIAL_SUFFIXES)


class InboxWatcher:
    """Ingests regular files that have stopped changing; moves them to processed/ or failed/.

    A file is taken once its size and modification time have stayed the same for `settle`
    seconds. Symlinks and anything else that is not a regular file are refused into failed/.
    """

    def __init__(
        self, ingestor: Ingestor, folder: Path, interval: float = 2.0, settle: float = 2.0
    ) -> None:
        self.ingestor = ingestor
        self.folder = folder
        self.interval = interval
        self.settle = settle
        self._seen: dict[Path, tuple[Signature, float]] = {}

    async def run(self, stop: asyncio.Event) -> None:
        for sub in (PROCESSED, FAILED):
            (self.folder / sub).mkdir(parents=True, exist_ok=True)
        log.info("watching inbox %s", self.folder)
        while not stop.is_set():
            try:
                await self.scan()
            except OSError as exc:  # the folder went away or cannot be read: try again later
                log.error("inbox %s cannot be read: %s", self.folder, exc)
            await sleep_unless(stop, self.interval)

    async def scan(self, *, settle: bool = True) -> int:
        """Ingest every settled file and refuse every odd one; returns how many were handled."""
        ready, refused = self._ready(settle)
        for path, reason in refused:
            self._refuse(path, reason)
        for path in ready:
            await self.handle(path)
        return len(ready) + len(refused)

    def _ready(self, settle: bool) -> tuple[list[Path], list[tuple[Path, str]]]:
        """Files unchanged for `settle` seconds, and entries to refuse with their reason."""
        ready: list[Path] = []
        refused: list[tuple[Path, str]] = []
        seen: dict[Path, tuple[Signature, float]] = {}
        now = time.monotonic()
        for entry in sorted(os.scandir(self.folder), key=lambda e: e.name):
            if is_partial_name(entry.name) or entry.name in (PROCESSED, FAILED):
                continue
            path = Path(entry.path)
            try:
                info = entry.stat(follow_symlinks=False)
            except FileNotFoundError:
                continue  # gone between listing and looking
            reason = _refusal(info)
            if reason is not None:
                refused.append((path, reason))
                continue
            signature = (info.st_size, info.st_mtime_ns)
            previous = self._seen.get(path)
            since = previous[1] if previous is not None and previous[0] == signature else now
            seen[path] = (signature, since)
            if not settle or now - since >= self.settle:
                ready.append(path)
        self._seen = seen
        return ready, refused

    async def handle(self, path: Path) -> None:
        """Ingest one file and file it away; a file that vanished meanwhile is skipped."""
        self._seen.pop(path, None)
        try:
            reason = _refusal(path.lstat())
        except FileNotFoundError:
            log.warning("inbox: %s vanished before it was read; skipped", path.name)
            return
        if reason is not None:
            self._refuse(path, reason)
            return
        report = await self.ingestor.ingest([str(path)])
        try:
            if report.failed:
                reasons = "\n".join(r.error or "unknown error" for r in report.failed)
                _file_failure(path, self.folder / FAILED, reasons)
                log.warning("inbox: %s failed: %s", path.name, reasons)
            else:
                _move(path, self.folder / PROCESSED)
                log.info("inbox: %s ingested (%s)", path.name, report.summary())
        except FileNotFoundError:
            log.warning(
                "inbox: %s vanished before it was filed away (%s)", path.name, report.summary()
            )

    def _refuse(self, path: Path, reason: str) -> None:
        try:
            _file_failure(path, self.folder / FAILED, f"{path.name} was refused: {reason}")
        except FileNotFoundError:
            return
        log.warning("inbox: %s refused: %s", path.name, reason)


def _refusal(info: os.stat_result) -> str | None:
    """Why an entry (by lstat) is refused, or None for a regular file."""
    if stat.S_ISLNK(info.st_mode):
        return "it is a symbolic link; only regular files are read from the inbox"
    if stat.S_ISDIR(info.st_mode):
        return "it is a folder; only regular files are read from the inbox"
    if not stat.S_ISREG(info.st_mode):
        return "it is not a regular file (a pipe, socket or device)"
    return None


def _file_failure(path: Path, folder: Path, reasons: str) -> None:
    target = _move(path, folder)
    target.with_name(target.name + ".error.txt").write_text(reasons + "\n", "utf-8")


def _move(path: Path, folder: Path) -> Path:
    target = folder / path.name
    counter = 1
    while os.path.lexists(target):
        target = folder / f"{path.stem}.{counter}{path.suffix}"
        counter += 1
    shutil.move(str(path), target)
    return target
