"""Character tests the rules share, cheap to import."""

from __future__ import annotations


def is_word_char(char: str) -> bool:
    """Whether a character is one that `\\w` matches: a letter, a digit or "_"."""
    return char.isalnum() or char == "_"
