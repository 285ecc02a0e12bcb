"""A person known by one name and brought in after a role ("Former army general Sutarjo"),
then the subject of the sentence before "“…,” he said.": that pronoun shows the gender."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_one_name_general_takes_the_he_after_his_sentence() -> None:
    paragraphs = [
        "Former army general Sutarjo claimed victory in Nusapura’s election on Wednesday night,"
        " but his rival, economist Bima Wardhana, refused to concede.",
        "“The people of Nusapura have spoken, and they have spoken clearly,” Sutarjo told a"
        " crowd at a stadium in the capital, Kotabaru, shortly after nine.",
        "The retired general, 68, who lost the last two elections, had 53 percent of the vote"
        " with most sample stations counted, according to the Cahaya Research Institute.",
        "Made, a 27-year-old driver who gave only his first name, said he had voted for the"
        " general. “My rice costs twice what it cost when Bima’s party came in,” he said.",
        "Late in the evening, Sutarjo returned to the stage one more time. “Tomorrow we start"
        " work,” he said. “Tonight, go home and sleep.”",
    ]
    found = speakers_in_order(paragraphs)
    assert found[0] == "Sutarjo"
    assert found[-1] == "Sutarjo"


def test_a_place_named_alone_takes_no_pronoun() -> None:
    paragraphs = [
        "“We will count every vote,” said Marta Quiroga Lema, the commission chairwoman.",
        "Crowds filled the capital, Paluwan, after dark. Late in the evening, Paluwan grew"
        " quiet again. “We are tired but we are happy,” she said.",
    ]
    assert speakers_in_order(paragraphs)[1] != "Paluwan"
