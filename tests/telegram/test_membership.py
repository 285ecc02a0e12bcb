"""Chat lifecycle: a group's migration and the bot's removal take effect at once."""

from __future__ import annotations

import time
from typing import Any

from bot.models import Chat, ChatKind, SubscriptionKind
from bot.services import NewsService
from tests.telegram.fake_api import FakeTelegram

GROUP, SUPERGROUP, READER = -4001, -1004001, 5001


async def _wait(predicate: Any, timeout: float = 5.0) -> bool:
    import asyncio

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await predicate():
            return True
        await asyncio.sleep(0.02)
    return False


async def test_group_migration_moves_subscriptions_without_a_failed_send(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    group = fake.group(GROUP, kind="group")
    await service.storage.add_subscription(
        Chat("telegram", str(GROUP)), SubscriptionKind.ALL, "", ChatKind.GROUP
    )
    await fake.push(
        "message",
        {
            "message_id": 1,
            "date": int(time.time()),
            "chat": group,
            "from": fake.user(READER),
            "migrate_to_chat_id": SUPERGROUP,
        },
    )

    async def moved() -> bool:
        return bool(await service.subscriptions(Chat("telegram", str(SUPERGROUP))))

    assert await _wait(moved)
    assert await service.subscriptions(Chat("telegram", str(GROUP))) == []


async def test_removed_bot_deactivates_the_chat(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    chat = fake.private(READER)
    await service.storage.add_subscription(
        Chat("telegram", str(READER)), SubscriptionKind.ALL, "", ChatKind.PRIVATE
    )
    member = {"user": fake.bot_user, "status": "member"}
    await fake.push(
        "my_chat_member",
        {
            "chat": chat,
            "from": fake.user(READER),
            "date": int(time.time()),
            "old_chat_member": member,
            "new_chat_member": {"user": fake.bot_user, "status": "kicked", "until_date": 0},
        },
    )

    async def inactive() -> bool:
        subs = await service.subscriptions(Chat("telegram", str(READER)))
        return bool(subs) and not subs[0].active

    assert await _wait(inactive)
    [sub] = await service.subscriptions(Chat("telegram", str(READER)))
    assert sub.reason == "the bot was removed or blocked"
