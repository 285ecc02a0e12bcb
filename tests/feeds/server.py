"""A real feed server on 127.0.0.1 for the chat-feed tests: a feed, redirects, a page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from aiohttp import web


def rss(title: str, items: list[tuple[str, str]]) -> str:
    """An RSS 2.0 document whose items are (guid, headline)."""
    entries = "".join(
        f"<item><title>{headline}</title><guid>{guid}</guid>"
        f"<link>https://local.test/{guid}</link>"
        f"<description>&lt;p&gt;{headline}: the whole story, told in a sentence.&lt;/p&gt;"
        "</description></item>"
        for guid, headline in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://local.test/</link>{entries}</channel></rss>"
    )


@dataclass
class LocalFeeds:
    """What the server answers; tests change `items` and `redirect_to` while it runs."""

    title: str = "Harbour Gazette"
    items: list[tuple[str, str]] = field(
        default_factory=lambda: [("g1", "Ferry timetable changes for the winter")]
    )
    redirect_to: str = "http://127.0.0.1/"
    base: str = ""
    fetches: int = 0

    async def feed(self, request: web.Request) -> web.Response:
        self.fetches += 1
        etag = f'"v{len(self.items)}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304)
        body = rss(self.title, self.items)
        return web.Response(text=body, content_type="application/rss+xml", headers={"ETag": etag})

    async def redirect(self, request: web.Request) -> web.Response:
        raise web.HTTPFound(self.redirect_to)

    async def page(self, request: web.Request) -> web.Response:
        return web.Response(
            text="<html><body><p>Just a page.</p></body></html>", content_type="text/html"
        )

    async def big(self, request: web.Request) -> web.Response:
        return web.Response(body=b"<rss>" + b" " * 2_000_000, content_type="application/rss+xml")

    @property
    def url(self) -> str:
        return f"{self.base}/feed.xml"


@asynccontextmanager
async def serving(host: str = "127.0.0.1") -> AsyncIterator[LocalFeeds]:
    """Serve LocalFeeds on a free port of `host` until the block ends."""
    feeds = LocalFeeds()
    app = web.Application()
    app.router.add_get("/feed.xml", feeds.feed)
    app.router.add_get("/redirect", feeds.redirect)
    app.router.add_get("/page", feeds.page)
    app.router.add_get("/big", feeds.big)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, host, 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    feeds.base = f"http://{'[::1]' if ':' in host else host}:{port}"
    try:
        yield feeds
    finally:
        await runner.cleanup()
