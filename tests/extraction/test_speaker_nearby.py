"""The wrong nearby person: a role ("the singer") never means someone named beside the star
only as the one who speaks for them (a publicist, a spokesman, an agent)."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Mira Solano headlined the closing night of the festival in Lisbon.",
                "Her publicist, Dana Reeve, later posted photos of Solano backstage.",
                "In a clip shared online, the singer told the crowd, “I waited ten long years"
                " to play this city again.”",
            ],
            "Mira Solano",
        ),
        (
            [
                "Tom Keller returned to the London stage this week after a long break.",
                "Ari Stone, his spokesman, confirmed that the run would last until March.",
                "“It feels like coming home after a very long trip,” the actor told fans.",
            ],
            "Tom Keller",
        ),
        (
            [
                "Lena Brandt signed copies of her memoir for hours on Friday.",
                "The author's agent, Paul Okafor, handed out tickets to the queue outside.",
                "“I never thought anyone would wait in the rain for me,” the writer said.",
            ],
            "Lena Brandt",
        ),
    ],
)
def test_a_role_is_not_the_star_s_representative_named_nearby(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_the_representative_s_own_role_still_means_them() -> None:
    paragraphs = [
        "Mira Solano cancelled the second show in Lisbon on Sunday.",
        "Her publicist, Dana Reeve, spoke to reporters outside the hotel.",
        "“She has a throat infection and needs a week of rest,” the publicist said.",
    ]
    assert speakers_in_order(paragraphs) == ["Dana Reeve"]


def test_a_representative_who_speaks_by_pronoun_keeps_the_quote() -> None:
    paragraphs = [
        "Mira Solano cancelled the second show in Lisbon on Sunday.",
        "Her publicist, Dana Reeve, spoke to reporters outside the hotel.",
        "“She has a throat infection and needs a week of rest,” Reeve said.",
    ]
    assert speakers_in_order(paragraphs) == ["Dana Reeve"]


def test_a_star_with_one_name_keeps_the_crowd_quotes_from_her_publicist() -> None:
    paragraphs = [
        "Kaiya made a surprise appearance at the fan party in Madrid on Saturday.",
        "Kaiya had screened her concert film there an hour earlier, and Kaiya stayed all night.",
        "Her publicist, Nora Quist, also shared photos of the evening on Instagram.",
        "On video, the singer is heard telling the crowd, “You waited for me, so here I am.”",
        "“I will be back next summer with the whole band,” she told fans later.",
    ]
    assert speakers_in_order(paragraphs) == ["Kaiya", "Kaiya"]


_QUOTE = "“It is definitely the best week of my whole life,” she told reporters."


@pytest.mark.parametrize(
    "sentence",
    [
        "Rina Vale thanked her coach, Ann Lee, after the final.",
        "Rina Vale spoke warmly about her coach, Ann Lee, after the final.",
        "Rina Vale, whose longtime coach Ann Lee cried in the stands, won the final.",
        "Rina Vale won the final, and in one picture she is hugging her friend Ann Lee.",
    ],
)
def test_she_is_the_subject_not_a_woman_set_beside_an_object(sentence: str) -> None:
    assert speakers_in_order([sentence, _QUOTE]) == ["Rina Vale"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Rina Vale won the final. Then came her coach, Ann Lee, who hugged everyone.", "Ann Lee"),
        ("Tom Reyes, whose sister Ann Reyes won gold, was in tears in the stands.", "Ann Reyes"),
    ],
)
def test_she_still_finds_the_only_fitting_woman(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence, _QUOTE]) == [speaker]


def test_a_quote_said_by_the_coach_named_after_a_verb_is_the_coach_s() -> None:
    paragraphs = [
        "Rina Vale won the final on Sunday.",
        "“We trained for this moment for three whole years,” said her coach, Ann Lee.",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lee"]


def test_the_publicist_who_speaks_after_the_star_keeps_her_own_quote() -> None:
    paragraphs = [
        "“I love this city more than any other,” Kaiya said on stage in Madrid on Saturday.",
        "Her publicist, Dana Reeve, later said the second show was off.",
        "“She has a throat infection and needs a week of rest,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Kaiya", "Dana Reeve"]


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "Rina Vale posed with her mother and her longtime friend Lena Ortiz at the gala.",
            _QUOTE,
            "Rina Vale",
        ),
        (
            "Ada Brook thanked her staff and her deputy Lena Ortiz at the end of the count.",
            _QUOTE,
            "Ada Brook",
        ),
        (
            "Tom Reyes arrived with his wife and his old friend Ben Cole just before noon.",
            "“It is a day I will remember for the rest of my life,” he told reporters.",
            "Tom Reyes",
        ),
        (
            "Rina Vale won the final, and her best friend Lena Ortiz cried in the stands.",
            _QUOTE,
            "Lena Ortiz",
        ),
    ],
)
def test_a_relative_named_in_an_object_list_is_not_the_subject(
    sentence: str, quote: str, speaker: str
) -> None:
    assert speakers_in_order([sentence, quote]) == [speaker]


_NIGHTMARES = "“I had nightmares for weeks after the first series ended,”"


@pytest.mark.parametrize(
    ("paragraphs", "tag"),
    [
        (
            ["Ben Norton starred in the drama.", "Playing Tom Lee Royce gave Norton nightmares."],
            "the actor said",
        ),
        (
            ["Ben Norton starred in the drama.", "Playing Tom Lee Royce gave Norton nightmares."],
            "he said",
        ),
        (["Ben Norton, who plays Carl Voss in the drama, spoke at a screening."], "he said"),
        (["Ben Norton stars as Carl Voss in the new drama."], "he said"),
        (["Ben Norton returned as Carl Voss in the second series."], "he told fans"),
        (["Ben Norton has portrayed Carl Voss since the first series."], "the actor said"),
    ],
)
def test_the_part_an_actor_plays_is_not_who_speaks(paragraphs: list[str], tag: str) -> None:
    assert speakers_in_order([*paragraphs, f"{_NIGHTMARES} {tag}."]) == ["Ben Norton"]


def test_a_co_star_named_as_a_subject_still_speaks() -> None:
    paragraphs = [
        "Ben Norton stars as Carl Voss in the new drama.",
        "Co-star Ann Lee plays his older sister in all six episodes.",
        f"{_NIGHTMARES} she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lee"]


_BACK_SOON = "“She is a fighter and she will be back on the court soon.”"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ann Lee's coach Tom Reyes spoke to reporters after the match.", "Tom Reyes"),
        ("Ann Lee's coach, Tom Reyes, was upbeat after the match.", "Tom Reyes"),
        ("Ann Lee’s longtime coach Tom Reyes was upbeat.", "Tom Reyes"),
        ("Ann Lee's father, Ben Lee, watched from the stands.", "Ben Lee"),
        ("Ann Lee's teammate Rosa Diaz waited by the bus.", "Rosa Diaz"),
    ],
)
def test_the_person_named_after_someone_s_role_is_the_subject(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence, _BACK_SOON]) == [speaker]


def test_a_possessive_with_no_role_keeps_its_owner_as_the_subject() -> None:
    paragraphs = [
        "Ann Lee's serve was broken twice by Rosa Diaz in the final set.",
        "“I lost my rhythm and never found it again after the rain delay.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lee"]


_FULL_F = "“I never expected the hall to be this full on a Monday night,” she said."
_FULL_M = "“I never expected the hall to be this full on a Monday night,” he said."


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        ("Ann Lee opened the show that Rosa Diaz had produced.", _FULL_F, "Ann Lee"),
        ("Ann Lee opened the show, as Rosa Diaz had done in 1990.", _FULL_F, "Ann Lee"),
        ("Tom Reyes opened the show after Ben Cole pulled out.", _FULL_M, "Tom Reyes"),
        ("Tom Reyes, who Ben Cole hired in May, opened the show.", _FULL_M, "Tom Reyes"),
        ("Tom Reyes stayed on stage while Ben Cole fixed the lights.", _FULL_M, "Tom Reyes"),
        ("Ann Lee stood on the spot where Rosa Diaz once sang.", _FULL_F, "Ann Lee"),
    ],
)
def test_he_or_she_means_the_main_subject_not_a_clause_s(
    sentence: str, quote: str, speaker: str
) -> None:
    assert speakers_in_order([sentence, quote]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        ("Tom Reyes left the hall just after Ann Lee arrived.", _FULL_F, "Ann Lee"),
        ("Tom Reyes was still on stage when Ben Cole and Ann Lee arrived.", _FULL_F, "Ann Lee"),
    ],
)
def test_a_clause_s_subject_still_speaks_when_the_main_one_cannot(
    sentence: str, quote: str, speaker: str
) -> None:
    assert speakers_in_order([sentence, quote]) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Tom Reyes opened the show, unlike his rival Ben Cole.", _FULL_M], "Tom Reyes"),
        (["Tom Reyes easily beat his old opponent Ben Cole on Friday.", _FULL_M], "Tom Reyes"),
        (
            ["Ann Lee opened the show. The crowd, which included Rosa Diaz, cheered.", _FULL_F],
            "Ann Lee",
        ),
        (
            ["Ann Lee thanked a crowd that includes Rosa Diaz, her first teacher.", _FULL_F],
            "Ann Lee",
        ),
    ],
)
def test_a_rival_or_a_crowd_member_named_after_a_preposition_is_no_subject(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Ann Lee opened the show. She dedicated it to Rosa Diaz.", _FULL_F], "Ann Lee"),
        (["Tom Reyes signed the posters and handed them to Ben Cole.", _FULL_M], "Tom Reyes"),
        (["When I told my plan to Rosa Diaz, a florist, she laughed.", _FULL_F], "Rosa Diaz"),
    ],
)
def test_whoever_is_given_something_is_no_subject(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


_HALL = "“I never expected the hall to be this full on a Monday night,”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Ann Lee played in Leeds on Monday. Rosa Diaz, a fan, queued for hours.",
                f"{_HALL} the singer said.",
            ],
            "Ann Lee",
        ),
        (
            [
                "Ann Lee played in Leeds on Monday.",
                "Fan Rosa Diaz queued for hours to see the singer.",
                f"{_HALL} the singer told her.",
            ],
            "Ann Lee",
        ),
        (
            [
                "Ann Lee, a fan favourite in Leeds, played there on Monday.",
                f"{_HALL} the singer said.",
            ],
            "Ann Lee",
        ),
        (
            [
                "Ann Lee played in Leeds on Monday. Rosa Diaz, a fan, queued for hours.",
                f"{_HALL} the fan said.",
            ],
            "Rosa Diaz",
        ),
        (
            [
                "Striker Tom Reyes scored twice against keeper Ben Cole on Saturday.",
                f"{_HALL} the keeper said.",
            ],
            "Ben Cole",
        ),
    ],
)
def test_a_role_means_who_was_named_with_it_not_a_fan_nearby(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("lines", "speakers"),
    [
        (
            [
                "“I love this city more than any other,” Maria said on stage in Madrid.",
                "Her publicist, Dana Reeve, later said the second show was off.",
                "“She has a throat infection and needs a week of rest,” she said.",
            ],
            ["Maria", "Dana Reeve"],
        ),
        (
            [
                "“We played the best football of the season today,” Tom Ode said after the match.",
                "His agent, Sam Price, also said the move was off.",
                "“He is staying and that is the end of the matter for now,” he said.",
            ],
            ["Tom Ode", "Sam Price"],
        ),
    ],
)
def test_someone_who_later_said_something_just_before_is_whom_she_said_means(
    lines: list[str], speakers: list[str]
) -> None:
    assert speakers_in_order(lines) == speakers
