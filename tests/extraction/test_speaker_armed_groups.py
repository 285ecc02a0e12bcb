"""Armed groups and movements named by "Front", "Movement" or "Brigades", and "the military"."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_the_group_or_the_movement_is_the_front_or_movement_named_before() -> None:
    for named, noun in (
        ("The Eastern Liberation Front seized the town of Kerrin in July.", "the group"),
        ("The Sarra Freedom Movement seized the town of Kerrin in July.", "the movement"),
        ("The Kerrin Martyrs Brigades seized the town of Kerrin in July.", "the group"),
    ):
        paragraphs = [
            named,
            f"“Our fighters will respect the line as long as the army does,” {noun} said in a"
            " statement on Telegram.",
        ]
        assert speakers_in_order(paragraphs) == [named.split(" seized")[0][4:]], named


def test_the_military_is_the_armed_forces_named_before() -> None:
    paragraphs = [
        "The Tessalian Armed Forces said two soldiers were killed overnight.",
        "“The attack was repelled with heavy losses for the enemy,” the military said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tessalian Armed Forces"]


def test_a_person_quoted_after_the_group_keeps_the_name() -> None:
    paragraphs = [
        "The Eastern Liberation Front seized the town of Kerrin in July.",
        "“Our fighters will respect the line as long as the army does,” said Ivan Petrenko, a"
        " commander of the front.",
    ]
    assert speakers_in_order(paragraphs) == ["Ivan Petrenko"]
