"""Several `newsbot run --role ...` processes on one PostgreSQL, sending to the fake Bot API."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.telegram.fake_api import FakeTelegram

TOKEN = "123:ABC"


def headline(n: int) -> str:
    return f"Harbour bulletin number {n} on the tides"


def write_articles(folder: Path, count: int) -> None:
    """Invented articles in the seed format, one file each."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        body = (
            f"The harbour office issued bulletin {n} on Tuesday about the tides.\n\n"
            '"The boats will sail on time," said Mara Lind, who runs the harbour office.\n\n'
            "Fishermen said the weather had been calm for a week."
        )
        (folder / f"bulletin_{n:03d}.txt").write_text(f"Harbour\n\n{headline(n)}\n\n{body}\n")


@dataclass
class Cluster:
    """The processes of one run and the environment they share."""

    url: str
    fake: FakeTelegram
    workdir: Path
    extra: dict[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
        env.update(
            NEWSBOT_DATABASE_URL=self.url,
            NEWSBOT_TELEGRAM_TOKEN=TOKEN,
            NEWSBOT_TELEGRAM_API_URL=self.fake.url,
            NEWSBOT_LOG_LEVEL="WARNING",
            NEWSBOT_DELIVERY_POLL_INTERVAL="0.2",
        )
        env.update(self.extra)
        return env

    def start(self, role: str, **extra: str) -> subprocess.Popen[bytes]:
        log = open(self.workdir / f"{role}-{len(self.processes)}.log", "wb")  # noqa: SIM115
        process = subprocess.Popen(
            [sys.executable, "-m", "entrypoints.cli", "run", "--role", role],
            env={**self.env(), **extra},
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=Path(__file__).resolve().parents[2],
        )
        self.processes.append(process)
        return process

    async def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes:
            for _ in range(100):
                if process.poll() is not None:
                    break
                await asyncio.sleep(0.1)
            else:
                process.kill()

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-2000:] for p in self.workdir.glob("*.log"))


def worst_window(times: Sequence[float]) -> int:
    """The most sends in any one-second window, wherever it starts (not only on whole
    seconds), counting both ends: two sends exactly 1 s apart share a window."""
    ordered = sorted(times)
    worst, start = 0, 0
    for end, at in enumerate(ordered):
        while ordered[start] < at - 1.0:
            start += 1
        worst = max(worst, end - start + 1)
    return worst


@dataclass
class Tally:
    """What the fake Bot API received: per chat, which bulletin and when."""

    received: dict[int, Counter[int]]
    times: dict[int, list[float]]
    all_times: list[float]

    @classmethod
    def of(cls, fake: FakeTelegram, articles: int) -> Tally:
        received: dict[int, Counter[int]] = defaultdict(Counter)
        times: dict[int, list[float]] = defaultdict(list)
        numbers = {headline(n): n for n in range(articles)}
        for record in fake.messages:
            found = next((n for h, n in numbers.items() if h in record.shown), None)
            if found is not None:
                received[record.chat_id][found] += 1
                times[record.chat_id].append(record.time)
        return cls(received, times, [r.time for r in fake.messages])

    def missing(self, chats: Sequence[int], articles: int) -> int:
        return sum(1 for c in chats for n in range(articles) if self.received[c][n] == 0)

    def duplicates(self) -> dict[int, int]:
        return {
            chat: sum(count - 1 for count in seen.values() if count > 1)
            for chat, seen in self.received.items()
        }
