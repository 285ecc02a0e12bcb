"""Keep the bot token out of every log line.

aiogram and aiohttp can put request URLs — which contain the token — into exception texts
and debug messages. A filter on their loggers (and on the root handlers, which see every
propagated record) replaces the token before any handler formats the record.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

REDACTED = "<token hidden>"
LOGGERS = (
    "aiogram",
    "aiogram.dispatcher",
    "aiogram.event",
    "aiogram.middlewares",
    "aiogram.webhook",
    "aiogram.scene",
    "aiohttp.client",
    "aiohttp.server",
    "aiohttp.web",
    "aiohttp.access",
    "asyncio",
    "adapters.telegram",
)


class TokenFilter(logging.Filter):
    """Rewrites a record's message and traceback with the secrets replaced."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if s and len(s) >= 6}, key=len, reverse=True)

    def redact(self, value: str) -> str:
        for secret in self.secrets:
            value = value.replace(secret, REDACTED)
        return value

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is not ours to fix; keep the record
            return True
        clean = self.redact(message)
        if clean != message:
            record.msg, record.args = clean, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


class Redactor:
    """Installs a TokenFilter on the loggers that may see the token, and removes it again."""

    def __init__(self, token: str) -> None:
        secret_part = token.partition(":")[2]
        self.filter = TokenFilter([token, secret_part])
        self._attached: list[logging.Filterer] = []

    def install(self) -> None:
        if self._attached:
            return
        targets: list[logging.Filterer] = [logging.getLogger(name) for name in LOGGERS]
        targets.extend(logging.getLogger().handlers)
        for target in targets:
            target.addFilter(self.filter)
        self._attached = targets

    def uninstall(self) -> None:
        for target in self._attached:
            target.removeFilter(self.filter)
        self._attached = []
