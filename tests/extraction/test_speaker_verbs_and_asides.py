"""Speakers after less common speech verbs, passives and asides, on invented sentences."""

from __future__ import annotations

from bot.extraction.quotes import extract_quotes
from tests.extraction.speaking import speakers_in_order


def test_he_after_a_paragraph_about_someone_of_unknown_gender_means_them() -> None:
    paragraphs = [
        "Gary Holt, 58, runs a ferry. “I have never once missed a sailing in winter,” he says.",
        "Tadhg Brennan, a harbour pilot who guides tankers into the estuary at Kelling, has"
        " worked the river for twenty years and says most skippers never ask for help.",
        "“Most of them would rather run aground than call me,” he says. Skippers fear the fees,"
        " “which can swallow a week of takings”, he adds.",
    ]
    assert speakers_in_order(paragraphs) == ["Gary Holt", "Tadhg Brennan", "Tadhg Brennan"]


def test_he_after_a_sentence_about_another_man_still_means_the_man_known_before() -> None:
    paragraphs = [
        "Gary Holt, 58, runs a ferry. “I have never once missed a sailing in winter,” he says.",
        "Gary Holt met Tadhg Brennan at the quay, where the tankers were waiting.",
        "“They all arrived on the same tide this morning,” he says.",
    ]
    assert speakers_in_order(paragraphs) == ["Gary Holt", "Gary Holt"]


def test_the_agent_of_a_passive_speech_verb_is_the_speaker() -> None:
    paragraphs = [
        "Tom Hale runs the bar. The worst of it was described by bar worker Dana: “A man at the"
        " front kept filming us and nobody told him to stop.”",
        "Each town aims for “functional zero”, defined by Common Ground as the point at which"
        " “fewer families lose a roof each month than find a new one.”",
    ]
    assert speakers_in_order(paragraphs) == ["Dana", "Common Ground"]


def test_a_full_name_after_an_organisation_and_an_aside_is_the_person() -> None:
    paragraphs = [
        "Head of Outreach at Harbour Guild Greta Wren, asked if more clubs should join,"
        " responded: “For the moment we care only about this one contract.”",
        "Organiser at Players’ Equity Marta Keel, asked about the pickets, said: “We will be out"
        " here every weekend until they listen.”",
    ]
    assert speakers_in_order(paragraphs) == ["Greta Wren", "Marta Keel"]


def test_someone_unnamed_speaks_and_the_one_who_answers_after_to_which_is_named() -> None:
    paragraphs = [
        "At the Harbour Guild rally someone shouted, “This city belongs to its workers!” to which"
        " the former dock organiser and harbour council candidate Marco Ruiz-Delgado shouted back"
        " “That is right, it belongs to us!” Ruiz-Delgado is running for the harbour seat.",
        "Head of Outreach at Harbour Guild Greta Wren, asked if more clubs should join,"
        " responded: “For the moment we care only about this one contract.”",
    ]
    assert speakers_in_order(paragraphs) == [None, "Marco Ruiz-Delgado", "Greta Wren"]


def test_a_lower_case_the_is_no_part_of_an_outlets_name() -> None:
    paragraphs = [
        "The dancers may now vote. As the Harbour Times reported, “Nearly every dancer was"
        " shut out of the club a day later.”",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Times"]


def test_concurs_is_a_speech_verb() -> None:
    paragraphs = [
        "Ann Lee and Tom Lee host a podcast. “I think nobody will ever solve it, not in our"
        " lifetime,” Ann says.",
        "“We would all like to be the one who finally cracks it,” Tom concurs.",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lee", "Tom Lee"]


def test_whose_reporting_or_words_before_a_colon_is_whose_quote() -> None:
    paragraphs = [
        "Few outlets covered it well. A noteworthy exception is Tadhg Brennan’s reporting in the"
        " Harbour Times: “Every dancer who spoke with us described feeling unsafe at work.”",
    ]
    assert speakers_in_order(paragraphs) == ["Tadhg Brennan"]


def test_a_first_name_alone_between_commas_after_one_worker_is_the_speaker() -> None:
    paragraphs = [
        "Tom Hale runs the club. One worker, May, admitted to the Harbour Times: “The man who got"
        " her fired was a regular and came in four times a week.”",
        "The next night was described by bar worker Dana: “A man at the front kept filming us and"
        " nobody told him to stop.”",
    ]
    assert speakers_in_order(paragraphs) == ["May", "Dana"]


def test_a_genre_before_a_plural_role_is_no_person() -> None:
    paragraphs = [
        "Kofi Mensah is one of the loudest voices of New Wave Highlife, a sound he helped build.",
        "Lately, Kofi has been playing records by older Highlife artists like Bisa and Dede, who"
        " sang about love and money. “I keep going back to those old records, when songs had a"
        " point to prove,” he says.",
    ]
    assert speakers_in_order(paragraphs) == ["Kofi Mensah"]


def test_a_question_the_writers_ask_has_no_speaker() -> None:
    paragraphs = [
        "In 2022, Ann Reyes laid out her theory on the case.",
        "Reyes hopes to settle the old question at last. Yet before she gets to it, we first"
        " need to ask a different one: “Why does the case still hold anyone’s interest at all?”",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_the_one_remembered_telling_him_is_the_speaker() -> None:
    paragraphs = [
        "Ade Ola once spent a night at a bar with the singer Kobby Asante, who inspired the change."
        " “That name should stand for something, so own it,” he remembers Kobby telling him.",
    ]
    assert speakers_in_order(paragraphs, "Ade Ola is looking to be legendary") == ["Kobby Asante"]


def test_a_title_before_a_description_is_not_the_first_half_of_the_quote_after_it() -> None:
    paragraphs = [
        "Ade Ola writes about heartbreak. Take “Loose Ends,” a cheerful dance song from his first"
        " record where he sings, “Here is how you lose a friend, something you should know,”"
        " about a break-up.",
    ]
    quotes = extract_quotes(tuple(paragraphs))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Here is how you lose a friend, something you should know", "Ade Ola")
    ]


def test_the_man_who_whispered_to_her_is_no_woman_named_by_her_surname() -> None:
    paragraphs = [
        "The thief, who gave the name Dan Carver, got on the train in Leeds. A conductor,"
        " Flora Lind, took his slip. Lind probably thought the slip was a phone number from a"
        " rider until the man whispered to her, “Madam, you should read that slip now. I am"
        " armed.”",
    ]
    assert speakers_in_order(paragraphs) == ["Dan Carver"]
