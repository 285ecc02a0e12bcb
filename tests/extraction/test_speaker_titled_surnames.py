"""A title before a surname ("Judge Rees said") means the person named in full before."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The evidence on the timing has been clear from the very start,”"


def test_a_title_and_surname_stand_for_the_person_named_in_full() -> None:
    cases = (
        (
            "Judge Harriet Mbeki-Lowe warned the jury.",
            "Judge Mbeki-Lowe said",
            "Harriet Mbeki-Lowe",
        ),
        ("The trial is heard by Judge Tomasz Rees.", "said Judge Rees", "Tomasz Rees"),
        ("Bishop Grace Okoro led the service.", "Bishop Okoro said", "Grace Okoro"),
        ("The judge, Ines Valdés, sat late.", "Judge Valdés told the court", "Ines Valdés"),
    )
    for intro, tag, name in cases:
        assert speakers_in_order([intro, f"{_QUOTE} {tag}."]) == [name], tag


def test_the_nearest_full_name_with_that_surname_is_taken() -> None:
    paragraphs = [
        "Judge Ana Rees and her brother, Owen Rees, a solicitor, both gave talks.",
        f"{_QUOTE} said Owen Rees.",
        f"{_QUOTE} Judge Rees said later.",
    ]
    assert speakers_in_order(paragraphs) == ["Owen Rees", "Ana Rees"]


def test_names_that_only_look_titled_are_kept() -> None:
    assert speakers_in_order([f"{_QUOTE} said Mary Judge, a trader."]) == ["Mary Judge"]
    assert speakers_in_order([f"{_QUOTE} Judge Rees said."]) == ["Judge Rees"]
    paragraphs = ["Dean Halvorsen and Mary Halvorsen arrived.", f"{_QUOTE} Dean Halvorsen said."]
    assert speakers_in_order(paragraphs) == ["Dean Halvorsen"]
    paragraphs = ["Prince Adebayo and Ruth Adebayo arrived.", f"{_QUOTE} Prince Adebayo said."]
    assert speakers_in_order(paragraphs) == ["Prince Adebayo"]
