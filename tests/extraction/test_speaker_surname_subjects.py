"""A surname a family shares goes to the one who just opened a sentence named in full, even when
another of them is named more often; a relative named in passing does not take it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_HEADLINE = "Family of missing hiker Ilse Brandvold appeal for help"
_LEDE = (
    "Ilse Brandvold, 19, set out alone on Saturday. Ilse Brandvold had told friends she would be"
    " back by dark."
)


def test_a_parent_named_in_full_opening_the_sentence_before_takes_the_surname() -> None:
    for parent, verb in (("Torbjørn", "said"), ("Margit", "told reporters"), ("Emeka", "added")):
        paragraphs = [
            _LEDE,
            f"{parent} Brandvold said the family would stay in the valley. Then came a long"
            f" pause. “Somebody saw her on that path,” Brandvold {verb}.",
        ]
        assert speakers_in_order(paragraphs, _HEADLINE) == [f"{parent} Brandvold"], parent


def test_the_sentence_opener_one_paragraph_back_takes_the_surname() -> None:
    paragraphs = [
        _LEDE,
        "Her brother, Anders Brandvold, drove up from the coast on Sunday.",
        "Rasmus Brandvold spoke next. “We are not giving up on her,” Brandvold said.",
    ]
    assert speakers_in_order(paragraphs, _HEADLINE) == ["Rasmus Brandvold"]


def test_a_relative_named_in_passing_leaves_the_surname_to_the_one_named_most() -> None:
    paragraphs = [
        _LEDE,
        "Ilse Brandvold trained with her brother, Anders Brandvold, all summer. “I know these"
        " hills better than anyone,” Brandvold had written in her diary.",
    ]
    assert speakers_in_order(paragraphs, _HEADLINE) == ["Ilse Brandvold"]


def test_a_surname_only_one_person_bears_is_unchanged() -> None:
    paragraphs = [
        "Gunnhild Sæther-Obi chairs the rescue team. Volunteers met at dawn.",
        "“We searched the ridge twice,” Sæther-Obi said.",
    ]
    assert speakers_in_order(paragraphs) == ["Gunnhild Sæther-Obi"]
