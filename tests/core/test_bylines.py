"""Outlet and publish time on every post, list line and digest line, on every platform."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from adapters.console import render as console
from adapters.telegram import render as telegram
from bot.models import Digest, Post
from bot.text import byline

WHEN = datetime(2026, 12, 4, 17, 24, tzinfo=UTC)
LINE = "The Courier · 4 Dec 2026, 17:24 UTC"


def post(**changes: object) -> Post:
    base: dict[str, object] = dict(
        article_id=1,
        headline="Bridge approved",
        summary="The council voted on Monday. Work starts in spring.",
        quotes=(),
        category="Politics",
        url="https://courier.example/bridge",
        published=WHEN,
        source="/srv/inbox/bridge.txt",
        outlet="The Courier",
    )
    base.update(changes)
    return Post(**base)  # type: ignore[arg-type]


def test_a_byline_names_outlet_and_time_in_utc() -> None:
    assert byline("The Courier", WHEN) == LINE
    assert byline("The Courier", WHEN.astimezone(timezone(timedelta(hours=2)))) == LINE
    assert byline(None, WHEN) == "4 Dec 2026, 17:24 UTC"
    assert byline("  The\nCourier ", None) == "The Courier"
    assert byline(None, None) == ""
    assert len(byline("x" * 500, None)) == 80


def test_console_posts_lists_and_digests_show_the_byline() -> None:
    assert console.post(post()).splitlines()[2] == LINE
    assert LINE in console.article_list([post()], "Latest")
    assert f"Bridge approved — {LINE}" in console.digest(Digest((post(),), 1))
    assert "/srv/inbox" not in console.post(post())


def test_telegram_lists_and_digests_show_the_byline() -> None:
    html, shown = telegram.post_list("Latest", [post()])
    assert shown == 1 and f"<i>{LINE}</i>" in html
    assert f"— <i>{LINE}</i>" in telegram.digest_text(Digest((post(),), 1))
    plain = telegram.post_text(post(outlet=None, published=None))
    assert "<i>" not in plain and "/srv/inbox" not in plain
