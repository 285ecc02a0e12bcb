"""An article's extraction state is freed as soon as the article is done, not left to the
cycle collector (which would keep every article's structures alive until it runs)."""

from __future__ import annotations

import gc
import tracemalloc
import weakref
from collections.abc import Iterator

import pytest

from bot.bounds import collapse_spaces
from bot.extraction.names import People
from bot.extraction.quotes import extract_quotes
from bot.extraction.summary import summarize
from bot.ingest import to_article
from bot.models import Draft

_PARAGRAPHS = [
    "Dana Hart, the club's coach, spoke to reporters after the match on Sunday.",
    "“We will come back stronger next season, I promise you that,” Hart said.",
    "Her assistant, Tom Reyes, told Ann Cole the team had trained hard. “It was a long"
    " week for everyone here,” he said.",
]


@pytest.fixture()
def no_cycle_collector() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.usefixtures("no_cycle_collector")
def test_the_people_of_an_article_are_freed_by_reference_counting() -> None:
    text = "\n".join(_PARAGRAPHS)
    people = People(text)
    people.set_quoted([(text.find("“"), text.find("”") + 1)])
    mentions = people.before(len(text))
    assert mentions and any(mention.is_object for mention in mentions)
    assert people.full_name("Hart") == "Dana Hart" and people.gender("Tom Reyes") == "m"
    freed = weakref.ref(people)
    del people, mentions
    assert freed() is None


@pytest.mark.usefixtures("no_cycle_collector")
def test_extracting_quotes_leaves_no_cyclic_garbage() -> None:
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        quotes = extract_quotes(_PARAGRAPHS, "Coach promises a stronger season")
        assert [quote.speaker for quote in quotes] == ["Dana Hart", "Tom Reyes"]
        assert gc.collect() == 0
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_a_summary_of_one_endless_sentence_reads_only_its_start() -> None:
    endless = 'He said "w w w w w w" and ' * 200_000  # 5 MB with no full stop anywhere
    tracemalloc.start()
    try:
        summary = summarize("An endless paragraph", [endless])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert summary.endswith("…") and len(summary) <= 600
    assert peak < 4 * len(endless)  # its words are not all read: that took 10 times its size


def test_key_quotes_of_a_huge_body_never_list_all_its_words() -> None:
    body = 'He said "w w w w w w" and ' * 200_000  # one 5 MB paragraph
    draft = Draft(category="news", headline="An endless paragraph", paragraphs=(body,))
    tracemalloc.start()
    try:
        article = to_article(draft)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert article.paragraphs == (body,) and article.quotes
    assert peak < 8 * len(body)  # the body's 1.8 million words in one list took 17 times its size


@pytest.mark.parametrize("text", ["", " a  b\\n c\\t", "\\xa0x\\u2003y ", "one", " " * 9])
@pytest.mark.parametrize("size", [1, 2, 5, 1 << 20])
def test_collapsing_spaces_a_chunk_at_a_time_gives_the_same_text(text: str, size: int) -> None:
    assert collapse_spaces(text, size) == " ".join(text.split())
