"""Words the writer quotes as a term, a name given by no one, or a saying have no speaker, even
right after someone named spoke: "“…” was painted across the bridge.", "The plan has been dubbed
“…”", "Locals have nicknamed it “…”", "As the saying goes, “…”", and a quoted question the writer
calls "the question"; a sentence that names whose the words are keeps them theirs."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENINGS = [
    "Halvard Moen, the mayor of Strand, defended the budget on Monday. “We have listened to "
    "everyone and we are ready to move ahead,” he said.",
    "“The numbers simply do not add up for this town,” said Odile Farrant, who leads the "
    "opposition on the council.",
    "Keisha Obuya, head of the Dockers Union, was unmoved. “Our members will not accept a "
    "single job lost,” she told reporters.",
]


@pytest.mark.parametrize("opening", _OPENINGS)
@pytest.mark.parametrize(
    "sentence",
    [
        "“Not in our name, not ever again” was painted across the old rail bridge.",
        "“Leave no family behind this winter” has become the rallying cry of the strike.",
        "“Fresh from the valley every single morning” appears on every box the bakery sells.",
        "“It is simply too expensive for us now” was the most common answer in the survey.",
        "“Follow the money, always follow the money” is an old rule of reporting.",
        "“Keep calm and carry on working” was scrawled on the wall of the depot.",
        "“Better late than never, as always” was the verdict of most fans.",
    ],
)
def test_a_quote_as_the_subject_of_being_has_no_speaker(opening: str, sentence: str) -> None:
    assert speakers_in_order([opening, sentence])[-1] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The scheme has been dubbed “the lantern project for the old quarter”.",
        "The levy was branded “a tax on the poorest families in town”.",
        "The bill has been labelled “the landlords’ charter for the next decade”.",
        "The square is known locally as “the corner where nothing ever changes”.",
        "The tower is often called “the ugliest building in the whole country”.",
        "Locals have nicknamed the site “the hole that ate the high street”.",
        "Critics have long dubbed the route “the slowest railway on the continent”.",
    ],
)
def test_a_name_given_by_no_one_has_no_speaker(sentence: str) -> None:
    paragraphs = [_OPENINGS[0] + " " + sentence]
    assert speakers_in_order(paragraphs) == ["Halvard Moen", None]


@pytest.mark.parametrize(
    "sentence",
    [
        "As the saying goes, “the customer is always right about everything.”",
        "As the old adage has it, “a rising tide lifts all of the boats.”",
        "As the proverb says, “many hands make the heavy work light.”",
        "But, as one old expression puts it, “the river always takes its share.”",
    ],
)
def test_a_saying_the_writer_brings_in_has_no_speaker(sentence: str) -> None:
    assert speakers_in_order([_OPENINGS[1], sentence]) == ["Odile Farrant", None]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Who is going to pay for all of it?” That is the question hanging over the budget.",
        "“What happens to the dockers when the port closes?” That question remains unanswered.",
        "“Can the town survive another winter like this?” It is a question many are asking.",
        "“Where did the money go?” The question is still hanging over the council.",
    ],
)
def test_a_question_the_writer_calls_the_question_has_no_speaker(sentence: str) -> None:
    assert speakers_in_order([_OPENINGS[2], sentence]) == ["Keisha Obuya", None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“The town cannot afford another winter like this” was the verdict of Odile Farrant.",
         "Odile Farrant"),
        ("“A bridge to nowhere and back again” is how Odile Farrant put it.", "Odile Farrant"),
        ("Odile Farrant has called it “a bridge to nowhere and back again”.", "Odile Farrant"),
        ("As Odile Farrant likes to say, “the trains always run late in winter.”",
         "Odile Farrant"),
        ("The levy has been called “a gift to the rail company” by Ines Aldana, a councillor.",
         "Ines Aldana"),
        ("Farrant was described as “the most stubborn councillor in the region”.",
         "Odile Farrant"),
    ],
)
def test_a_sentence_naming_whose_words_they_are_keeps_them(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_OPENINGS[0], _OPENINGS[1], sentence])[-1] == speaker


def test_a_bare_quote_after_a_speaker_stays_theirs() -> None:
    paragraphs = [_OPENINGS[2], "“We have been patient for far too long now.” That is her view."]
    assert speakers_in_order(paragraphs) == ["Keisha Obuya", "Keisha Obuya"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Economists use the term “more air and less crisp in every bag” for it.",
        "Supporters call the route the so-called “green corridor for the whole region”.",
        "The levy, dubbed “the lantern tax on the old quarter”, will raise millions.",
        "Many now refer to the summer as “the season the tourists never came back”.",
        "Residents have long nicknamed the tower “the needle that nobody ever asked for”.",
        "The bill would end what campaigners describe as “evictions without any reason given”.",
    ],
)
def test_a_term_in_the_writers_sentence_after_a_quote_has_no_speaker(sentence: str) -> None:
    paragraphs = [_OPENINGS[2] + " " + sentence]
    assert speakers_in_order(paragraphs) == ["Keisha Obuya", None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Another docker, a welder called Ruben Castell, said: “We will hold the line all winter.”",
        "Odile Farrant used the phrase “a bridge to nowhere and back again” twice.",
        "She dismissed what she called “a campaign of fear run from the town hall”.",
    ],
)
def test_a_term_someone_named_uses_is_not_the_writers(sentence: str) -> None:
    assert speakers_in_order([_OPENINGS[2] + " " + sentence])[-1] is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "In the words of the old song, “the times they are always changing round here.”",
        "It is, in the words of the old proverb, “a storm in a very small teacup.”",
        "To borrow a phrase, it was “the best of times and the worst of them.”",
        "The most common answer in the survey was “it is simply too expensive now”.",
        "The answer, for now, is a cautious “maybe, but not this year at least.”",
        "Asked whether they trusted the council, 40 percent answered “not at all, not any more”.",
        "A clear majority of those polled said “the harbour should stay public”.",
        "Few would argue that “the town deserves far better than this”.",
        "Imagine a voter asking “what has the council ever done for me?”",
    ],
)
@pytest.mark.parametrize("joined", [True, False])
def test_a_saying_view_or_answer_of_no_one_has_no_speaker(sentence: str, joined: bool) -> None:
    paragraphs = [_OPENINGS[0] + " " + sentence] if joined else [_OPENINGS[0], sentence]
    assert speakers_in_order(paragraphs) == ["Halvard Moen", None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("In the words of Odile Farrant, it is “a bridge to nowhere and back again.”",
         "Odile Farrant"),
        ("Odile Farrant argued that “the town deserves far better than this”.", "Odile Farrant"),
        ("Odile Farrant’s answer was a blunt “not this year and not the next.”",
         "Odile Farrant"),
    ],
)
def test_a_saying_or_answer_someone_named_gives_is_theirs(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_OPENINGS[0], sentence])[-1] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister left to chants of “out, out, out, out, out”.",
        "There were cries of “shame on you, shame on you” from the gallery.",
        "Each letter ended with the words “we will not forget what you did”.",
        "The march went ahead under the banner “the harbour belongs to all of us”.",
        "The advert closes with the line “because every family deserves a warm home”.",
        "The headline on the front page was “the day the harbour went quiet”.",
    ],
)
@pytest.mark.parametrize("joined", [True, False])
def test_a_line_or_cry_of_no_one_has_no_speaker(sentence: str, joined: bool) -> None:
    paragraphs = [_OPENINGS[1] + " " + sentence] if joined else [_OPENINGS[1], sentence]
    assert speakers_in_order(paragraphs) == ["Odile Farrant", None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Farrant ended her speech with the words “we will not forget what you did”.",
        "She closed with the line “because every family deserves a warm home”.",
    ],
)
def test_a_line_someone_named_closes_with_is_theirs(sentence: str) -> None:
    assert speakers_in_order([_OPENINGS[1], sentence]) == ["Odile Farrant", "Odile Farrant"]
