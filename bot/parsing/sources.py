"""What `newsbot ingest` is given: expand paths and folders, read files, fetch URLs, dispatch."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import NewsbotError, ParseError
from bot.models import Draft, outlet_of
from bot.parsing.fetch import fetch, is_url, too_big

if TYPE_CHECKING:
    import aiohttp

    from bot.settings import Settings

log = logging.getLogger(__name__)

_SKIP_NAMES = re.compile(
    r"^(meta\.json|license|licence|copying|notice|readme|changelog|authors|makefile)(\.\w+)?$",
    re.IGNORECASE,
)
_SKIP_SUFFIX_LIST = (
    ".json .csv .tsv .yaml .yml .toml .ini .cfg .lock .log .db .sqlite .sqlite3 .py .pyc .js .css "
    ".png .jpg .jpeg .gif .webp .svg .ico .bmp .tif .tiff .avif .heic .mp3 .mp4 .wav .ogg .webm "
    ".mov .pdf .zip .gz .tgz .bz2 .xz .7z .tar .rar .exe .bin .so .dll .enc .pem .key"
)
_SKIP_SUFFIXES = frozenset(_SKIP_SUFFIX_LIST.split())
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf)[\s>/]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)
# Whitespace, <?xml ...?>, comments and a non-HTML doctype may come before the root tag.
_PROLOG = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->|<!doctype\s+(?!html)[^>]*>", re.IGNORECASE | re.S)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_BOM = b"\xef\xbb\xbf"
# Control bytes that never appear in text (tab, new lines, form feed and escape can).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b")


def iter_sources(items: Sequence[str]) -> list[str]:
    """Expand folders into their article files (recursive, sorted); keep files and URLs as given.

    Hidden files and obvious non-articles (meta.json, LICENSE, images, ...) inside folders are
    skipped. A missing path or a folder with no article files stays in the list as it is, so
    `load` reports it as an error for that one item.
    """
    out: list[str] = []
    seen: set[str] = set()
    for item in items:
        expanded = [item] if is_url(item) or not os.path.isdir(item) else _walk(item) or [item]
        for path in expanded:
            if path not in seen:
                seen.add(path)
                out.append(path)
    return out


def _walk(folder: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, name) for name in sorted(files) if _is_article_name(name))
    return found


def _is_article_name(name: str) -> bool:
    if name.startswith(".") or name.endswith("~") or _SKIP_NAMES.match(name):
        return False
    return Path(name).suffix.lower() not in _SKIP_SUFFIXES


async def load(
    item: str,
    *,
    settings: Settings,
    session: aiohttp.ClientSession | None = None,
    category: str | None = None,
) -> list[Draft]:
    """Read one file or URL into Drafts (a feed gives many, a page or seed file one).

    `category`, when given, overrides whatever category the source names.
    Raises ParseError (FetchError for URLs that cannot be fetched); every message names `item`.
    """
    if is_url(item):
        result = await fetch(item, settings=settings, session=session)
        return await asyncio.to_thread(
            parse_fetched,
            item,
            result.body,
            result.content_type,
            result.url or item,
            settings=settings,
            category=category,
        )
    return await asyncio.to_thread(load_local, item, settings=settings, category=category)


def load_local(item: str, *, settings: Settings, category: str | None = None) -> list[Draft]:
    """Read and parse one local file (blocking: call it off the event loop)."""
    if _SCHEME.match(item):
        raise ParseError(f"{item}: only http:// and https:// URLs can be loaded")
    return parse_fetched(
        item, _read_file(item, settings), None, None, settings=settings, category=category
    )


def parse_fetched(
    item: str,
    data: bytes,
    content_type: str | None,
    base: str | None,
    *,
    settings: Settings,
    category: str | None = None,
) -> list[Draft]:
    """Parse the bytes read from `item`; every error is a ParseError naming `item`."""
    try:
        return parse_document(
            data,
            origin=item,
            url=base,
            content_type=content_type,
            default_category=settings.default_category,
            category=category,
        )
    except NewsbotError as exc:
        if item in exc.message:
            raise
        raise ParseError(f"{item}: {exc.message}") from exc
    except Exception as exc:  # a parser bug must not stop a whole ingest run
        log.exception("unexpected failure parsing %s", item)
        raise ParseError(f"{item} could not be parsed: {type(exc).__name__}: {exc}") from exc


def _read_file(path: str, settings: Settings) -> bytes:
    """The bytes of a regular file, refusing anything larger than settings.max_file_bytes."""
    cap = settings.max_file_bytes
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ParseError(f"{path} is a folder with no article files in it")
        if not stat.S_ISREG(info.st_mode):
            raise ParseError(f"{path} is not a regular file")
        if info.st_size > cap:
            raise ParseError(too_big(path, info.st_size, cap))
        with open(path, "rb") as handle:
            data = handle.read(cap + 1)
    except FileNotFoundError:
        raise ParseError(f"{path}: no such file or folder") from None
    except PermissionError:
        raise ParseError(f"{path} cannot be read: permission denied") from None
    except OSError as exc:
        raise ParseError(f"{path} cannot be read: {exc.strerror or exc}") from None
    except ValueError:  # a NUL character in the name
        raise ParseError(f"{path!r} is not a usable file name") from None
    if len(data) > cap:  # the file grew after stat
        raise ParseError(too_big(path, len(data), cap, at_least=True))
    return data


def parse_document(
    data: bytes,
    *,
    origin: str,
    url: str | None = None,
    content_type: str | None = None,
    default_category: str = "Uncategorized",
    category: str | None = None,
) -> list[Draft]:
    """Sniff raw bytes (feed, HTML page or seed text) and parse them; `origin` names the source."""
    body = data.removeprefix(_BOM)
    if not body.strip():
        raise ParseError(f"{origin} is empty")
    if body[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise ParseError(f"{origin} is not UTF-8 text (it looks like UTF-16); save it as UTF-8")
    if _looks_binary(body):
        raise ParseError(f"{origin} is a binary file, not an article")
    kind = sniff(body, content_type)
    if kind == "feed":
        from bot.parsing.feed import parse_feed

        return parse_feed(
            body, url=url, default_category=default_category, category_override=category
        )
    if kind == "html":
        from bot.parsing.html import parse_html

        draft = parse_html(body, url=url, default_category=default_category)
        return [_recategorise(draft, category)]
    from bot.parsing.seed import parse_seed

    text = _decode(body, origin)
    draft = parse_seed(text, source=origin, default_category=default_category)
    return [_recategorise(dataclasses.replace(draft, outlet=outlet_of(url)), category)]


def sniff(data: bytes, content_type: str | None = None) -> str:
    """'feed', 'html' or 'text': what the document is, by its first tag, then by content type."""
    head = data[:4096].removeprefix(_BOM)
    start = 0
    while match := _PROLOG.match(head, start):
        if match.end() == start:
            break
        start = match.end()
    rest = head[start:]
    if _FEED_ROOT.match(rest):
        return "feed"
    if _HTML_ROOT.match(rest) or rest[:14].lower() == b"<!doctype html":
        return "html"
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in _FEED_TYPES:
        return "feed"
    if mime in _HTML_TYPES:
        return "html"
    if head.lstrip().startswith(b"<?xml"):
        return "feed"  # some other XML: let the feed parser say what is wrong with it
    return "text"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.1


def _decode(data: bytes, origin: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"{origin} is not UTF-8 text (bad byte at position {exc.start}); "
            "save it as UTF-8 and try again"
        ) from None


def _recategorise(draft: Draft, category: str | None) -> Draft:
    return dataclasses.replace(draft, category=category) if category else draft
