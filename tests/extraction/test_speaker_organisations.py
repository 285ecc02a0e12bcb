"""Organisations as speakers, invented text: names with a possessive inside keep it as written."""

from __future__ import annotations

import pytest

from bot.extraction.orgs import org_spans
from bot.extraction.runs import clean_run
from bot.extraction.speakers import read_phrase
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ["Children’s Health Defense said in a statement it would “fight the rule in court.”"],
            "Children’s Health Defense",
        ),
        (
            [
                "In 2019 she founded Women’s Water Watch, a group that works “to keep every "
                "river clean,” its website says."
            ],
            "Women’s Water Watch",
        ),
        (
            ["The Farmers’ Union said the plan would “ruin every small grower in the valley.”"],
            "Farmers’ Union",
        ),
        (
            [
                "Actors’ Equity said in a statement that the deal “protects every performer on "
                "every stage.”"
            ],
            "Actors’ Equity",
        ),
        (
            ["St. Jude’s Research Hospital said the gift would “change how we treat cancer.”"],
            "St. Jude’s Research Hospital",
        ),
    ],
)
def test_a_possessive_inside_an_organisation_name_stays(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Chris Evans’", "Chris Evans"),
        ("Maria Holt’s", "Maria Holt"),
        ("People’s Bank", "People’s Bank"),
        ("It’s Tom Reyes", "Tom Reyes"),
    ],
)
def test_a_trailing_possessive_goes_an_inner_one_stays(run: str, name: str) -> None:
    assert clean_run(run) == name


def test_a_group_before_a_person_still_gives_the_person() -> None:
    paragraphs = [
        "“We are close to a deal,” said Actors’ Equity Maria Holt, who leads the talks.",
    ]
    assert speakers_in_order(paragraphs) == ["Maria Holt"]


def test_a_persons_possessive_is_no_group() -> None:
    paragraphs = ["Tom Peters’ lawyer said the claim was “without any merit at all.”"]
    found = speakers_in_order(paragraphs)
    assert len(found) == 1 and "Peters’" not in (found[0] or "")


@pytest.mark.parametrize(
    "lead",
    ["The Harbour Board’s report urged", "The Harbour Board's final report urged"],
)
def test_an_owner_opening_a_sentence_is_named_without_the(lead: str) -> None:
    paragraphs = [f"{lead} “an immediate halt to all new building permits in the flood zone.”"]
    assert speakers_in_order(paragraphs) == ["Harbour Board"]


_WRONG = "“The exclusion of our team from the final is a wrong that must be put right.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The first sentence of the Harbour Board’s claim is:", "Harbour Board"),
        ("The opening line of Northwind Games’ lawsuit reads:", "Northwind Games"),
        ("Northwind Games’ complaint states:", "Northwind Games"),
        ("The first sentence of Ohio State’s petition is:", "Ohio State"),
    ],
)
def test_a_body_speaks_through_its_own_legal_paper(lead: str, speaker: str) -> None:
    paragraphs = [
        "“This was not a rushed decision on our part at all,” said Richard Lane, the chair.",
        f"{lead} {_WRONG}",
    ]
    assert speakers_in_order(paragraphs)[-1] == speaker


def test_a_paper_introduced_in_the_paragraph_before_speaks_for_its_owner() -> None:
    paragraphs = [
        "“This was not a rushed decision on our part at all,” said Richard Lane, the chair.",
        "The first sentence of the Harbour Board’s claim is:",
        _WRONG,
    ]
    assert speakers_in_order(paragraphs)[-1] == "Harbour Board"


def test_someone_scorning_a_bodys_paper_still_says_the_words() -> None:
    paragraphs = [f"Tom Reyes mocked Northwind Games’ lawsuit: {_WRONG}"]
    assert speakers_in_order(paragraphs) == ["Tom Reyes"]


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [("Florida State", "name"), ("San Diego State", "name"), ("Secretary of State", "role")],
)
def test_a_university_named_by_its_place_is_no_state_role(phrase: str, kind: str) -> None:
    assert read_phrase(phrase)[0] == kind


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Tom Reyes is the mayor. The 2012 ruling in Reyes v. Northwind Games, which "
                "upheld the law that makes it a crime to sell “any game with a hidden cost to a "
                "child,” was cited."
            ],
            [None],
        ),
        (
            [
                "Tom Reyes is the mayor. The judges in Holt v. Harbour Board struck down a rule "
                "that barred “any boat longer than the quay itself” from the port."
            ],
            [None],
        ),
        (
            [
                "Maria Holt sued the board in 2019. In Holt v. Harbour Board, she argued the "
                "rule was “a plain abuse of power by a few men.”"
            ],
            ["Maria Holt"],
        ),
    ],
)
def test_a_party_in_a_case_name_is_no_speaker(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert speakers_in_order(paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            ["Macy’s said it expects “a softer holiday season than last year in most stores.”"],
            ["Macy’s"],
        ),
        (
            ["McDonald’s says the new menu will “bring back the classics our guests missed.”"],
            ["McDonald’s"],
        ),
        (
            [
                "Maria Holt runs the bakery on Main Street. Holt’s said in the past that the "
                "shop would “never sell bread baked anywhere else.”"
            ],
            ["Maria Holt"],
        ),
        (["It’s said that the port will “reopen within a matter of weeks, not months.”"], [None]),
    ],
)
def test_a_name_ending_in_a_possessive_that_speaks_keeps_it(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert speakers_in_order(paragraphs) == speakers


_SIX_HUNDRED = "more than 600 “unreliable news and information websites run by machines” this year."


@pytest.mark.parametrize(
    ("intro", "subject", "speaker"),
    [
        (
            "says Jo Hart, an editor at the watchdog group Newsguard.",
            "Newsguard has found",
            "Newsguard",
        ),
        (
            "says Jo Hart, who runs the tech company Brightline.",
            "Brightline has flagged",
            "Brightline",
        ),
        ("says Jo Hart, a lawyer in the city.", "Texas has seen", None),
        ("says Jo Hart, a lawyer in the city.", "Newsguard has found", None),
    ],
)
def test_a_one_word_body_named_as_one_before_is_the_subject_of_its_partial_quote(
    intro: str, subject: str, speaker: str | None
) -> None:
    paragraphs = [f"“It is a growing problem,” {intro}", f"{subject} {_SIX_HUNDRED}"]
    assert speakers_in_order(paragraphs) == ["Jo Hart", speaker]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tom Reyes is the mayor of Port Vale. The Harbour Times reported it", ["Harbour Times"]),
        ("She moved to Lake Town. The Valley Water Board hired her", ["Valley Water Board"]),
        ("the U.S. Attorney's Office said", ["U.S. Attorney's Office"]),
        ("Bank of England and Harbour Board", ["Bank of England", "Harbour Board"]),
    ],
)
def test_an_organisation_name_never_runs_across_a_sentence_end(text: str, names: list[str]) -> None:
    assert [name for _, _, name in org_spans(text)] == names


def test_a_paper_reporting_a_sentence_later_is_named_alone() -> None:
    paragraphs = [
        "Tom Reyes is the mayor of Port Vale. The Harbour Times reported that the port would "
        "“reopen within a matter of weeks, not months.”"
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Times"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Tom Reyes is the mayor of Port Vale. The Harbour Times reported that the mayor, "
                "in a bid to calm the town, also promised the port would “reopen within a "
                "matter of weeks, not months.”"
            ],
            "Tom Reyes",
        ),
        (
            [
                "Northwind Games, in a bid to calm its fans, also promised the game would “arrive "
                "before the end of the year.”"
            ],
            "Northwind Games",
        ),
        (
            [
                "Maria Holt, after a long night of talks, finally said the deal was “done and "
                "dusted for good.”"
            ],
            "Maria Holt",
        ),
    ],
)
def test_the_subject_before_an_aside_and_an_adverb_is_the_speaker(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Northwind Games fired its automated news-writing company, ByteWorks, which kept "
                "putting the phrase “game of the year edition” into every listing."
            ],
            None,
        ),
        (
            [
                "The Harbour Board hired a speech-writing firm whose drafts kept the line “a port "
                "for every family in the valley” in every text."
            ],
            None,
        ),
        (
            [
                "The Harbour Board ended its much-reported feud with the mayor, saying the port "
                "would “reopen within a matter of weeks, not months.”"
            ],
            "Harbour Board",
        ),
    ],
)
def test_a_speech_word_ending_a_compound_is_no_verb_of_the_subject(
    paragraphs: list[str], speaker: str | None
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


_NEGLECT = "“years of neglect at the quay and in the town.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The Harbour Board was accused by fishermen of", None),
        ("The Harbour Board has been accused of", None),
        ("The Harbour Board is widely blamed for", None),
        ("Northwind Games was criticised by Tom Reyes for", "Tom Reyes"),
        ("Tom Reyes was accused by the Harbour Board of", "Harbour Board"),
        ("Tom Reyes was blamed for the delay and said it was", "Tom Reyes"),
    ],
)
def test_a_subject_judged_by_others_did_not_say_the_words(lead: str, speaker: str | None) -> None:
    assert speakers_in_order([f"{lead} {_NEGLECT}"]) == [speaker]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "The lawsuit, filed by the Justice Department, alleges the firm had",
            "Justice Department",
        ),
        (
            "The complaint, filed on Monday by Northwind Games, claims the firm had",
            "Northwind Games",
        ),
        ("The lawsuit, which names the mayor, alleges the firm had", None),
    ],
)
def test_a_legal_paper_with_an_aside_speaks_for_whoever_filed_it(
    lead: str, speaker: str | None
) -> None:
    paragraphs = [f"{lead} “misled its customers for more than a decade.”"]
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("figures from the Harbour Board", "Harbour Board"),
        ("new data released by the Valley Health Institute", "Valley Health Institute"),
        ("estimates by Tom Reyes", "Tom Reyes"),
        ("the data", None),
    ],
)
def test_according_to_a_bodys_figures_is_that_body(source: str, speaker: str | None) -> None:
    paragraphs = [f"According to {source}, the storm caused “damage not seen in fifty years.”"]
    assert speakers_in_order(paragraphs) == [speaker]


_REOPEN = "“reopen within a matter of weeks, not months.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The Harbour Times quoted Tom Reyes as saying the port would", "Tom Reyes"),
        ("Reuters quoted an official as saying the port would", None),
        ("Tom Reyes said on Monday, according to Reuters, that the port would", "Tom Reyes"),
        ("According to Reuters, the port will", "Reuters"),
    ],
)
def test_the_outlet_that_reports_a_speaker_is_not_the_speaker(
    lead: str, speaker: str | None
) -> None:
    assert speakers_in_order([f"{lead} {_REOPEN}"]) == [speaker]


_SORRY = "“We are sorry for the trouble this has caused every one of our drivers,”"


@pytest.mark.parametrize(
    ("before", "noun", "speaker"),
    [
        ("Northwind recalled 2,000 cars on Monday.", "the company", "Northwind"),
        ("Northwind, the carmaker, recalled 2,000 cars.", "the firm", "Northwind"),
        ("Texas sued the carmaker on Monday.", "the company", None),
        ("Tom Reyes drives a car. Reyes recalled the day it failed.", "the company", None),
    ],
)
def test_the_company_is_a_one_word_name_that_opened_a_recent_sentence(
    before: str, noun: str, speaker: str | None
) -> None:
    assert speakers_in_order([f"{before} {_SORRY} {noun} said."])[-1] == speaker


_RECALL = "“cost far less than the market fears.”"


@pytest.mark.parametrize(
    ("before", "noun", "speaker"),
    [
        ("Northwind Motors recalled 2,000 cars on Monday.", "The carmaker", "Northwind Motors"),
        ("Northwind Motors recalled 2,000 cars.", "The Japanese carmaker", "Northwind Motors"),
        ("The Labour Party met on Monday.", "The party", "Labour Party"),
        ("Tom Reyes met the press on Monday.", "The tech giant", None),
    ],
)
def test_a_body_called_by_its_trade_is_the_one_named_before(
    before: str, noun: str, speaker: str | None
) -> None:
    paragraphs = [f"{before} {noun} said the recall would {_RECALL}"]
    assert speakers_in_order(paragraphs) == [speaker]
