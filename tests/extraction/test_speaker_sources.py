"""Speakers that are bodies or their documents, and speakers named away from the verb."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Brightline Research published its yearly survey of renters on Tuesday.",
                "According to the report, “most tenants now spend more than a third of their"
                " income on rent alone.”",
            ],
            "Brightline Research",
        ),
        (
            [
                "Morrow Analytics recently released its annual study of small savers.",
                "According to the study, “small savers kept far less than the funds they owned"
                " over the past decade.”",
            ],
            "Morrow Analytics",
        ),
        (
            [
                "In a safety notice issued on Sunday, the Coastal Shipping Office warned of"
                " drones near the strait.",
                "“Fire out, no injuries, vessels should keep well clear of the area,” the"
                " notice said.",
            ],
            "Coastal Shipping Office",
        ),
        (
            [
                "Northwind Games confirmed the sale on Monday.",
                "According to the company’s statement, the studio “will keep every one of its"
                " current staff on the payroll.”",
            ],
            "Northwind Games",
        ),
        (
            [
                "The Lakeside Foundation filed its application for charity status in March.",
                "The school will teach farming and forestry, with “hands-on lessons in the"
                " orchards and the sawmill every week,” according to the application.",
            ],
            "Lakeside Foundation",
        ),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_document_nobody_is_said_to_have_issued_has_no_speaker() -> None:
    paragraphs = [
        "Tomas Berg has farmed the valley for thirty years.",
        "According to the report, “the river will run dry within a decade if nothing changes.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Officers from the Dunmore Police Department were called to the bridge at noon.",
                "“The driver was taken to hospital with minor injuries and will be questioned,”"
                " police said.",
            ],
            "Dunmore Police Department",
        ),
        (
            [
                "The Eastland Navy sent a second frigate to the strait on Friday.",
                "“Our ships will keep guarding the cargo lanes by day and by night,” the"
                " navy said in a statement.",
            ],
            "Eastland Navy",
        ),
    ],
)
def test_a_body_named_by_its_kind_is_the_one_the_article_names(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Mira Olsen, VTR research director at the Centre for Coastal Studies, stressed"
                " the stakes: “Without healthy dunes no village on this coast survives a storm.”"
            ],
            "Mira Olsen",
        ),
        (
            [
                "“The ward is running out of beds and the staff are exhausted.” The words came"
                " from Jane Roe, who runs the night shift."
            ],
            "Jane Roe",
        ),
        (
            [
                "“The landlords will have to listen to every one of us in the end.”",
                "That’s how Jane Roe, the union’s chair, put it on Monday.",
            ],
            "Jane Roe",
        ),
    ],
)
def test_a_speaker_named_beside_but_not_before_the_verb(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "According to a statement from the Harbour Authority, the port “will stay closed to"
            " all cargo traffic until further notice.”",
            "Harbour Authority",
        ),
        (
            "The statement from Harlow Council added: “We will rebuild every house on this street"
            " before the winter comes.”",
            "Harlow Council",
        ),
        (
            "The ruling by the Court of Appeal said the law “was never meant to cover private"
            " homes at all.”",
            "Court of Appeal",
        ),
        (
            "The Court of Appeal ruled that the law “was never meant to cover private homes at"
            " all.”",
            "Court of Appeal",
        ),
    ],
)
def test_a_document_named_with_its_author(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


def test_a_subject_described_between_commas_speaks_the_quote_after_it() -> None:
    paragraphs = [
        "Anna Moss, 54, who has lived on the street since 1990, was defiant. “We will rebuild"
        " every house on this street before the winter comes.”"
    ]
    assert speakers_in_order(paragraphs) == ["Anna Moss"]


_QUOTE = "“We will rebuild every house on this street before the winter comes.”"
_NAMED = "Anna Moss chairs the tenants' union."


@pytest.mark.parametrize(
    "paragraph",
    [
        "Countless Facebook users wrote: " + _QUOTE,
        "Other residents were less sure. " + _QUOTE,
        "The placard said: " + _QUOTE,
        "One tenant, who did not want to be named, said: " + _QUOTE,
        "She made her claim under the Housing Act 1988, which states that “every tenant has"
        " the right to a safe and warm home.”",
        "She cited the lease, which says that “the landlord must repair the roof within a month.”",
    ],
)
def test_no_speaker_is_borrowed_from_a_person_named_before(paragraph: str) -> None:
    assert speakers_in_order([_NAMED, paragraph]) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Harlow Council cut its budget.",
                "“We will rebuild every house on this street before the winter comes,” a"
                " statement from the council said.",
            ],
            "Harlow Council",
        ),
        (
            [
                "Northwind Games bought the studio, which said that “every one of its staff"
                " will keep their job.”"
            ],
            "Northwind Games",
        ),
        (
            [
                "The World Health Organization (WHO) warned on Monday.",
                "“The virus is spreading faster than any of us feared,” the WHO said.",
            ],
            "World Health Organization",
        ),
    ],
)
def test_a_body_is_named_in_full(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "In a notice issued on Saturday, the Maritime Safety Office said a tanker was hit."
                " “Fire out, no injuries, vessels should transit with caution,” the notice said."
            ],
            "Maritime Safety Office",
        ),
        (
            [
                "In the words of Jane Roe, “we will rebuild every house on this street before the"
                " winter comes.”"
            ],
            "Jane Roe",
        ),
        (
            [
                "“We will rebuild every house on this street before the winter comes,” said the"
                " agency's director, Jane Roe."
            ],
            "Jane Roe",
        ),
        (
            [
                "Harlow Council said in a statement that the plan would go ahead.",
                "“The landlords will have to listen to every one of us in the end,” it added.",
            ],
            "Harlow Council",
        ),
    ],
)
def test_a_speaker_given_by_a_frame_or_an_earlier_sentence(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "A May 2025 9Slates report claimed that “three new readers are planned for"
                " the autumn.”"
            ],
            "9Slates",
        ),
        (
            [
                "A recent Gallup poll found that “most voters have never heard of the new"
                " party at all.”"
            ],
            "Gallup",
        ),
        (
            [
                "The plan surfaced in a tax filing by The Orchard Trust last spring.",
                "The farm will host “hands-on lessons in the orchards and the sawmill every"
                " week,” according to the application.",
            ],
            "The Orchard Trust",
        ),
        (
            [
                "Tomas Berg studied at Harlow Technical College.",
                "He made the candles with the local company Moorland Wax. Sharing a photo"
                " online, the company added: “Every candle sold will help the hospice on the"
                " hill.”",
            ],
            "Moorland Wax",
        ),
    ],
)
def test_an_author_named_with_the_document_or_by_the_kind_of_body(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_study_that_found_something_speaks_for_whoever_carried_it_out() -> None:
    paragraphs = [
        "Morrow Analytics released its annual study of small savers on Monday.",
        "The study found that “most savers kept far less than the funds they owned over a decade.”",
    ]
    assert speakers_in_order(paragraphs) == ["Morrow Analytics"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Country singer Jelly Bean, who opened for her, even joined in on it, writing,"
                " “We will rebuild every house on this street before the winter comes.”"
            ],
            "Jelly Bean",
        ),
        (
            [
                "Fellow actor Tom Hale had a different take. “We will rebuild every house on this"
                " street before the winter comes.”"
            ],
            "Tom Hale",
        ),
        (
            [
                "The Harlow Gazette spoke to Tom Hale about the plan.",
                "“We will rebuild every house on this street before the winter comes.”",
            ],
            "Tom Hale",
        ),
    ],
)
def test_a_subject_behind_a_description_or_interviewed_by_an_outlet(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Everyone at the table loved the soup. My mom enjoyed the dish so much that she"
        " declared, “Ida must have been Sicilian in some earlier life.”",
        "“I think a famous school on the CV is what opens the door to a first post,” one survey"
        " respondent offered.",
    ],
)
def test_an_unnamed_person_of_the_narrator_or_a_survey_keeps_no_speaker(paragraph: str) -> None:
    assert speakers_in_order(["Ida Moss wrote the cookbook that everyone bought.", paragraph]) == [
        None
    ]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "“I finally recorded with a singer I have loved for years, so a duet is on the"
                " way,” Mina Cho teased from the stage."
            ],
            "Mina Cho",
        ),
        (
            [
                "Tom Hale steadfastly maintained: “The plan was never about money and it never"
                " will be.”"
            ],
            "Tom Hale",
        ),
        (
            [
                "Lumen Beauty Group launched the pen in May.",
                "The brand claims that users can “lift their lashes to twice their length"
                " within a minute of the first stroke.”",
            ],
            "Lumen Beauty Group",
        ),
    ],
)
def test_more_speech_verbs_and_bodies(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Mina Kim studies newsrooms.",
                "“Stories that take months of digging or rely on insiders” are probably safe for"
                " now, says Kim.",
            ],
            "Mina Kim",
        ),
        (
            [
                "Sites “whose pages mostly repackage the same wire copy” are set to suffer"
                " first, as Ian Caswell recently wrote."
            ],
            "Ian Caswell",
        ),
        (
            [
                "A class action suit, filed in June by the Writers Union, accuses the firm.",
                "“These tools sit at the centre of the defendants’ trade,” the lawsuit alleges.",
            ],
            "Writers Union",
        ),
        (
            [
                "Dana Holt edited the paper for years.",
                "Says Holt, “If you could tell writers they no longer had to do that work, they"
                " would thank you.”",
            ],
            "Dana Holt",
        ),
    ],
)
def test_a_speaker_named_at_the_end_or_the_start_of_the_sentence(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_speaker_continues_past_short_list_lines() -> None:
    paragraphs = [
        "“Readers love a plain list of questions,” explains Richard Tull, founder of a small"
        " energy startup.",
        "How many homes use a heat pump …",
        "How much can a family save by …",
        "What share of people rent …",
        "How many people in the UK own …",
        "Which towns have the most …",
        "“If you answer one of those early and clearly, other writers will link to you for years.”",
    ]
    assert speakers_in_order(paragraphs) == ["Richard Tull", "Richard Tull"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The Harbour Project, wrote Ella Lund, author of a history of the docks, was"
                " “built from the first day not for profit but out of love for the town.”"
            ],
            "Ella Lund",
        ),
        (
            [
                "Tom Hale wrote an essay in 1991 defending the students.",
                "He tied the college’s rules to the law of the land, writing that he could not"
                " see “why a college such as Harlow should have less freedom than the town"
                " around it.”",
            ],
            "Tom Hale",
        ),
    ],
)
def test_an_inverted_credit_and_a_pronoun_before_a_participle(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_report_about_a_person_gives_the_quote_to_that_person() -> None:
    paragraphs = [
        "President Ana Ruiz pardoned two hundred people on Friday.",
        "The Harlow Gazette reported that the president, in a move to make the “pledge of"
        " fair courts true for every town,” also freed eleven prisoners.",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Ana Celli did not answer our questions but wrote online that she had"
                " worked “with passion and sweat to raise the flag of my country.”"
            ],
            "Ana Celli",
        ),
        (
            [
                "He skipped the last page of the 1998 study, by Tomas Varga, which said “no clear"
                " ties were seen between the doses and later health.”"
            ],
            "Tomas Varga",
        ),
        (
            [
                "Buyers sued the sellers of the coins, Kova Labs, in May. (Back then, the"
                " company told reporters the claims were “baseless and false in every single"
                " part.”)"
            ],
            "Kova Labs",
        ),
    ],
)
def test_a_shared_subject_a_study_by_someone_and_a_verb_used_as_a_noun(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


_BRIDGE = "“The bridge will carry twice the traffic of the old one by the end of the year"
_MAYOR = "Jane Roe, the mayor, opened the new bridge on Monday."


@pytest.mark.parametrize(
    "paragraphs",
    [
        [_MAYOR, _BRIDGE + ",” officials said."],
        [_MAYOR, _BRIDGE + ",” two people familiar with the matter said."],
        [_MAYOR, "Critics say: " + _BRIDGE + ".”"],
        [_MAYOR, _BRIDGE + ",” the crowd chanted."],
        ["Jane Roe opened the bridge. Her critics were unconvinced.", _BRIDGE + ".”"],
        [_MAYOR, "The message on the billboard was clear: " + _BRIDGE + ".”"],
        [_MAYOR, "A typical comment: " + _BRIDGE + ".”"],
    ],
)
def test_unnamed_groups_and_impersonal_leads_keep_no_speaker(paragraphs: list[str]) -> None:
    assert speakers_in_order(paragraphs) == [None]


def test_a_one_word_label_before_a_quote_keeps_the_person_the_piece_is_about() -> None:
    paragraphs = [
        "Jane Roe had the best season of her career, winning four races.",
        "Quotable: " + _BRIDGE + ".”",
    ]
    assert speakers_in_order(paragraphs) == ["Jane Roe"]


_GIVEAWAY = "“a giveaway to developers at the expense of every tenant”"
_PLAN = "Jane Roe, the mayor, unveiled the housing plan on Monday."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The plan has been described as " + _GIVEAWAY + " by Tom Hale.", "Tom Hale"),
        ("Roe rejected claims that the plan was " + _GIVEAWAY + ".", None),
        ("Roe rejected Tom Hale's claim that the plan was " + _GIVEAWAY + ".", "Tom Hale"),
    ],
)
def test_a_passive_agent_and_disputed_words(sentence: str, speaker: str | None) -> None:
    assert speakers_in_order([_PLAN, sentence]) == [speaker]


def test_a_resolution_speaks_for_the_body_named_in_full() -> None:
    paragraphs = [
        "The Northern Rivers Water Council met in Harlow on Friday.",
        "Two earlier attempts at a Water Council resolution had failed.",
        "The draft resolution proposed a scheme for “two dams, one upstream and one downstream,"
        " run by the towns together.”",
    ]
    assert speakers_in_order(paragraphs) == ["Northern Rivers Water Council"]


def test_a_document_opening_the_sentence_speaks_for_its_issuer() -> None:
    paragraphs = [
        "The Regional Assembly passed a resolution on the river on Tuesday.",
        "The resolution demands more water for the farms downstream and, in wording changed on"
        " the eve of the ballot, “calls for swift action to end the dumping of waste in the"
        " river.”",
    ]
    assert speakers_in_order(paragraphs) == ["Regional Assembly"]


def test_a_full_name_right_before_a_colon_speaks_the_quote_after_it() -> None:
    paragraphs = [
        "Local politics follows its own rules, and the best guide may be something from Zeb"
        " Orrin: “Nothing in this town is settled until the last ballot is counted.”"
    ]
    assert speakers_in_order(paragraphs) == ["Zeb Orrin"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Give one point to Tom Wells, whose second rule is “the cheerier of two candidates"
            " usually takes the seat.”",
            "Tom Wells",
        ),
        (
            "Friends like Ned Harrow (who had pleaded with him to stay) offered early"
            " assessments that the mayor was “doing a brilliant job week after week.”",
            "Ned Harrow",
        ),
    ],
)
def test_whose_words_and_remarks_offered(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


def test_a_description_on_a_makers_website_is_the_makers() -> None:
    paragraphs = [
        "The Lumo Creami is the gadget of the season.",
        "According to the product description on the Lumo website, “The Lumo Creami churns"
        " frozen mixes into gelato and sorbet with a single press.”",
    ]
    assert speakers_in_order(paragraphs) == ["Lumo"]


_ANSWER = (
    "My mother bought me paints when I was six. I think the art world wants us to keep saying,"
    " “Perhaps I would like to paint something else entirely, something abstract.”"
)


@pytest.mark.parametrize(
    "opening",
    [
        ["We spoke with painter Julia Moss about her new show and the work behind it."],
        [
            "Julia Moss opens a new show this week.",
            "GAZETTE: What is the show about?",
            "Julia Moss: It is about the colours of the harbour where I grew up.",
        ],
    ],
)
def test_a_quote_in_an_interview_answer_is_the_interviewees(opening: list[str]) -> None:
    paragraphs = [*opening, "What drew you to painting in the first place?", _ANSWER]
    assert speakers_in_order(paragraphs)[-1] == "Julia Moss"
