"""Model names are products, not people: a run before a noun for goods, alone or listed with
another ("Kestrel Vireo and Kestrel Atlas vehicles", "Harlow Crest SUVs"), or after a model year
("who drives a 2024 Vireo"). So the maker's short name ("Kestrel said") is the maker, and "he
said" after a driver is the driver. A year with no determiner before a name keeps the person."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Our data shows drivers using it crash less often than those who do not,”"


@pytest.mark.parametrize(
    ("maker", "models", "short"),
    [
        ("Kestrel Motors", "84,000 Kestrel Vireo and Kestrel Atlas vehicles", "Kestrel"),
        ("Sterling Motors", "about 9,600 Sterling Crest SUVs", "Sterling"),
        ("Marion Electronics", "two million Marion Ember and Marion Glow phones", "Marion"),
    ],
)
def test_a_makers_short_name_is_the_maker(maker: str, models: str, short: str) -> None:
    paragraphs = [
        f"{maker} sells its products across the region.",
        f"The regulator has opened an inquiry covering {models} sold since 2023.",
        f"{short} said in a statement that it was cooperating. {_QUOTE} the statement said.",
    ]
    assert speakers_in_order(paragraphs) == [maker]


@pytest.mark.parametrize(
    ("owner", "car"),
    [
        ("Dmitri Halloran-Osei, who drives a 2024 Vireo,", "Kestrel Vireo"),
        ("Tomás Reyes, whose family owns a 2019 Atlas,", "Kestrel Atlas"),
    ],
)
def test_a_model_after_its_year_is_no_speaker(owner: str, car: str) -> None:
    paragraphs = [
        f"Owners of the {car} have complained for months.",
        f"{owner} said the car braked hard twice. “The first time I thought I had hit"
        " something,” he said.",
    ]
    assert speakers_in_order(paragraphs) == [owner.split(",")[0]]


@pytest.mark.parametrize(
    "opening",
    [
        "In 2019 Ana Ruiz founded the firm with two friends from school.",
        "Since 2020 Ana Ruiz has run the firm from a shed behind her house.",
    ],
)
def test_a_year_without_a_determiner_keeps_the_person(opening: str) -> None:
    paragraphs = [opening, "“We never expected it to grow this fast,” Ruiz said."]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "work",
    [
        "on the company’s podcast, Kestrel Drive, last Thursday",
        "in its newsletter, Kestrel Weekly, last month",
        "through its app, Kestrel Home, on Monday",
    ],
)
def test_a_work_beside_its_kind_is_no_person(work: str) -> None:
    paragraphs = [
        "Kestrel Motors makes family cars in two plants.",
        f"The chief executive defended the system {work}.",
        f"Kestrel said in a statement that it was cooperating. {_QUOTE} the statement said.",
    ]
    assert speakers_in_order(paragraphs) == ["Kestrel Motors"]


def test_a_person_beside_a_role_stays_a_person() -> None:
    paragraphs = [
        "Kestrel Motors makes family cars in two plants.",
        "Its sales manager, Kestrel Dunn, spoke to reporters on Monday.",
        f"{_QUOTE} Dunn said.",
    ]
    assert speakers_in_order(paragraphs) == ["Kestrel Dunn"]
