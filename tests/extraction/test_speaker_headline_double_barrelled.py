"""A Title Case headline's name with a double-barrelled surname and a first name no list
gives a gender ("Dana Whitcombe-Reyes Defends App") is kept whole when the body writes the
surname mid-sentence, as a one-word surname is ("Dua Rexha Opens Up")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We take our responsibility to young people seriously, and we will do more,”"


def test_a_double_barrelled_headline_name_is_the_full_name() -> None:
    cases = (
        ("Senators Grill Orbanta Chief as Dana Whitcombe-Reyes Defends App", "Whitcombe-Reyes"),
        ("Jordan Mbeki-Lowe Quits Board After Row Over Pay", "Mbeki-Lowe"),
        ("Why Sasha Okonjo-Marsh Turned Down the Top Job", "Okonjo-Marsh"),
    )
    for headline, surname in cases:
        paragraphs = [
            "The hearing ran for more than four hours on Wednesday.",
            f"{_QUOTE} {surname} said.",
        ]
        full = headline.split(surname)[0].split()[-1] + " " + surname
        assert speakers_in_order(paragraphs, headline) == [full], headline


def test_a_hyphened_word_beside_a_verb_is_no_first_name() -> None:
    paragraphs = ["The hearing ran for hours.", f"{_QUOTE} Reyes said."]
    for headline in (
        "Cost-Cutting Plan Hits Reyes",
        "Senators Grill Chief as Cut-Price Deal Hits Reyes",
    ):
        assert speakers_in_order(paragraphs, headline) == ["Reyes"], headline
