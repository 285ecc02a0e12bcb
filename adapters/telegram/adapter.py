"""The Telegram ChatAdapter: aiogram Bot + Dispatcher, long polling or a webhook server."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import PRODUCTION, TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramAPIError, TelegramUnauthorizedError
from aiogram.types import LinkPreviewOptions, TelegramObject, Update
from aiogram.utils.token import TokenValidationError
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web

from adapters.telegram import errors, texts
from adapters.telegram.channels import sync_channels
from adapters.telegram.guard import RevokedTokenGuard
from adapters.telegram.messenger import TelegramMessenger
from adapters.telegram.permissions import AdminOnly
from adapters.telegram.redact import Redactor
from adapters.telegram.routers import (
    digests,
    fallback,
    feeds,
    follows,
    membership,
    news,
    pause,
    start,
    subscriptions,
)
from bot.errors import NewsbotError
from bot.services import NewsService
from bot.settings import Settings
from bot.supervise import fail

log = logging.getLogger(__name__)
POLL_TIMEOUT = 25  # seconds a getUpdates long poll waits on Telegram's side
STOP_TIMEOUT = 3.0


def build_dispatcher(service: NewsService) -> Dispatcher:
    """One router per feature; core services reach handlers as workflow data."""
    dp = Dispatcher(service=service)
    dp.message.middleware(AdminOnly())
    dp.callback_query.middleware(AdminOnly())
    dp.include_routers(
        errors.make_router(),
        membership.make_router(),
        start.make_router(),
        news.make_router(),
        subscriptions.make_router(),
        follows.make_router(),
        feeds.make_router(),
        pause.make_router(),
        digests.make_router(),
        fallback.make_router(),
    )
    return dp


def build_bot(settings: Settings) -> Bot:
    if settings.telegram_token is None:
        raise NewsbotError("Set NEWSBOT_TELEGRAM_TOKEN to the token @BotFather gave you.")
    base = settings.telegram_api_url.rstrip("/")
    api = PRODUCTION if base == "https://api.telegram.org" else TelegramAPIServer.from_base(base)
    try:
        return Bot(
            settings.telegram_token.get_secret_value(),
            session=AiohttpSession(api=api),
            default=DefaultBotProperties(
                parse_mode=ParseMode.HTML,
                link_preview=LinkPreviewOptions(is_disabled=not settings.telegram_link_preview),
            ),
        )
    except TokenValidationError as exc:
        raise NewsbotError(
            "NEWSBOT_TELEGRAM_TOKEN does not look like a bot token (digits:letters); "
            "copy it again from @BotFather."
        ) from exc


def webhook_url(settings: Settings) -> str:
    """The public URL Telegram posts to; the path setting is added when the URL has none."""
    url = (settings.telegram_webhook_url or "").rstrip("/")
    if urlsplit(url).path in ("", "/"):
        url += "/" + settings.telegram_webhook_path.lstrip("/")
    return url


class TelegramAdapter:
    """Answers commands (polling or webhook) and hands the worker a TelegramMessenger."""

    platform = "telegram"

    def __init__(self, settings: Settings, service: NewsService, stop: asyncio.Event) -> None:
        self.settings = settings
        self.service = service
        self.stop_event = stop
        self.bot = build_bot(settings)
        self.dp = build_dispatcher(service)
        self.messenger = TelegramMessenger(self.bot, settings.telegram_link_preview)
        self.redactor = Redactor(self.bot.token)
        self.webhook_port: int | None = None
        self._polling: asyncio.Task[None] | None = None
        self._runner: web.AppRunner | None = None
        self._last_update = 0
        self.dp.update.outer_middleware(self._track_update)

    async def _track_update(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if isinstance(event, Update):
            self._last_update = max(self._last_update, event.update_id)
        return await handler(event, data)

    async def start(self) -> None:
        self.redactor.install()
        try:
            me = await self.bot.get_me()
        except TelegramUnauthorizedError as exc:
            raise NewsbotError(
                "Telegram rejected NEWSBOT_TELEGRAM_TOKEN; check it with @BotFather (/token)."
            ) from exc
        except TelegramAPIError as exc:
            raise NewsbotError(
                f"Cannot reach the Telegram Bot API at {self.settings.telegram_api_url}: "
                f"{self.redactor.filter.redact(exc.message)}"
            ) from exc
        log.info("Telegram bot @%s (id %d) connected", me.username, me.id)
        self.bot.session.middleware(RevokedTokenGuard(self.stop_event))
        try:
            await self.bot.set_my_commands(texts.bot_commands())
        except TelegramAPIError as exc:  # the menu is a convenience; commands work without it
            log.warning("could not register the command menu: %s", exc.message)
        await sync_channels(self.bot, self.service, self.settings.telegram_channels)
        if self.settings.telegram_webhook_url:
            await self._start_webhook()
        else:
            await self._start_polling()

    async def _start_polling(self) -> None:
        await self.bot.delete_webhook(drop_pending_updates=False)
        ready = asyncio.Event()

        async def on_startup() -> None:
            ready.set()

        self.dp.startup.register(on_startup)
        self._polling = asyncio.create_task(
            self.dp.start_polling(
                self.bot,
                polling_timeout=POLL_TIMEOUT,
                handle_signals=False,
                close_bot_session=False,
                allowed_updates=self.dp.resolve_used_update_types(),
            ),
            name="telegram-polling",
        )
        self._polling.add_done_callback(self._polling_ended)
        waiter = asyncio.ensure_future(ready.wait())
        await asyncio.wait({waiter, self._polling}, return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
        if self._polling.done():
            self._polling.result()  # raises what stopped it
        log.info("Telegram long polling started")

    def _polling_ended(self, task: asyncio.Task[None]) -> None:
        if task.cancelled() or self._polling is None:
            return
        exc = task.exception()
        if exc is not None:
            reason = self.redactor.filter.redact(str(exc))
            fail(self.stop_event, f"Telegram polling stopped: {reason}")

    async def _start_webhook(self) -> None:
        s = self.settings
        secret = s.telegram_webhook_secret.get_secret_value() if s.telegram_webhook_secret else ""
        secret = secret or secrets.token_urlsafe(32)
        self.redactor.filter.secrets.append(secret)
        app = web.Application()
        SimpleRequestHandler(self.dp, self.bot, secret_token=secret).register(
            app, path=s.telegram_webhook_path
        )
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, s.telegram_webhook_host, s.telegram_webhook_port)
        await site.start()
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        self.webhook_port = sockets[0].getsockname()[1] if sockets else s.telegram_webhook_port
        url = webhook_url(s)
        if await self._webhook_needs_setting(url):
            await self.bot.set_webhook(
                url,
                secret_token=secret,
                allowed_updates=self.dp.resolve_used_update_types(),
                drop_pending_updates=False,
            )
        log.info(
            "Telegram webhook listening on %s:%s%s for %s",
            s.telegram_webhook_host,
            self.webhook_port,
            s.telegram_webhook_path,
            url,
        )

    async def connect_sender(self) -> None:
        """Ready to send without answering: token redaction in logs and the revoked-token stop."""
        self.redactor.install()
        self.bot.session.middleware(RevokedTokenGuard(self.stop_event))

    def share_rate_limit(self, acquire: Callable[[], Awaitable[None]]) -> None:
        """Make command replies wait for slots on the token's limit shared with delivery."""
        from adapters.telegram.pacing import SharedReplyLimit

        self.bot.session.middleware(SharedReplyLimit(acquire))

    async def _webhook_needs_setting(self, url: str) -> bool:
        """With a fixed secret, a process behind the same URL finds the webhook already set
        (several `web` processes set it once); a generated secret always has to be sent."""
        if self.settings.telegram_webhook_secret is None:
            return True
        try:
            current = await self.bot.get_webhook_info()
        except TelegramAPIError:
            return True
        return current.url != url

    async def stop(self) -> None:
        try:
            if self._polling is not None:
                await self._stop_polling()
            if self._runner is not None:
                runner, self._runner = self._runner, None
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(runner.cleanup(), STOP_TIMEOUT)
        finally:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.bot.session.close(), STOP_TIMEOUT)
            self.redactor.uninstall()

    async def _stop_polling(self) -> None:
        task, self._polling = self._polling, None
        assert task is not None
        with contextlib.suppress(RuntimeError, asyncio.TimeoutError):
            await asyncio.wait_for(self.dp.stop_polling(), STOP_TIMEOUT)
        if not task.done():
            task.cancel()
        with contextlib.suppress(BaseException):
            await task
        handling = list(getattr(self.dp, "_handle_update_tasks", ()))
        if handling:
            await asyncio.wait(handling, timeout=STOP_TIMEOUT)
        if self._last_update:
            # confirm what we handled so a restart does not answer it twice
            with contextlib.suppress(Exception):
                await self.bot.get_updates(
                    offset=self._last_update + 1, limit=1, timeout=0, request_timeout=2
                )
