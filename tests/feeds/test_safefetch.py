"""The address rules for user-given URLs, against a real local server and a fake DNS answer."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bot.errors import FetchError, ParseError
from bot.parsing.safefetch import AddressNotAllowed, address_problem, safe_fetch, safe_session
from bot.settings import Settings
from tests.feeds.server import LocalFeeds, serving


def settings_for(tmp_path: Path, *, allow_private: bool = False, **more: object) -> Settings:
    return Settings(  # type: ignore[call-arg]
        db=tmp_path / "bot.db", _env_file=None, allow_private_feeds=allow_private, **more
    )


def fake_dns(answers: dict[str, str]):  # type: ignore[no-untyped-def]
    """A resolver seam: test host names map to fixed addresses, nothing else resolves."""

    async def resolve(host: str, port: int) -> list[str]:
        if host not in answers:
            raise socket.gaierror(f"{host} is unknown")
        return [answers[host]]

    return resolve


@pytest.fixture
async def local() -> AsyncIterator[LocalFeeds]:
    async with serving() as feeds:
        yield feeds


async def fetch_with(settings: Settings, url: str, dns: dict[str, str] | None = None) -> bytes:
    """The body at `url`, fetched through a safe session (with a fake DNS when given)."""
    async with safe_session(settings, fake_dns(dns) if dns is not None else None) as session:
        return (await safe_fetch(url, settings=settings, session=session)).body


async def test_a_redirect_to_loopback_is_refused(tmp_path: Path, local: LocalFeeds) -> None:
    port = urlsplit(local.base).port
    local.redirect_to = f"http://127.0.0.1:{port}/feed.xml"
    settings = settings_for(tmp_path)
    # hop.test stands in for a public server: its (local) answer is exempt from the check
    dns = fake_dns({"hop.test": "127.0.0.1", "sneaky.test": "127.0.0.1"})
    async with safe_session(settings, dns, exempt=frozenset({"hop.test"})) as session:
        with pytest.raises(AddressNotAllowed, match=r"127\.0\.0\.1 is loopback"):
            await safe_fetch(f"http://hop.test:{port}/redirect", settings=settings, session=session)
        local.redirect_to = f"http://sneaky.test:{port}/feed.xml"
        with pytest.raises(AddressNotAllowed, match=r"sneaky.test resolves to 127\.0\.0\.1"):
            await safe_fetch(f"http://hop.test:{port}/redirect", settings=settings, session=session)
    assert local.fetches == 0  # the feed behind the redirect was never reached


async def test_a_host_name_that_resolves_to_a_private_address_is_refused(
    tmp_path: Path, local: LocalFeeds
) -> None:
    port = urlsplit(local.base).port
    for answer, kind in (("127.0.0.1", "loopback"), ("10.0.0.1", "private")):
        with pytest.raises(AddressNotAllowed, match=rf"feeds.test resolves to {answer}.*{kind}"):
            await fetch_with(
                settings_for(tmp_path), f"http://feeds.test:{port}/feed.xml", {"feeds.test": answer}
            )
    assert local.fetches == 0


async def test_the_connection_goes_to_the_checked_address(
    tmp_path: Path, local: LocalFeeds
) -> None:
    port = urlsplit(local.base).port
    allowed = settings_for(tmp_path, allow_private=True)
    body = await fetch_with(
        allowed, f"http://feeds.test:{port}/feed.xml", {"feeds.test": "127.0.0.1"}
    )
    assert b"Ferry timetable" in body and local.fetches == 1


async def test_ipv6_loopback_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AddressNotAllowed, match=r"::1 is loopback"):
        await fetch_with(settings_for(tmp_path), "http://[::1]:8080/feed.xml")
    with pytest.raises(AddressNotAllowed, match=r"v6.test resolves to ::1"):
        await fetch_with(settings_for(tmp_path), "http://v6.test/feed.xml", {"v6.test": "::1"})
    assert address_problem("::ffff:127.0.0.1") == "loopback"


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/feed.xml", "gopher://x/", "http:///nohost"]
)
async def test_only_http_and_https_are_fetched(tmp_path: Path, url: str) -> None:
    with pytest.raises(AddressNotAllowed, match=r"not an http or https address"):
        await fetch_with(settings_for(tmp_path, allow_private=True), url)


@pytest.mark.parametrize(
    ("ip", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.1", "private"),
        ("169.254.169.254", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("100.64.0.1", "not public"),
    ],
)
def test_address_kinds(ip: str, kind: str) -> None:
    assert address_problem(ip) == kind


def test_public_addresses_pass() -> None:
    assert address_problem("93.184.216.34") is None
    assert address_problem("2606:2800:220:1:248:1893:25c7:1946") is None


async def test_literal_private_addresses_are_refused_unless_allowed(
    tmp_path: Path, local: LocalFeeds
) -> None:
    with pytest.raises(AddressNotAllowed, match=r"127.0.0.1 is loopback"):
        await fetch_with(settings_for(tmp_path), local.url)
    body = await fetch_with(settings_for(tmp_path, allow_private=True), local.url)
    assert b"Harbour Gazette" in body


async def test_redirects_are_followed_and_bounded(tmp_path: Path, local: LocalFeeds) -> None:
    allowed = settings_for(tmp_path, allow_private=True)
    local.redirect_to = local.url
    assert b"Ferry" in await fetch_with(allowed, f"{local.base}/redirect")
    local.redirect_to = f"{local.base}/redirect"
    with pytest.raises(FetchError, match=r"more than 5 redirects"):
        await fetch_with(allowed, f"{local.base}/redirect")


async def test_size_and_unknown_host(tmp_path: Path, local: LocalFeeds) -> None:
    small = settings_for(tmp_path, allow_private=True, max_file_bytes=100_000)
    with pytest.raises(ParseError, match=r"over the 100.0 kB limit"):
        await fetch_with(small, f"{local.base}/big")
    with pytest.raises(FetchError, match=r"nowhere.test could not be found"):
        await fetch_with(small, "http://nowhere.test/feed.xml", {})
