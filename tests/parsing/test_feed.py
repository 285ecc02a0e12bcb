"""parse_feed: RSS 2.0 and Atom entries become Drafts; broken feeds are ParseErrors."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.errors import ParseError
from bot.parsing.feed import parse_feed

FEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"


def read(name: str) -> bytes:
    return (FEEDS / name).read_bytes()


def test_rss_entries_become_drafts() -> None:
    drafts = parse_feed(read("rss2.xml"), url="https://courier.example/feed.xml")
    assert len(drafts) == 2
    clock, comet = drafts
    assert clock.headline == "Town clock & bell restored after forty silent years"
    assert clock.paragraphs == (
        "The clock above Millbrook's market hall chimed at noon on Monday for the first time "
        "in forty years.",
        '"I had forgotten what it sounded like," said stallholder Ines Varga, who sells cheese '
        "beneath it.",
        "Restorers spent eight months on the gears.",
    )
    assert clock.url == "https://courier.example/news/town-clock"
    assert clock.source == "Millbrook Evening Courier"
    assert comet.paragraphs == (
        "Amateur astronomers at the hill observatory photographed a faint green comet.",
        "It will be visible until Friday.",
    )


def test_rss_categories_entry_then_feed_then_default() -> None:
    clock, comet = parse_feed(read("rss2.xml"))
    assert clock.category == "Entertainment"  # the item's own <category>
    assert comet.category == "Science"  # the channel's <category>
    atom = parse_feed(read("atom.xml"), default_category="World")
    assert [d.category for d in atom] == ["Business", "World"]


def test_category_override_wins() -> None:
    drafts = parse_feed(read("rss2.xml"), category_override="Health")
    assert {d.category for d in drafts} == {"Health"}


def test_identity_guid_else_canonical_link() -> None:
    clock, comet = parse_feed(read("rss2.xml"))
    assert clock.identity == "guid:courier-2024-0001"
    assert comet.identity == "url:https://courier.example/news/comet"


def test_published_is_timezone_aware_utc() -> None:
    clock, comet = parse_feed(read("rss2.xml"))
    assert clock.published == datetime(2024, 3, 5, 8, 30, tzinfo=UTC)
    assert comet.published == datetime(2024, 3, 6, 21, 0, tzinfo=UTC)


def test_atom_entries() -> None:
    ferry, lighthouse = parse_feed(read("atom.xml"))
    assert ferry.headline == "Ferry operator doubles winter crossings"
    assert ferry.paragraphs == (
        "Northwind Ferries will run two crossings a day to the outer islands this winter.",
        "Fares stay the same, the operator said.",
    )
    assert ferry.identity == "guid:tag:ledger.example,2024:ferry-crossings"
    assert ferry.url == "https://ledger.example/business/ferry-crossings"
    assert ferry.published == datetime(2024, 4, 1, 16, 15, tzinfo=UTC)
    assert ferry.source == "Northwind Ledger"
    assert lighthouse.published == datetime(2024, 4, 3, 6, 0, tzinfo=UTC)  # from <updated>
    assert lighthouse.paragraphs == (
        "Keepers logged no ships in distress for the first time this season.",
    )


def test_unusable_entries_are_skipped_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        drafts = parse_feed(read("rss2.xml"), url="https://courier.example/feed.xml")
    headlines = [d.headline for d in drafts]
    assert "Headline with no body at all" not in headlines
    assert "skipped 2 of 4 entries" in caplog.text
    assert "Headline with no body at all" in caplog.text


def test_feed_with_no_usable_entry_is_an_error() -> None:
    with pytest.raises(ParseError, match="none of the 2 feed entries"):
        parse_feed(read("empty_entries.xml"))


def test_valid_feed_without_entries_is_empty() -> None:
    assert parse_feed(b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>') == []


def test_malformed_feed() -> None:
    with pytest.raises(ParseError, match=r"^https://x\.example/f: not an RSS or Atom feed: line 6"):
        parse_feed(read("malformed.xml"), url="https://x.example/f")


@pytest.mark.parametrize(
    "data",
    [b"just some words", b"<html><body><p>A page</p></body></html>", "<urlset/>", b""],
)
def test_not_a_feed(data: bytes | str) -> None:
    with pytest.raises(ParseError, match="not an RSS or Atom feed"):
        parse_feed(data)


def test_str_input_is_never_treated_as_a_url_or_path(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="not an RSS or Atom feed"):
        parse_feed(str(FEEDS / "rss2.xml"))
    with pytest.raises(ParseError, match="not an RSS or Atom feed"):
        parse_feed("https://courier.example/feed.xml")
