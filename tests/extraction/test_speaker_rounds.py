"""Speakers for the second round of error classes, on invented sentences."""

from __future__ import annotations

import pytest

from bot.extraction.nicknames import strip_nicknames
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Ben “Big Ben” Okafor, a baker from Leeds, opened his shop at dawn.",
                "“We sold out of bread before nine in the morning,” Okafor said.",
            ],
            "Ben Okafor",
        ),
        (
            [
                "Maria 'La Reina' Duarte has ruled the ring for a decade.",
                "“I never lose sleep over any of my rivals,” Duarte said.",
            ],
            "Maria Duarte",
        ),
        (
            [
                'Frank "The Tank" Miller trained hard all summer.',
                "“Nobody in this gym works harder than me,” said Miller.",
            ],
            "Frank Miller",
        ),
        (
            [
                "Muhammad “the Greatest” Ali fought in Kinshasa in 1974.",
                "“I am the greatest fighter who ever lived,” Ali said.",
            ],
            "Muhammad Ali",
        ),
        (
            [
                "Maria ‘La Reina’ de la Cruz has ruled the ring for a decade.",
                "“I never lose sleep over any of my rivals,” de la Cruz said.",
            ],
            "Maria de la Cruz",
        ),
        (
            [
                "The club signed Jorge ‘El Mago’ Pereira in June.",
                "Pereira said: “I came here to win the league, nothing less.”",
            ],
            "Jorge Pereira",
        ),
    ],
)
def test_a_nickname_in_quote_marks_does_not_split_the_name(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_nickname_is_not_left_out_inside_a_quotation() -> None:
    text = "“I grew up next door to Ben ‘Big Ben’ Okafor,” she said."
    assert strip_nicknames(text) == text


def test_a_short_quotation_after_a_verb_is_not_a_nickname() -> None:
    text = "He called it “Total Chaos” Monday, Reyes said."
    assert strip_nicknames(text) == text


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Priya and Tomas Lindqvist run the farm outside Uppsala.",
                "Priya says: “We get up at four every single morning.”",
            ],
            "Priya Lindqvist",
        ),
        (
            [
                "Priya and Tomas Lindqvist run the farm outside Uppsala.",
                "“The cows do not care that it is Christmas,” Tomas said.",
            ],
            "Tomas Lindqvist",
        ),
        (
            [
                "Sam and Jo Parker opened the cafe in 2019 after selling their house.",
                "“We had no idea what we were doing back then,” Sam admitted.",
            ],
            "Sam Parker",
        ),
        (
            [
                "Tomas and Priya Lindqvist's farm lies north of Uppsala.",
                "Priya says: “We get up at four every single morning.”",
            ],
            "Priya Lindqvist",
        ),
        (
            [
                "Their neighbours, Helen & Mark Osei, lent them a tractor for the spring.",
                "“It was the least we could do for them,” said Helen.",
            ],
            "Helen Osei",
        ),
    ],
)
def test_coordinated_first_names_share_the_surname(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Among Walsh’s fans is a retired teacher from Cork.",
                "“He has always been a gentleman to everyone,” Walsh said of his coach.",
            ],
            "Walsh",
        ),
        (
            [
                "Had Ortega known the result, he would have stayed at home.",
                "“I regret nothing about the campaign we ran,” Ortega said.",
            ],
            "Ortega",
        ),
        (
            [
                "Are Daniel and Mia still together? Fans have wondered for months.",
                "“We are happier than we have ever been,” Daniel said on Sunday.",
            ],
            "Daniel",
        ),
        (
            [
                "Human Rights Watch published its report on Monday.",
                "Human Rights Watch said: “The detentions broke international law.”",
            ],
            "Human Rights Watch",
        ),
        (
            ["“We will celebrate with the whole family this year,” Mariana Costa said."],
            "Mariana Costa",
        ),
    ],
)
def test_a_common_word_opening_a_sentence_is_not_part_of_a_name(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We eat far too much food every single year,” said Diwali organisers.",
        "As Scripture says, “the meek shall inherit the whole earth in the end.”",
        "“Astronomers had never seen anything like it before,” Andromeda Galaxy researchers said.",
        "Under the Bill of Rights, “no soldier shall be quartered in any house.”",
    ],
)
def test_holidays_scriptures_and_galaxies_never_speak(sentence: str) -> None:
    assert speakers_in_order([sentence]) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The Federal Trade Commission regulates the sector.",
                "As the agency notes, such apps are “designed to keep children scrolling for"
                " hours.”",
            ],
            "Federal Trade Commission",
        ),
        (
            [
                "As explained by the Federal Trade Commission (FTC), these apps are “designed to"
                " keep children scrolling for hours.”"
            ],
            "Federal Trade Commission",
        ),
        (
            [
                "Dr. Ana Rivera runs the clinic in Tucson.",
                "As Dr. Rivera put it, “the patients are the ones who pay for this in the end.”",
            ],
            "Ana Rivera",
        ),
        (
            [
                "Prices rose again, analyst Eva Lindgren said.",
                "Fuel will stay dear “for at least another two winters,” per Lindgren.",
            ],
            "Eva Lindgren",
        ),
        (
            [
                "Fuel will stay dear “for at least two more winters and maybe more,” per a"
                " report by Jane Ortiz."
            ],
            "Jane Ortiz",
        ),
        (
            [
                "Ben Okafor has a simple rule.",
                "All you have to do, says Okafor, is “knead the dough for ten full minutes.”",
            ],
            "Ben Okafor",
        ),
        (
            [
                "The Guild of Rural Nurses issued a statement that read “We cannot staff these"
                " clinics any longer.”"
            ],
            "Guild of Rural Nurses",
        ),
        (
            [
                "Lawyers representing Marta Gomez filed the complaint on Monday.",
                "The complaint claims that managers “ignored repeated warnings about the"
                " chemicals.”",
            ],
            "Marta Gomez",
        ),
        (
            [
                "For the philosopher Anna Lind, a window represented “a promise of a world beyond"
                " the room.”"
            ],
            "Anna Lind",
        ),
        (
            [
                "Kofi Mensah later asked Ines Duarte when she had last cried, to which she"
                " replied, “Two weeks ago, maybe, at a wedding.”"
            ],
            "Ines Duarte",
        ),
        (
            [
                "The groom, Tom Reed, was nervous all morning.",
                "The groom admitted, “I forgot the rings in the car twice.”",
            ],
            "Tom Reed",
        ),
        (
            [
                "The study from fellow Ravi Shah and assistant Amy Chu indicates “sleep loss"
                " harms memory in older adults.”"
            ],
            "Ravi Shah",
        ),
    ],
)
def test_attribution_frames_beyond_speech_verbs(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The lawsuit says: “The company ignored repeated warnings about the chemicals.”",
        "The filing alleges that the firm “ignored repeated warnings about the chemicals.”",
        "“Managers ignored repeated warnings about the chemicals,” the complaint states.",
    ],
)
def test_a_lawsuit_speaks_for_the_one_it_was_filed_for(sentence: str) -> None:
    intro = "The lawsuit was filed in Ohio on behalf of Marta Gomez, a cleaner who fell ill."
    assert speakers_in_order([intro, sentence]) == ["Marta Gomez"]


def test_per_cent_is_not_an_attribution() -> None:
    paragraphs = ["Rents rose “faster than anyone in the city expected,” per cent by per cent."]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    ("headline", "paragraphs", "speakers"),
    [
        (
            "Dana Kowalski on her first title fight",
            [
                "As told to Sam Berry.",
                "I grew up in a small town outside Gdansk and started boxing at twelve.",
                "When the designers showed me the kit, I would say, “Can we change the colour to"
                " something brighter?”",
                "My coach always told me, “Keep your hands up and your chin down.”",
            ],
            ["Dana Kowalski", None],
        ),
        (
            "‘I was terrified’: Omar Haddad on his first solo sail",
            [
                "I left Falmouth in May with two months of food on board and my old radio.",
                "On the third night I radioed home and I said: “The boat is fine but I am not"
                " sleeping at all.”",
            ],
            ["Omar Haddad"],
        ),
        (
            "I cried in the car park after my first title fight, says Dana Kowalski",
            [
                "I grew up in a small town outside Gdansk and my brother boxed.",
                "I would say to my mother, “Can we change the colour to something brighter?”",
            ],
            ["Dana Kowalski"],
        ),
        (
            "Storm hits the coast",
            [
                "I was there when the mayor, Jo Lee, spoke to my neighbours and me.",
                "I said, “This is the worst storm we have had in years.”",
            ],
            [None],
        ),
    ],
)
def test_the_narrator_of_a_first_person_piece_speaks_as_i(
    headline: str, paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert speakers_in_order(paragraphs, headline) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Lena Fox has starred in four films.",
                "“I never wanted to be famous at all, honestly,” the actress told Elle in 2019.",
            ],
            "Lena Fox",
        ),
        (
            [
                "Singer Mia Torres released her album on Friday.",
                "“I wrote most of it in a single week,” she told E! News.",
            ],
            "Mia Torres",
        ),
        (
            [
                "Karl Brandt spoke for an hour.",
                "“We must cut the deficit within two years,” Brandt told the delegates.",
            ],
            "Karl Brandt",
        ),
        (
            [
                "Mayor Ana Ruiz met the press.",
                "“The budget is balanced for the first time in a decade,” she told Tom Hale of"
                " the Clarion.",
            ],
            "Ana Ruiz",
        ),
        (["“We must cut the deficit within two years,” Brandt told the delegates."], "Brandt"),
    ],
)
def test_the_one_who_told_speaks_not_the_audience(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Senator Mark Hale lost the case.",
                "“The ruling was a disgrace to the whole state,” said a spokesman for Senator"
                " Hale, Tom Ivers.",
            ],
            ["Tom Ivers"],
        ),
        (["“The ruling was a disgrace to the whole state,” Hale's spokesman said."], [None]),
        (
            [
                "President Louis Moreau was killed in March. His killer, Jean Diallo, was"
                " arrested.",
                "Diallo's lawyer, Alfredo Ruiz, said: “My client is innocent of every charge.”",
                "“He was at home with his family that night,” he added.",
            ],
            ["Alfredo Ruiz", "Alfredo Ruiz"],
        ),
        (
            [
                "“The bacteria survived far longer than we expected,” said Esther Lang, a"
                " microbiologist with the Ridgeway Institute of Technology."
            ],
            ["Esther Lang"],
        ),
        (
            [
                "“He trains every single night after school,” said Dora Kim, whose son Leo"
                " plays for the Portland Pilots."
            ],
            ["Dora Kim"],
        ),
        (
            [
                "Ana Bell chairs the board. “We will not sell the land to anyone,” Bell said.",
                "Bell had met Clara Diaz, the developer, on Monday, and Diaz made an offer.",
                "“The offer is still far too low for us,” she added.",
            ],
            ["Ana Bell", "Ana Bell"],
        ),
    ],
)
def test_the_speaker_not_a_person_nearby(paragraphs: list[str], speakers: list[str]) -> None:
    assert speakers_in_order(paragraphs) == speakers


def test_a_common_word_opening_a_sentence_never_speaks() -> None:
    paragraphs = ["Country fans filled the hall. Country said: “Love a good party in this town.”"]
    assert speakers_in_order(paragraphs) == [None]


def test_a_capitalised_common_word_used_as_a_name_mid_sentence_still_speaks() -> None:
    paragraphs = [
        "The prophet wrote that God spoke. God said: “The land is mine and you are guests.”"
    ]
    assert speakers_in_order(paragraphs) == ["God"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Mia Torres has never hidden her nerves, and her co-star Jake Ruiz has seen it.",
                "“I still throw up before every single premiere,” the actress told Elle in 2019.",
            ],
            "Mia Torres",
        ),
        (
            [
                "Ana Bell married Tom Reed, whose sister Clara Reed sang at the service.",
                "“I forgot the rings in the car twice before we even left,” the groom admitted.",
            ],
            "Tom Reed",
        ),
    ],
)
def test_a_role_that_gives_a_gender_points_to_a_person_of_it(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_woman_named_in_a_reported_clause_is_not_the_one_speaking() -> None:
    paragraphs = [
        "Ana Bell said the board would meet again in May. “We will not sell the land to"
        " anyone,” she said.",
        "She said that Clara Diaz had offered two million pounds.",
        "“The offer is still far too low for us,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Bell", "Ana Bell"]


def test_a_galaxy_is_not_a_mention_a_pronoun_can_take() -> None:
    paragraphs = [
        "Astronomer Dana Lee studies the Andromeda Galaxy.",
        "“It is far bigger than anyone once believed,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Dana Lee"]
