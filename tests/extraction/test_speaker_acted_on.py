"""The wrong nearby person: when "she" or "he" is the subject of a sentence that names someone
as the object ("she hugs Ann Lee"), the next "she said" goes on meaning the same person, not
the one acted on; an object is still the speaker when no such pronoun stands before it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

# Long enough that the person first named lies well back from the quote.
_BRIDGE = [
    "Mayor Sarah Kent opened the new bridge over the river on Monday morning, more than four"
    " years after the old crossing was closed to traffic.",
    "Crowds gathered on both banks to watch the ribbon being cut, and a brass band played while"
    " the first buses crossed slowly in both directions.",
]
_YARD = [
    "Senator Paul Grant spent the whole morning at the shipyard on the river, walking the dry"
    " docks and the long sheds where the new ferries are being built for the state.",
    "Hundreds of workers lined the route as he passed, many of them holding signs that asked"
    " the state to keep the yard open for another ten years at least.",
]
_BRIDGE_QUOTE = "“This bridge will serve the city for a whole century,” she said."
_YARD_QUOTE = "“The yard must stay open for the sake of every family here,” he said."


@pytest.mark.parametrize(
    ("opening", "sentence", "quote", "speaker"),
    [
        (
            _BRIDGE,
            "Afterwards she praised Lucy Hart, who led the engineers.",
            _BRIDGE_QUOTE,
            "Sarah Kent",
        ),
        (
            _BRIDGE,
            "In one photo, she hugs Lucy Hart beside the railings.",
            _BRIDGE_QUOTE,
            "Sarah Kent",
        ),
        (
            _YARD,
            "He later met union leader Sam Ortiz behind closed doors.",
            _YARD_QUOTE,
            "Paul Grant",
        ),
        (
            _YARD,
            "At noon he thanked Sam Ortiz for the tour of the sheds.",
            _YARD_QUOTE,
            "Paul Grant",
        ),
    ],
)
def test_the_pronoun_goes_on_meaning_the_subject_not_the_one_acted_on(
    opening: list[str], sentence: str, quote: str, speaker: str
) -> None:
    assert speakers_in_order([*opening, sentence, quote]) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The union thanked Sam Ortiz for the tour of the sheds.",  # no pronoun before him
        "He interviewed Sam Ortiz, the oldest welder in the yard.",  # the one asked answers
        "She thanked Sam Ortiz for the tour of the sheds.",  # "she" is not the man who speaks
    ],
)
def test_the_object_still_speaks_when_no_pronoun_of_theirs_acts_on_him(sentence: str) -> None:
    assert speakers_in_order([*_YARD, sentence, _YARD_QUOTE]) == ["Sam Ortiz"]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "Tom Reyes, who trained under chef Sam Ortiz, opened a second bakery this week.",
            "“We never planned to grow quite this fast,” he said.",
        ),
        (
            "Tom Reyes, who played alongside Sam Ortiz for ten years, retired on Friday.",
            "“My knees simply could not take another season,” he said.",
        ),
        (
            "Tom Reyes, seated between Sam Ortiz and the mayor, listened in silence.",
            "“My knees simply could not take another season,” he said later.",
        ),
        (
            "Tom Reyes finished the race just behind Sam Ortiz on Sunday.",
            "“My knees simply could not take another season,” he said later.",
        ),
    ],
)
def test_someone_named_after_a_preposition_is_not_whom_he_means(sentence: str, quote: str) -> None:
    assert speakers_in_order([sentence, quote]) == ["Tom Reyes"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "“My knees simply could not take another season,” said Sam Ortiz, who trained under"
            " Tom Reyes."
        ],
        [
            "The club named a new captain on Monday.",
            "Among the players, Sam Ortiz spoke first. “We will miss him badly,” he said.",
        ],
    ],
)
def test_a_preposition_elsewhere_leaves_the_speaker_alone(paragraphs: list[str]) -> None:
    assert speakers_in_order(paragraphs) == ["Sam Ortiz"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ["Tom Reyes defended Sam Ortiz on Monday.", "“He did nothing wrong at all,” he said."],
            "Tom Reyes",
        ),
        (
            [
                "Tom Reyes phoned Sam Ortiz on Monday to complain.",
                "“We are not going anywhere,” he told him.",
            ],
            "Tom Reyes",
        ),
        (
            [
                "Tom Reyes congratulated Sam Ortiz on his win.",
                "“He deserved every single vote he got,” he said.",
            ],
            "Tom Reyes",
        ),
        (
            [
                "After the final, Ann Lee comforted Rina Vale at the net.",
                "“She will be back and she will win this,” she said.",
            ],
            "Ann Lee",
        ),
    ],
)
def test_a_named_subject_speaks_not_the_one_named_after_their_verb(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Tom Reyes claimed Sam Ortiz had lied to the council.",
                "“The figures never added up,” he said.",
            ],
            "Tom Reyes",
        ),
        (
            ["In March, Sam Ortiz joined the board. “It was time for a change,” he said."],
            "Sam Ortiz",
        ),
        (
            [
                "The Harbour Board appointed Sam Ortiz as chair on Monday.",
                "“It was time for a change,” he said.",
            ],
            "Sam Ortiz",
        ),
    ],
)
def test_a_speech_verb_or_a_body_before_the_name_keeps_its_reading(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Rina Vale won the title on Sunday, a year after Ann Lee beat her in the final.",
                "“I could hardly breathe in the last game,” she said.",
            ],
            "Rina Vale",
        ),
        (
            [
                "Rina Vale won the title on Sunday.",
                "It was her first win since Ann Lee retired in 2021.",
                "“I could hardly breathe in the last game,” she said.",
            ],
            "Rina Vale",
        ),
        (
            [
                "Tom Reyes kept his seat, though Sam Ortiz came within forty votes of him.",
                "“It was far too close for comfort,” he said.",
            ],
            "Tom Reyes",
        ),
        (
            [
                "Tom Reyes stayed on as mayor until Sam Ortiz took over in 2019.",
                "“I left the town in very good hands,” he said.",
            ],
            "Tom Reyes",
        ),
    ],
)
def test_someone_in_a_clause_inside_the_sentence_is_not_whom_the_pronoun_means(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "After Ann Lee retired, the club struggled for years.",
            "“I never stopped following them,” she said.",
        ],
        [
            "The vote came after Ann Lee said she would resign.",
            "“I have given this town twenty years,” she said.",
        ],
        [
            "The club has struggled since Ann Lee left in 2021.",
            "“I never stopped following them,” she said.",
        ],
    ],
)
def test_the_only_woman_named_in_such_a_clause_still_speaks(paragraphs: list[str]) -> None:
    assert speakers_in_order(paragraphs) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Ann Lee, who hosts the podcast, asked Rina Vale about the rumours.",
                "“We are not going anywhere this year,” she said.",
            ],
            "Rina Vale",
        ),
        (
            [
                "Ann Lee, a reporter for the Herald, interviewed Rina Vale at her home in May.",
                "“We are not going anywhere this year,” she said.",
            ],
            "Rina Vale",
        ),
        (
            [
                "Tom Reyes, the committee chair, pressed Sam Ortiz on the missing figures.",
                "“The money was spent on the new roof,” he said.",
            ],
            "Sam Ortiz",
        ),
    ],
)
def test_the_one_asked_answers_though_an_aside_follows_the_asker(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Ann Lee, who hosts the podcast, thanked Rina Vale for coming on the show.",
            "“It was a real pleasure to have you with us,” she said.",
        ],
        [
            "Ann Lee, who hosts the podcast, has asked for a second season.",
            "“It was a real pleasure to make the first one,” she said.",
        ],
    ],
)
def test_a_host_who_asks_no_one_named_keeps_her_words(paragraphs: list[str]) -> None:
    assert speakers_in_order(paragraphs) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("opening", "sentence", "quote", "speaker"),
    [
        (
            _BRIDGE,
            "She reportedly gave Lucy a bunch of flowers from the crowd.",
            _BRIDGE_QUOTE,
            "Sarah Kent",
        ),
        (
            _BRIDGE,
            "She also handed Lucy Hart the silver scissors.",
            _BRIDGE_QUOTE,
            "Sarah Kent",
        ),
        (
            _YARD,
            "He then showed Marco the plans for the new dry dock.",
            _YARD_QUOTE,
            "Paul Grant",
        ),
        (
            _YARD,
            "He apparently offered Sam Ortiz a seat on the board.",
            _YARD_QUOTE,
            "Paul Grant",
        ),
    ],
)
def test_an_adverb_between_the_pronoun_and_its_verb_keeps_the_object_an_object(
    opening: list[str], sentence: str, quote: str, speaker: str
) -> None:
    assert speakers_in_order([*opening, sentence, quote]) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "She also thanked Sam Ortiz for the tour of the sheds.",  # "she" is not the man
        "The union then thanked Sam Ortiz for the tour of the sheds.",  # no pronoun acts
    ],
)
def test_the_object_after_an_adverb_still_speaks_when_no_pronoun_of_theirs_acts(
    sentence: str,
) -> None:
    assert speakers_in_order([*_YARD, sentence, _YARD_QUOTE]) == ["Sam Ortiz"]
