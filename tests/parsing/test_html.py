"""parse_html: the main article of a page, with canonical identity and metadata."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.errors import ParseError
from bot.parsing.html import canonical_url, html_to_paragraphs, parse_html, strip_tags

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def read(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def test_article_page_becomes_a_draft() -> None:
    draft = parse_html(read("article.html"), url="https://lantern.example/share?id=9&utm_source=x")
    assert draft.headline == "Harbour town opens floating library"
    assert draft.paragraphs[0].startswith("A retired car ferry moored")
    assert draft.paragraphs[-1].startswith('"Nobody has ever returned a book late')
    assert len(draft.paragraphs) == 5
    assert not any("rights reserved" in p or p == "Home" for p in draft.paragraphs)
    assert draft.category == "Entertainment"
    assert draft.source == "The Lantern Gazette"
    assert draft.published == datetime(2024, 3, 5, 9, 30, tzinfo=UTC)


def test_canonical_link_beats_the_given_url() -> None:
    draft = parse_html(read("article.html"), url="https://lantern.example/share?id=9")
    assert draft.url == "https://lantern.example/culture/floating-library"
    assert draft.identity == "url:https://lantern.example/culture/floating-library"


def test_default_category_and_host_when_page_names_neither() -> None:
    page = (
        "<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
        "<p>The old stone bridge over the Wend reopened to walkers on Saturday after repairs "
        "to its three arches took most of the summer.</p></article></body></html>"
    )
    draft = parse_html(page, url="https://www.wend.example/bridge", default_category="World")
    assert draft.category == "World"
    assert draft.source == "wend.example"
    assert draft.identity == "url:https://www.wend.example/bridge"


def test_page_without_url_or_canonical_has_no_identity() -> None:
    page = read("article.html").replace(b"canonical", b"author").replace(b"og:url", b"og:x")
    assert parse_html(page).identity is None


def test_page_with_no_article() -> None:
    with pytest.raises(ParseError, match=r"^https://x\.example/login: no article text"):
        parse_html(read("no_article.html"), url="https://x.example/login")


def test_empty_page() -> None:
    with pytest.raises(ParseError):
        parse_html(b"<html><body></body></html>")


def test_html_to_paragraphs() -> None:
    markup = (
        "<div>First &amp; <b>bold</b></div><p>Second<br>Third</p><script>x=1</script>"
        "<style>p{}</style><p>   </p><ul><li>Fourth &#8217;s</li></ul>"
    )
    assert html_to_paragraphs(markup) == ["First & bold", "Second", "Third", "Fourth ’s"]
    assert strip_tags("Mayor &lt;i&gt;wins&lt;/i&gt; <em>again</em>") == "Mayor <i>wins</i> again"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://News.Example/a/b?utm_source=rss&id=3#frag", "https://news.example/a/b?id=3"),
        ("http://news.example:80", "http://news.example/"),
        ("https://news.example:8443/x", "https://news.example:8443/x"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected
