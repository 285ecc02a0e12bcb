"""An in-memory Messenger that records what it sends and can be scripted to fail."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field

from bot.digests import ScheduledDigest
from bot.models import Post
from bot.outcomes import Outcome, Sent


@dataclass
class Record:
    chat_id: str
    article_id: int
    at: float


@dataclass
class FakeMessenger:
    platform: str = "fake"
    latency: float = 0.0
    sent: list[Record] = field(default_factory=list)
    attempts: list[Record] = field(default_factory=list)
    script: dict[str, deque[Outcome]] = field(default_factory=lambda: defaultdict(deque))
    texts: list[tuple[str, str]] = field(default_factory=list)
    part_size: int = 2  # stories per digest part, so small digests still come in parts

    def fail(self, chat_id: str, *outcomes: Outcome) -> None:
        """The next sends to chat_id answer these outcomes, in order, before succeeding."""
        self.script[chat_id].extend(outcomes)

    async def send_post(self, chat_id: str, post: Post, thread: str | None = None) -> Outcome:
        if self.latency:
            await asyncio.sleep(self.latency)
        now = time.monotonic()
        self.attempts.append(Record(chat_id, post.article_id, now))
        if self.script[chat_id]:
            return self.script[chat_id].popleft()
        self.sent.append(Record(chat_id, post.article_id, now))
        return Sent(f"m{len(self.sent)}")

    def digest_parts(self, digest: ScheduledDigest) -> list[str]:
        lines = [f"{item.headline}" for item in digest.items]
        size = self.part_size
        return ["\n".join(lines[i : i + size]) for i in range(0, len(lines), size)]

    async def send_text(self, chat_id: str, text: str, thread: str | None = None) -> Outcome:
        self.attempts.append(Record(chat_id, 0, time.monotonic()))
        if self.script[chat_id]:
            return self.script[chat_id].popleft()
        self.texts.append((chat_id, text))
        return Sent(f"t{len(self.texts)}")

    def deliveries(self) -> list[tuple[str, int]]:
        return [(r.chat_id, r.article_id) for r in self.sent]

    def max_in_window(self, window: float = 1.0, chat_id: str | None = None) -> int:
        """The most attempts that fell in any `window`-second span (every span, not an average)."""
        times = sorted(r.at for r in self.attempts if chat_id is None or r.chat_id == chat_id)
        best, start = 0, 0
        for end, t in enumerate(times):
            while t - times[start] >= window:
                start += 1
            best = max(best, end - start + 1)
        return best
