"""A quote in a sentence saying "reportedly" or "are said to" holds what an outlet reported."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Netflix is weighing a price rise for its ad-free plan, Bloomberg reports, citing"
                " people close to the talks.",
                "Executives reportedly see the current price as “far too low for what subscribers"
                " actually watch each month.”",
            ],
            "Bloomberg",
        ),
        (
            [
                "The airline is close to an order for forty new jets, The Harbour Courier"
                " reported on Friday.",
                "Talks have reportedly stalled over engines, with one sticking point described as"
                " “the warranty on the first five years of service.”",
            ],
            "The Harbour Courier",
        ),
        (
            [
                "Samsung plans to cut its chip output again, according to Reuters.",
                "Reportedly, the company fears the glut could last “well into the second half of"
                " next year at the earliest.”",
            ],
            "Reuters",
        ),
        (
            [
                "Google is testing a paid tier of its search engine, according to The Information.",
                "Staff were reportedly told the tier would be “an optional extra for the heaviest"
                " users only.”",
            ],
            "The Information",
        ),
        (
            [
                "The Valley Ledger reported that the council will sell the old depot.",
                "Buyers are reportedly wary because the site could leave them “exposed to years of"
                " clean-up bills nobody has costed.”",
            ],
            "Valley Ledger",
        ),
        (
            [
                "In March, Bloomberg’s Ann Okafor reported that new tablets are on the way.",
                "The larger one is reportedly “a model with a brighter screen and four speakers.”",
            ],
            "Ann Okafor",
        ),
        (
            [
                "A Financial Digest report said in May that the bank is looking for a buyer.",
                "Its board is reportedly keen on “a quick sale to anyone who will keep the"
                " branches open.”",
            ],
            "Financial Digest",
        ),
        (
            [
                "A March 2024 4Tech report claimed that a cheaper laptop is due this year.",
                "The maker is reportedly weighing “a smaller screen and half the storage of the"
                " current model.”",
            ],
            "4Tech",
        ),
        (
            [
                "Meta has held talks with several record labels, the Financial Times reported.",
                "The labels are said to be wary because a deal could leave them “exposed to claims"
                " from artists who never agreed.”",
            ],
            "Financial Times",
        ),
        (
            [
                "The carmaker plans to shut two plants, according to Bloomberg.",
                "The plants were also said to be “far too old to keep open through another"
                " winter.”",
            ],
            "Bloomberg",
        ),
    ],
)
def test_a_reported_quote_is_the_reporters(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # the one the sentence says spoke keeps the quote
            [
                "The carmaker plans to shut two plants, Bloomberg reported.",
                "Its chief executive, Dana Whitlow, reportedly told staff: “We cannot keep every"
                " line open through another winter.”",
            ],
            "Dana Whitlow",
        ),
        (  # hearsay of speech: the one said to have spoken
            [
                "The carmaker plans to shut two plants, Bloomberg reported.",
                "Dana Whitlow is said to have told staff: “We cannot keep every line open through"
                " another winter.”",
            ],
            "Dana Whitlow",
        ),
        (  # "said to" someone is speech
            [
                "The carmaker plans to shut two plants, Bloomberg reported.",
                "“We cannot keep every line open through another winter,” Dana Whitlow said to"
                " staff on Monday.",
            ],
            "Dana Whitlow",
        ),
        (  # no report and no source is named before it
            [
                "The carmaker plans to shut two plants next year.",
                "Managers are reportedly worried the move is “far too much, far too soon for the"
                " towns that depend on them.”",
            ],
            None,
        ),
        (  # a source in lower case is no name
            [
                "Two men were held overnight, according to police.",
                "One of them was reportedly heard shouting “you will never find the rest of"
                " it” as he was led away.",
            ],
            None,
        ),
        (  # without "reportedly" the outlet is not the speaker
            [
                "The carmaker plans to shut two plants, Bloomberg reported.",
                "The move is “a bold bet that electric vans will sell by the end of the decade,”"
                " one analyst said.",
            ],
            None,
        ),
        (  # a study's title before the noun names no author
            [
                "Morrow Analytics released its yearly Savings Shortfall study in March.",
                "The Savings Shortfall Study",
                "According to the study, “savers kept far less than the funds they owned over"
                " a decade.”",
            ],
            "Morrow Analytics",
        ),
    ],
)
def test_a_reported_quote_near_misses(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_survey_named_by_its_author_at_a_sentence_start_is_the_authors() -> None:
    paragraphs = [
        "A Harbour Institute survey found that most tenants spend a third of their pay on rent.",
        "According to the survey, “young renters now save less than they did ten years ago.”",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Institute"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "A MacTrail report claimed that new laptops are on the way.",
                "The report said the firm “may be weighing a larger model with a brighter screen.”",
            ],
            "MacTrail",
        ),
        (
            [
                "An October 2023 4Sight report claimed that new tablets are on track.",
                "The site indicates that the maker “may be weighing a larger model with a better"
                " screen.”",
            ],
            "4Sight",
        ),
        (
            [
                "A PwC survey of chief executives was published on Monday.",
                "According to the survey, “most bosses expect to hire fewer graduates next year.”",
            ],
            "PwC",
        ),
        (  # a common word opening the sentence is no author
            [
                "A Sunday report claimed that new laptops are on the way.",
                "The report said the firm “may be weighing a larger model with a brighter screen.”",
            ],
            None,
        ),
        (  # nor is a year
            [
                "A 2023 report claimed that new laptops are on the way.",
                "The report said the firm “may be weighing a larger model with a brighter screen.”",
            ],
            None,
        ),
    ],
)
def test_a_coined_name_before_a_document_is_its_author(
    paragraphs: list[str], speaker: str | None
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
