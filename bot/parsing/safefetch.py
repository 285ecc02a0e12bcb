"""Fetching URLs that chat users give: public addresses only, checked on every hop.

Only http and https. A host's addresses are checked after DNS resolution and the connection
goes to the checked address (the session's resolver is the check, so a second lookup cannot
swap in another address). Redirects are followed by hand, each one checked again; the whole
fetch has one time limit and the usual size cap. `NEWSBOT_ALLOW_PRIVATE_FEEDS` lifts the
address rule only.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from bot.errors import NewsbotError
from bot.parsing.fetch import USER_AGENT, FetchFailed, FetchResult, _read_response, _reason

if TYPE_CHECKING:
    import aiohttp
    from aiohttp.abc import ResolveResult

    from bot.settings import Settings

MAX_REDIRECTS = 5
REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"

Resolve = Callable[[str, int], Awaitable[list[str]]]
"""A DNS lookup seam: (host, port) -> IP addresses as text."""

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressNotAllowed(FetchFailed):
    """The URL points at an address chat users may not reach (or is not http/https)."""


async def system_resolve(host: str, port: int) -> list[str]:
    """The operating system's DNS answer for a host."""
    infos = await asyncio.get_running_loop().getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def address_problem(text: str) -> str | None:
    """Why an IP address is not public (None when it is)."""
    address: IPAddress = ipaddress.ip_address(text.split("%", 1)[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        ("not public", not address.is_global),
    )
    return next((name for name, hit in checks if hit), None)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def check_url(url: str, *, allow_private: bool) -> None:
    """Refuse a URL that is not http(s), or whose host is a literal non-public address."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise AddressNotAllowed(
            f"address not allowed: {url} is not an http or https address", url=url
        )
    host = parts.hostname
    if not allow_private and _is_ip(host):
        problem = address_problem(host)
        if problem:
            raise AddressNotAllowed(f"address not allowed: {host} is {problem}", url=url)


class GuardedResolver:
    """An aiohttp resolver that returns only checked addresses; the connection uses them."""

    def __init__(
        self, resolve: Resolve, *, allow_private: bool, exempt: frozenset[str] = frozenset()
    ) -> None:
        self.resolve_seam = resolve
        self.allow_private = allow_private
        self.exempt = exempt  # host names whose answers are not checked (tests stand-ins)

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        try:
            found = await self.resolve_seam(host, port)
        except OSError:
            found = []
        if not found:
            raise OSError(f"the host name {host} could not be found")
        if not self.allow_private and host not in self.exempt:
            for ip in found:
                problem = address_problem(ip)
                if problem:
                    raise AddressNotAllowed(
                        f"address not allowed: {host} resolves to {ip} ({problem})", url=host
                    )
        return [_result(host, ip, port) for ip in found]

    async def close(self) -> None:
        return None


def _result(host: str, ip: str, port: int) -> ResolveResult:
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    return {
        "hostname": host,
        "host": ip,
        "port": port,
        "family": family,
        "proto": 0,
        "flags": socket.AI_NUMERICHOST,
    }


def safe_session(
    settings: Settings, resolve: Resolve | None = None, *, exempt: frozenset[str] = frozenset()
) -> aiohttp.ClientSession:
    """A session whose every connection goes to a checked address."""
    import aiohttp

    resolver = GuardedResolver(
        resolve or system_resolve, allow_private=settings.allow_private_feeds, exempt=exempt
    )
    connector = aiohttp.TCPConnector(resolver=resolver, use_dns_cache=False)  # type: ignore[arg-type]
    return aiohttp.ClientSession(connector=connector, trust_env=False)


async def safe_fetch(
    url: str,
    *,
    settings: Settings,
    session: aiohttp.ClientSession,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    """GET a user-given URL through a `safe_session`, following at most MAX_REDIRECTS.

    Raises AddressNotAllowed, FetchFailed (not found, timed out...) or ParseError (too large).
    """
    try:
        async with asyncio.timeout(settings.fetch_timeout):
            return await _follow(url, settings, session, etag, last_modified)
    except TimeoutError:
        reason = f"timed out: no answer within {settings.fetch_timeout:g} seconds"
        raise FetchFailed(f"could not fetch {url}: {reason}", url=url) from None


async def _follow(
    url: str,
    settings: Settings,
    session: aiohttp.ClientSession,
    etag: str | None,
    last_modified: str | None,
) -> FetchResult:
    import aiohttp

    headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        check_url(current, allow_private=settings.allow_private_feeds)
        try:
            async with session.get(current, headers=headers, allow_redirects=False) as response:
                location = response.headers.get("Location")
                if response.status in REDIRECTS and location:
                    current = urljoin(current, location)
                    continue
                return await _read_response(
                    current, response, settings.max_file_bytes, etag, last_modified
                )
        except NewsbotError:
            raise
        except (aiohttp.ClientError, ValueError, OSError) as exc:
            raise FetchFailed(f"could not fetch {current}: {_reason(exc)}", url=url) from None
    raise FetchFailed(f"could not fetch {url}: more than {MAX_REDIRECTS} redirects", url=url)
