"""Speakers among several people: openers glued to names, relatives sharing a surname,
things and descriptors beside a verb, and who a pronoun or a role means."""

from __future__ import annotations

import pytest

from bot.extraction.lexicon import is_thing
from bot.extraction.objects import object_before
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize("opener", ["Initially", "Reportedly", "Previously", "Allegedly"])
def test_an_adverb_opening_a_sentence_is_not_a_first_name(opener: str) -> None:
    paragraphs = [
        "Dana Hart, the club's coach, spoke to reporters after the match.",
        f"{opener} Hart had been offered a new contract in May.",
        "“We will come back stronger next season, I promise you that,” Hart said.",
    ]
    assert speakers_in_order(paragraphs) == ["Dana Hart"]


def test_a_relative_sharing_the_surname_is_a_new_speaker() -> None:
    paragraphs = [
        "Ben Ortiz was taken off at half-time. “I felt a bit dizzy after the tackle,” he said.",
        "The story took a turn on Sunday when Rosa Ortiz, mother of Ben, wrote about the match"
        " on her blog.",
        "“He played through real pain for an hour and nobody on the bench asked him once.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ben Ortiz", "Rosa Ortiz"]


def test_a_product_after_an_article_is_not_the_person_a_pronoun_means() -> None:
    paragraphs = [
        "Mara Voss of Bright Homes posted a Flickbox explaining what she would never buy again:",
        "“I will never again put carpet on the stairs, it just holds the dust,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Mara Voss"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The bill's authors — Sens. Mara Quill, Ohio Democrat, and Tom Reyes, Utah"
            " Republican — wrote in 2010 that “the fund was never meant to pay for roads.”",
            "Mara Quill",
        ),
        (
            "Birk Tallow, chair of the parish board, told members that “the budget will not"
            " stretch to a second hall this year.”",
            "Birk Tallow",
        ),
        ("“We have the votes to pass it this week,” the Ohio Democrat said.", None),
    ],
)
def test_a_descriptor_beside_the_name_is_not_the_speaker(
    sentence: str, speaker: str | None
) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (  # accented first names carry their gender: "José" is "Jose"
            [
                "“We asked for a fair rent and nothing more,” said Maria Costa.",
                "José Ortega said the landlord had not replied. “We are still waiting for a letter"
                " from the owners,” she said.",
            ],
            ["Maria Costa", "Maria Costa"],
        ),
        (  # a woman met a man: "he" is the man she met, not the earlier speaker
            [
                "“We will not leave until the offer improves,” said Pablo Serrano.",
                "Later, Greta Lind met Constable Kwabena Asare at the bridge. “Nobody will be"
                " stopped from reaching the hospital,” he said.",
            ],
            ["Pablo Serrano", "Kwabena Asare"],
        ),
        (  # a man just named as an object, long after the last male speaker
            [
                "“The budget is the tightest we have seen in years,” said Carl Jensen.",
                "The meeting then turned to the state of the housing stock, which has been the"
                " subject of complaints from tenants for most of the past decade, with damp, broken"
                " boilers and leaking roofs reported on every estate in the district.",
                "The committee thanked Omar Reyes for his report on the flats.",
                "“We found damp in nearly every flat we visited,” he said.",
            ],
            ["Carl Jensen", "Omar Reyes"],
        ),
        (  # the man in the quote's own opening phrase is who is spoken about
            [
                "Dan Kerr, a lawyer, said the firm was in trouble.",
                "Speaking about Mr Hale's case, he said that “to ask for silence as well is pretty"
                " callous”.",
            ],
            ["Dan Kerr"],
        ),
    ],
)
def test_whom_he_or_she_means(paragraphs: list[str], speakers: list[str]) -> None:
    assert speakers_in_order(paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            ["Archivist Lena Park said: “Half of the letters had never been read before.”"],
            ["Lena Park"],
        ),
        (["“The cliff has moved two metres since spring,” Geologist Ana Ruiz said."], ["Ana Ruiz"]),
        (["“The old mill will need new floors before winter,” said Drew Brewer."], ["Drew Brewer"]),
        (
            [
                "Tomas Price inspected the bridge on Monday after the floods.",
                "“Two of the piers have shifted and must be shored up,” the surveyor said.",
            ],
            ["Tomas Price"],
        ),
    ],
)
def test_occupations_before_a_name_or_for_a_person(
    paragraphs: list[str], speakers: list[str]
) -> None:
    assert speakers_in_order(paragraphs) == speakers


def test_a_surname_means_the_person_named_in_full_most_often() -> None:
    headline = "Getting To Know Winter Series Star Fintan Rowe"
    paragraphs = [
        "The series follows a village doctor (Fintan Rowe) through one long winter.",
        "His younger brother Declan Rowe also worked on the series.",
        "“I learned to stitch a wound properly for the part,” Rowe said.",
    ]
    assert speakers_in_order(paragraphs, headline) == ["Fintan Rowe"]


def test_a_headline_pair_the_body_writes_is_not_glued_to_the_next_name() -> None:
    headline = "Original Iron Wolf Laura Quill Finally Plays The Final Game"
    paragraphs = [
        "Fans had long asked for Iron Wolf’s first voice to return.",
        "“It felt like coming home after twenty years away,” Quill said.",
    ]
    assert speakers_in_order(paragraphs, headline) == ["Laura Quill"]


def test_a_title_case_caption_line_lends_no_words_to_a_first_name() -> None:
    paragraphs = [
        "Dana Whitlock proposed to Rosa Lind on the final night of filming.",
        "Golden Island Best Finale Moment Dana and Rosa Proposal",
        "“I had really mixed feelings when I got up today,” Dana said.",
    ]
    assert speakers_in_order(paragraphs) == ["Dana Whitlock"]


def test_the_host_is_the_sentences_subject_not_the_guest_beside_them() -> None:
    paragraphs = [
        "Rita Vance and her guest, chef Omar Lind, were accusing Paul Mertz of cheating when"
        " the host asked, “Have you seen what he wrote on Monday night?”",
    ]
    assert speakers_in_order(paragraphs) == ["Rita Vance"]


@pytest.mark.parametrize(
    ("text", "is_object"),
    [
        ("They were accusing Tom Bell", True),
        ("The club had sued Tom Bell", True),
        ("At the hearing Tom Bell", False),
        ("Yesterday morning Tom Bell", False),
        ("as was said Tom Bell", False),
    ],
)
def test_a_name_after_a_verb_and_its_auxiliary_is_an_object(text: str, is_object: bool) -> None:
    assert object_before(text, text.index("Tom")) is is_object


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“The ferry will run again on Monday,” Vice-President Maria Holt said.", "Maria Holt"),
        ("“The ferry will run again on Monday,” said Baroness Maria Holt.", "Maria Holt"),
        ("“The ferry will run again on Monday,” said Cllr Maria Holt.", "Maria Holt"),
        ("“The ferry will run again on Monday,” said Sister Maria Holt.", "Maria Holt"),
        (
            "“The ferry will run again on Monday,” said Tavenzy Julius Pierre.",
            "Tavenzy Julius Pierre",
        ),
        ("“The ferry will run again on Monday,” said Nguyễn Thị Lan.", "Nguyễn Thị Lan"),
    ],
)
def test_titles_before_a_first_name_are_cut_but_middle_names_kept(
    sentence: str, speaker: str
) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Coach Sam Ruiz was asked about striker Leo Mann.",
        "Coach Sam Ruiz spoke warmly with club captain Leo Mann.",
    ],
)
def test_a_person_named_with_a_role_after_a_preposition_is_an_object(sentence: str) -> None:
    paragraphs = [sentence, "“He has been our best player all season long,” he said."]
    assert speakers_in_order(paragraphs) == ["Sam Ruiz"]


@pytest.mark.parametrize(
    ("headline", "sentence", "speaker"),
    [
        (
            "Dua Rexha Opens Up About Grief In New Album",
            "“It changed how I think about grief,” Rexha told fans.",
            "Dua Rexha",
        ),
        (
            "Why Fintan Hale Opens Up About Grief In New Album",
            "“It changed how I think about grief,” Fintan told fans.",
            "Fintan Hale",
        ),
        (
            "Inside Dr Ravi Menon's lab",
            "“The samples are ready for testing at last,” Dr Menon said.",
            "Ravi Menon",
        ),
        (
            "Taylor Swift Eras Tour Film Breaks Records",
            "“It changed how I think about touring,” Swift told fans.",
            "Taylor Swift",
        ),
    ],
)
def test_a_title_case_headline_keeps_a_name_the_body_uses(
    headline: str, sentence: str, speaker: str
) -> None:
    assert speakers_in_order([sentence], headline) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will open the new wing in March,” Harbor Plan said.",
        "“The strike will go ahead on Monday,” Monday Night Football said.",
        "“The trophy is coming home this year,” World Series said.",
        "“This is the right call for the country,” House Republicans said.",
        "“This is the right call for the country,” said Republicans on the committee.",
    ],
)
def test_plans_competitions_and_party_members_are_nospeakers_in_order(sentence: str) -> None:
    assert speakers_in_order([sentence]) == [None]


def test_a_party_by_its_full_name_still_speaks() -> None:
    sentence = "“This is a betrayal of every tenant,” the Liberal Democrats said in a statement."
    assert speakers_in_order([sentence]) == ["Liberal Democrats"]


def test_a_quote_after_an_unnamed_speaker_is_not_the_earlierspeakers_in_order() -> None:
    paragraphs = [
        "“We have waited ten years for this bridge,” said Omar Siddiqui.",
        "The council disagreed. A council spokesperson said the bridge was never funded.",
        "“Money does not grow on trees and we were honest about that from the start.”",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Siddiqui", None]


def test_a_name_led_by_a_first_name_is_not_widened_to_the_words_before_it() -> None:
    paragraphs = [
        "Harbour Master Maria Quinlan, who attended the meeting, sided with the crew.",
        "“The pier can take the early sailing every day,” said Maria Quinlan.",
    ]
    assert speakers_in_order(paragraphs) == ["Maria Quinlan"]


@pytest.mark.parametrize(
    ("first", "later", "speaker"),
    [
        ("Mary O'Brien", "O’Brien", "Mary O'Brien"),
        ("Nguyễn Văn An", "Nguyễn", "Nguyễn Văn An"),
        ("Lula da Silva", "Lula", "Lula da Silva"),
        ("Kaia Lee Marsh", "Kaia", "Kaia Lee Marsh"),
        ("T.J. Okafor", "Okafor", "T.J. Okafor"),
    ],
)
def test_a_short_form_finds_the_full_name(first: str, later: str, speaker: str) -> None:
    paragraphs = [f"{first} runs the clinic.", f"“We are full every single day,” {later} said."]
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("role", "speaker"),
    [("the deputy", "Tom Reyes"), ("the mayor", "Ann Cole")],
)
def test_a_role_means_the_person_introduced_with_it(role: str, speaker: str) -> None:
    paragraphs = [
        "The mayor, Ann Cole, met residents on Friday with her deputy, Tom Reyes.",
        f"“We have heard you and we will act on it,” {role} said.",
    ]
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_place_named_with_its_state_is_not_the_person_a_role_means() -> None:
    paragraphs = [
        "Rosa Lima flew in to start her tour on Friday.",
        "Her profile showed a pin next to Austin, Texas, where the first show will be.",
        "“Thank you for waiting so long for me,” the singer told fans.",
    ]
    assert speakers_in_order(paragraphs) == ["Rosa Lima"]


def test_a_work_of_theirs_is_not_the_speaker() -> None:
    paragraphs = [
        "Tom Hale starred in the drama for six years.",
        "The actor spoke about the toll of playing his cruel Harbour Lights character, saying:"
        " “It crept into my dreams for months afterwards.”",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Hale"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jake Hollis interviewed Tom Reyes on Sunday.",
        "Tom Reyes spoke to Jake Hollis on Sunday.",
        "Tom Reyes, speaking to Jake Hollis on Sunday, ruled out a run.",
    ],
)
def test_he_after_an_interview_is_the_one_interviewed(sentence: str) -> None:
    paragraphs = [sentence, "“I will not run again, and that is final,” he said."]
    assert speakers_in_order(paragraphs) == ["Tom Reyes"]


def test_the_object_of_her_own_verb_is_not_whom_she_means() -> None:
    paragraphs = [
        "Mia Stone posted photos from the party.",
        "In one, she hugs Rosa Diaz, her oldest friend.",
        "“It was the best night of the whole year,” she wrote.",
    ]
    assert speakers_in_order(paragraphs) == ["Mia Stone"]


@pytest.mark.parametrize(
    ("name", "thing"),
    [("Christmas Day", True), ("Easter Sunday", True), ("Doris Day", False), ("Harbor Plan", True)],
)
def test_holidays_and_plans_are_things_but_surnames_are_not(name: str, thing: bool) -> None:
    assert is_thing(name) is thing


def test_a_quote_after_someone_known_by_one_name_does_not_go_on_with_the_last_speaker() -> None:
    paragraphs = [
        "“We will not move, whatever they offer us,” said Tom Reyes.",
        "Garcia, who runs the shop next door, disagreed.",
        "“Moving is the only way we survive this winter.”",
    ]
    assert speakers_in_order(paragraphs)[1] != "Tom Reyes"


def test_place_initials_are_no_persons_initials() -> None:
    sentence = "“The base will stay open for another decade,” U.S. Rep. Dana Cole said."
    assert speakers_in_order([sentence]) == ["Dana Cole"]


def test_his_after_a_name_tells_its_gender() -> None:
    paragraphs = [
        "“We will not leave until the offer improves,” said Pablo Serrano.",
        "Kwabena Asare rang his members on Sunday night.",
        "“Nobody here will cross that line, whatever happens,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Pablo Serrano", "Kwabena Asare"]
