"""Bootstrap: settings → database → services → adapters, delivery, feeds and inbox."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Awaitable, Callable

from bot.feeds import FeedPoller
from bot.inbox import InboxWatcher
from bot.ingest import Ingestor
from bot.ports import ChatAdapter, Storage
from bot.services import NewsService
from bot.settings import Settings

log = logging.getLogger("newsbot")
SHUTDOWN_GRACE = 8.0


async def open_storage(settings: Settings) -> Storage:
    """The composition root is the one place that names a storage: PostgreSQL or SQLite."""
    if settings.database_url is not None:
        from entrypoints.roles import open_postgres

        return await open_postgres(settings)
    from storage.sqlite import SqliteStorage

    return await SqliteStorage.open(settings.db)


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
    """Run the parts of `role` until `stop` is set (or SIGINT/SIGTERM), then close cleanly."""
    from entrypoints import roles

    part = roles.ROLES[role]
    stop = stop or asyncio.Event()
    storage = await open_storage(settings)
    await roles.join(storage, role)
    service = NewsService(storage)
    ingestor = Ingestor(storage, settings)
    restore = _handle_signals(stop)
    adapters: list[ChatAdapter] = []
    tasks: list[asyncio.Task[None]] = []
    try:
        if part.answers or part.delivers:
            adapters = build_adapters(settings, service, stop)
        if part.answers and not part.delivers:
            roles.share_reply_limits(storage, adapters, settings)
        for adapter in adapters:
            if adapter.platform in part.answers:
                await adapter.start()
                log.info("%s adapter ready", adapter.platform)
            elif part.delivers:
                await roles.connect_sender(adapter)
        jobs: list[Awaitable[None]] = []
        if part.delivers:
            for adapter in adapters:
                worker = await roles.delivery_worker(storage, adapter.messenger, settings)
                jobs.append(worker.run(stop))
        if part.polls:
            claim = roles.feed_claim(storage)
            jobs.append(FeedPoller(storage, ingestor, settings, claim).run(stop))
        if part.polls and settings.inbox is not None:
            jobs.append(InboxWatcher(ingestor, settings.inbox, settings.inbox_interval).run(stop))
        tasks = [asyncio.ensure_future(job) for job in jobs]
        await _until_stopped(stop, tasks)
    finally:
        stop.set()
        await _finish(tasks)
        for adapter in reversed(adapters):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(adapter.stop(), timeout=SHUTDOWN_GRACE)
        await storage.close()
        restore()
        log.info("newsbot stopped")


async def _until_stopped(stop: asyncio.Event, tasks: list[asyncio.Task[None]]) -> None:
    """Wait for the stop signal; a background job that crashes stops the bot loudly."""
    stopper = asyncio.ensure_future(stop.wait())
    pending = {stopper, *tasks}
    while not stop.is_set():
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task is not stopper and not task.cancelled() and task.exception():
                log.error("a background job failed", exc_info=task.exception())
                stop.set()
    stopper.cancel()


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
