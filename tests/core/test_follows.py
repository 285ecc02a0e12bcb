"""The follow prefilter's choice of word: the rarest, never a common one when there is another."""

from __future__ import annotations

from bot.follows import article_words, fold, key_word


def test_a_follow_is_filed_under_its_rarest_word() -> None:
    assert key_word("the harbour master") == "harbour"
    assert key_word("of the") == "the"
    assert key_word("Zürich") == "zurich"


def test_an_article_offers_every_word_folded() -> None:
    assert article_words(["The Who", "in Zürich"]) == {"the", "who", "in", "zurich"}
    assert fold("Ærøskøbing Café") == "ærøskøbing cafe"
