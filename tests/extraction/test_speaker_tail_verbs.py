"""A verb of saying that no hand-written list holds ("rejoined", "chided", "bellowed",
"snarled") attributes a quote when it ends the attribution right after the quote closes: "“…,”
Tom Hale rejoined.", "“…,” rejoined Hale.", "“…,” she chided.", "“…,” the minister scolded him
gently."; it does not when a noun object follows ("Hale rejoined the party"), nor before a
listed verb."""

from __future__ import annotations

import pytest

from bot.extraction.tail_verbs import saying_verb, tail_speech_verb
from tests.extraction.speaking import speakers_in_order

_INTRO = [
    "Mayor Tom Hale and Housing Minister Clara Voss met the harbour board on Tuesday, while"
    " Councillor Ana Ruiz watched from the gallery.",
    "“We cannot keep patching the sea wall with nothing,” Ruiz said.",
]
_QUOTE = "“There is no money in the budget for any of this work before the spring,”"

_VERBS = (
    "rejoined", "riposted", "chided", "bellowed", "scolded", "cackled", "drawled", "growled",
    "hissed", "mumbled", "ranted", "stammered", "wisecracked", "rebuked", "crowed", "boasted",
    "implored", "pronounced", "admonished", "trumpeted", "denounced", "grouched", "fretted",
    "worried",
)


@pytest.mark.parametrize("verb", _VERBS)
def test_name_then_verb(verb: str) -> None:
    assert speakers_in_order([*_INTRO, f"{_QUOTE} Hale {verb}."]) == ["Ana Ruiz", "Tom Hale"]


@pytest.mark.parametrize("verb", _VERBS[::2])
def test_verb_then_name(verb: str) -> None:
    assert speakers_in_order([*_INTRO, f"{_QUOTE} {verb} Hale."]) == ["Ana Ruiz", "Tom Hale"]


@pytest.mark.parametrize("verb", _VERBS[1::2])
def test_role_then_verb(verb: str) -> None:
    paragraphs = [*_INTRO, f"{_QUOTE} the minister {verb}."]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz", "Clara Voss"]


def test_pronoun_then_verb_after_a_man_was_quoted() -> None:
    paragraphs = [
        "Housing Minister Clara Voss and Mayor Tom Hale met the harbour board on Tuesday.",
        "“We cannot keep patching the sea wall with nothing,” Voss said.",
        "Hale shook his head. “Nobody has asked me for a single penny this year,” he said.",
        f"{_QUOTE} she snarled.",
    ]
    assert speakers_in_order(paragraphs) == ["Clara Voss", "Tom Hale", "Clara Voss"]


@pytest.mark.parametrize(
    "tail",
    (
        "Voss scolded him gently.",
        "Voss bellowed across the chamber.",
        "Voss rejoined on Tuesday.",
        "Voss growled back, adding that the board had been warned.",
        "Voss, who has chaired the board since 2019, riposted.",
    ),
)
def test_what_may_follow_the_verb(tail: str) -> None:
    assert speakers_in_order([*_INTRO, f"{_QUOTE} {tail}"]) == ["Ana Ruiz", "Clara Voss"]


def test_split_quote_around_such_a_verb_is_one_quote() -> None:
    paragraphs = [
        *_INTRO,
        "“There is no money in the budget for this,” Hale rejoined, “and there will be none"
        " before the spring either.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz", "Tom Hale"]


def test_a_listed_verb_before_it_still_wins() -> None:
    paragraphs = [*_INTRO, f"{_QUOTE} Ruiz said, and Hale rejoined the debate."]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz", "Ana Ruiz"]


def test_a_noun_object_is_no_saying() -> None:
    assert saying_verb(" Hale rejoined the party in May.", 100) is None
    assert saying_verb(" and Hale denounced the leaflet outright.", 100) is None
    assert saying_verb(" Hale returned to the chamber.", 100) is None
    found = tail_speech_verb(" Hale, who rejoined the council in May, said.")
    assert found is not None and found.group() == "said"


def test_a_verb_opening_the_tail_needs_its_speaker_after_it() -> None:
    assert saying_verb(" denounced by the mayor as a stunt.", 100) is None
    found = saying_verb(" growled the coach.", 100)
    assert found is not None and found.group() == "growled"


def test_a_verb_whose_commonest_sense_is_no_saying_is_not_listed() -> None:
    assert saying_verb(" Hale thundered.", 100) is None  # WordNet: weather first
    assert saying_verb(" Hale returned.", 100) is not None  # a reply verb, kept


@pytest.mark.parametrize(
    "quote",
    (
        "“Where exactly is all of that money supposed to come from?” Hale queried.",
        "“That is the most reckless budget this town has ever seen!” Hale bellowed.",
        "“Who signed off on any of this, and when did they do it?” Mayor Hale growled.",
    ),
)
def test_a_question_or_cry_then_name_and_verb(quote: str) -> None:
    assert speakers_in_order([*_INTRO, quote]) == ["Ana Ruiz", "Tom Hale"]


def test_after_a_full_stop_a_new_sentence_is_no_attribution() -> None:
    quote = "“We will be back here next year with the very same plan.” Hale rejoined."
    assert speakers_in_order([*_INTRO, quote]) == ["Ana Ruiz", "Ana Ruiz"]
    quote = "“Why would anyone vote for a budget like this one?” Hale rejoined the board in May."
    assert speakers_in_order([*_INTRO, quote]) == ["Ana Ruiz", "Ana Ruiz"]
