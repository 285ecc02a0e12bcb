"""What a post shows besides text: the outlet and the lead image, from feeds, pages and files."""

from __future__ import annotations

from bot.models import Article, Post
from bot.parsing.feed import parse_feed
from bot.parsing.html import parse_html
from bot.parsing.sources import parse_document

MEDIA = "http://search.yahoo.com/mrss/"
BODY = "<p>The council voted on Monday to approve the long-awaited bridge over the river.</p>"


def rss(items: str, title: str = "Millbrook Courier") -> bytes:
    return (
        f'<rss version="2.0" xmlns:media="{MEDIA}"><channel><title>{title}</title>'
        f"<link>https://www.courier.example/</link>{items}</channel></rss>"
    ).encode()


def item(extra: str, n: int = 1) -> str:
    return (
        f"<item><title>Story {n}</title><link>https://courier.example/{n}</link>"
        f"<description><![CDATA[{BODY}]]></description>{extra}</item>"
    )


def test_each_kind_of_feed_image_is_the_lead_image() -> None:
    drafts = parse_feed(
        rss(
            item('<media:content url="https://img.example/c.jpg" medium="image"/>', 1)
            + item('<media:thumbnail url="https://img.example/t.jpg"/>', 2)
            + item('<enclosure url="https://img.example/e.png" type="image/png" length="1"/>', 3)
            + item('<enclosure url="https://img.example/a.mp3" type="audio/mpeg" length="1"/>', 4)
        )
    )
    assert [d.image for d in drafts] == [
        "https://img.example/c.jpg",
        "https://img.example/t.jpg",
        "https://img.example/e.png",
        None,
    ]
    assert {d.outlet for d in drafts} == {"Millbrook Courier"}


def test_a_feed_without_a_title_is_named_by_its_site() -> None:
    (draft,) = parse_feed(rss(item(""), title=""))
    assert draft.outlet == "courier.example"


def test_a_page_gives_its_site_name_and_og_image() -> None:
    page = (
        "<html><head><title>Bridge approved</title>"
        '<meta property="og:site_name" content="The Courier">'
        '<meta property="og:image" content="https://img.example/bridge.jpg">'
        "</head><body><article><h1>Bridge approved</h1>"
        f"{BODY}{BODY.replace('Monday', 'Tuesday')}</article></body></html>"
    )
    draft = parse_html(page, url="https://courier.example/bridge")
    assert draft.outlet == "The Courier"
    assert draft.image == "https://img.example/bridge.jpg"
    relative = page.replace("https://img.example/bridge.jpg", "/media/bridge.jpg")
    assert parse_html(relative, url="https://courier.example/news/bridge").image == (
        "https://courier.example/media/bridge.jpg"
    )
    assert parse_html(relative).image is None  # a local page: no address to resolve it against


def test_a_local_file_never_names_its_path_as_the_outlet() -> None:
    text = b"Politics\n\nBridge approved\n\nThe council voted on Monday to approve the bridge.\n"
    (draft,) = parse_document(text, origin="/srv/inbox/bridge.txt")
    assert draft.source == "/srv/inbox/bridge.txt"
    assert draft.outlet is None
    post = Post.from_article(article(draft.outlet, None))
    assert post.outlet is None


def test_a_post_without_an_outlet_is_named_by_its_link() -> None:
    post = Post.from_article(article(None, "https://www.courier.example/x"))
    assert post.outlet == "courier.example"
    assert Post.from_article(article("The Courier", "https://x.example/")).outlet == "The Courier"


def article(outlet: str | None, url: str | None) -> Article:
    return Article(
        identity="a",
        category="Politics",
        headline="H",
        paragraphs=("B",),
        summary="B",
        url=url,
        outlet=outlet,
        source="/srv/inbox/bridge.txt",
    )
