"""The follow prefilter's keys: a follow's key is always among the keys of an article that
mentions it, however the words are inflected, cased or accented."""

from __future__ import annotations

import pytest

from bot.follows import article_keys, fold, follow_key


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("studies", "One study found"),
        ("study", "Two studies found"),
        ("hope", "They were hoping"),
        ("elections", "The election"),
        ("zurich", "In Zürich today"),
        ("the who", "The Who played"),
        ("a", "a"),
        ("water levels", "Water level rises"),
    ],
)
def test_an_articles_keys_hold_the_key_of_every_follow_it_mentions(phrase: str, text: str) -> None:
    assert follow_key(phrase) in article_keys([text])


def test_the_key_comes_from_the_rarest_word_not_a_common_one() -> None:
    assert follow_key("the harbour") == "harb"
    assert follow_key("of the") in {"of", "th"}
    assert fold("Ærøskøbing Café") == "ærøskøbing cafe"
