"""Commands end to end through the Telegram adapter and the fake Bot API (tests/telegram).

The adapter runs as `newsbot run` starts it (create → start, long polling over real HTTP on
127.0.0.1). A command is timed from injecting its update into the fake until the fake accepts
the bot's sendMessage reply; the fake, the adapter and the storage share one process and loop.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from benchmarks.common import latency_stats

TOKEN = "123:ABC"
USER_BASE = 7_000_000
THROUGHPUT_CHATS = 100
WARMUP = 20
BUDGET_S = 25.0


def _fake_class() -> Any:
    from tests.telegram.fake_api import FakeTelegram

    class TimedFake(FakeTelegram):
        """Resolves a per-chat future with the moment a reply to that chat is accepted."""

        def __init__(self) -> None:
            super().__init__(TOKEN)
            self.waiters: dict[int, asyncio.Future[float]] = {}
            self.replies = 0

        async def api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
            result = await super().api_sendMessage(params)
            at = time.perf_counter()
            self.replies += 1
            chat_id = self.messages[-1].chat_id
            waiter = self.waiters.pop(chat_id, None)
            if waiter is not None and not waiter.done():
                waiter.set_result(at)
            if len(self.messages) > 5_000:
                del self.messages[:4_000]
                self.requests.clear()
            return result

        def expect(self, chat_id: int) -> asyncio.Future[float]:
            waiter: asyncio.Future[float] = asyncio.get_running_loop().create_future()
            self.waiters[chat_id] = waiter
            return waiter

    return TimedFake


async def _ask(fake: Any, chat: dict[str, Any], text: str) -> float:
    waiter = fake.expect(chat["id"])
    t0 = time.perf_counter()
    await fake.message(chat, text)
    done = await asyncio.wait_for(waiter, 10.0)
    return float(done - t0)


async def telegram_e2e(db: Path, meta: dict[str, Any], calls: int) -> dict[str, Any]:
    try:
        fake_cls = _fake_class()
        from pydantic import SecretStr

        from adapters.telegram import create
    except ImportError as exc:
        print(f"  Telegram end to end: not run ({exc})")
        return {"not_run": f"the Telegram adapter or its fake is missing: {exc}"}
    from bot.services import NewsService
    from bot.settings import Settings
    from storage.sqlite import SqliteStorage

    fake = await fake_cls().start()
    storage = await SqliteStorage.open(db)
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, db=db, telegram_api_url=fake.url, telegram_token=SecretStr(TOKEN)
    )
    adapter = create(settings, NewsService(storage), asyncio.Event())
    await adapter.start()
    cats, common, rare = meta["categories"], meta["common_words"], meta["rare_words"]
    texts = {
        "latest": lambda i: "/latest",
        "quote": lambda i: "/quote",
        "search_common": lambda i: f"/search {common[i % len(common)]}",
        "search_rare": lambda i: f"/search {rare[i % len(rare)]}",
        "subscribe": lambda i: f"/subscribe {cats[i % len(cats)]}",
    }
    results: dict[str, Any] = {}
    try:
        for n, (name, make) in enumerate(texts.items()):
            times: list[float] = []
            started = time.perf_counter()
            for i in range(calls + WARMUP):
                user = USER_BASE + n * 100_000 + (i if name == "subscribe" else i % 50)
                elapsed = await _ask(fake, fake.private(user), make(i))
                if i >= WARMUP:  # the first few warm aiogram's and the fake's code paths
                    times.append(elapsed)
                if time.perf_counter() - started > BUDGET_S and len(times) >= 10:
                    break
            results[name] = latency_stats(times)
            r = results[name]
            if len(times) < calls:
                r["capped_by_time_budget_s"] = BUDGET_S
            print(f"  telegram {name:20s} p50 {r['p50_ms']:7.3f} ms  p99 {r['p99_ms']:7.3f} ms")
        throughput = await _throughput(fake, calls)
    finally:
        await asyncio.wait_for(adapter.stop(), 10)
        await storage.close()
        await fake.close()
    print(f"  telegram throughput: {throughput['replies_per_s']:.0f} replies/s"
          f" ({throughput['updates']} /latest from {THROUGHPUT_CHATS} chats at once)")
    return {"commands": results, "throughput": throughput,
            "how": "update injected into the fake → getUpdates long poll → aiogram → NewsService"
                   " → sendMessage accepted by the fake; one process, one event loop"}


async def _throughput(fake: Any, updates: int) -> dict[str, Any]:
    """Inject `updates` /latest commands from 100 chats at once; replies per second."""
    chats = [fake.private(USER_BASE + 900_000 + i) for i in range(THROUGHPUT_CHATS)]
    before = fake.replies
    t0 = time.perf_counter()
    for i in range(updates):
        await fake.message(chats[i % len(chats)], "/latest")
    deadline = time.monotonic() + 60
    while fake.replies - before < updates and time.monotonic() < deadline:
        await asyncio.sleep(0.002)
    elapsed = time.perf_counter() - t0
    got = fake.replies - before
    return {"updates": updates, "replies": got, "seconds": round(elapsed, 3),
            "replies_per_s": round(got / elapsed, 1)}
