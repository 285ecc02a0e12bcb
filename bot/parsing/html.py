"""Web pages → Draft with trafilatura, plus small HTML-to-text helpers shared with feed parsing."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import Any, overload
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from bot.errors import ParseError
from bot.models import Draft, outlet_of
from bot.text import safe_url

log = logging.getLogger(__name__)

# Tags that end one paragraph and start the next.
_BLOCK_TAG_LIST = (
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul"
)
_BLOCK_TAGS = frozenset(_BLOCK_TAG_LIST.split())
_SKIP_TAGS = frozenset({"script", "style", "template", "noscript", "head", "title"})
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_MIN_BODY_CHARS = 40
_MIN_BODY_WORDS = 8
# A news page has a few thousand tags; trafilatura takes about 25 ms per thousand.
MAX_TAGS = 30_000


class _Paragraphs:
    """Collects text, cutting a new paragraph at every block-level tag or <br>."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self._current: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self._current.append(text)

    def cut(self) -> None:
        text = _SPACE.sub(" ", "".join(self._current)).strip()
        if text:
            self.paragraphs.append(text)
        self._current = []


def html_to_paragraphs(markup: str) -> list[str]:
    """Turn an HTML fragment into clean text paragraphs (tags stripped, entities unescaped).

    lxml parses it in C, in time linear however malformed it is (the standard library's
    html.parser takes quadratic time on, say, thousands of unclosed attribute quotes).
    """
    if "<" not in markup and "&" not in markup:  # plain text: nothing to parse
        text = _SPACE.sub(" ", markup).strip()
        return [text] if text else []
    root = _parse_fragment(markup)
    if root is None:
        return []
    from lxml import etree

    out = _Paragraphs()
    skipping = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            skipping += tag in _SKIP_TAGS
            if tag in _BLOCK_TAGS:
                out.cut()
            if not skipping:
                out.add(element.text)
        else:
            skipping -= tag in _SKIP_TAGS
            if tag in _BLOCK_TAGS:
                out.cut()
            if not skipping:
                out.add(element.tail)
    out.cut()
    return out.paragraphs


def _parse_fragment(markup: str) -> Any:
    """The lxml tree of an HTML fragment (comments and processing instructions dropped)."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True
    )
    data = markup.replace("\x00", "").encode("utf-8", "replace")
    try:
        return lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):  # nothing but markup that holds no element
        return None


def strip_tags(markup: str) -> str:
    """One line of plain text from a possibly HTML-escaped, possibly tagged string."""
    return " ".join(html_to_paragraphs(markup))


def canonical_url(url: str) -> str:
    """Normalise a URL for identity: lower-case scheme and host, no fragment, no tracking query."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and not (
        (parts.scheme == "http" and parts.port == 80)
        or (parts.scheme == "https" and parts.port == 443)
    ):
        host = f"{host}:{parts.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, True) if not _TRACKING.match(k)])
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", query, ""))


def source_identity(guid: str | None, link: str | None) -> str | None:
    """How a source names an item: its feed guid, else its canonical link (None for neither)."""
    guid = (guid or "").strip()
    if guid:
        return f"guid:{guid}"
    return f"url:{canonical_url(link)}" if link else None


def host_of(url: str | None) -> str | None:
    """The host name of a URL without a leading www., or None."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def parse_html(
    data: bytes | str,
    *,
    url: str | None = None,
    default_category: str = "Uncategorized",
) -> Draft:
    """Extract the main article of a web page; ParseError when there is none."""
    where = f"{url}: " if url else ""
    doc = _extract(data, url)
    if doc is None:
        raise ParseError(f"{where}no article text found in the page")
    headline = strip_tags(doc.get("title") or "")
    if not headline:
        raise ParseError(f"{where}the page has no headline (title)")
    paragraphs = _body_paragraphs(doc.get("text") or "", headline)
    body = " ".join(paragraphs)
    if len(body) < _MIN_BODY_CHARS or len(body.split()) < _MIN_BODY_WORDS:
        raise ParseError(f"{where}no article text found in the page")
    link = doc.get("url") or url
    return Draft(
        category=_category(doc) or default_category,
        headline=headline,
        paragraphs=tuple(paragraphs),
        url=link,
        published=parse_date(doc.get("date")),
        identity=source_identity(None, link),
        source=doc.get("sitename") or host_of(link),
        outlet=strip_tags(doc.get("sitename") or "") or outlet_of(link),
        image=safe_url(urljoin(link or "", doc.get("image") or "")),
    )


@overload
def first_tags(data: bytes, url: str | None = None, limit: int = MAX_TAGS) -> bytes: ...
@overload
def first_tags(data: str, url: str | None = None, limit: int = MAX_TAGS) -> str: ...
def first_tags(data: bytes | str, url: str | None = None, limit: int = MAX_TAGS) -> bytes | str:
    """The document cut before its (limit + 1)th tag, so parsing time stays bounded."""
    at = -1
    for _ in range(limit + 1):
        at = data.find(b"<", at + 1) if isinstance(data, bytes) else data.find("<", at + 1)
        if at < 0:
            return data
    log.warning("%s: only the first %d tags are read", url or "document", limit)
    return data[:at]


def _extract(data: bytes | str, url: str | None) -> dict[str, Any] | None:
    import trafilatura  # slow to import: keep it out of CLI start-up

    data = first_tags(data, url)
    try:
        doc = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={
                "original_date": True,
                "extensive_search": False,
                "outputformat": "%Y-%m-%dT%H:%M:%S%z",
            },
        )
    except Exception as exc:  # lxml and friends raise many types on broken input
        log.debug("trafilatura failed on %s", url, exc_info=True)
        raise ParseError(f"{url + ': ' if url else ''}cannot read the page as HTML: {exc}") from exc
    if doc is None:
        return None
    return doc if isinstance(doc, dict) else doc.as_dict()


def _body_paragraphs(text: str, headline: str) -> list[str]:
    lines = [_SPACE.sub(" ", line).strip() for line in text.splitlines()]
    paragraphs = [line for line in lines if line]
    if paragraphs and paragraphs[0].casefold() == headline.casefold():
        paragraphs = paragraphs[1:]
    return paragraphs


def _category(doc: dict[str, Any]) -> str | None:
    for key in ("categories", "tags"):
        for value in doc.get(key) or ():
            text = strip_tags(str(value))
            if text:
                return text
    return None


def parse_date(value: str | None) -> datetime | None:
    """A timezone-aware datetime from an ISO date or date-time (UTC when no zone is given)."""
    if not value:
        return None
    try:
        stamp = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
