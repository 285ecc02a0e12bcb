"""New articles reach subscribed chats and channels through the real delivery worker."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from bot.delivery.worker import DeliveryWorker
from bot.models import Chat, ChatKind, Quote, SubscriptionKind
from bot.services import NewsService
from tests.telegram.conftest import article
from tests.telegram.fake_api import FakeTelegram

ALICE, BOB = 3001, 3002
GROUP, NEW_GROUP = -4001, -1004001


def chat(chat_id: int | str) -> Chat:
    return Chat("telegram", str(chat_id))


async def deliver(worker: DeliveryWorker, until: Any, timeout: float = 5) -> None:
    """Run the worker until `until()` holds (a retry may be scheduled a little later)."""
    deadline = time.monotonic() + timeout
    while not until():
        assert time.monotonic() < deadline, "not delivered in time"
        await worker.drain(timeout)
        await asyncio.sleep(0.02)


def worker_for(bot: Any, service: NewsService) -> DeliveryWorker:
    return DeliveryWorker(service.storage, bot.messenger, bot.settings_used)


async def test_subscribed_chat_receives_new_article(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    fake.private(ALICE)
    await service.ingest(article("old"))
    await service.subscribe(chat(ALICE), "Politics")
    result = await service.ingest(
        article("new", quotes=(Quote("It works.", "Ann Lee"),), url="https://x.example/a")
    )
    assert result.fanned_out == 1
    await deliver(worker_for(bot, service), lambda: fake.sent_to(ALICE))
    [post] = fake.sent_to(ALICE)
    assert post.parse_mode == "HTML"
    assert post.shown.startswith("Headline new\nx.example\n\nThe summary says what happened.")
    assert "“It works.”\n— Ann Lee" in post.shown and post.shown.endswith("#Politics")
    assert '<a href="https://x.example/a">Headline new</a>' in post.text
    assert post.link_preview_options == {"is_disabled": True}
    assert post.button("Read")["url"] == "https://x.example/a"


async def test_hostile_html_shown_literally(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    fake.private(ALICE)
    await service.ingest(article("seed", "Science & Tech"))
    await service.subscribe(chat(ALICE), "all")
    headline = "<script>alert(1)</script> & <b>bold"
    summary = "Use <i> & </b> tags; a<b && c > d. Also &amp; and &#x3C; stay as typed."
    quote = Quote('He said "<b>hi</b>" & left </blockquote>', "O'Brien <admin>")
    await service.ingest(
        article(
            "evil", "Science & Tech", headline, summary, (quote,), "https://e.example/?a=1&b=<2>"
        )
    )
    await deliver(worker_for(bot, service), lambda: fake.sent_to(ALICE))
    [post] = fake.sent_to(ALICE)
    assert post.shown.startswith(headline + "\ne.example\n\n" + summary)
    assert '“He said "<b>hi</b>" & left </blockquote>”\n— O\'Brien <admin>' in post.shown
    assert post.shown.endswith("#ScienceTech")
    assert "<script>" not in post.text


async def test_blocked_chat_deactivated_others_still_receive(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    fake.private(ALICE)
    fake.private(BOB)
    fake.fail(ALICE, "blocked", times=None)
    for who in (ALICE, BOB):
        await service.subscribe(chat(who), "all")
    await service.ingest(article("one"))
    worker = worker_for(bot, service)
    await deliver(worker, lambda: fake.sent_to(BOB))
    await worker.drain(5)
    [alice_sub] = await service.subscriptions(chat(ALICE))
    assert not alice_sub.active and "blocked" in (alice_sub.reason or "")
    assert (await service.ingest(article("two"))).fanned_out == 1  # only Bob now
    await deliver(worker, lambda: len(fake.sent_to(BOB)) == 2)
    assert fake.sent_to(ALICE) == []


async def test_retry_after_honoured_delivered_once(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    fake.private(ALICE)
    fake.fail(ALICE, "retry_after", seconds=1)
    await service.subscribe(chat(ALICE), "all")
    started = time.time()
    await service.ingest(article("one"))
    await deliver(worker_for(bot, service), lambda: fake.sent_to(ALICE))
    [post] = fake.sent_to(ALICE)
    assert post.time - started >= 0.95
    sends = [p for m, p in fake.requests if m == "sendMessage" and str(p["chat_id"]) == str(ALICE)]
    assert len(sends) == 2  # the refused one and the delivered one
    status = await service.status()
    assert status.outbox.get("sent") == 1 and not status.outbox.get("pending")


async def test_migrated_group_moves_and_receives(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    fake.group(GROUP, "Old group", kind="group")
    fake.fail(GROUP, "migrate", new_chat_id=NEW_GROUP, times=None)
    await service.ingest(article("seed"))
    await service.subscribe(chat(GROUP), "Politics", ChatKind.GROUP)
    await service.ingest(article("one"))
    await deliver(worker_for(bot, service), lambda: fake.sent_to(NEW_GROUP))
    assert "Headline one" in fake.sent_to(NEW_GROUP)[0].shown
    assert fake.sent_to(GROUP) == []
    [sub] = await service.subscriptions(chat(NEW_GROUP))
    assert (sub.kind, sub.value, sub.active) == (SubscriptionKind.CATEGORY, "Politics", True)
    assert await service.subscriptions(chat(GROUP)) == []


async def test_pause_then_resume_brings_a_digest(
    fake: FakeTelegram, bot: Any, service: NewsService
) -> None:
    me = fake.private(ALICE)
    await service.ingest(article("seed"))
    reply = await fake.ask(me, "/subscribe Politics")
    reply = await fake.ask(me, "/pause")
    assert "Paused" in reply.shown
    for n in range(3):
        await service.ingest(article(f"missed-{n}", headline=f"Missed <{n}>"))
    await worker_for(bot, service).drain(5)
    assert len(fake.sent_to(ALICE)) == 2  # only the two replies
    reply = await fake.ask(me, "/resume")
    assert "While paused you missed 3 articles:" in reply.shown
    assert reply.shown.index("Missed <2>") < reply.shown.index("Missed <0>")
    reply = await fake.ask(me, "/resume")
    assert "This chat receives news again" in reply.shown


async def test_channels_synced_checked_and_broadcast(
    fake: FakeTelegram, start_bot: Any, service: NewsService
) -> None:
    fake.channel(-100500, "newschan")
    fake.channel(-100600, bot_status="left")
    fake.channel(-100700, "readonly", can_post=False)
    await service.ingest(article("seed"))
    bot = await start_bot(
        telegram_channels="@newschan=Politics; -100600=all; @readonly=all; @missing=World"
    )
    status = await service.status()
    problems = dict(status.problems)
    assert "telegram:@newschan" not in problems
    assert "not an administrator with the right to post in -100600" in problems["telegram:-100600"]
    assert (
        "not an administrator with the right to post in @readonly" in problems["telegram:@readonly"]
    )
    assert "cannot reach the channel @missing" in problems["telegram:@missing"]
    subs = await service.subscriptions(chat("@newschan"))
    assert [(s.kind, s.value) for s in subs] == [(SubscriptionKind.CATEGORY, "Politics")]
    await service.ingest(article("breaking"))
    await deliver(worker_for(bot, service), lambda: fake.sent_to(-100500))
    assert "Headline breaking" in fake.sent_to(-100500)[0].shown
    await worker_for(bot, service).drain(5)
    assert fake.sent_to(-100600) == []


async def test_fixed_channel_problem_is_cleared(
    fake: FakeTelegram, start_bot: Any, service: NewsService
) -> None:
    await service.storage.report_problem("telegram:@newschan", "old trouble")
    fake.channel(-100500, "newschan")
    await start_bot(telegram_channels="@newschan")
    assert dict((await service.status()).problems) == {}
    subs = await service.subscriptions(chat("@newschan"))
    assert [(s.kind, s.value) for s in subs] == [(SubscriptionKind.ALL, "")]
