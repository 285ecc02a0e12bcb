"""Pure rendering: trimming on sentence boundaries and embeds inside Discord's limits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.discord import render
from bot.models import Digest, Post, Quote, QuoteHit
from tests.discord.fake_payloads import embed_size, message_errors


def post(**changes: object) -> Post:
    base: dict[str, object] = dict(
        article_id=1,
        headline="Council approves bridge",
        summary="The council voted 7-2. Work starts in spring.",
        quotes=(Quote("It will change the city.", "Ana Ruiz"),),
        category="Politics",
        url="https://news.example/1",
        source="Example Times",
        outlet="Example Times",
    )
    base.update(changes)
    return Post(**base)  # type: ignore[arg-type]


def test_embed_of_a_post():
    embed = render.post_embed(post()).to_dict()
    assert embed["title"] == "Council approves bridge"
    assert embed["url"] == "https://news.example/1"
    assert embed["description"] == "The council voted 7-2. Work starts in spring."
    assert embed["fields"] == [
        {"name": "Ana Ruiz", "value": "“It will change the city.”", "inline": False}
    ]
    assert embed["footer"] == {"text": "Politics · Example Times"}


def test_the_footer_names_the_outlet_never_a_local_path_and_the_image_is_shown():
    local = post(source="/srv/inbox/story.txt", outlet=None, image="https://img.example/a.jpg")
    embed = render.post_embed(local).to_dict()
    assert embed["footer"] == {"text": "Politics"}
    assert embed["image"] == {"url": "https://img.example/a.jpg"}
    embed = render.post_embed(post(image="file:///x.jpg")).to_dict()
    assert embed["footer"] == {"text": "Politics · Example Times"} and "image" not in embed


def test_unknown_speaker_and_non_http_urls():
    embed = render.post_embed(post(quotes=(Quote("Hi."),), url="file:///tmp/x.txt")).to_dict()
    assert embed["fields"][0]["name"] == "Unknown speaker"
    assert "url" not in embed


def test_a_huge_post_fits_and_keeps_sentences():
    sentence = "Officials confirmed the figures on Monday. "
    huge = post(
        headline="Very long headline " * 40,
        summary=sentence * 400,
        quotes=tuple(Quote("blah " * 500, "Name " * 100) for _ in range(40)),
        source="S" * 5000,
    )
    embed = render.post_embed(huge).to_dict()
    assert message_errors({"embeds": [embed]}) is None
    assert embed["description"].endswith("on Monday.")
    assert len(embed["fields"]) >= 1
    assert embed_size(embed) <= 6000


def test_ten_posts_share_the_message_total():
    posts = [post(article_id=i, summary="Words go here. " * 500) for i in range(10)]
    embeds = [e.to_dict() for e in render.post_embeds(posts, "**Latest news**")]
    assert len(embeds) == 10
    assert message_errors({"content": "**Latest news**", "embeds": embeds}) is None


def test_digest_message():
    posts = tuple(post(article_id=i, headline=f"Story {i}") for i in range(10))
    header, embeds = render.digest_message(Digest(posts, missed=25))
    assert header == (
        "Welcome back! While paused, this channel missed 25 articles. Here are the newest 10."
    )
    assert len(embeds) == 10
    header, _ = render.digest_message(Digest(posts[:1], missed=1))
    assert header == "Welcome back! While paused, this channel missed 1 article."


def test_quote_embed_links_the_article():
    hit = QuoteHit(Quote("We will.", None), 3, "Bridge [update]", "Politics", "https://x.example/3")
    embed = render.quote_embed(hit).to_dict()
    assert embed["description"] == "“We will.”"
    assert embed["author"]["name"] == "— Unknown speaker"
    assert embed["fields"][0]["value"] == "[Bridge (update)](https://x.example/3)"


def test_long_lists_are_clipped_to_one_message():
    text = render.categories_text([(f"Category {i}", i) for i in range(500)])
    assert len(text) <= 2000 and text.endswith("more")


@settings(max_examples=150, deadline=None)
@given(
    headline=st.text(max_size=600),
    summary=st.text(max_size=9000),
    quotes=st.lists(
        st.tuples(st.text(max_size=1500), st.none() | st.text(max_size=400)), max_size=30
    ),
    source=st.none() | st.text(max_size=3000),
    budget=st.integers(min_value=0, max_value=7000),
)
def test_any_post_fits_any_budget(headline, summary, quotes, source, budget):
    p = post(
        headline=headline,
        summary=summary,
        quotes=tuple(Quote(t, s) for t, s in quotes),
        source=source,
    )
    parts = render.post_parts(p, budget)
    embed = render.to_embed(parts).to_dict()
    assert message_errors({"embeds": [embed]}) is None
    assert embed_size(embed) <= max(min(budget, 6000), 40)
