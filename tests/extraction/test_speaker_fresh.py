"""Speakers for shapes found on invented fresh articles, on invented sentences."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_vietnamese_family_name_first_is_no_first_name() -> None:
    paragraphs = [
        "Minister Trần Văn Khải ordered the boats home. “Not one boat stays out tonight,” Khải"
        " said.",
        "His driver, Lê Quang Vinh, said he would wait at the harbour. “My whole family lives"
        " by the water,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Trần Văn Khải", "Lê Quang Vinh"]


def test_a_name_set_off_by_commas_before_said_is_the_one_who_spoke() -> None:
    paragraphs = [
        "Governor Paul Dreyer stayed silent, though he “feels for the families” aides said.",
        "The county's chief engineer, Idris Farouk, said the bridge would reopen in May. By"
        " Farouk's count, the repairs are on schedule. “We are ahead of where we hoped to be"
        " this spring,” he said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Idris Farouk"


def test_a_person_asked_about_is_not_the_one_who_answers() -> None:
    paragraphs = [
        "Nora Pell, the defence lawyer, spoke outside court with his sister, Greta Holm.",
        "Asked whether Holm had testified, she said: “She was never called, not once in the"
        " whole trial.”",
    ]
    assert speakers_in_order(paragraphs) == ["Nora Pell"]


def test_the_company_is_the_name_set_beside_it() -> None:
    paragraphs = [
        "The company that ran the depot, Marrow Freight, is suing the former manager.",
        "“A retrial will be slow and very costly,” said Ed Vance of Dunmore Law School.",
        "The company said the ruling “changes nothing about what went on at the depot.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ed Vance", "Marrow Freight"]


def test_the_centre_is_the_centre_named_before() -> None:
    paragraphs = [
        "The Coastal Flood Centre said the tide would peak after midnight. “Water may reach"
        " the promenade in several towns,” the centre said.",
    ]
    assert speakers_in_order(paragraphs) == ["Coastal Flood Centre"]


def test_a_place_followed_by_she_said_is_no_person() -> None:
    paragraphs = [
        "“Nobody has measured this before now,” said Dr. Lucía Ferrán-Ortiz, a soil chemist.",
        "The fields around Kenya drain fast, she said, which may matter. “I would want the test"
        " repeated on other farms first,” she added.",
    ]
    assert speakers_in_order(paragraphs) == ["Lucía Ferrán-Ortiz", "Lucía Ferrán-Ortiz"]


def test_a_plural_owner_makes_reports_a_noun_not_the_verb() -> None:
    paragraphs = [
        "The county's treasurer, Rosa Ibarra, was unmoved. She said the auditors' reports showed"
        " “no sign of any money going missing at all.”",
    ]
    assert speakers_in_order(paragraphs) == ["Rosa Ibarra"]


def test_the_group_is_the_group_named_before() -> None:
    paragraphs = [
        "Volunteers from the watchdog group Agua Limpia tested the river. “The water is cleaner"
        " than it was last summer,” the group said in a statement.",
    ]
    assert speakers_in_order(paragraphs) == ["Agua Limpia"]


def test_a_surname_joined_to_its_particle_by_a_hyphen_is_one_name() -> None:
    paragraphs = [
        "The league's chair, Yusuf el-Masri, said the vote would be held again.",
        "“Every club will get a second chance to be heard,” el-Masri said.",
    ]
    assert speakers_in_order(paragraphs) == ["Yusuf el-Masri"]
