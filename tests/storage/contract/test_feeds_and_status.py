"""The Storage contract for feed state, standing problems and the status figures."""

from __future__ import annotations

import pytest

from bot.models import Chat, ChatKind, FeedState, SubscriptionKind
from bot.ports import Storage
from tests.conftest import make_article

URL = "https://feeds.example/rss"


async def test_feed_state_is_kept_field_by_field(store: Storage) -> None:
    assert await store.feed_state(URL) is None
    await store.save_feed_state(URL, etag='"v1"', next_poll=10.0)
    await store.save_feed_state(URL, failures=2, last_error="timeout")
    state = await store.feed_state(URL)
    assert state == FeedState(URL, etag='"v1"', next_poll=10.0, failures=2, last_error="timeout")
    await store.save_feed_state(URL, primed=1)
    primed = await store.feed_state(URL)
    assert primed is not None and primed.primed is True
    with pytest.raises(ValueError, match="unknown feed fields"):
        await store.save_feed_state(URL, colour="red")


async def test_status_counts_everything(store: Storage) -> None:
    empty = await store.status()
    assert (empty.articles, empty.subscriptions, empty.outbox) == (0, {}, {})
    assert (empty.failing_feeds, empty.problems, empty.last_delivery) == ([], [], None)
    await store.add_subscription(Chat("tg", "1"), SubscriptionKind.ALL, "", ChatKind.PRIVATE)
    await store.add_subscription(Chat("dc", "2"), SubscriptionKind.ALL, "", ChatKind.CHANNEL)
    await store.add_article(make_article())
    await store.save_feed_state(URL, failures=3, last_error="gone")
    await store.save_feed_state("https://ok.example/rss", failures=0)
    await store.report_problem("tg:@chan", "cannot post")
    await store.report_problem("tg:@other", "cannot post either")
    await store.report_problem("tg:@other", None)
    status = await store.status()
    assert status.articles == 1
    assert status.subscriptions == {"dc": 1, "tg": 1}
    assert status.outbox == {"pending": 2}
    assert status.failing_feeds == [(URL, 3, "gone")]
    assert status.problems == [("tg:@chan", "cannot post")]
