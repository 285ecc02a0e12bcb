"""Multi-paragraph news: the quote goes to the person speaking, not to someone merely nearby,
and a speaker named around the quote in an unusual order is still found."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CASES: list[tuple[list[str], list[str | None]]] = [
    # the object of the previous sentence is not the speaker
    (
        [
            "Mara Quist praised the coach, Tom Ode.",
            "“We were lucky today and we know it,” she said.",
        ],
        ["Mara Quist"],
    ),
    (
        [
            "Lena Vasko thanked the mayor, Piet Rumble, for his help.",
            "“Without the grant we would have closed,” she said.",
        ],
        ["Lena Vasko"],
    ),
    (
        ["Tom Ode was asked about the result.", "“We were lucky today and we know it,” he said."],
        ["Tom Ode"],
    ),
    (
        [
            "Henrik Solle criticised the minister, Ada Fenn, over the delay.",
            "“The delay has cost families dearly,” he said.",
        ],
        ["Henrik Solle"],
    ),
    # gender picks between candidates
    (
        [
            "Mr Dorin Kale met Ms Ilse Varga at the depot.",
            "“The depot will stay open for another year,” she said.",
        ],
        ["Ilse Varga"],
    ),
    (
        [
            "Ms Ilse Varga met Mr Dorin Kale at the depot.",
            "“The depot will stay open for another year,” he said.",
        ],
        ["Dorin Kale"],
    ),
    (
        [
            "Dorin Kale and his wife, Ilse Kale, run the farm.",
            "“We never planned to stay this long here,” she said.",
        ],
        ["Ilse Kale"],
    ),
    (
        [
            "The chairwoman, Ilse Varga, spoke after Dorin Kale.",
            "“Nobody on the board saw this coming at all,” she said.",
        ],
        ["Ilse Varga"],
    ),
    # spokesperson for a politician
    (
        [
            "A spokeswoman for Governor Jo Bellamy said the governor “has no plans to resign over "
            "the matter”."
        ],
        [None],
    ),
    (
        [
            "Ana Ruiz, a spokeswoman for Governor Jo Bellamy, said the governor “has no plans to "
            "resign over the matter”."
        ],
        ["Ana Ruiz"],
    ),
    (
        [
            "A spokesman for Senator Orrin Vale said the senator “will not comment on private "
            "matters at all”."
        ],
        [None],
    ),
    # a new speaker introduced across a paragraph
    (
        [
            "“Prices have never been this high in my lifetime,” said Wen Adair.",
            "Across town, baker Sam Odell sees it differently.",
            "“Business has never been better for us in years,” he said.",
        ],
        ["Wen Adair", "Sam Odell"],
    ),
    (
        [
            "“Prices have never been this high in my lifetime,” said Wen Adair.",
            "Not everyone agrees. Farmer Rhea Linde takes another view.",
            "“We have had a very good season all round,” she said.",
        ],
        ["Wen Adair", "Rhea Linde"],
    ),
    # near-miss: previous speaker continues
    (
        [
            "“Prices have never been this high in my lifetime,” said Wen Adair.",
            "The shop opened in 1990.",
            "“We will keep going as long as we can manage,” she said.",
        ],
        ["Wen Adair", "Wen Adair"],
    ),
    # according to X with the quote in the same sentence
    (["According to Pell Harrow, the plan is “doomed from the very start”."], ["Pell Harrow"]),
    (
        ["The budget is “simply not enough to cover the basics”, according to Nadia Ferro."],
        ["Nadia Ferro"],
    ),
    (
        ["According to the club’s treasurer, Ivo Marsh, the roof “could fall in at any time now”."],
        ["Ivo Marsh"],
    ),
    # said in a statement after an appositive
    (
        [
            "Lorna Beck, the group’s director, said in a statement: “We are deeply disappointed "
            "by the ruling.”"
        ],
        ["Lorna Beck"],
    ),
    (
        [
            "“We are deeply disappointed by the ruling,” Lorna Beck, the group’s director, said "
            "in a statement."
        ],
        ["Lorna Beck"],
    ),
    # speaker in the following sentence
    (
        [
            "“We will appeal this verdict with everything we have.” Those were the words of Jo "
            "Bellamy after the verdict."
        ],
        ["Jo Bellamy"],
    ),
    (
        ["“We will appeal this verdict with everything we have.” That was how Kit Marlow put it."],
        ["Kit Marlow"],
    ),
    (
        ["“We will appeal this verdict with everything we have.” The words are Ana Ruiz’s."],
        ["Ana Ruiz"],
    ),
    (
        [
            "“The river has risen higher than anyone here remembers.”",
            "So says Hal Brook, who has farmed here for forty years.",
        ],
        ["Hal Brook"],
    ),
    (
        [
            "“The river has risen higher than anyone here remembers.”",
            "So says Greta Moss, the parish clerk.",
        ],
        ["Greta Moss"],
    ),
    # said X after a long appositive
    (
        [
            "“The river has risen higher than anyone here remembers,” said Hal Brook, a farmer "
            "who has worked the land beside the weir for forty years."
        ],
        ["Hal Brook"],
    ),
    (
        [
            "“We cannot wait for another report,” said Lia Crane, the chief executive of a "
            "housing charity in the north of the county."
        ],
        ["Lia Crane"],
    ),
    # colon after a name earlier in the sentence
    (
        [
            "Jo Bellamy, who has run the shop for 30 years, is blunt: “Nobody comes into town any "
            "more.”"
        ],
        ["Jo Bellamy"],
    ),
    (
        [
            "Rafe Hollis, a teacher for two decades, puts it simply: “The children are tired and "
            "hungry.”"
        ],
        ["Rafe Hollis"],
    ),
    (
        ["For Mina Park, the answer is clear: “We need more buses, not fewer of them.”"],
        ["Mina Park"],
    ),
    # a new person brought in by a stance sentence takes over; a mere object does not
    (
        [
            "“We will appeal against this ruling,” said Orla Finch.",
            "Her lawyer, Ben Tarrow, agreed.",
            "“The judge got this badly wrong in law,” he said.",
        ],
        ["Orla Finch", "Ben Tarrow"],
    ),
    (
        [
            "“We will appeal against this ruling,” said Orla Finch.",
            "Her lawyer, Ben Tarrow, agreed.",
            "“I am not giving up on my son now,” she said.",
        ],
        ["Orla Finch", "Orla Finch"],
    ),
    (
        [
            "“Prices are far too high for families,” said Wen Adair.",
            "Tom Marlow, who runs the bakery next door, is less gloomy.",
            "“People still need bread every morning,” he said.",
        ],
        ["Wen Adair", "Tom Marlow"],
    ),
    (
        [
            "“Prices are far too high for families,” said Wen Adair.",
            "Tom Marlow, who runs the bakery next door, is less gloomy.",
            "“People still need bread every morning.”",
        ],
        ["Wen Adair", "Tom Marlow"],
    ),
    (
        [
            "“Prices are far too high for families,” Wen Adair said.",
            "Her neighbour, Tom Marlow, disagrees.",
            "“People still need bread every morning.”",
        ],
        ["Wen Adair", "Tom Marlow"],
    ),
    (
        [
            "“Prices are far too high for families,” Wen Adair said.",
            "Her neighbour, Tom Marlow, disagrees.",
            "“I don't accept that at all, not for one minute,” she said.",
        ],
        ["Wen Adair", "Wen Adair"],
    ),
    (
        [
            "“Prices are far too high for families,” Wen Adair said.",
            "She blamed the landlord, Tom Marlow.",
            "“He has raised the rent three times this year.”",
        ],
        ["Wen Adair", "Wen Adair"],
    ),
    (
        [
            "“Prices are far too high for families,” Wen Adair said.",
            "Tom Marlow shook his head.",
            "“I have heard enough of this nonsense tonight.”",
        ],
        ["Wen Adair", "Tom Marlow"],
    ),
    (
        [
            "Wen Adair and Tom Marlow both spoke at the meeting.",
            "“I have lived here all my life,” she said.",
        ],
        ["Wen Adair"],
    ),
    (
        [
            "Wen Adair and Tom Marlow both spoke at the meeting.",
            "“I have lived here all my life,” he said.",
        ],
        ["Tom Marlow"],
    ),
    (
        [
            "The chairman, Tom Marlow, introduced the new head, Wen Adair.",
            "“I am thrilled to be joining the school,” she said.",
        ],
        ["Wen Adair"],
    ),
    (
        [
            "The chairman, Tom Marlow, introduced the new head, Wen Adair.",
            "“We are thrilled she is joining the school,” he said.",
        ],
        ["Tom Marlow"],
    ),
    (
        [
            "Dorin Kale's claims were rejected by the chairwoman, Ilse Varga.",
            "“They are simply untrue and he knows it,” she said.",
        ],
        ["Ilse Varga"],
    ),
    # more spokespeople and framings
    (["“The mayor has no plans to step down,” said a spokesman for Dorin Kale."], [None]),
    (["Dorin Kale’s spokeswoman said: “The mayor has no plans to step down.”"], [None]),
    (
        [
            "“The mayor has no plans to step down,” Ana Ruiz, a spokeswoman for Mayor Dorin Kale, "
            "told reporters."
        ],
        ["Ana Ruiz"],
    ),
    (
        [
            "“We will fight this all the way,” Nadia Ferro, who leads the campaign against the "
            "new road, said in a statement on Tuesday."
        ],
        ["Nadia Ferro"],
    ),
    (
        [
            "“We will fight this all the way to the end.”",
            "That is the view of Nadia Ferro, who leads the campaign.",
        ],
        ["Nadia Ferro"],
    ),
    (["Nadia Ferro has a simple message: “We will fight this all the way.”"], ["Nadia Ferro"]),
    (
        ["The reply from council leader Lia Crane was swift: “We will not be bullied by anyone.”"],
        ["Lia Crane"],
    ),
    (["“We will not be bullied by anyone,” came the reply from Lia Crane."], ["Lia Crane"]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), _CASES)
def test_the_speaker_of_each_quote(paragraphs: list[str], expected: list[str | None]) -> None:
    assert speakers_in_order(paragraphs) == expected
