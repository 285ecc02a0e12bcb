"""Quotes signed after their closing mark, or owned by someone named before, on invented text."""

from __future__ import annotations

from bot.extraction.persons import first_name_gender
from bot.extraction.quotes import extract_quotes
from tests.extraction.speaking import speakers_in_order


def test_a_labelled_quote_signed_after_its_closing_mark_is_the_signers() -> None:
    paragraphs = [
        "1. A folding step stool that slides behind the fridge when nobody needs it.",
        "Happy buyer: “It holds my weight, it folds flat and the kids love climbing it to reach"
        " the sink.” —Nadia Okafor",
        "2. A rain cover for a bike seat, because nobody likes a wet ride to work.",
        "Top review: “Fits every saddle I have tried and dries in a minute after a storm.”"
        " —pedalpusher88",
        "4. A draught excluder for the gap under the back door.",
        "Promising review: “No more cold ankles on the sofa, and the cat ignores it.” —J. Abara",
        "3. A lunch box that keeps soup hot until the afternoon break.",
        "Verdict: “Soup stays hot for six hours, and nothing leaks into my bag.” —marta k.",
    ]
    expected = ["Nadia Okafor", "pedalpusher88", "J. Abara", "marta k."]
    assert speakers_in_order(paragraphs) == expected


def test_a_signature_needs_the_end_of_the_paragraph_and_no_speaker_before() -> None:
    paragraphs = [
        "Ines Moreau runs the repair cafe on Dock Street on Saturdays.",
        "Moreau said: “We fixed forty toasters last month and only two went to the tip.”"
        " —photo by staff",
        "“Most of them only needed a new fuse and a bit of patience,” said Ines Moreau."
        " —with reporting from Leo Hart and the night desk in the city newsroom",
    ]
    assert speakers_in_order(paragraphs) == ["Ines Moreau", "Ines Moreau"]


def test_a_quote_completing_what_belongs_to_someone_is_theirs() -> None:
    paragraphs = [
        "Tomas Varga has restored church organs across the region for thirty years.",
        "He learned the trade from his uncle in a workshop that smelled of glue and tin.",
        "The first rule of his workshop is “never tune an organ on a cold morning in winter.”",
        "Lena Brandt, who plays at the cathedral, trusts him with every pipe.",
        "The one thing Brandt has against the new instruments is the “thin sound they make in"
        " a stone nave.”",
    ]
    assert speakers_in_order(paragraphs) == ["Tomas Varga", "Lena Brandt"]


def test_a_quote_completing_a_thing_nobody_owns_keeps_no_speaker() -> None:
    paragraphs = [
        "Tomas Varga has restored church organs across the region for thirty years.",
        "The motto painted over the workshop door is “measure twice and cut only once, always.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_role_word_describing_a_lawsuit_is_not_the_last_person_of_that_role() -> None:
    paragraphs = [
        "Hana Ito, who teaches law at the state university, said the case was strong.",
        "The teacher lawsuit against the district and its contractors argues that “the heating"
        " in six schools failed every winter for a decade.”",
        "Another teacher at the school argues that “nobody listened to us until the pipes burst"
        " in March.”",
    ]
    assert speakers_in_order(paragraphs) == [None, None]


def test_a_view_credited_at_the_end_of_a_paragraph_goes_on_in_the_next() -> None:
    paragraphs = [
        "Ravi Menon, who studies sleep, worries that phones keep teenagers awake at night, a"
        " worry shared by the school nurse Olga Brandt.",
        "A child can switch the screen off at nine and still lie awake, because “the brain keeps"
        " scrolling long after the thumb has stopped.”",
    ]
    assert speakers_in_order(paragraphs) == ["Olga Brandt"]


def test_a_paragraph_ending_on_someone_met_does_not_give_the_next_quote() -> None:
    paragraphs = [
        "Ravi Menon, who studies sleep, spent the spring at a school where he met Olga Brandt.",
        "A child can switch the screen off at nine and still lie awake, because “the brain keeps"
        " scrolling long after the thumb has stopped.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_an_acronym_subject_is_no_person_even_when_pronouns_follow_it() -> None:
    paragraphs = [
        "Mira Holt has studied chatbots for a decade at the language institute.",
        "AI, she said in an interview, can copy a voice well. AI, he added on a later call, was"
        " built by people who never met her.",
        "AI, she noted, can look “clever” on a test. But AI cannot “feel the weight of a word"
        " the way a grieving person does.”",
    ]
    assert speakers_in_order(paragraphs) == ["Mira Holt"]


def test_a_short_acronym_alone_takes_no_gender_from_the_first_name_it_spells() -> None:
    assert first_name_gender("AI") is None
    assert first_name_gender("Ai") == "f"


def test_a_signed_review_left_unclosed_ends_before_its_signature() -> None:
    paragraphs = [
        "5. A hot water bottle with a knitted cover for the coldest nights of the year.",
        "Promising review: “It stays warm until morning and the cover washes well."
        " Buy two! —Oksana",
        "Get it online for $14.",
        "6. A pair of wool socks for the walk to the bus stop.",
        "Top review: “Thick, soft and still in one piece after a whole winter. —Rahul Mehta",
        "7. A flask for the allotment.",
        "Verdict: “Keeps coffee hot through a long morning of digging in the rain.” —Wen Li",
        "In her farewell note, the head teacher Grace Obi wrote: “Thank you for twenty happy"
        " years in this school. I will miss every one of you! —Grace",
    ]
    expected = ["Oksana", "Rahul Mehta", "Wen Li", "Grace Obi"]
    assert speakers_in_order(paragraphs) == expected
    texts = [quote.text for quote in extract_quotes(paragraphs, "")]
    assert not any("—" in text for text in texts)


def test_a_surname_credit_takes_the_full_name_signed_with_a_dash_against_it() -> None:
    paragraphs = [
        "House rules from people who clean for a living",
        "“Never mix two cleaning sprays in one bucket, whatever the labels promise you.”"
        " —Teodora Lupu, a cleaner in Cluj",
        "“Dust before you vacuum, or you will be vacuuming twice by the evening.” –– Lupu",
    ]
    assert speakers_in_order(paragraphs) == ["Teodora Lupu", "Teodora Lupu"]
