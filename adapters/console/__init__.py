"""The console chat: standard input in, replies and delivered posts on standard output."""

from __future__ import annotations

import asyncio
import sys
import threading
from typing import TextIO

from adapters.console import render
from adapters.console.handlers import answer
from bot.digests import ScheduledDigest
from bot.models import Chat, Outcome, Post, Sent
from bot.services import NewsService
from bot.settings import Settings

PLATFORM = "console"
CHAT = Chat(PLATFORM, "console")


class ConsoleMessenger:
    """Delivers posts by printing them."""

    platform = PLATFORM

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.sent = 0

    def write(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    async def send_post(self, chat_id: str, post: Post) -> Outcome:
        self.sent += 1
        self.write(render.post(post))
        return Sent(f"console-{self.sent}")

    def digest_parts(self, digest: ScheduledDigest) -> list[str]:
        return [render.scheduled_digest(digest)]  # a terminal has no length limit

    async def send_text(self, chat_id: str, text: str) -> Outcome:
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
            reply = await answer(self.service, CHAT, line)
            if reply:
                self.messenger.write(reply)


def _read_lines_in_thread(
    stdin: TextIO, lines: asyncio.Queue[str | None], loop: asyncio.AbstractEventLoop
) -> None:
    """Blocking reads in a daemon thread, so a waiting terminal never blocks shutdown."""

    def pump() -> None:
        try:
            for line in iter(stdin.readline, ""):
                loop.call_soon_threadsafe(lines.put_nowait, line)
            loop.call_soon_threadsafe(lines.put_nowait, None)
        except RuntimeError:  # the bot has already shut its event loop
            return

    threading.Thread(target=pump, name="console-stdin", daemon=True).start()


def create(
    settings: Settings,
    service: NewsService,
    stop: asyncio.Event,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> ConsoleAdapter:
    return ConsoleAdapter(service, stop, stdin or sys.stdin, stdout or sys.stdout)
