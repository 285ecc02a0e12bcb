"""The renderer alone: escaping, layout, hashtags, Telegram's length rule, callback data."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.telegram import callbacks, render
from adapters.telegram.messenger import classify, telegram_chat_id
from bot.models import Digest, Post, Quote, QuoteHit
from bot.outcomes import Gone, Transient
from tests.telegram.fake_html import check_message, utf16_len, visible_text


def post(**overrides: object) -> Post:
    values: dict[str, object] = {
        "article_id": 7,
        "headline": "Storm hits the coast",
        "summary": "A storm hit the coast on Monday. Thousands lost power.",
        "quotes": (Quote("We are ready.", "Mayor Ann Lee"), Quote("No comment.")),
        "category": "World News",
        "url": "https://news.example/storm",
    }
    values.update(overrides)
    return Post(**values)  # type: ignore[arg-type]


def test_layout() -> None:
    text, keyboard = render.render_post(post())
    assert text == (
        '<b><a href="https://news.example/storm">Storm hits the coast</a></b>\n\n'
        "A storm hit the coast on Monday. Thousands lost power.\n\n"
        "<blockquote>“We are ready.”\n— Mayor Ann Lee</blockquote>\n"
        "<blockquote>“No comment.”</blockquote>\n\n"
        "#WorldNews"
    )
    assert keyboard is not None
    assert keyboard.inline_keyboard[0][0].url == "https://news.example/storm"


def test_no_url_no_link_and_unsafe_urls_dropped() -> None:
    for url in (None, "javascript:alert(1)", "ftp://x", 'https://x.example/"><b>'):
        text, keyboard = render.render_post(post(url=url))
        assert "<a " not in text and keyboard is None
        check_message(text, "HTML")


def test_hostile_text_escaped() -> None:
    hostile = post(
        headline="<script>alert(1)</script> & <b>bold",
        summary="1 < 2 && 3 > 2; &lt; is not an entity here",
        quotes=(Quote("</blockquote><i>", "<admin> & co"),),
        category="<b>",
    )
    text, _ = render.render_post(hostile)
    shown = check_message(text, "HTML")
    assert shown.startswith("<script>alert(1)</script> & <b>bold\n\n1 < 2 && 3 > 2; &lt; is")
    assert "“</blockquote><i>”\n— <admin> & co" in shown


def test_huge_article_fits_drops_quotes_first_then_trims_summary() -> None:
    sentence = "This sentence is part of a very long summary. "
    quotes = tuple(Quote("Q" * 900, f"Speaker {i}") for i in range(3))
    medium = post(summary=sentence * 60, quotes=quotes)  # ~2800 chars of summary
    text = render.post_text(medium)
    shown = check_message(text, "HTML")
    assert utf16_len(shown) <= 4096
    assert shown.count("— Speaker") == 1  # two quotes dropped, one kept
    assert sentence.strip() in shown and shown.endswith("#WorldNews")

    huge = post(summary=sentence * 500, quotes=quotes)
    text = render.post_text(huge)
    shown = check_message(text, "HTML")
    assert 3900 < utf16_len(shown) <= 4096
    assert "<blockquote>" not in text
    body = shown.split("\n\n")[1]
    assert body.endswith("summary.")  # cut on a sentence boundary


def test_length_counted_in_utf16_units() -> None:
    emoji = "📰" * 3000  # 6000 UTF-16 units, 3000 code points
    text = render.post_text(post(summary=emoji, quotes=()))
    shown = check_message(text, "HTML")
    assert utf16_len(shown) <= 4096 and len(shown) > 1500


@settings(max_examples=150, deadline=None)
@given(
    headline=st.text(max_size=600),
    summary=st.text(max_size=6000),
    quotes=st.lists(
        st.tuples(st.text(max_size=1500), st.none() | st.text(max_size=50)), max_size=4
    ),
    category=st.text(min_size=1, max_size=80),
)
def test_any_post_is_valid_and_fits(
    headline: str, summary: str, quotes: list[tuple[str, str | None]], category: str
) -> None:
    p = post(
        headline=headline,
        summary=summary,
        quotes=tuple(Quote(t, s) for t, s in quotes),
        category=category,
    )
    text = render.post_text(p)
    shown = visible_text(text)  # raises on any markup Telegram would refuse
    assert utf16_len(shown.strip()) <= 4096


def test_list_digest_and_quote() -> None:
    posts = [post(article_id=i, headline=f"Item {i} " + "x" * 250) for i in range(20)]
    text, shown = render.post_list("Latest news", posts)
    assert 0 < shown < 20 and utf16_len(check_message(text, "HTML")) <= 4096

    digest = render.digest_text(Digest(tuple(posts[:3]), missed=12))
    shown_digest = check_message(digest, "HTML")
    assert shown_digest.startswith("While paused you missed 12 articles:\n• Item 0")
    assert shown_digest.endswith("… and 9 more.")
    assert "1 article:" in check_message(render.digest_text(Digest(tuple(posts[:1]), 1)), "HTML")

    hit = QuoteHit(Quote("<Yes> & no", "Ann"), 1, "A & B", "World News", "https://a.example")
    assert check_message(render.quote_text(hit), "HTML") == (
        "“<Yes> & no”\n— Ann\nFrom A & B #WorldNews"
    )


def test_callback_data_fits_64_bytes() -> None:
    long_name = "Международные новости и события недели"  # 70+ bytes in UTF-8
    data = callbacks.more_latest(long_name, 5, 123456789)
    assert len(data.encode()) <= 64
    _, fields, tail = callbacks.unpack(data, 2)
    assert fields == ["5", "123456789"]
    assert callbacks.resolve(tail, ["Other", long_name]) == long_name
    assert callbacks.subscribe("Politics") == "sub|Politics"
    assert callbacks.more_search("x" * 80, 5, 1) is None
    assert len(callbacks.unsubscribe("follow", "y" * 100).encode()) <= 64


def test_outcome_mapping_and_chat_ids() -> None:
    assert isinstance(classify(TimeoutError()), Transient)
    assert isinstance(classify(OSError("reset")), Transient)
    assert telegram_chat_id("-100123") == -100123
    assert telegram_chat_id("@chan") == "@chan"
    assert telegram_chat_id("chan") == "@chan"
    assert not isinstance(classify(RuntimeError("x")), Gone)


def test_quote_shows_a_long_quote_whole_in_an_expandable_blockquote() -> None:
    words = " ".join(f"word{n}" for n in range(120))
    hit = QuoteHit(Quote(words, "Ann"), 1, "A & B", "World", "https://a.example")
    html_text = render.quote_text(hit)
    assert html_text.startswith("<blockquote expandable>")
    assert f"“{words}”" in check_message(html_text, "HTML")
    short = render.quote_text(QuoteHit(Quote("Short and sweet.", "Ann"), 1, "A", "World"))
    assert short.startswith("<blockquote>")


def test_fake_server_refuses_unknown_blockquote_attributes() -> None:
    with pytest.raises(ValueError, match="blockquote"):
        check_message("<blockquote folded>x</blockquote>", "HTML")
