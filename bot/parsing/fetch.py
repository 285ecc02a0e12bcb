"""Fetching URLs: conditional GET with a time limit and a size cap, errors in plain words."""

from __future__ import annotations

import dataclasses
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.errors import FetchError, NewsbotError, ParseError

if TYPE_CHECKING:
    import aiohttp

    from bot.settings import Settings

USER_AGENT = "newsbot/0.1 (news bot; +aiohttp)"
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
    "text/html;q=0.8, text/plain;q=0.7, */*;q=0.5"
)
_CHUNK = 64 * 1024


def human_size(size: int) -> str:
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{size / 1000:.1f} kB"
    return f"{size / 1_000_000:.1f} MB"


def too_big(origin: str, size: int, cap: int, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (
        f"{origin} is {more}{human_size(size)}, over the {human_size(cap)} limit "
        "(NEWSBOT_MAX_FILE_BYTES)"
    )


@dataclass(frozen=True, slots=True)
class FetchResult:
    """One HTTP answer: 200 with a body, or 304 (not modified) with an empty body."""

    status: int
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    url: str | None = None  # the final URL, after redirects

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchFailed(FetchError):
    """A FetchError that also carries the URL and HTTP status (None: the server never answered)."""

    def __init__(self, message: str, *, url: str, status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status

    @property
    def transient(self) -> bool:
        """Worth retrying later: no answer, a 5xx, or 408/425/429."""
        return self.status is None or self.status >= 500 or self.status in (408, 425, 429)


def is_url(item: str) -> bool:
    return item[:8].lower().startswith(("http://", "https://"))


async def fetch(
    url: str,
    *,
    settings: Settings,
    session: aiohttp.ClientSession | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    """GET a URL (conditionally when etag/last_modified are given), capped in time and size.

    Raises FetchFailed (a FetchError) when the URL does not answer or answers 4xx/5xx, and
    ParseError when the body is larger than settings.max_file_bytes.
    """
    import aiohttp

    if session is None:
        async with aiohttp.ClientSession() as own:
            return await fetch(
                url, settings=settings, session=own, etag=etag, last_modified=last_modified
            )
    headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    timeout = aiohttp.ClientTimeout(total=settings.fetch_timeout)
    try:
        async with session.get(url, headers=headers, timeout=timeout) as response:
            return await _read_response(url, response, settings.max_file_bytes, etag, last_modified)
    except NewsbotError:
        raise
    except TimeoutError:
        reason = f"no answer within {settings.fetch_timeout:g} seconds"
        raise FetchFailed(f"could not fetch {url}: {reason}", url=url) from None
    except (aiohttp.ClientError, ValueError, OSError) as exc:
        raise FetchFailed(f"could not fetch {url}: {_reason(exc)}", url=url) from None


async def _read_response(
    url: str,
    response: aiohttp.ClientResponse,
    cap: int,
    etag: str | None,
    last_modified: str | None,
) -> FetchResult:
    result = FetchResult(
        status=response.status,
        body=b"",
        etag=response.headers.get("ETag") or etag,
        last_modified=response.headers.get("Last-Modified") or last_modified,
        content_type=response.headers.get("Content-Type"),
        url=str(response.url),
    )
    if response.status == 304:
        return result
    if not 200 <= response.status < 300:
        answer = f"{response.status} {response.reason or ''}".strip()
        raise FetchFailed(
            f"could not fetch {url}: the server answered {answer}", url=url, status=response.status
        )
    if response.content_length is not None and response.content_length > cap:
        raise ParseError(too_big(url, response.content_length, cap))
    chunks: list[bytes] = []
    total = 0
    async for chunk in response.content.iter_chunked(_CHUNK):
        total += len(chunk)
        if total > cap:
            raise ParseError(too_big(url, total, cap, at_least=True))
        chunks.append(chunk)
    return dataclasses.replace(result, body=b"".join(chunks))


def _reason(exc: BaseException) -> str:
    """Plain words for a network failure."""
    import aiohttp

    if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ClientSSLError):
        return "a secure (TLS) connection could not be made"
    if isinstance(exc, aiohttp.ClientConnectorError):
        cause = exc.os_error
        if isinstance(cause, socket.gaierror):
            return f"the host name {exc.host} could not be found"
        if isinstance(cause, ConnectionRefusedError):
            return f"the connection to {exc.host} port {exc.port} was refused"
        return f"could not connect to {exc.host}: {cause.strerror or cause}"
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return "the server closed the connection without answering"
    if isinstance(exc, aiohttp.TooManyRedirects):
        return "too many redirects"
    if isinstance(exc, aiohttp.ClientPayloadError):
        return "the answer was cut off or corrupt"
    if isinstance(exc, aiohttp.InvalidURL | ValueError):
        return "it is not a valid URL"
    return str(exc) or type(exc).__name__
