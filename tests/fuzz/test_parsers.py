"""Any text or bytes through the seed, feed and HTML parsers: a Draft or a clear ParseError."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.errors import NewsbotError
from bot.models import Draft
from bot.parsing.feed import parse_feed
from bot.parsing.html import html_to_paragraphs, parse_html, strip_tags
from bot.parsing.seed import parse_seed
from bot.parsing.sources import parse_document, sniff
from tests.fuzz.conftest import FUZZ

# Pieces that steer random input into the interesting paths of each parser.
SEED_BITS = [
    "\n",
    "\n\n",
    "“",
    "”",
    '"',
    " said ",
    "LATEST DEVELOPMENTS",
    "Leave a Reply",
    "Â ",
    "â€™",
    "\u00a0",
    "\x00",
    "\ufeff",
    "Ab",
    "cD",
    ".",
]
MARKUP_BITS = [
    "<p>",
    "</p>",
    "<div>",
    "<br/>",
    "<script>",
    "&amp;",
    "&#",
    "<!--",
    "-->",
    "<title>",
    "</title>",
    "<",
    ">",
    '"',
    "x",
    "<![",
    '<a b="',
    "</a b",
    "<?",
]
FEED_HEADS = [b'<?xml version="1.0"?><rss version="2.0"><channel>', b"<feed>", b"<rdf:RDF>"]
FEED_BITS = [
    b"<item>",
    b"</item>",
    b"<title>",
    b"</title>",
    b"<description>",
    b"<entry>",
    b"</description>",
    b"&lt;p&gt;",
    b"<![CDATA[",
    b"]]>",
    b"<!ENTITY a 'b'>",
    b"&a;",
    b"<link>",
    b"<guid>",
    b"\xff",
    b"x",
]

seed_texts = st.one_of(st.text(), st.lists(st.sampled_from(SEED_BITS) | st.text()).map("".join))
markup = st.one_of(st.text(), st.lists(st.sampled_from(MARKUP_BITS) | st.text()).map("".join))
feeds = st.builds(
    lambda head, bits: head + b"".join(bits),
    st.sampled_from(FEED_HEADS),
    st.lists(st.sampled_from(FEED_BITS) | st.binary(max_size=20)),
)


def _well_formed(draft: Draft) -> None:
    assert draft.headline and draft.category
    assert all(isinstance(p, str) and p for p in draft.paragraphs)


@given(seed_texts)
@FUZZ
def test_seed_parser(text: str) -> None:
    try:
        draft = parse_seed(text)
    except NewsbotError:
        return
    _well_formed(draft)


@given(st.one_of(st.binary(), seed_texts.map(str.encode), feeds))
@FUZZ
def test_any_bytes_through_the_sniffing_parser(data: bytes) -> None:
    try:
        drafts = parse_document(data, origin="fuzz")
    except NewsbotError:
        return
    for draft in drafts:
        _well_formed(draft)
    assert sniff(data) in ("feed", "html", "text")


@given(feeds)
@FUZZ
def test_feed_parser(data: bytes) -> None:
    try:
        drafts = parse_feed(data)
    except NewsbotError:
        return
    for draft in drafts:
        _well_formed(draft)


@given(markup)
@FUZZ
def test_html_helpers(text: str) -> None:
    paragraphs = html_to_paragraphs(text)
    assert all(p == p.strip() and p for p in paragraphs)
    assert "\n" not in strip_tags(text)


@given(markup)
@FUZZ
def test_page_parser(text: str) -> None:
    try:
        draft = parse_html("<html><head><title>T</title></head><body>" + text)
    except NewsbotError:
        return
    _well_formed(draft)
