"""Any argument to the chat services, as every adapter passes them on: a result or a clear error."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from bot.errors import NewsbotError
from bot.models import Chat, Quote
from bot.services import NewsService
from storage.sqlite import SqliteStorage
from tests.conftest import make_article
from tests.fuzz.conftest import FUZZ
from tests.fuzz.test_chat_commands import TRICKY, _consistent

CHAT = Chat("fuzz", "1")
texts = st.one_of(st.text(), st.sampled_from(TRICKY))
BIG = [2**63, 2**63 - 1, -(2**63) - 1, 10**30]
numbers = st.one_of(st.integers(), st.integers(-3, 30), st.sampled_from(BIG), st.none())
Call = Callable[[NewsService], Coroutine[Any, Any, Any]]
calls: st.SearchStrategy[Call] = st.one_of(
    st.builds(
        lambda c, n, b: lambda s: s.latest(c, n if n is not None else 5, b),
        st.none() | texts,
        numbers,
        numbers,
    ),
    st.builds(
        lambda q, n, b: lambda s: s.search(q, n if n is not None else 5, b), texts, numbers, numbers
    ),
    st.builds(
        lambda c, p, a: lambda s: s.quote(c, p, a), st.none() | texts, st.none() | texts, numbers
    ),
    st.builds(lambda t: lambda s: s.quote_for(t), st.none() | texts),
    st.builds(lambda t: lambda s: s.subscribe(CHAT, t), texts),
    st.builds(lambda t: lambda s: s.unsubscribe(CHAT, t), texts),
    st.builds(lambda t: lambda s: s.follow(CHAT, t), texts),
    st.builds(lambda t: lambda s: s.unfollow(CHAT, t), texts),
    st.builds(lambda t: lambda s: s.category_name(t), texts),
)


def test_services_take_any_argument(tmp_path: Path) -> None:
    db = tmp_path / "fuzz.db"
    with asyncio.Runner() as runner:
        storage = runner.run(SqliteStorage.open(db))
        quote = Quote("We will rebuild the bridge.", "Ann Lee")
        runner.run(storage.add_articles([make_article(category="World", quotes=(quote,))]))
        service = NewsService(storage)

        @given(calls)
        @FUZZ
        def check(call: Call) -> None:
            try:
                runner.run(call(service))
            except NewsbotError as exc:
                assert exc.message.strip()
            _consistent(db)

        try:
            check()
        finally:
            runner.run(storage.close())
