"""Speakers written by their office, as official and agency English writes them: "the
Collector", "the SP", "His Excellency the Minister", and names after a short title ("Eng.")."""

from __future__ import annotations

from bot.extraction.designations import as_office
from bot.extraction.runs import split_run
from bot.extraction.speakers import read_phrase
from tests.extraction.speaking import speakers_in_order


def test_a_capitalised_office_after_the_is_the_official_named_with_it() -> None:
    paragraphs = [
        "District Collector Smt. Meenakshi Raghavan visited the site on Friday.",
        "“No contractor will be spared if negligence is proved,” she stated.",
        "“Relief will reach every family before the end of the week,” the Collector added further.",
    ]
    assert speakers_in_order(paragraphs) == ["Meenakshi Raghavan", "Meenakshi Raghavan"]
    paragraphs = [
        "The Commissioner, Bongani Dlamini, met the families in the morning.",
        "Later, Ward Councillor Thandiwe Ncube spoke to residents at the hall.",
        "“We will not close this case until every family has answers,” the Commissioner said.",
    ]
    assert speakers_in_order(paragraphs) == ["Bongani Dlamini"]


def test_an_office_in_initials_is_the_officer_named_by_it_in_full() -> None:
    paragraphs = [
        "Superintendent of Police Shri Arvind Pal Sekhon said the accused had fled the district.",
        "The shop owner, Harjit Kaur, said she had seen nothing.",
        "“Three teams are searching for him in the neighbouring districts,” the SP said.",
    ]
    assert speakers_in_order(paragraphs) == ["Arvind Pal Sekhon"]
    for phrase, office in (
        ("the SP", "the superintendent"),
        ("the DSP", "the superintendent"),
        ("the SHO", "the officer"),
        ("the Collector", "the collector"),
        ("the Premier", "the premier"),
    ):
        assert as_office(phrase) == office


def test_his_excellency_is_the_office_after_it_or_the_one_it_means() -> None:
    paragraphs = [
        "Minister of Ports and Transport Sheikh Hamdan bin Rashid Al-Shamsi opened the new quay.",
        "In his speech, His Excellency the Minister affirmed that the port was “a gateway that "
        "will serve the whole region for decades.”",
        "Later, His Excellency said: “Our partners have shown great trust in this country.”",
    ]
    assert speakers_in_order(paragraphs) == [
        "Hamdan bin Rashid Al-Shamsi",
        "Hamdan bin Rashid Al-Shamsi",
    ]
    assert read_phrase("Her Excellency") == ("pronoun", "she")
    assert read_phrase("His Excellency the Ambassador") == ("role", "the ambassador")


def test_a_name_after_a_short_title_keeps_a_first_word_no_list_gives() -> None:
    paragraphs = [
        "Speaking to the agency, Eng. Salem Obaid Al-Zaabi, the plant’s manager, said the "
        "first water had arrived.",
        "“The eastern towns have had water from the plant since March,” he said.",
        "“It will run at full capacity by the summer,” said Dr. Salem Hamad Al-Marri.",
    ]
    assert speakers_in_order(paragraphs) == ["Salem Obaid Al-Zaabi", "Salem Hamad Al-Marri"]
    assert split_run("Eng. Salem Obaid Al-Zaabi") == ("Salem Obaid Al-Zaabi", True)


def test_near_misses_keep_their_reading() -> None:
    assert as_office("the Guardian") == "the Guardian"  # a paper, not an office
    assert as_office("the Kremlin") == "the Kremlin"
    assert as_office("the BBC") == "the BBC"
    assert as_office("the committee") == "the committee"
    assert split_run("Harbour Master Maria Holt") == ("Maria Holt", True)
    paragraphs = [
        "“We could not have asked for more from the crew,” the Guardian reported the captain as "
        "saying.",
        "“Nobody told us the bridge would close,” said Salem resident Dana Whitlock.",
    ]
    assert speakers_in_order(paragraphs)[1] == "Dana Whitlock"


def test_local_offices_and_a_style_before_a_name_are_no_part_of_it() -> None:
    paragraphs = [
        "The Tahsildar, Smt. Kamala Bai Rathod, stated that 120 families had been moved.",
        "Village sarpanch Harbhajan Singh Gill said the bund had broken at night.",
        "“Dry rations are being given out twice a day,” the Tahsildar added.",
        "“We had warned the department about this stretch,” the Sarpanch said.",
        "Her Excellency Sheikha Noura bint Saeed Al-Kuwari, Minister of Culture, opened the hall. "
        "“This hall belongs to every young artist in the country,” Her Excellency said.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Kamala Bai Rathod",
        "Harbhajan Singh Gill",
        "Noura bint Saeed Al-Kuwari",
    ]
    assert split_run("His Royal Highness Prince Idris Al-Fahim")[0] == "Idris Al-Fahim"


def test_an_office_with_its_wing_and_an_initialled_name() -> None:
    paragraphs = [
        "The Inspector of Police, Cyber Crime, Sri K. Venugopal Naidu, said the accounts were "
        "frozen.",
        "A victim, Lakshmi Prasanna, said she had lost her savings.",
        "“We have traced the money to four accounts in two states,” the Inspector stated.",
    ]
    assert speakers_in_order(paragraphs) == ["K. Venugopal Naidu"]
    paragraphs = [
        "Superintendent of Police Smt. R. Deepa Menon visited the village on Sunday.",
        "“Patrolling has been stepped up on the highway,” the SP said.",
    ]
    assert speakers_in_order(paragraphs) == ["R. Deepa Menon"]
    paragraphs = [
        "The director, Ann Cole, said the board would meet on Monday.",
        "“We have no comment on the matter at this time,” the director said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Cole"]


def test_an_offices_initials_stand_for_the_one_holding_it() -> None:
    paragraphs = [
        "District Medical and Health Officer Dr. Y. Ramana Kumari said wards had been set up.",
        "The collector, Ashok Kumar Meena, toured the hospital in the afternoon.",
        "“Elderly persons and children are the most vulnerable,” the DMHO cautioned.",
    ]
    assert speakers_in_order(paragraphs) == ["Y. Ramana Kumari"]
    paragraphs = [
        "Revenue Divisional Officer Sri K. Suresh Babu inspected the embankment on Friday.",
        "“The breach will be closed before the next spell of rain,” the RDO said.",
        "The World Health Organization said the heat was dangerous. “Heat kills more people "
        "than floods every single year,” the WHO said.",
    ]
    assert speakers_in_order(paragraphs) == ["K. Suresh Babu", "World Health Organization"]
