"""Hostile shapes parse and extract in bounded time; extraction's cap never shortens the body."""

from __future__ import annotations

import random
import time

import pytest

from benchmarks.shapes import SHAPES
from bot.bounds import EXTRACT_MAX_CHARS, chunked_identity, extraction_view
from bot.errors import ParseError
from bot.extraction import content_identity
from bot.ingest import to_article
from bot.models import Draft
from bot.parsing.boilerplate import split_glued_headlines
from bot.parsing.feed import MAX_ENTRIES, parse_feed
from bot.parsing.html import MAX_TAGS, first_tags, html_to_paragraphs
from bot.parsing.seed import parse_seed
from bot.parsing.sources import parse_document

SIZE = 400_000  # big enough that quadratic code took seconds; linear code takes milliseconds


@pytest.mark.parametrize(
    "shape", ["said_quotes", "word_lines", "name_runs", "reply_marks", "camel_glue"]
)
def test_hostile_seed_files_parse_and_extract_quickly(shape: str) -> None:
    started = time.perf_counter()
    [draft] = parse_document(SHAPES[shape](SIZE), origin=shape)
    article = to_article(draft)
    assert time.perf_counter() - started < 1.5
    assert article.paragraphs == draft.paragraphs


def test_rejoined_lines_make_one_paragraph() -> None:
    draft = parse_seed("World\nHeadline\n\nThe start\n" + "of it\n" * 50_000)
    assert draft.paragraphs == ("The start " + " ".join(["of it"] * 50_000),)


def test_extraction_view_caps_work_but_the_article_keeps_the_body() -> None:
    paragraphs = tuple(f'"Quote number {i}," said Ann Lee. ' * 200 for i in range(100))
    draft = Draft("World", "Headline", paragraphs)
    view = extraction_view(paragraphs)
    assert sum(map(len, view)) <= EXTRACT_MAX_CHARS < sum(map(len, paragraphs))
    article = to_article(draft)
    assert article.paragraphs == paragraphs
    assert article.identity == content_identity("Headline", paragraphs)
    assert article.quotes and len(article.summary) < EXTRACT_MAX_CHARS


def test_a_short_article_is_extracted_whole() -> None:
    paragraphs = ('"We won," said Ann Lee.', "The match ended late.")
    assert extraction_view(paragraphs) == paragraphs


def test_glued_headlines_look_at_a_bounded_prefix() -> None:
    pieces = split_glued_headlines("Bridge opensEx-soldier jailed" + "aB" * 500_000)
    assert pieces[0] == "Bridge opens" and pieces[1].startswith("Ex-soldier jailed")
    assert sum(map(len, pieces)) <= 4000


@pytest.mark.parametrize("size", [1, 5, 64])
def test_chunked_identity_equals_the_whole_text_identity(size: int) -> None:
    words = ["Σ", "ΟΔΟΣ", "“a”", "İ", "b\u00a0c", "\u2003", "", "  ", "\n", "Word—dash", "x y"]
    rng = random.Random(size)
    for _ in range(200):
        picked = [rng.choice(words) for _ in range(rng.randint(0, 60))]
        paragraphs = tuple(" ".join(picked[i : i + 7]) for i in range(0, len(picked), 7))
        headline = rng.choice(["Head line", "Σ", " "])
        expected = content_identity(headline, paragraphs)
        assert chunked_identity(headline, paragraphs, size) == expected


def test_a_file_of_too_many_lines_is_refused_clearly() -> None:
    with pytest.raises(ParseError, match="200,003 lines"):
        parse_seed("World\nHeadline\n" + "word\n" * 200_000)


def test_a_feed_is_read_up_to_its_entry_bound() -> None:
    items = b"".join(
        b"<item><guid>%d</guid><title>T%d</title><description>Body %d.</description></item>"
        % (n, n, n)
        for n in range(MAX_ENTRIES + 50)
    )
    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>' + items
    drafts = parse_feed(data + b"</channel></rss>")
    assert len(drafts) == MAX_ENTRIES and drafts[-1].headline == f"T{MAX_ENTRIES - 1}"


def test_a_page_is_read_up_to_its_tag_bound() -> None:
    page = b"<html><body>" + b"<p>x</p>" * MAX_TAGS
    cut = first_tags(page)
    assert cut.count(b"<") == MAX_TAGS and page.startswith(cut)
    assert first_tags(b"<p>short</p>") == b"<p>short</p>"


@pytest.mark.parametrize("unit", ['<a b="', "<!--", "<a", "</", "<!["])
def test_malformed_html_fragments_are_read_in_linear_time(unit: str) -> None:
    started = time.perf_counter()
    assert html_to_paragraphs("<p>Yes.</p>" + unit * 100_000) == ["Yes."]
    assert time.perf_counter() - started < 1.0  # html.parser took minutes on some of these


def test_a_feed_that_is_not_well_formed_is_read_in_bounded_time() -> None:
    started = time.perf_counter()
    with pytest.raises(ParseError):  # its one entry's description is never closed
        parse_feed(SHAPES["feed_loose_tags"](2_000_000))
    assert time.perf_counter() - started < 2.5  # unbounded it took about 10 s
