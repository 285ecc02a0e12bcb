"""Speakers of world news named once with their office, then called by the office alone."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_an_office_held_for_a_country_is_the_person_named_with_it() -> None:
    paragraphs = [
        "The delegation is led by Omar Haddad, Tessaly's foreign minister, who landed on Sunday.",
        "The United Nations says 300,000 people have fled the fighting since July.",
        "“We came to stop the killing, not to give away the east,” the foreign minister said.",
        "Lena Ortiz, Brazil's ambassador, watched from the gallery with the British envoy.",
        "“Nobody here expects a treaty before the rains,” the ambassador said.",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Haddad", "Lena Ortiz"]


def test_a_name_with_particles_is_kept_whole_for_the_office() -> None:
    paragraphs = [
        "Talks were chaired by Rashid bin Khalfan al-Mazrui, Qadira's deputy premier.",
        "The rebels sent two commanders and a lawyer to the first session.",
        "“Every crossing on that river will be open by the weekend,” the premier said.",
        "The budget was presented by Joana da Costa Lima, the finance minister, on Friday.",
        "“Our debt is not a story for the next government,” the minister said.",
    ]
    assert speakers_in_order(paragraphs) == ["Rashid bin Khalfan al-Mazrui", "Joana da Costa Lima"]


def test_an_office_held_for_someone_else_is_not_that_someone() -> None:
    paragraphs = [
        "Omar Haddad arrived with Lena Ortiz, Haddad's deputy, and two advisers.",
        "The room was cleared before the session began on Tuesday afternoon.",
        "“We will sign nothing tonight, and we said so at the door,” the deputy said.",
    ]
    assert speakers_in_order(paragraphs) == ["Lena Ortiz"]


def test_a_place_given_its_own_office_is_not_a_speaker() -> None:
    paragraphs = [
        "Kerrin, Tessaly's second city, has been without power for a week.",
        "Omar Haddad, Tessaly's foreign minister, visited the hospital there on Monday.",
        "“The generators will arrive by road before the end of the week,” the minister said.",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Haddad"]


def test_the_portfolio_before_the_office_picks_which_minister() -> None:
    for opening in (
        "Finance Minister Ana Reyes and Foreign Minister Omar Haddad flew to the talks together.",
        "Ana Reyes, the finance minister, and Omar Haddad, the foreign minister, flew in together.",
    ):
        paragraphs = [
            opening,
            "“The debt deal must come first, before anything else,” the finance minister said.",
            "“Without peace there is no debt deal at all,” the foreign minister said.",
        ]
        assert speakers_in_order(paragraphs) == ["Ana Reyes", "Omar Haddad"], opening


def test_an_office_without_the_portfolio_named_is_the_last_holder() -> None:
    paragraphs = [
        "Finance Minister Ana Reyes and Foreign Minister Omar Haddad flew to the talks together.",
        "“Without peace there is no debt deal at all,” the minister said.",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Haddad"]
