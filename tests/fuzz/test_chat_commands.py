"""Any line through the console's command parser, against a real SQLite file: always a reply."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from adapters.console import CHAT, clean_line
from adapters.console.handlers import COMMANDS, answer
from bot.models import Quote
from bot.services import NewsService
from storage.sqlite import SqliteStorage
from tests.conftest import make_article
from tests.fuzz.conftest import FUZZ

TRICKY = [
    "²",
    "٣",
    "-1",
    "0",
    "99999999999999999999",
    '"',
    '"a phrase',
    "*",
    "all",
    "ALL",
    "World",
    "world 3",
    "AND",
    "NEAR(",
    "a'b",
    "%",
    "_",
    "\x00",
    "\u202e",
    "   ",
    "@bot",
]
arguments = st.one_of(
    st.text(), st.sampled_from(TRICKY), st.lists(st.sampled_from(TRICKY)).map(" ".join)
)
lines = st.one_of(
    st.builds("/{} {}".format, st.sampled_from(sorted(COMMANDS)), arguments),
    st.binary().map(clean_line),
    st.text(),
)


def _consistent(db: Path) -> None:
    """The database is intact and no row points at a missing one."""
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_every_command_answers_any_argument(tmp_path: Path) -> None:
    db = tmp_path / "fuzz.db"
    with asyncio.Runner() as runner:
        storage = runner.run(SqliteStorage.open(db))
        quote = Quote("We will rebuild the bridge.", "Ann Lee")
        runner.run(storage.add_articles([make_article(category="World", quotes=(quote,))]))
        service = NewsService(storage)

        @given(lines)
        @FUZZ
        def check(line: str) -> None:
            reply = runner.run(answer(service, CHAT, line))  # a NewsbotError becomes words
            assert reply is None or (isinstance(reply, str) and reply.strip())
            _consistent(db)

        try:
            check()
        finally:
            runner.run(storage.close())
