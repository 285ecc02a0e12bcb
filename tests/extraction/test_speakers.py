"""Speaker attribution on invented articles: interviews, pronouns, roles, credits, sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extraction import analyze
from bot.extraction.names import People
from bot.extraction.quotes import extract_quotes
from bot.extraction.runs import split_run

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def _speakers(name: str) -> dict[str, str | None]:
    article = analyze((ARTICLES / name).read_text(encoding="utf-8"))
    return {q.text[:30]: q.speaker for q in article.quotes}


def _speaker_of(start: str, name: str) -> str | None:
    found = [s for text, s in _speakers(name).items() if text.startswith(start[:30])]
    assert len(found) == 1, _speakers(name)
    return found[0]


@pytest.mark.parametrize(
    "start",
    [
        "We are buying welding robots",  # interview: named in the intro (two paragraphs)
        "Lindholm stays a family company",  # across a heading
    ],
)
def test_interview_answers_belong_to_the_interviewee(start):
    assert _speaker_of(start, "harbor_interview.txt") == "Marta Kessling"


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("a blight on the ridge", "Edwin Harrowgate"),  # partial quote, surname expanded
        ("The ridge has the steadiest", "Helena Voss"),  # "she" skips the nearer man
        ("We were promised a second", "Edwin Harrowgate"),  # "he" skips the nearer woman
        ("Average speeds on the ridge", "Valley Weather Service"),  # "the service"
        ("If the numbers are bad", "Helena Voss"),  # "the 52-year-old engineer"
        ("Keep our ridge wild", None),  # a placard is nobody
        ("Nobody should mistake this", "Ingrid Solberg"),  # "— Name" credit line
    ],
)
def test_valley_vote_speakers(start, speaker):
    assert _speaker_of(start, "valley_vote.txt") == speaker


def test_participle_takes_the_sentence_subject():
    paragraphs = (
        "Senator Alma Reyes voted against the bill, saying: “This law punishes the families"
        " who can least afford it.”",
    )
    [quote] = extract_quotes(paragraphs)
    assert quote.speaker == "Alma Reyes"


def test_appositive_with_credentials_and_initials():
    paragraphs = (
        "“Most people need more fibre than they think,” Nora B. Quist MS, RD, a dietitian at"
        " Fernhill Clinic, told the magazine.",
        "“Start with one extra portion of beans a week,” Quist said.",
    )
    assert [q.speaker for q in extract_quotes(paragraphs)] == ["Nora B. Quist"] * 2


def test_nearest_full_name_wins_for_a_shared_surname():
    paragraphs = (
        "Tomas Brandt runs the bakery. “We bake every morning at four,” said Brandt.",
        "His sister Lena Brandt runs the cafe next door.",
        "“The bread arrives warm at our counter,” Brandt said.",
    )
    assert [q.speaker for q in extract_quotes(paragraphs)] == ["Tomas Brandt", "Lena Brandt"]


def test_unnamed_sources_stay_unnamed():
    paragraphs = (
        "Mayor Ola Brun welcomed the plan. “It is a good day,” she said.",
        "“Ferry fares will double by the summer,” an official said.",
        "“The building is closed until further notice,” the sign reads.",
    )
    assert [q.speaker for q in extract_quotes(paragraphs)] == ["Ola Brun", None, None]


def test_names_inside_quotes_are_not_speakers():
    paragraphs = (
        "Coach Ruth Amadi was pleased. “Jonas Berg played the game of his life today,” she said.",
        "“He will start again on Sunday,” she added.",
    )
    assert [q.speaker for q in extract_quotes(paragraphs)] == ["Ruth Amadi", "Ruth Amadi"]


def test_name_cleanup():
    assert split_run("Ex-soldier-turned-baker Ana Lind")[0] == "Ana Lind"
    assert split_run("Nora Dunn MS")[0] == "Nora Dunn"
    assert split_run("Ruth A. Bourquin")[0] == "Ruth A. Bourquin"
    assert split_run("I’m")[0] == ""


def test_gender_from_first_names_and_pronouns():
    people = People("Jane Holm spoke first. Then Teodor Vrana stood up and he said no.")
    assert people.gender("Jane Holm") == "f"
    assert people.gender("Teodor Vrana") == "m"


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("We are delighted to bring", "Dana Whitlock"),  # "<Org> <role> <Name>"
        ("Our keepers will learn more", "Valeria Montrose"),
        ("Nobody at the academy", "Valeria Montrose"),  # not "Coastal Reserve" (vice chair)
        ("Fans will be able to leave", "Ilse Vermeer"),  # "Secretary for Mobility Ilse ..."
        ("The old stand was the heart", "Ravenna Quillfeather"),  # not "Quillbrook", "Internet"
        ("A family of four should not", "Ravenna Quillfeather"),  # first name expanded
    ],
)
def test_modifiers_portfolios_and_things_are_not_speakers(start, speaker):
    assert _speaker_of(start, "harbor_club.txt") == speaker


def test_a_titled_previous_speaker_beats_a_place_mentioned_since():
    text = (
        "World\n\nPope writes on rivers\n\n"
        "Pope Anselm published a letter on rivers on Monday. "
        "“Rivers are the veins of the land,” Anselm writes.\n\n"
        "The letter was printed at Harrowby Mill. "
        "“Every river carries the memory of the rain that made it,” he adds.\n"
    )
    assert {q.speaker for q in analyze(text).quotes} == {"Anselm"}


def test_a_sentence_opening_pronoun_follows_the_previous_subject():
    text = (
        "World\n\nBishop writes on forests\n\n"
        "“Forests breathe for us,” Bishop Tomas Ferreira writes in the letter.\n\n"
        "Ferreira closes with the scriptures. He quotes Psalm 96, where Moses says, "
        "“let the trees of the forest sing for joy.” He adds that Noah "
        "“loved every creature he met” and invites us “to plant one tree each spring.”\n"
    )
    speakers = {q.text[:12]: q.speaker for q in analyze(text).quotes}
    assert speakers["let the tree"] == "Moses"
    assert speakers["loved every "] == "Tomas Ferreira"
    assert speakers["to plant one"] == "Tomas Ferreira"


def test_a_name_inside_a_reduced_relative_clause_speaks():
    text = (
        "Local\n\nTown plans new bridge\n\n"
        "Councillor Mira Halvorsen presented the plan on Monday. The old bridge will be "
        "closed for a year, a delay Halvorsen said is “painful but necessary for safety.”\n\n"
        "Later that week, with Halvorsen gushing that it was “the best news in a decade,” "
        "the council approved the budget. A spokesman said the vote was "
        "“a done deal that nobody on the council will try to reverse.”\n"
    )
    speakers = {q.text[:12]: q.speaker for q in analyze(text).quotes}
    assert speakers["painful but "] == "Mira Halvorsen"
    assert speakers["the best new"] == "Mira Halvorsen"
    assert speakers["a done deal "] is None


def test_a_who_clause_after_the_name_keeps_the_name_as_speaker():
    text = (
        "Local\n\nHarbour levy approved\n\n"
        "In an interview on Tuesday, Deputy Minister for Harbours Lotte Vandamme, who drafted "
        "the levy, said it would make sure “every ferry pays its share of the dredging bill.”\n"
    )
    speakers = {q.text[:12]: q.speaker for q in analyze(text).quotes}
    assert speakers["every ferry "] == "Lotte Vandamme"
