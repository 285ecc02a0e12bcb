"""Each post-quality detector on invented text, and the corpus report."""

from __future__ import annotations

import pytest

from bot.models import Article, KeyQuote, Quote
from tests.eval.labels import CORPUS_DIR
from tests.eval.posts import (
    PostQuality,
    inside_another,
    measure,
    not_verbatim,
    over_limit,
    repeats_summary,
    top_ranked,
    unmarked_mid_sentence,
    violations,
)

PARAGRAPHS = (
    "The ferry stopped for good on Friday. Captain Lee Moss called it “the end of a long road”.",
    "“We carried the whole town for sixty years,” Moss said. “Now the bridge does it.”",
)
BODY = "\n\n".join(PARAGRAPHS)


def test_not_verbatim_sees_a_comma_splice_but_not_an_ellipsis_join() -> None:
    spliced = KeyQuote("We carried the whole town for sixty years, Now the bridge does it.")
    joined = KeyQuote("We carried the whole town for sixty years … Now the bridge does it.")
    spaced = KeyQuote("We carried   the whole\ntown for sixty years")
    assert not_verbatim(spliced, BODY)
    assert not not_verbatim(joined, BODY) and not not_verbatim(spaced, BODY)


def test_unmarked_mid_sentence_starts() -> None:
    assert unmarked_mid_sentence(KeyQuote("the end of a long road"), PARAGRAPHS)
    assert not unmarked_mid_sentence(KeyQuote("…the end of a long road", partial=True), PARAGRAPHS)
    worked_in = ("Moss called it “The Last Crossing of the Old Harbour” in his speech.",)
    assert unmarked_mid_sentence(KeyQuote("The Last Crossing of the Old Harbour"), worked_in)
    assert not unmarked_mid_sentence(KeyQuote("Now the bridge does it."), PARAGRAPHS)
    said = ("Moss said “Every crossing was full until the very last day.”",)
    assert not unmarked_mid_sentence(KeyQuote("Every crossing was full until the very"), said)
    heading = ("A heading without a stop", "“Every crossing was full until the very last day.”")
    assert not unmarked_mid_sentence(KeyQuote("Every crossing was full"), heading)


def test_repeats_summary_compares_normalised_words() -> None:
    summary = "Lee Moss says we carried the whole town for sixty years. The bridge took over."
    assert repeats_summary(KeyQuote("We carried the WHOLE town for sixty years!"), summary)
    assert not repeats_summary(KeyQuote("Now the bridge does it, and quicker too."), summary)


def test_inside_another_key_quote() -> None:
    big = KeyQuote("We carried the whole town for sixty years … Now the bridge does it.")
    small = KeyQuote("Now the bridge does it.")
    assert inside_another(small, [big, small])
    assert not inside_another(big, [big, KeyQuote("Something else entirely was said here.")])


def test_over_limit_counts_characters() -> None:
    assert over_limit(KeyQuote("x" * 301)) and not over_limit(KeyQuote("x" * 300))


def test_post_quality_counts_one_post() -> None:
    article = Article(
        identity="t",
        category="Local",
        headline="The ferry stops",
        paragraphs=PARAGRAPHS,
        summary="The ferry stopped on Friday after sixty years.",
        quotes=(
            Quote("We carried the whole town for sixty years, Now the bridge does it.", "Moss"),
        ),
    )
    shown = top_ranked(article)
    assert violations(shown[0], shown, article) == ["not_verbatim"]
    quality = PostQuality()
    quality.add(article, shown)
    assert (quality.posts_with_quotes, quality.key_quotes, quality.total) == (1, 1, 1)


@pytest.mark.corpus
def test_key_quotes_break_no_rule_across_the_corpus() -> None:
    if not CORPUS_DIR.is_dir():
        pytest.skip("../shared/corpus is not available")
    quality = measure(CORPUS_DIR)
    assert quality.articles >= 384 and quality.posts_with_quotes > 200
    assert quality.counts == dict.fromkeys(quality.counts, 0)
