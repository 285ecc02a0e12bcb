"""Seed-format parsing: structure, tolerance of messy input, boilerplate and errors."""

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.errors import ParseError
from bot.extraction import analyze
from bot.parsing.boilerplate import split_glued_headlines, strip_boilerplate
from bot.parsing.seed import parse_seed

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_9d507b454c127a27.txt"
ARTICLES = REPO / "tests" / "fixtures" / "articles"


def test_seed_structure_and_related_headlines():
    draft = parse_seed(SEED.read_text(encoding="utf-8"), source="seed")
    assert draft.category == "Uncategorized"
    assert draft.headline.startswith("Putin ‘ignoring’ Ukraine advances")
    assert draft.source == "seed" and draft.identity is None
    assert draft.related == (
        "Single Ukrainian soldier captures 28 Russian PoWs after aiming tank at bunker",
        "Ex-British soldier killed in missile strike on hotel in Ukraine",
        "British tanks ‘used in Ukraine’s invasion of Russia’ as Putin deliberates response",
    )
    body = "\n".join(draft.paragraphs)
    for junk in ("LATEST DEVELOPMENTS", "Leave a Reply", "Required fields", "bunkerEx"):
        assert junk not in body
    assert draft.paragraphs[-1].endswith("future gains in the Donbas.”")


def test_boilerplate_inside_a_multi_paragraph_quote_is_removed():
    draft = parse_seed((ARTICLES / "glacier_microbes.txt").read_text(encoding="utf-8"))
    assert draft.related == (
        "Ice shelf cracks widen faster than forecast",
        "Rover beams back first images from crater floor",
        "New telescope spots water vapour on distant planet",
    )
    assert draft.paragraphs[3].startswith('"Every sample')
    assert draft.paragraphs[4].startswith('"That changes')
    assert not any("Leave a Reply" in p or "email address" in p for p in draft.paragraphs)


def test_crlf_bom_single_newlines_and_spaces():
    draft = parse_seed((ARTICLES / "river_relay.txt").read_text(encoding="utf-8"))
    assert draft.category == "Sport"
    assert draft.headline == "River relay returns after five-year break"
    assert len(draft.paragraphs) == 4
    assert "towpath and added" in draft.paragraphs[2]


def test_missing_category_uses_default():
    text = "A very long first line that is clearly a headline rather than a category\n\nBody text."
    draft = parse_seed(text, default_category="World")
    assert draft.category == "World"
    assert draft.paragraphs == ("Body text.",)


def test_mojibake_apostrophes_are_repaired():
    draft = parse_seed("World\n\nHeadline\n\nThey\u00e2\u20ac\u2122ve arrived.")
    assert draft.paragraphs == ("They’ve arrived.",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("  \n\t \n", "empty"),
        (" " * 1500 + "\x01", "empty"),
        ("World\n\nJust a headline\n", "no body"),
        ("World\n\nHeadline\n\nLeave a Reply\n\nRequired fields are marked *", "no body"),
        ("\x00\x01\x02binary\x03\x04 junk \x05\x06", "binary"),
        ("%%%% 1234 #### !!!! 5678 ////", "too few words"),
    ],
)
def test_unusable_text_raises_parse_error(text, message):
    with pytest.raises(ParseError, match=message):
        parse_seed(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_seed_raises_only_parse_error(text):
    try:
        draft = parse_seed(text)
    except ParseError as error:
        assert str(error)
    else:
        assert draft.headline and draft.paragraphs


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet='ab “”"‘’.,:\nLATEST DEVELOPMENTS', max_size=40), max_size=8))
def test_parse_and_extract_survive_quote_and_marker_soup(lines):
    with contextlib.suppress(ParseError):
        analyze("\n\n".join(["World", "Headline", *lines]))


@pytest.mark.parametrize(
    ("glued", "parts"),
    [
        (
            "Apple unveils new iPhone modelsMarkets rise",
            ["Apple unveils new iPhone models", "Markets rise"],
        ),
        ("McDonald opens in townPoWs freed", ["McDonald opens in town", "PoWs freed"]),
        (
            "Storm hits coast in 2024.All flights cancelled",
            ["Storm hits coast in 2024.", "All flights cancelled"],
        ),
        ("Deal agreed at 46Markets rise", ["Deal agreed at 46", "Markets rise"]),
        (
            "Band’s tour ends'Best Night Ever' says fan",
            ["Band’s tour ends", "'Best Night Ever' says fan"],
        ),
        ("YouTube star and LeBron meet DeSantis", ["YouTube star and LeBron meet DeSantis"]),
    ],
)
def test_split_glued_headlines(glued, parts):
    assert split_glued_headlines(glued) == parts


def test_strip_boilerplate_drops_share_lines_and_inline_form():
    paragraphs = ["Real text here.", "Share", "Advertisement", "Last line.Leave a Reply"]
    kept, related = strip_boilerplate(paragraphs)
    assert kept == ["Real text here.", "Last line."]
    assert related == []
