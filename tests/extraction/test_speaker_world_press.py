"""Speakers in the shapes of Indian, West African and Latin American English-language press."""

from __future__ import annotations

from bot.extraction.objects import object_before
from bot.extraction.speakers import read_phrase
from bot.extraction.title_genders import title_gender
from tests.extraction.speaking import speakers_in_order


def test_honorifics_of_south_asian_and_west_african_press_are_not_part_of_the_name() -> None:
    paragraphs = [
        "Alhaji Sani Garba, who sells grain at the depot, lost two trucks to the flood.",
        "“We have nowhere else to store our maize,” Alhaji Garba said.",
        "“The road has been closed since Tuesday,” said Shri Mahesh Tiwari, the block officer.",
        "Smt. Lata Joshi, a ward member, was blunt. “Nobody came to see us for a week,” she said.",
        "“The women of the market have lost everything,” said Alhaja Bisi Oyewole.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Sani Garba",
        "Mahesh Tiwari",
        "Lata Joshi",
        "Bisi Oyewole",
    ]


def test_a_honorific_gives_the_gender_of_the_name_after_it() -> None:
    for text, name, gender in (
        ("Smt. Kavita Rawat", "Kavita Rawat", "f"),
        ("Shri Dinesh Bisht", "Dinesh Bisht", "m"),
        ("Alhaja Bisi Oyewole", "Bisi Oyewole", "f"),
        ("Alhaji Sani Garba", "Sani Garba", "m"),
        ("Doña Elvira Paz", "Elvira Paz", "f"),
        ("Coach Dinesh Bisht", "Dinesh Bisht", None),
    ):
        assert title_gender(text, name, [text.index(name)]) == gender
    paragraphs = [
        "The lanes were walked on Monday by Shri Dinesh Bisht and Smt. Kavita Rawat.",
        "“Nobody came to see us for a week,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Kavita Rawat"]


def test_a_given_name_that_looks_like_a_honorific_is_kept() -> None:
    paragraphs = [
        "“The budget is tight but it will hold,” said Sri Mulyasari Hartono, the finance chief.",
        "“We will not let the team down,” Don Hartley said after the game.",
    ]
    assert speakers_in_order(paragraphs) == ["Sri Mulyasari Hartono", "Don Hartley"]


def test_a_role_written_in_capitals_is_the_member_named_with_it() -> None:
    paragraphs = [
        "Local MLA Suresh Chandra Pandey visited the ward on Sunday evening.",
        "Ward councillor Rita Sen was also there.",
        "“No patient will be turned away from this hospital,” the MLA said.",
        "Hon. Grace Achieng, the MCA for Kilimani ward, toured the flooded estate.",
        "Her aide, Tom Ouma, carried the list of families.",
        "“The drains will be cleared before the long rains,” the MCA said.",
        "Dana Whitt, the CEO of Harbour Mutual, spoke after the vote.",
        "“Prices will rise in spring for all of our clients,” the CEO said.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Suresh Chandra Pandey",
        "Grace Achieng",
        "Dana Whitt",
    ]


def test_a_body_written_in_capitals_is_still_the_body() -> None:
    assert read_phrase("the MLA") == ("role", "the MLA")
    assert read_phrase("the MP")[0] == "role"
    assert read_phrase("the FBI") == ("name", "FBI")
    assert read_phrase("the NHS") == ("name", "NHS")


def test_two_given_names_and_two_surnames_are_kept_whole() -> None:
    paragraphs = [
        "Last year a local councillor, Jorge Luis Mamani Huamán, promised a new kitchen.",
        "“The money is in the budget and it will come,” the councillor said.",
        "The hospital's director, Ana Lucía Torres Vega, met the families on Friday.",
        "“Every child on this ward will be seen by a specialist,” the director said.",
        "Carlos Eduardo Ríos Paredes, the mayor of the district, was not at the meeting.",
        "“I will sign the papers as soon as they reach my desk,” the mayor said.",
        "Her deputy, Tomás Reyes, stayed behind with the nurses in Cusco.",
        "“We have enough oxygen for only two more days here,” the deputy said.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Jorge Luis Mamani Huamán",
        "Ana Lucía Torres Vega",
        "Carlos Eduardo Ríos Paredes",
        "Tomás Reyes",
    ]


def test_someone_who_gave_only_a_first_name_is_the_role_after_it() -> None:
    busy = "Rosa María Paz cooks every day, and Paz has done so since Paz was a girl, Paz says."
    paragraphs = [
        busy,
        "A neighbour who gave only her first name, Lupe, has eaten there since 2010.",
        "“Here nobody eats alone, not even on Sundays,” the 81-year-old widow said.",
        "A young trader, who gave his name only as Chidi, slept in the market that night.",
        "“I heard people shouting and I ran out with my bag,” the trader said.",
        "One nurse, identified only as Ana, worked two shifts in a row.",
        "“We had no time to eat or even to sit down,” the nurse said.",
    ]
    assert speakers_in_order(paragraphs) == ["Lupe", "Chidi", "Ana"]


def test_a_one_word_name_given_otherwise_is_not_taken_for_the_role() -> None:
    busy = "Rosa María Paz cooks every day, and Paz has done so since Paz was a girl, Paz says."
    paragraphs = [
        busy,
        "Her old dog, Lupe, sleeps under the table near the stove.",
        "“Here nobody eats alone, not even on Sundays,” the 78-year-old grandmother said.",
    ]
    assert speakers_in_order(paragraphs) == ["Rosa María Paz"]


def test_a_statement_a_body_spoke_in_is_the_body_s() -> None:
    paragraphs = [
        "The Kisumu County Government said in a statement that the road would reopen on Friday.",
        "“Motorists are advised to use the bypass until then,” the statement said.",
        "The Lagos State Ministry of Health, in a statement on Sunday, confirmed two more cases.",
        "The statement read: “Residents should wash their hands often and avoid crowds.”",
        "The Osun State Fire Service, in a statement signed by its spokesperson, Mr. Ade Bello,"
        " blamed the traffic. The statement added: “Our men worked throughout the night.”",
    ]
    assert speakers_in_order(paragraphs) == [
        "Kisumu County Government",
        "Lagos State Ministry of Health",
        "Osun State Fire Service",
    ]


def test_a_statement_nobody_was_said_to_speak_in_keeps_its_own_author() -> None:
    paragraphs = [
        "The Ondo State Police Command said in a statement that two men were held.",
        "A report from the Ondo Times said: “The men were caught with three stolen cars.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ondo Times"]
    paragraphs = [
        "Governor Ada Eze said in an interview that the budget was tight.",
        "“Teachers will be paid before the end of the month,” the statement said.",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_name_set_beside_a_place_after_a_role_is_the_subject() -> None:
    for text, is_object in (
        ("The Police Public Relations Officer in the state, Ada Obi", False),
        ("The spokesperson for the house, Ada Obi", False),
        ("Tunde Bakare thanked his coach, Ada Obi", True),
        ("The minister sat beside her sister, Ada Obi", True),
    ):
        assert object_before(text, text.index("Ada Obi")) is is_object
    paragraphs = [
        "Prof. Tunde Akinwale said the fire exposed the traders' lack of insurance.",
        "The Police Public Relations Officer in the state, SP Yemisi Opalola, said an inquiry"
        " had begun. “We are not ruling out anything at this stage,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Yemisi Opalola"]
