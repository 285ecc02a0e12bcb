"""Bootstrap: settings → database → services → adapters, delivery, feeds and inbox."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.chatfeeds import ChatFeeds
from bot.delivery.digests import DigestSender
from bot.errors import Fatal
from bot.feeds import FeedPoller
from bot.inbox import InboxWatcher
from bot.ingest import Ingestor
from bot.ports import ChatAdapter, Storage
from bot.services import NewsService
from bot.settings import Settings
from bot.supervise import Job, Shutdown, supervise

if TYPE_CHECKING:
    from entrypoints.roles import Role

log = logging.getLogger("newsbot")
SHUTDOWN_GRACE = 8.0
GIL_SWITCH_S = 0.001  # Python's default is 5 ms


def favour_the_event_loop() -> None:
    """Hand the GIL round more often, so that the event loop (every chat command) waits at most
    about a millisecond, not five, each time a database or worker thread holds it."""
    sys.setswitchinterval(GIL_SWITCH_S)


async def open_storage(
    settings: Settings, *, readonly: bool = False, patient: bool = False
) -> Storage:
    """The composition root is the one place that names a storage: PostgreSQL or SQLite.

    On SQLite, `readonly` opens the file read-only when it can; a `patient` storage (the
    running bot) waits for ever for another process's write lock instead of giving up after
    minutes, and reads on a connection of their own so that they never wait behind a write.
    """
    if settings.database_url is not None:
        from entrypoints.roles import open_postgres

        return await open_postgres(settings)
    from storage.sqlite import SqliteStorage

    if patient:
        return await SqliteStorage.open(settings.db, lock_patience=None, reader=True)
    return await SqliteStorage.open(settings.db, readonly=readonly)


def build_adapters(
    settings: Settings, service: NewsService, stop: asyncio.Event
) -> list[ChatAdapter]:
    """The enabled chat adapters; each platform library is imported only when enabled."""
    adapters: list[ChatAdapter] = []
    if settings.telegram_enabled:
        from adapters.telegram import create as create_telegram

        adapters.append(create_telegram(settings, service, stop))
    if settings.discord_enabled:
        from adapters.discord import create as create_discord

        adapters.append(create_discord(settings, service, stop))
    if not adapters:
        from adapters.console import create as create_console

        adapters.append(create_console(settings, service, stop))
    return adapters


async def run_bot(settings: Settings, stop: asyncio.Event | None = None, role: str = "all") -> None:
    """Run the parts of `role` until `stop` is set (or SIGINT/SIGTERM), then close cleanly.

    Raises Fatal, after closing, when a background job could not be kept alive.
    """
    from entrypoints import roles

    part = roles.ROLES[role]
    stop = stop or Shutdown()
    favour_the_event_loop()
    storage = await open_storage(settings, patient=True)
    await roles.join(storage, role)
    ingestor = Ingestor(storage, settings)
    service = NewsService(storage, feeds=ChatFeeds(storage, settings, ingestor))
    restore = _handle_signals(stop)
    adapters: list[ChatAdapter] = []
    tasks: list[asyncio.Task[None]] = []
    failure: Fatal | None = None
    try:
        if part.answers or part.delivers:
            adapters = build_adapters(settings, service, stop)
        roles.share_reply_limits(storage, adapters, settings)
        for adapter in adapters:
            if adapter.platform in part.answers:
                await adapter.start()
                log.info("%s adapter ready", adapter.platform)
            elif part.delivers:
                await roles.connect_sender(adapter)
        jobs = await _jobs(storage, ingestor, settings, adapters, part)
        tasks = [asyncio.ensure_future(supervise(name, job, stop)) for name, job in jobs]
        failure = await _until_stopped(stop, tasks)
    finally:
        stop.set()
        await _finish(tasks)
        for adapter in reversed(adapters):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(adapter.stop(), timeout=SHUTDOWN_GRACE)
        await storage.close()
        restore()
        log.info("newsbot stopped")
    failure = failure or (stop.failure if isinstance(stop, Shutdown) else None)
    if failure is not None:
        raise failure


async def _jobs(
    storage: Storage,
    ingestor: Ingestor,
    settings: Settings,
    adapters: list[ChatAdapter],
    part: Role,
) -> list[tuple[str, Job]]:
    """The background jobs of this process's role, each named for the logs."""
    from entrypoints import roles

    jobs: list[tuple[str, Job]] = []
    if part.delivers:
        for a in adapters:
            worker = await roles.delivery_worker(storage, a.messenger, settings)
            jobs.append((f"delivery to {a.platform}", worker.run))
            digests = DigestSender(storage, a.messenger, settings)
            jobs.append((f"digests to {a.platform}", digests.run))
    if part.polls:
        poller = FeedPoller(storage, ingestor, settings, claim=roles.feed_claim(storage))
        jobs.append(("the feed poller", poller.run))
    if part.polls and settings.inbox is not None:
        watcher = InboxWatcher(
            ingestor, settings.inbox, settings.inbox_interval, settings.inbox_settle
        )
        jobs.append(("the inbox watcher", watcher.run))
    return jobs


async def _until_stopped(stop: asyncio.Event, tasks: list[asyncio.Task[None]]) -> Fatal | None:
    """Wait for the stop signal, or for the first job that could not be kept alive."""
    stopper = asyncio.ensure_future(stop.wait())
    pending = {stopper, *tasks}
    failure: Fatal | None = None
    while not stop.is_set():
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task is stopper or task.cancelled() or task.exception() is None:
                continue
            exc = task.exception()
            failure = failure or (exc if isinstance(exc, Fatal) else Fatal(f"{exc!r}"))
            stop.set()
    stopper.cancel()
    return failure


async def _finish(tasks: list[asyncio.Task[None]]) -> None:
    if not tasks:
        return
    _, pending = await asyncio.wait(tasks, timeout=SHUTDOWN_GRACE)
    for task in pending:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def _handle_signals(stop: asyncio.Event) -> Callable[[], None]:
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)

    def restore() -> None:
        for sig in installed:
            loop.remove_signal_handler(sig)

    return restore


def configure_logging(settings: Settings, *, quiet: bool = False) -> None:
    """One line per event on stderr; quieter for the console chat unless a level was set."""
    level = settings.log_level.upper()
    if quiet and "log_level" not in settings.model_fields_set:
        level = "WARNING"
    logging.basicConfig(
        level=level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("aiohttp.access", "aiogram.event", "discord.gateway", "discord.client"):
        logging.getLogger(noisy).setLevel(max(logging.getLevelName(level), logging.WARNING))
