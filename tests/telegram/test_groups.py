"""Groups: anyone reads, only administrators (including anonymous ones) change things."""

from __future__ import annotations

from typing import Any

from bot.models import Chat, SubscriptionKind
from bot.services import NewsService
from tests.telegram.conftest import article
from tests.telegram.fake_api import FakeTelegram

GROUP = -100777
ADMIN, MEMBER = 2001, 2002
REFUSAL = "only the group's administrators"


async def test_member_reads_but_cannot_change(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    await service.ingest(article("g1"))
    group = fake.group(GROUP, admins=(ADMIN,))
    member = fake.user(MEMBER, "Bob")
    reply = await fake.ask(group, "/latest@OurBot", user=member)
    assert "Headline g1" in reply.shown
    changes = ("/subscribe Politics", "/follow storm", "/pause", "/unsubscribe", "/resume")
    mine = ("/mute storm", "/unmute storm", "/digest hourly", "/timezone Europe/Oslo")
    for command in (*changes, *mine):
        reply = await fake.ask(group, command, user=member)
        assert REFUSAL in reply.shown, command
    assert await service.subscriptions(Chat("telegram", str(GROUP))) == []
    settings = await service.digest(Chat("telegram", str(GROUP)), "")
    assert (settings.schedule, settings.timezone) == (None, "UTC")


async def test_admin_and_anonymous_admin_may_change(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    await service.ingest(article("g1"))
    group = fake.group(GROUP, admins=(ADMIN,))
    reply = await fake.ask(group, "/subscribe@OurBot politics", user=fake.user(ADMIN))
    assert "This chat now receives Politics" in reply.shown
    reply = await fake.ask(group, "/follow storm", sender_chat=group)  # anonymous admin
    assert "This chat now follows “storm”" in reply.shown
    reply = await fake.ask(group, "/pause", sender_chat=group)
    assert "Paused" in reply.shown
    subs = await service.subscriptions(Chat("telegram", str(GROUP)))
    assert {(s.kind, s.value) for s in subs} == {
        (SubscriptionKind.CATEGORY, "Politics"),
        (SubscriptionKind.FOLLOW, "storm"),
    }
    # a member posting as some other channel is not an anonymous admin of this group
    other = fake.channel(-100888, "elsewhere")
    reply = await fake.ask(group, "/resume", sender_chat=other)
    assert REFUSAL in reply.shown


async def test_member_cannot_use_an_admins_keyboard(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    await service.ingest(article("g1"))
    group = fake.group(GROUP, admins=(ADMIN,))
    menu = await fake.ask(group, "/subscribe", user=fake.user(ADMIN))
    callback = await fake.press(menu, "Politics", fake.user(MEMBER, "Bob"))
    answer = await fake.wait_for(lambda: fake.answer_for(callback))
    assert REFUSAL in answer["text"] and answer.get("show_alert") in (True, "true")
    assert menu.edits == 0
    callback = await fake.press(menu, "Politics", fake.user(ADMIN))
    await fake.wait_for(lambda: "This chat now receives Politics" in menu.shown)


async def test_commands_for_other_bots_are_ignored(fake: FakeTelegram, bot: Any) -> None:
    group = fake.group(GROUP, admins=(ADMIN,))
    await fake.message(group, "/subscribe@OtherBot all", user=fake.user(ADMIN))
    await fake.message(group, "/start@OtherBot", user=fake.user(ADMIN))
    reply = await fake.ask(group, "/categories@OurBot", user=fake.user(ADMIN))
    assert "No categories yet" in reply.shown
    await fake.ask(group, "/help", user=fake.user(ADMIN))
    assert len(fake.sent_to(GROUP)) == 2
