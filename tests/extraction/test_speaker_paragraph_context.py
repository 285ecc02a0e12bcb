"""Speakers that the paragraph around a quote decides, on invented sentences."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_predicts_after_the_quote_is_a_speech_verb() -> None:
    paragraphs = [
        "Lena Ortiz runs a small forecasting firm in Leeds.",
        "“Within a decade every town hall will publish its minutes as data,” predicts Tomas"
        " Becker, founder of a civic software company.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomas Becker"]


def test_he_never_means_the_institution_named_after_the_person() -> None:
    paragraphs = [
        "Today everything hurts.",
        "“Look at it like this. If you had to set a limit today, it would be one small glass"
        " a year,” says Professor Hugo Marsh, director of the Sleep Unit in the Division of"
        " Rest Science, Northfield College Leeds.",
        "He is no killjoy either, he loves a “very late” film and part-owns a cinema. But he"
        " stresses that we must learn to rest well.  “It does far more harm than coffee or"
        " sugar.”",
    ]
    assert speakers_in_order(paragraphs) == ["Hugo Marsh", "Hugo Marsh"]


def test_the_role_of_someone_brought_in_unnamed_stays_unnamed() -> None:
    paragraphs = [
        "“The machines wrote the reviews and nobody checked them,” says a former columnist"
        " who left the paper in the spring.",
        "Olga Brandt, the paper's new owner, says the change saved money. “We cut costs"
        " without cutting quality,” Brandt says.",
        "Says the former columnist, “If they had asked us, we would have told them where it"
        " would go wrong.”",
    ]
    assert speakers_in_order(paragraphs) == [None, "Olga Brandt", None]


def test_a_partial_quote_opening_a_sentence_is_said_by_the_name_at_its_end() -> None:
    paragraphs = [
        "Marta Kowal founded a newsletter about city budgets three years ago.",
        "Jonas Weir has covered the council for a decade.",
        "“Stories that need someone to knock on doors” will stay with people for a long while,"
        " says Kowal.",
    ]
    assert speakers_in_order(paragraphs) == ["Marta Kowal"]


def test_a_pulled_quote_repeated_later_is_said_by_whoever_says_it_there() -> None:
    paragraphs = [
        "The port authority signed off on the new crane contract on Friday.",
        "Neil Soto, the union's branch secretary, said members had not been asked.",
        "“The harbour will look nothing like it does now within five years.”",
        "Work on the quay starts in March.",
        "“The harbour will look nothing like it does now within five years,” says Amira"
        " Haddad, who chairs the authority.",
    ]
    assert speakers_in_order(paragraphs) == ["Amira Haddad", "Amira Haddad"]


def test_a_speaker_named_earlier_in_the_paragraph_says_its_later_quote() -> None:
    paragraphs = [
        "“Cold water is a shock to the heart,” says Dr Peter Lamb, a cardiologist.",
        "Swimmers in winter are at more risk, explains Dr Ines Varga. The body pulls blood"
        " away from the skin to protect the organs. After a few minutes, the hands stop"
        " working. “That is when people get into trouble, because they cannot hold on.”",
    ]
    assert speakers_in_order(paragraphs) == ["Peter Lamb", "Ines Varga"]


def test_a_pronoun_after_an_opening_phrase_introduces_the_quote_after_a_colon() -> None:
    paragraphs = [
        "“Most runners never warm up properly,” says coach Omar Lindqvist.",
        "The night before a long run Dr Hana Oduya eats a bowl of pasta. The morning after,"
        " she’ll stretch for twenty minutes: “it keeps the muscles from locking up and makes"
        " the next run feel easy.”",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Lindqvist", "Hana Oduya"]


def test_the_name_before_an_adverb_and_a_speech_verb_in_ing_speaks() -> None:
    paragraphs = [
        "Lenders rallied on Monday, with Dana Whitlock cheerfully predicting “a record year for"
        " small lenders and their customers” in a note to clients.",
    ]
    assert speakers_in_order(paragraphs) == ["Dana Whitlock"]


def test_a_disclaimer_that_introduces_a_quote_after_a_colon_speaks_for_no_one() -> None:
    paragraphs = [
        "That Harbour Retail mix-up was only the start of a long year for online shops.",
        "For shoppers who use the site, the disclaimer at the foot of each listing gives the"
        " game away: “This description was written by software and may contain mistakes.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_first_person_piece_introduced_as_someones_story_is_told_by_them() -> None:
    paragraphs = [
        "After a flood took her home, Rosa Delgado spent a year rebuilding it by hand. Now she"
        " wants others to ask for help sooner.",
        "Here is Rosa's story.",
        "I grew up by the river and I never thought it could turn on me. My father fished it"
        " every morning and my mother swam in it every summer.",
        "Now I know better. I have learned to pick up the phone and tell friends, “I can't do"
        " this on my own today,” or “Please come by after work.”",
    ]
    assert speakers_in_order(paragraphs, "What the river taught me") == [
        "Rosa Delgado",
        "Rosa Delgado",
    ]


def test_a_role_given_to_a_named_person_still_means_them() -> None:
    paragraphs = [
        "Jane Okoro is a writer who has covered the port for twenty years.",
        "“The cranes are older than most of the crews,” the writer says.",
    ]
    assert speakers_in_order(paragraphs) == ["Jane Okoro"]


def test_someone_named_after_the_speaker_of_the_paragraph_is_not_passed_over() -> None:
    paragraphs = [
        "“Cold water is a shock to the heart,” says Dr Peter Lamb, a cardiologist.",
        "Swimmers in winter are at more risk, explains Dr Ines Varga. Her neighbour, Tomas"
        " Reilly, swims every day of the year. “I have never once felt the cold.”",
    ]
    assert speakers_in_order(paragraphs)[-1] != "Ines Varga"


def test_a_quote_on_its_own_line_that_is_not_repeated_keeps_its_context_speaker() -> None:
    paragraphs = [
        "“The harbour will look nothing like it does now within five years,” says Amira"
        " Haddad, who chairs the authority.",
        "Neil Soto, the union's branch secretary, disagreed.",
        "“The harbour will look exactly as it does now in five years.”",
    ]
    assert speakers_in_order(paragraphs) == ["Amira Haddad", "Neil Soto"]
