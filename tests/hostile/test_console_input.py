"""The console chat answers every line, whatever its bytes, and ends at the end of input."""

from __future__ import annotations

import asyncio
import io
import logging
import subprocess
from pathlib import Path

import pytest

from adapters.console import APOLOGY, ConsoleAdapter, clean_line
from bot.services import NewsService
from tests.conftest import SEED, newsbot_env
from tests.e2e.helpers import NEWSBOT, newsbot

HOSTILE_LINES = [
    b"/latest \xc2\xb2",  # a digit int() refuses
    b"/quote Sm\xffith",
    b"/subscribe Uncategorized",
    b"/unsubscribe Pol\xfftics",
    b"\xff\xfe\xc3 not UTF-8 at all",
    b"/categories",
]


def test_hostile_lines_each_get_an_answer_and_the_chat_ends(tmp_path: Path) -> None:
    env = newsbot_env(tmp_path / "bot.db")
    assert newsbot("ingest", str(SEED), env=env).returncode == 0
    run = subprocess.run(
        [NEWSBOT, "run"],
        input=b"\n".join(HOSTILE_LINES) + b"\n",
        env=env,
        capture_output=True,
        timeout=60,
    )
    out = run.stdout.decode()
    assert run.returncode == 0, run.stderr.decode()
    assert 'There is no category "²"' in out
    assert "I have no quotes by Sm\ufffdith" in out
    assert "This chat is not subscribed to Pol\ufffdtics." in out
    assert "Commands start with /." in out
    assert "Uncategorized (1)" in out  # the last line was answered too
    assert "Traceback" not in run.stderr.decode()


class BrokenCategories(NewsService):
    """A service with a bug in one command."""

    async def categories(self) -> list[tuple[str, int]]:
        raise RuntimeError("a bug")


async def test_an_unexpected_error_gets_an_apology_and_the_chat_goes_on(
    service: NewsService, caplog: pytest.LogCaptureFixture
) -> None:
    stop = asyncio.Event()
    stdin = io.TextIOWrapper(io.BytesIO(b"/categories\n/help\n"))
    stdout = io.StringIO()
    console = ConsoleAdapter(BrokenCategories(service.storage), stop, stdin, stdout)
    with caplog.at_level(logging.ERROR, "adapters.console"):
        await console.start()
        await asyncio.wait_for(stop.wait(), 10)
    replies = stdout.getvalue()
    assert APOLOGY in replies and "/latest [category] [n]" in replies
    assert "RuntimeError: a bug" in caplog.text  # the traceback is logged


def test_undecodable_bytes_and_lone_surrogates_become_replacement_characters() -> None:
    assert clean_line(b"Pol\xfftics\n") == "Pol\ufffdtics\n"
    assert "\ufffd" in clean_line("Sm\udcffith") and clean_line("Smith") == "Smith"


async def test_an_in_memory_stream_of_bad_bytes_is_read_with_replacement(
    service: NewsService,
) -> None:
    stop = asyncio.Event()
    stdout = io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(b"/quote Sm\xffith\n/help\n"))
    await ConsoleAdapter(service, stop, stdin, stdout).start()
    await asyncio.wait_for(stop.wait(), 10)
    assert "Sm\ufffdith" in stdout.getvalue() and "/latest [category] [n]" in stdout.getvalue()
