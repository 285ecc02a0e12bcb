"""Seed parsing: the pre-checks that skip regexes never change what is read."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.errors import ParseError
from bot.parsing import seed
from bot.parsing.seed import parse_seed

REPO = Path(__file__).resolve().parents[2]
TEXTS = sorted([*REPO.glob("seeds/*.txt"), *REPO.glob("tests/fixtures/**/*.txt")])
PIECES = ["World\n\n", "Headline\n\n", "Body text here.", "and more", "\n", "\n\n", " ", "  "]
PIECES += ["\t", "\u00a0", "\u3000", "\u200b", "\ufeff", "\x01", "\x00", "\ufffd", "\r\n", "\r"]
PIECES += ["â€™", "Â ", "â", "LATEST DEVELOPMENTS", "Leave a Reply", "Share", "Name", "é", "’", "1"]


def read(text: str) -> object:
    try:
        draft = parse_seed(text, source="s")
    except ParseError as error:
        return str(error)
    return (draft.category, draft.headline, draft.paragraphs, draft.related)


def read_the_slow_way(text: str, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as patch:
        patch.setattr(seed, "_has_rare", lambda raw: True)  # every regex runs
        patch.setattr(seed, "_ODD", re.compile(""))  # the full whitespace collapse too
        patch.setattr(seed, "_one_line_paragraphs", lambda lines: False)  # line-by-line joins
        return read(text)


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: path.name)
def test_fixtures_read_the_same_without_the_pre_checks(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    assert read(text) == read_the_slow_way(text, monkeypatch)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=30).map("".join))
def test_text_reads_the_same_without_the_pre_checks(text):
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert read(text) == read_the_slow_way(text, monkeypatch)
