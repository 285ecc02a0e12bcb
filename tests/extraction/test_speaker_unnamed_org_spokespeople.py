"""A "she said" after an unnamed spokesperson stays with that unnamed person, not a woman named
earlier: the spokesperson may be described by their organisation ("a Voltaro spokeswoman"), come
after a participle ("Asked about her case, a spokeswoman …") or after their own quote ("“…,” a
Voltaro spokeswoman said."); one given a name, or of the other gender, changes the answer."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_WOMAN = (
    "Priya Haldane, who bought a heater in March, said it had scorched her floor. "
    "“I was terrified it would catch fire,” Haldane said."
)
_REPLY = "“We will fix it and we will replace every unit that is affected,” she said."


@pytest.mark.parametrize(
    "sentence",
    [
        "A Voltaro spokeswoman said the company regretted the fault.",
        "A Northwind Games spokeswoman said the studio was aware of the complaints.",
        "Asked about her case, a Voltaro spokeswoman said the company regretted the fault.",
        "Contacted by the Herald, a spokeswoman for Voltaro declined to discuss the case.",
        "One senior Kestrel Bank official said the branch had been told to act.",
        "When asked about the delay, an Ardent Rail spokesperson said trains were running.",
    ],
)
def test_an_unnamed_spokesperson_opening_the_paragraph_keeps_she(sentence: str) -> None:
    assert speakers_in_order([_WOMAN, f"{sentence} {_REPLY}"]) == ["Priya Haldane", None]


@pytest.mark.parametrize(
    "tail",
    [
        "a Voltaro spokeswoman said.",
        "said a spokeswoman for Voltaro.",
        "an Ardent Rail spokesperson said on Tuesday.",
        "one Kestrel Bank official said.",
    ],
)
def test_she_in_the_paragraph_after_an_unnamed_speaker_keeps_no_name(tail: str) -> None:
    first = f"“We are sorry for the worry this has caused to our customers,” {tail}"
    assert speakers_in_order([_WOMAN, first, _REPLY]) == ["Priya Haldane", None, None]


def test_a_spokesman_is_no_she() -> None:
    first = "“We are sorry for the trouble this has caused to you all,” a Voltaro spokesman said."
    assert speakers_in_order([_WOMAN, first, _REPLY]) == ["Priya Haldane", None, "Priya Haldane"]


def test_a_named_spokeswoman_keeps_her_name() -> None:
    first = (
        "“We are sorry for the worry this has caused to our customers,” a Voltaro spokeswoman,"
        " Jane Okafor, said."
    )
    assert speakers_in_order([_WOMAN, first, _REPLY]) == [
        "Priya Haldane",
        "Jane Okafor",
        "Jane Okafor",
    ]


def test_a_named_spokeswoman_opening_the_paragraph_keeps_her_name() -> None:
    sentence = "A Voltaro spokeswoman, Jane Okafor, said the company regretted the fault."
    assert speakers_in_order([_WOMAN, f"{sentence} {_REPLY}"]) == ["Priya Haldane", "Jane Okafor"]


def test_a_woman_quoted_after_a_participle_is_still_herself() -> None:
    sentence = "Asked about the refund, Haldane said she was still waiting."
    assert speakers_in_order([_WOMAN, f"{sentence} {_REPLY}"]) == [
        "Priya Haldane",
        "Priya Haldane",
    ]
