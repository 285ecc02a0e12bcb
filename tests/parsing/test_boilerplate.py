"""Boilerplate stripping: the fast pre-checks agree with the regexes they stand in for."""

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parsing import boilerplate
from bot.parsing.boilerplate import strip_boilerplate

FORM_LINES = [
    "Leave a Reply",
    "Leave a Comment",
    "Cancel reply",
    "Post Comment",
    "Comments",
    "Name *",
    "Email:",
    "E-mail",
    "Website",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Notify me of new posts by email.",
    "This site uses Akismet to reduce spam.",
    "Your email address will not be published.",
    "Required fields are marked *",
    "Share this story",
    "Share on WhatsApp",
    "Click to share on Reddit",
    "Tweet",
    "Email this",
    "Print this",
    "Advertisement",
]
PIECES = [*'ab “”"‘’.,:*', "İ", "ı", "ſ", "\u212a", "\n", "LATEST DEVELOPMENTS", "Leave a Reply"]
PIECES += ["leave a comment", "Share", "Name", "Required fields are marked *"]
PIECES += ["Your email address will not be published", "LATEſT DEVELOPMENTS", "x" * 150]
SOUP = st.lists(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), max_size=10)


def test_case_twins_are_all_non_ascii_letters_ignorecase_folds_to_ascii():
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    twins = {chr(c) for c in range(128, sys.maxunicode + 1) if ascii_letter.match(chr(c))}
    assert twins == set(boilerplate._CASE_TWINS)


def test_lowering_adds_ascii_only_for_kelvin_and_dotted_i():
    lowers_to_ascii = {
        chr(c)
        for c in range(128, sys.maxunicode + 1)
        if any(low.isascii() for low in chr(c).lower())
    }
    assert lowers_to_ascii == {"\u0130", "\u212a"}
    assert not any("k" in marker for marker in boilerplate._MARKERS)


def test_form_lines_start_with_a_listed_first_letter():
    for line in FORM_LINES:
        assert boilerplate._FORM_LINE.fullmatch(line), line
        for first in {chr(c) for c in range(128)} | set(boilerplate._CASE_TWINS):
            candidate = first + line[1:]
            if boilerplate._FORM_LINE.fullmatch(candidate):
                assert first in boilerplate._FORM_FIRST, candidate


@settings(max_examples=300, deadline=None)
@given(SOUP)
def test_pruned_stripping_matches_running_every_regex(paragraphs):
    kept, related = strip_boilerplate(paragraphs)
    lowered = "\n".join(paragraphs).lower()
    if any(marker in lowered for marker in boilerplate._MARKERS):
        assert (kept, related) == boilerplate._strip_all(paragraphs, None)
    for paragraph in paragraphs:
        expected = len(paragraph) < 160 and boilerplate._FORM_LINE.fullmatch(paragraph)
        assert boilerplate._is_form_line(paragraph) == bool(expected)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"aBcD1 .!?)'\"‘’“”-", "É", "ß"]), max_size=30))
def test_split_glued_headlines_cuts_only_where_the_full_scan_would(line):
    expected_cuts = []
    open_straight, closed_at = False, -1
    for i in range(1, len(line)):
        if boilerplate._cut_here(line, i, open_straight, closed_at):
            expected_cuts.append(i)
            open_straight = False
        if line[i] in "'\"" and boilerplate._is_quote_like(line, i):
            if open_straight:
                closed_at = i
            open_straight = not open_straight
    pieces, start = [], 0
    for cut in expected_cuts:
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
    assert boilerplate.split_glued_headlines(line) == [p.strip() for p in pieces if p.strip()]


@settings(max_examples=300, deadline=None)
@given(SOUP, SOUP)
def test_markers_looked_for_in_the_source_text_find_the_same(head, body):
    lines = "\n".join([*head, *body]).split("\n")
    paragraphs = [line.strip() for line in lines[len(head) :] if line.strip()]
    source = "\n".join(f" {line}\t" for line in lines).encode("utf-8", "surrogatepass")
    assert strip_boilerplate(paragraphs, within=source) == strip_boilerplate(paragraphs)
