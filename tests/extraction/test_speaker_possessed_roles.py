"""A gendered role owned by a body or a country ("the board's chairwoman, X") gives a gender."""

from __future__ import annotations

from bot.extraction.title_genders import role_before_gender
from tests.extraction.speaking import speakers_in_order


def test_a_role_of_a_body_gives_the_gender_of_the_name_after_it() -> None:
    for text, gender in (
        ("The commission's chairwoman, Dewi Kartikasari, defended", "f"),
        ("Varnesia's chief spokeswoman, Dewi Kartikasari, said", "f"),
        ("The union’s chairman, Dewi Kartikasari, said", "m"),
        ("In the party's offices, Dewi Kartikasari, said", None),
        ("The commission's spokesperson, Dewi Kartikasari, said", None),
    ):
        assert role_before_gender(text, [text.index("Dewi")]) == gender


def test_she_is_the_chairwoman_not_the_rival_whose_first_name_no_list_knows() -> None:
    paragraphs = [
        "Early figures gave the president 50.4 percent against 44.9 percent for his rival,"
        " Joao Baptista.",
        "“It was arithmetic done backwards from a result someone wanted,” Baptista told a rally.",
        "The commission's chairwoman, Ayu Lestari, defended the count. On television, she said"
        " every sheet had been signed. “Show us a changed sheet and we will read it in public,”"
        " she said (in translation).",
    ]
    assert speakers_in_order(paragraphs) == ["Joao Baptista", "Ayu Lestari"]


def test_he_is_the_spokesman_of_a_country() -> None:
    paragraphs = [
        "The protest was led by Ayu Lestari, a lawyer.",
        "“We will not leave the square until the count is public,” Lestari told the crowd.",
        "Tessaly's chief spokesman, Kwabena Ofori, rejected the charge. “Nobody has touched a"
        " single ballot box,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ayu Lestari", "Kwabena Ofori"]
