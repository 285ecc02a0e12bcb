"""Loading what `newsbot ingest` is given: folders, files and URLs, and every way they go wrong."""

from __future__ import annotations

import asyncio
import re
import socket
import sys
import types
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.errors import FetchError, NewsbotError, ParseError
from bot.models import Draft
from bot.parsing import sources
from bot.parsing.fetch import FetchFailed, fetch
from bot.parsing.sources import iter_sources, load, sniff
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
RSS = (FIXTURES / "feeds" / "rss2.xml").read_bytes()
PAGE = (FIXTURES / "html" / "article.html").read_bytes()
SEED = (
    "Science\n\nGlassblowers set a record\n\n"
    "The longest glass rod ever blown measured nine metres.\n"
)


def has_seed_parser() -> bool:
    try:
        import bot.parsing.seed  # noqa: F401
    except ImportError:
        return False
    return True


needs_seed = pytest.mark.skipif(not has_seed_parser(), reason="bot.parsing.seed not written yet")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=tmp_path / "t.db", fetch_timeout=2.0, max_file_bytes=5_000_000)


@pytest.fixture
def fake_seed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str | None, str]]:
    """Stand-in for bot.parsing.seed that records how it was called."""
    calls: list[tuple[str, str | None, str]] = []

    def parse_seed(text: str, *, source: str | None = None, default_category: str = "U") -> Draft:
        calls.append((text, source, default_category))
        return Draft(category="Science", headline="Glassblowers", paragraphs=("Body.",))

    module = types.ModuleType("bot.parsing.seed")
    module.parse_seed = parse_seed  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bot.parsing.seed", module)
    return calls


# --- iter_sources -------------------------------------------------------------------------


def test_iter_sources_expands_folders(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    for name in (
        "b/deep/2.txt",
        "b/1.html",
        "a.txt",
        "z.xml",
        ".hidden.txt",
        ".git/config",
        "meta.json",
        "LICENSE",
        "README.md",
        "photo.JPG",
        "notes.txt~",
    ):
        (root / name).write_text("x")
    missing = str(tmp_path / "nope.txt")
    image = root / "photo.JPG"
    items = iter_sources([str(root), "https://news.example/feed", missing, str(image), str(root)])
    assert items == [
        str(root / "a.txt"),
        str(root / "z.xml"),
        str(root / "b" / "1.html"),
        str(root / "b" / "deep" / "2.txt"),
        "https://news.example/feed",
        missing,  # reported by load, not here
        str(image),  # named explicitly: kept, load will say what is wrong with it
    ]


def test_iter_sources_keeps_an_empty_folder_for_load_to_report(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text("{}")
    assert iter_sources([str(tmp_path)]) == [str(tmp_path)]


async def test_empty_folder_and_missing_path(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(ParseError, match="is a folder with no article files"):
        await load(str(tmp_path), settings=settings)
    missing = str(tmp_path / "gone.txt")
    with pytest.raises(ParseError, match=f"^{re.escape(str(missing))}: no such file"):
        await load(missing, settings=settings)


# --- files --------------------------------------------------------------------------------


async def test_feed_file(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "feed"
    path.write_bytes(b"\xef\xbb\xbf\n  " + RSS)
    drafts = await load(str(path), settings=settings)
    assert [d.identity for d in drafts] == [
        "guid:courier-2024-0001",
        "url:https://courier.example/news/comet",
    ]
    drafts = await load(str(path), settings=settings, category="Health")
    assert {d.category for d in drafts} == {"Health"}


async def test_html_file(settings: Settings) -> None:
    [draft] = await load(str(FIXTURES / "html" / "article.html"), settings=settings)
    assert draft.identity == "url:https://lantern.example/culture/floating-library"
    assert draft.headline == "Harbour town opens floating library"


async def test_html_without_article_names_the_file(settings: Settings) -> None:
    path = str(FIXTURES / "html" / "no_article.html")
    with pytest.raises(ParseError, match=f"^{re.escape(str(path))}: no article text"):
        await load(path, settings=settings)


async def test_malformed_feed_names_the_file(settings: Settings) -> None:
    path = str(FIXTURES / "feeds" / "malformed.xml")
    with pytest.raises(ParseError, match=f"^{re.escape(str(path))}: not an RSS or Atom feed"):
        await load(path, settings=settings)


async def test_seed_text_goes_to_parse_seed(tmp_path: Path, settings: Settings, fake_seed) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SEED.encode())
    drafts = await load(str(path), settings=settings, category="Sport")
    assert [d.category for d in drafts] == ["Sport"]
    assert fake_seed == [(SEED, str(path), "Uncategorized")]


@needs_seed
async def test_seed_file_with_the_real_parser(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "story.txt"
    path.write_text(SEED, encoding="utf-8")
    [draft] = await load(str(path), settings=settings)
    assert draft.headline == "Glassblowers set a record"
    assert draft.category == "Science"


@needs_seed
async def test_seed_headline_without_body(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "bare.txt"
    path.write_text("Science\n\nA headline and nothing else\n", encoding="utf-8")
    with pytest.raises(ParseError, match=re.escape(str(path))):
        await load(str(path), settings=settings)


@pytest.mark.parametrize("content", [b"", b"  \n\t\n", b"\xef\xbb\xbf"])
async def test_empty_file(tmp_path: Path, settings: Settings, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(ParseError, match=f"^{re.escape(str(path))} is empty$"):
        await load(str(path), settings=settings)


@pytest.mark.parametrize(
    "content", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(1, 32)) * 20]
)
async def test_binary_file(tmp_path: Path, settings: Settings, content: bytes) -> None:
    path = tmp_path / "pic.txt"
    path.write_bytes(content)
    expected = f"^{re.escape(str(path))} is a binary file, not an article$"
    with pytest.raises(ParseError, match=expected):
        await load(str(path), settings=settings)


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16"])
async def test_not_utf8(tmp_path: Path, settings: Settings, encoding: str) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Business\n\nCafé prices rise\n\nA cup now costs more.\n".encode(encoding))
    with pytest.raises(ParseError, match=f"^{re.escape(str(path))} is not UTF-8 text"):
        await load(str(path), settings=settings)


async def test_huge_file_is_refused_without_reading_it(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"Science\n\nA headline\n\n")
        handle.seek(20_000_000 - 1)
        handle.write(b"\n")

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file should not be opened")

    monkeypatch.setattr(sources, "open", no_open, raising=False)
    with pytest.raises(ParseError) as info:
        await load(str(path), settings=settings)
    assert str(path) in str(info.value)
    assert "20.0 MB" in str(info.value) and "5.0 MB limit" in str(info.value)


def test_sniff() -> None:
    assert sniff(b'\xef\xbb\xbf <?xml version="1.0"?>\n<!-- hi --><rss version="2.0">') == "feed"
    assert sniff(b"<feed xmlns='http://www.w3.org/2005/Atom'>") == "feed"
    assert sniff(b"<rdf:RDF xmlns:rdf='x'>") == "feed"
    assert sniff(b"<!DOCTYPE html>\n<html>") == "html"
    assert sniff(b"<HTML><body>") == "html"
    assert sniff(b"Politics\n\nHeadline") == "text"
    assert sniff(b"<p>hi</p>", "text/html; charset=utf-8") == "html"
    assert sniff(b"plain", "application/atom+xml") == "feed"


# --- URLs ---------------------------------------------------------------------------------


class Site:
    """A tiny web server on 127.0.0.1 with a feed, a page, and some bad answers."""

    def __init__(self) -> None:
        self.agents: list[str] = []
        app = web.Application()
        app.router.add_get("/feed.xml", self.feed)
        app.router.add_get("/article", self.article)
        app.router.add_get("/story.txt", self.story)
        app.router.add_get("/broken", self.broken)
        app.router.add_get("/slow", self.slow)
        app.router.add_get("/endless", self.endless)
        self.server = TestServer(app, host="127.0.0.1")

    def url(self, path: str) -> str:
        return str(self.server.make_url(path))

    async def feed(self, request: web.Request) -> web.Response:
        self.agents.append(request.headers.get("User-Agent", ""))
        if request.headers.get("If-None-Match") == '"v1"':
            return web.Response(status=304, headers={"ETag": '"v1"'})
        if request.headers.get("If-Modified-Since") == "Tue, 05 Mar 2024 10:00:00 GMT":
            return web.Response(status=304)
        headers = {"ETag": '"v1"', "Last-Modified": "Tue, 05 Mar 2024 10:00:00 GMT"}
        return web.Response(body=RSS, content_type="application/rss+xml", headers=headers)

    async def article(self, request: web.Request) -> web.Response:
        return web.Response(body=PAGE, content_type="text/html")

    async def story(self, request: web.Request) -> web.Response:
        return web.Response(text=SEED, content_type="text/plain")

    async def broken(self, request: web.Request) -> web.Response:
        return web.Response(status=500, text="oops")

    async def slow(self, request: web.Request) -> web.Response:
        await asyncio.sleep(5)
        return web.Response(text="late")

    async def endless(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        for _ in range(40):
            await response.write(b"x" * 1000)
        await response.write_eof()
        return response


@pytest.fixture
async def site() -> AsyncIterator[Site]:
    site = Site()
    await site.server.start_server()
    yield site
    await site.server.close()


async def test_url_feed(site: Site, settings: Settings) -> None:
    drafts = await load(site.url("/feed.xml"), settings=settings)
    assert [d.headline for d in drafts][1] == "Observatory spots a comet over the reservoir"
    assert site.agents[0].startswith("newsbot/")


async def test_url_page(site: Site, settings: Settings) -> None:
    async with aiohttp.ClientSession() as session:
        [draft] = await load(site.url("/article"), settings=settings, session=session)
    assert draft.identity == "url:https://lantern.example/culture/floating-library"
    assert draft.source == "The Lantern Gazette"


async def test_url_seed_text(site: Site, settings: Settings, fake_seed) -> None:
    url = site.url("/story.txt")
    await load(url, settings=settings)
    assert fake_seed == [(SEED, url, "Uncategorized")]


async def test_conditional_get(site: Site, settings: Settings) -> None:
    url = site.url("/feed.xml")
    async with aiohttp.ClientSession() as session:
        first = await fetch(url, settings=settings, session=session)
        assert first.status == 200 and not first.not_modified
        assert first.etag == '"v1"' and first.content_type
        assert first.body == RSS
        again = await fetch(url, settings=settings, session=session, etag=first.etag)
        assert again.not_modified and again.body == b"" and again.etag == '"v1"'
        dated = await fetch(
            url, settings=settings, session=session, last_modified=first.last_modified
        )
        assert dated.status == 304 and dated.last_modified == first.last_modified


@pytest.mark.parametrize(("path", "status"), [("/broken", 500), ("/nothing-here", 404)])
async def test_http_errors(site: Site, settings: Settings, path: str, status: int) -> None:
    url = site.url(path)
    expected = f"could not fetch {re.escape(url)}: the server answered {status}"
    with pytest.raises(FetchError, match=expected):
        await load(url, settings=settings)
    with pytest.raises(FetchFailed) as info:
        await fetch(url, settings=settings)
    assert info.value.status == status
    assert info.value.transient is (status >= 500)


async def test_url_that_does_not_answer(settings: Settings) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/feed"
    with pytest.raises(FetchError, match=f"could not fetch {re.escape(url)}: .*refused") as info:
        await load(url, settings=settings)
    assert isinstance(info.value, FetchFailed) and info.value.transient


async def test_timeout(site: Site, tmp_path: Path) -> None:
    quick = Settings(db=tmp_path / "t.db", fetch_timeout=0.2)
    url = site.url("/slow")
    with pytest.raises(FetchError, match=f"{re.escape(url)}: no answer within 0.2 seconds"):
        await load(url, settings=quick)


async def test_streamed_body_over_the_cap(site: Site, tmp_path: Path) -> None:
    small = Settings(db=tmp_path / "t.db", max_file_bytes=10_000)
    url = site.url("/endless")
    expected = f"^{re.escape(url)} is more than .* over the 10.0 kB limit"
    with pytest.raises(ParseError, match=expected):
        await load(url, settings=small)


async def test_bad_url(settings: Settings) -> None:
    with pytest.raises(FetchError, match="not a valid URL"):
        await load("http://", settings=settings)
    with pytest.raises(ParseError, match=r"^ftp://news\.example/a: only http"):
        await load("ftp://news.example/a", settings=settings)


async def test_only_newsbot_errors_escape(tmp_path: Path, settings: Settings) -> None:
    for content in (b"<rss", b"<html><body>", b"<?xml version='1.0'?><a>", b"\xff\xfe\x00"):
        path = tmp_path / "odd"
        path.write_bytes(content)
        with pytest.raises(NewsbotError):
            await load(str(path), settings=settings)
