"""The console chat: standard input in, replies and delivered posts on standard output."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
from collections.abc import Iterator
from typing import BinaryIO, TextIO

from adapters.console import render
from adapters.console.handlers import answer
from bot.digests import ScheduledDigest
from bot.models import Chat, Post
from bot.outcomes import Outcome, Sent
from bot.services import NewsService
from bot.settings import Settings

PLATFORM = "console"
CHAT = Chat(PLATFORM, "console")
APOLOGY = "Sorry, something went wrong with that command. It has been logged; please try again."
MAX_LINE_BYTES = 1 << 20
log = logging.getLogger(__name__)


class ConsoleMessenger:
    """Delivers posts by printing them."""

    platform = PLATFORM

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.sent = 0

    def write(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    async def send_post(self, chat_id: str, post: Post, thread: str | None = None) -> Outcome:
        self.sent += 1
        self.write(render.post(post))
        return Sent(f"console-{self.sent}")

    def digest_parts(self, digest: ScheduledDigest) -> list[str]:
        return [render.scheduled_digest(digest)]  # a terminal has no length limit

    async def send_text(self, chat_id: str, text: str, thread: str | None = None) -> Outcome:
        self.sent += 1
        self.write(text)
        return Sent(f"console-{self.sent}")


class ConsoleAdapter:
    """Reads commands line by line; at end of input it asks the bot to stop."""

    platform = PLATFORM

    def __init__(
        self, service: NewsService, stop: asyncio.Event, stdin: TextIO, stdout: TextIO
    ) -> None:
        self.service = service
        self.stop_event = stop
        self.stdin = stdin
        self.messenger = ConsoleMessenger(stdout)
        self.interactive = stdin.isatty()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        if self.interactive:
            self.messenger.write("newsbot console — type /help for commands, Ctrl-D to quit.")
        self._task = asyncio.create_task(self._loop())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    async def _loop(self) -> None:
        lines: asyncio.Queue[str | None] = asyncio.Queue()
        _read_lines_in_thread(self.stdin, lines, asyncio.get_running_loop())
        while True:
            line = await lines.get()
            if line is None:
                self.stop_event.set()
                return
            reply = await self._answer(line)
            try:
                if reply:
                    self.messenger.write(reply)
            except OSError as exc:  # standard output is gone: nobody can read the chat
                log.error("console output failed (%s); stopping", exc)
                self.stop_event.set()
                return

    async def _answer(self, line: str) -> str | None:
        """The reply to a line; an unexpected error is logged and answered with an apology."""
        try:
            return await answer(self.service, CHAT, line)
        except Exception:
            log.exception("console command failed: %r", line[:200])
            return APOLOGY


def clean_line(raw: bytes | str) -> str:
    """A line of input as text: undecodable bytes and lone surrogates become U+FFFD."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def _read_lines_in_thread(
    stdin: TextIO, lines: asyncio.Queue[str | None], loop: asyncio.AbstractEventLoop
) -> None:
    """Blocking reads in a daemon thread, so a waiting terminal never blocks shutdown.

    Standard input is read as bytes and decoded with replacement, so no byte sequence can
    stop the reader; if reading fails anyway, the chat ends as at the end of input instead
    of hanging.
    """

    def pump() -> None:
        try:
            try:
                for raw in _raw_lines(stdin):
                    loop.call_soon_threadsafe(lines.put_nowait, clean_line(raw))
            except (OSError, ValueError):
                log.exception("reading the console input failed; ending the chat")
            loop.call_soon_threadsafe(lines.put_nowait, None)
        except RuntimeError:  # the bot has already shut its event loop
            return

    threading.Thread(target=pump, name="console-stdin", daemon=True).start()


def _raw_lines(stdin: TextIO) -> Iterator[bytes | str]:
    """Lines straight from the file descriptor when there is one.

    Reading the descriptor with os.read takes none of the buffered file's locks, which a
    daemon thread still blocked in a read must not hold when the interpreter shuts down.
    """
    try:
        fd = stdin.fileno()
    except (OSError, ValueError):  # an in-memory stream (io.UnsupportedOperation is both)
        buffer: BinaryIO | None = getattr(stdin, "buffer", None)
        if buffer is not None:
            yield from iter(buffer.readline, b"")
        else:
            yield from iter(stdin.readline, "")
        return
    pending = b""
    while chunk := os.read(fd, 1 << 16):
        *complete, pending = (pending + chunk).split(b"\n")
        yield from (line + b"\n" for line in complete)
        if len(pending) > MAX_LINE_BYTES:  # no newline in sight: take what there is
            yield pending
            pending = b""
    if pending:
        yield pending


def create(
    settings: Settings,
    service: NewsService,
    stop: asyncio.Event,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> ConsoleAdapter:
    return ConsoleAdapter(service, stop, stdin or sys.stdin, stdout or sys.stdout)
