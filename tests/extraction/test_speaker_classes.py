"""Speakers for the error classes seen on unseen articles, on invented sentences."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.extraction.speaking import speakers_in_order


def test_a_name_given_in_full_only_in_the_headline() -> None:
    headline = "Bakery will stay open, says Maria Lopez as she admits the rent has doubled"
    paragraphs = [
        "The owner of the corner bakery has vowed to keep trading.",
        "Maria, 45, admitted: “We have no idea how we will pay for the next winter.”",
        "“We will keep baking every morning until the end,” she said.",
    ]
    assert speakers_in_order(paragraphs, headline) == ["Maria Lopez", "Maria Lopez"]


def test_a_title_case_headline_lends_only_the_name() -> None:
    headline = "Mauro Lenz Hits Back At Critics Over Harbour Plan"
    paragraphs = ["Lenz spoke on Friday. “We will build it whatever they say,” Mauro said."]
    assert speakers_in_order(paragraphs, headline) == ["Mauro Lenz"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“The results surprised the laboratory,” said Dr. Zoltán Kéri-Páll from the institute.",
            "Zoltán Kéri-Páll",
        ),
        ("“We need far more support for young carers,” Siobhán O'Neill said.", "Siobhán O'Neill"),
        ("“The harvest was the best in years,” said Nguyễn Văn An, a farmer.", "Nguyễn Văn An"),
        ("“The new museum will open in the spring,” said Ana de la Cruz.", "Ana de la Cruz"),
        ("Ana de la Cruz said: “The new museum will open in the spring.”", "Ana de la Cruz"),
        ("“Our city will not give in to this,” Łucja Świątek said.", "Łucja Świątek"),
        ("“The vote was a clear signal to all of us,” Theresa May said.", "Theresa May"),
    ],
)
def test_names_beyond_ascii_and_simple_shapes(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“The agency will review every permit issued,” Administrator Jane Roe said.", "Jane Roe"),
        ("“The driver was travelling well over the limit,” said Trooper Sam Diaz.", "Sam Diaz"),
        ("“We never imagined a wedding like this one,” Newlyweds Ana Bell said.", "Ana Bell"),
        ("“I trained for months before we began filming,” said Chris Evans'.", "Chris Evans"),
        ("“We will fix every road in the county,” Santa Fe Mayor Alan Webb said.", "Alan Webb"),
    ],
)
def test_titles_and_leftovers_are_cut_from_names(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            ["“The water has never been this low in August,” said Lena Park of Santa Fe."],
            ["Lena Park"],
        ),
        (
            [
                "Crowds filled Liberty Square. “We will stay here until they listen to us,” Liberty"
                " Square organiser Jo Kim said."
            ],
            ["Jo Kim"],
        ),
    ],
)
def test_places_are_never_the_speaker(paragraphs: list[str], speakers: list[str]) -> None:
    assert speakers_in_order(paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Northwind Games announced the sequel on Tuesday.",
                "“We are thrilled to return to this world with our fans,” the studio wrote.",
            ],
            ["Northwind Games"],
        ),
        (
            [
                "Northwind Games announced the sequel on Tuesday.",
                "“We are thrilled to return to this world with our fans,” Northwind said.",
            ],
            ["Northwind Games"],
        ),
        (
            ["“The grants will reach every county,” the National Institute of Arts said."],
            ["National Institute of Arts"],
        ),
        (
            ["“The defendant will be sentenced in spring,” the U.S. Attorney's Office said."],
            ["U.S. Attorney's Office"],
        ),
        (
            ["“Voters care about safety above all,” said Ruth Bernal of Contoso Research."],
            ["Ruth Bernal"],
        ),
        (
            [
                "Elena Musk runs the Musk Foundation.",
                "“The schools were not doing enough,” Musk said.",
            ],
            ["Elena Musk"],
        ),
    ],
)
def test_organisations_short_forms_and_fragments(
    paragraphs: list[str], speakers: list[str]
) -> None:
    assert speakers_in_order(paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Northwind Games announced the sequel on Tuesday.",
                "“We are thrilled to return to this world with our fans,” the company said.",
            ],
            ["Northwind Games"],
        ),
        (
            [
                "Contoso Police Department closed the road.",
                "“The road will stay closed until further notice,” police said.",
            ],
            ["Contoso Police Department"],
        ),
    ],
)
def test_organisations_by_their_full_name(paragraphs: list[str], speakers: list[str]) -> None:
    assert speakers_in_order(paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "“This budget fails every family,” Labour MPs and shadow chancellor Rachel Reeves"
                " said."
            ],
            ["Rachel Reeves"],
        ),
        (
            ["Sarah Olney of the Liberal Democrats said: “This budget fails every family here.”"],
            ["Sarah Olney"],
        ),
    ],
)
def test_a_group_does_not_take_the_named_persons_words(
    paragraphs: list[str], speakers: list[str]
) -> None:
    assert speakers_in_order(paragraphs) == speakers


def test_a_spokesperson_is_not_the_politician() -> None:
    paragraphs = [
        "Prime Minister Ola Berg has faced questions over the deal.",
        "“The prime minister has always acted within the rules,” a spokesperson for Berg said.",
    ]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“The factory will close by the end of the year,” according to Lisa Wong, a union"
            " official.",
            "Lisa Wong",
        ),
        (
            "“We are deeply saddened by the loss,” Omar Reyes, the group's director, said in a"
            " statement.",
            "Omar Reyes",
        ),
    ],
)
def test_speakers_in_less_usual_attributions(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Mayor Ada Quinn has led the city for six years. “We will rebuild every bridge,”"
                " she said.",
                "Quinn thanked Governor Paul Hart for the funds. “This money changes everything"
                " for us,” he said.",
            ],
            ["Ada Quinn", "Paul Hart"],
        ),
        (
            [
                "Senator Mark Tully spoke after meeting Governor Paul Hart. “We will not let"
                " this bill die in committee,” he said.",
                "Tully then met Frank Ovid. “Nobody in this chamber will vote for it now,” he"
                " said.",
            ],
            ["Mark Tully", "Mark Tully"],
        ),
        (
            [
                "“We knew the storm was coming for days,” said Ruth Ames, a fisher.",
                "Her neighbour Karl Dunn lost his boat.",
                "“There was nothing left of it by morning at all.”",
            ],
            ["Ruth Ames", "Karl Dunn"],
        ),
    ],
)
def test_the_right_nearby_person(paragraphs: list[str], speakers: list[str]) -> None:
    assert speakers_in_order(paragraphs) == speakers


def test_the_speaker_named_in_the_following_sentence() -> None:
    paragraphs = [
        "“We will appeal this ruling as soon as we possibly can.”",
        "That was the reaction of Dana Holt, the club's lawyer, on Friday.",
    ]
    assert speakers_in_order(paragraphs) == ["Dana Holt"]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            ["In Santa Fe, the mood was grim. “We have never seen the like,” one man said."],
            [None],
        ),
        (["“We have never seen anything like this before,” residents of Santa Fe said."], [None]),
        (
            ["Lena Park lives in Santa Fe. “We have never seen anything like this,” she said."],
            ["Lena Park"],
        ),
        (
            ["At Tahrir Square, “We will stay here until they listen to us,” protesters chanted."],
            [None],
        ),
        (
            ["Tripoli was quiet on Sunday.", "“We heard explosions all through the night again.”"],
            [None],
        ),
        (
            ["“We heard the explosions all night,” a Tripoli resident, Omar Haddad, said."],
            ["Omar Haddad"],
        ),
        (["On Monday, “We will be back for the vote on the bill,” the group said."], [None]),
        (["“We were the better side for the whole match,” Tuesday's statement read."], [None]),
        (["Ukraine said it would fight on. “We will never give up our land,” Kyiv said."], [None]),
    ],
)
def test_places_days_and_unnamed_groups_never_speak(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert speakers_in_order(paragraphs) == speakers


def test_someone_of_a_named_person_is_not_that_person() -> None:
    paragraphs = ["“It was the hardest role I have ever played,” Chris Evans' co-star said."]
    assert speakers_in_order(paragraphs) == [None]


def test_word_lists_load_only_when_extraction_needs_them() -> None:
    code = (
        "import sys, bot.extraction.lexicons as lexicons;"
        "assert lexicons._first_names.cache_info().currsize == 0;"
        "assert lexicons.listed_gender('ada') == 'f' and lexicons.is_place('Santa Fe');"
        "assert not lexicons.is_place('Maria Lopez')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            ["“We will not stand by while this happens,” said Labour MP Diane Abbott."],
            ["Diane Abbott"],
        ),
        (
            ["The Liberal Democrats' leader, Ed Davey, said: “This budget fails every family.”"],
            ["Ed Davey"],
        ),
        (
            ["Diane Abbott, joined by other Labour MPs, said: “This budget fails every family.”"],
            ["Diane Abbott"],
        ),
        (
            [
                "Labour MPs cheered as Diane Abbott rose. “This budget fails every"
                " family,” she said."
            ],
            ["Diane Abbott"],
        ),
        (["“This budget fails every single family,” Labour MPs said in a letter."], [None]),
    ],
)
def test_groups_beside_a_person(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert speakers_in_order(paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "“The minister acted within the rules,” said a spokesman for Prime"
                " Minister Ola Berg."
            ],
            [None],
        ),
        (
            [
                "Prime Minister Ola Berg spoke on Monday.",
                "“The minister acted within the rules at all times,” Berg’s spokesperson said.",
            ],
            [None],
        ),
        (
            [
                "A Downing Street spokesperson said: “The minister acted within the rules"
                " at all times.”"
            ],
            [None],
        ),
        (
            [
                "Maria Lopez met the mayor, John Hale, on Friday. “We will find a way to"
                " help,” he said."
            ],
            ["John Hale"],
        ),
        (
            [
                "Dr Ana Costa treats the children.",
                "Her colleague Dr Raul Pinto disagrees. “The ward is simply too small for"
                " them all.”",
            ],
            ["Raul Pinto"],
        ),
        (
            [
                "“The factory will close by the end of the year.” So says Lisa Wong, a"
                " union official."
            ],
            ["Lisa Wong"],
        ),
    ],
)
def test_spokespeople_objects_and_following_credits(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert speakers_in_order(paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            ["Tom Reyes runs the shelter. “We ran out of blankets at ten,” Reyes said Tuesday."],
            ["Tom Reyes"],
        ),
        (
            [
                "Tom Reyes runs the shelter.",
                "Tuesday, “We ran out of blankets by midnight,” he said.",
            ],
            ["Tom Reyes"],
        ),
        (
            [
                "Sam Ortiz coaches the Bulldogs.",
                "“We were outplayed for the whole game tonight,” the Bulldogs coach said.",
            ],
            ["Sam Ortiz"],
        ),
        (
            [
                "The Bulldogs lost again.",
                "“We were outplayed for the whole game tonight,” Bulldogs coach Sam Ortiz said.",
            ],
            ["Sam Ortiz"],
        ),
    ],
)
def test_days_and_teams_beside_the_verb(paragraphs: list[str], speakers: list[str]) -> None:
    assert speakers_in_order(paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "League commissioner Jim Fields and board chair Ann Rowe said the club broke its"
                " word.",
                "“Every member signed this agreement willingly and knowingly,” their statement"
                " said.",
            ],
            ["Jim Fields"],
        ),
        (
            [
                "Senator Mark Tully issued a statement on Friday.",
                "“I will not run again for this seat,” his statement said.",
            ],
            ["Mark Tully"],
        ),
    ],
)
def test_a_persons_own_statement(paragraphs: list[str], speakers: list[str]) -> None:
    assert speakers_in_order(paragraphs) == speakers


@pytest.mark.parametrize(
    ("middle", "speakers"),
    [
        ("Another resident, Karl Dunn, disagreed.", ["Ruth Ames", "Karl Dunn"]),
        ("But Karl Dunn, who lives next door, sees it differently.", ["Ruth Ames", "Karl Dunn"]),
        ("She pointed at the harbour.", ["Ruth Ames", "Ruth Ames"]),
    ],
)
def test_a_new_speaker_takes_over_a_bare_quote(middle: str, speakers: list[str]) -> None:
    paragraphs = [
        "“We knew the storm was coming for days,” said Ruth Ames, a fisher.",
        middle,
        "“Nobody told us anything until it was far too late.”",
    ]
    assert speakers_in_order(paragraphs) == speakers


def test_the_subject_of_the_sentence_before_a_bare_quote_takes_over() -> None:
    paragraphs = [
        "“We knew the storm was coming for days,” said Ruth Ames, a fisher.",
        "Karl Dunn lost his boat. “Nobody told us anything until it was far too late.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ruth Ames", "Karl Dunn"]


def test_a_following_sentence_names_the_speaker_only_when_it_points_back() -> None:
    paragraphs = [
        "Ruth Ames met the press.",
        "“We will appeal this ruling as soon as we possibly can.”",
        "That was when Jane Doe arrived at the court.",
    ]
    assert speakers_in_order(paragraphs) == ["Ruth Ames"]


def test_an_unnamed_official_stays_unnamed_after_a_named_speaker() -> None:
    paragraphs = [
        "“The president will sign the bill the moment it arrives,” press secretary Karine"
        " Jean-Pierre said.",
        "A senior administration official, speaking on condition of anonymity, said talks would"
        " continue. “Nobody is giving up on this,” the official said.",
    ]
    assert speakers_in_order(paragraphs) == ["Karine Jean-Pierre", None]


def test_the_force_is_the_police_named_before() -> None:
    paragraphs = [
        "West Yorkshire Police said officers were called shortly after 3pm.",
        "“Enquiries are ongoing and we expect to release more details tomorrow,” the force said.",
    ]
    assert speakers_in_order(paragraphs) == ["West Yorkshire Police"]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Health Secretary Victoria Atkins said the figures showed the plan was working.",
                "A spokesperson for the Patients Association said many were still waiting."
                " “Behind every number is a person whose life is on hold,” she said.",
            ],
            [None],
        ),
        (
            [
                "The Royal College of Nursing warned that staff were exhausted. “Nurses cannot"
                " keep carrying this system on goodwill,” the college said in a statement.",
            ],
            ["Royal College of Nursing"],
        ),
        (
            [
                "Lana Okoye met fans in Berlin, where Jonas Weber had travelled from Hamburg.",
                "“I will make this up to every one of you,” Okoye promised.",
            ],
            ["Lana Okoye"],
        ),
    ],
)
def test_spokespeople_colleges_and_promises(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert speakers_in_order(paragraphs) == speakers


def test_a_middle_name_used_alone_is_the_full_name() -> None:
    paragraphs = [
        "President Luiz Inácio Lula da Silva flew over the flooded areas on Sunday.",
        "“The federal government will not spare any effort,” Lula said.",
    ]
    assert speakers_in_order(paragraphs) == ["Luiz Inácio Lula da Silva"]
