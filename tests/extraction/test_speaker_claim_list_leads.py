"""A line ending "… the mayor Ana Ruiz has repeatedly claimed:", "… Ana Ruiz stated flatly:" or
"… Ana Ruiz told supporters:" introduces a list of her claims, one short line each, as "Ana Ruiz
maintained:" does."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (  # an auxiliary before the verb, a role before the name
            [
                "Over the last year, the council leader Fatima Zahra Idrissi has claimed:",
                "Bus lanes “have doubled the number of accidents in the old town.”",
                "The tram extension is “a vanity project nobody in this city asked for.”",
            ],
            ["Fatima Zahra Idrissi", "Fatima Zahra Idrissi"],
        ),
        (  # a body after a plain description of it
            [
                "Since 2019 the lobby group Clean Harbour Alliance has argued:",
                "Dredging the bay “will destroy the last oyster beds on this coast.”",
                "The port authority “has never published a single independent study.”",
            ],
            ["Clean Harbour Alliance", "Clean Harbour Alliance"],
        ),
        (  # an adverb after the verb; a quote after the list keeps its own speaker
            [
                "On his radio show last spring, Henrik Lindqvist stated flatly:",
                "Fluoride in tap water lowers children's grades.",
                "Schools are “hiding the test results from every parent in the county.”",
                "“There is no evidence at all for any of this,” said Ingrid Holm, a chemist.",
            ],
            ["Henrik Lindqvist", "Ingrid Holm"],
        ),
        (  # the plain form still reads
            [
                "In speeches during 2021, Dmitri Volkov repeatedly asserted:",
                "No wind turbine has “ever paid back the energy used to build it.”",
            ],
            ["Dmitri Volkov"],
        ),
        (  # adverbs joined by "and" before the verb
            [
                "In a dozen interviews, Marta Nilsen has repeatedly and falsely claimed:",
                "The mine “will poison every well in the valley within a decade.”",
            ],
            ["Marta Nilsen"],
        ),
        (  # "long" before the verb, a pronoun for the one named before
            [
                "Marta Nilsen leads the campaign against the mine.",
                "On her podcast, she has long argued:",
                "The mine “will poison every well in the valley within a decade.”",
            ],
            ["Marta Nilsen"],
        ),
        (  # "told" with whom it was told
            [
                "Marta Nilsen leads the campaign against the mine.",
                "At the rally, Nilsen also told supporters:",
                "The mine “will poison every well in the valley within a decade.”",
            ],
            ["Marta Nilsen"],
        ),
        (  # nobody named before the colon: the claims are nobody's
            [
                "Several residents of the valley, asked about the plan, argued:",
                "The new road “will cut the village off from its own fields for good.”",
            ],
            [None],
        ),
    ],
)
def test_a_list_of_claims_is_its_introducers(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert speakers_in_order(paragraphs) == speakers
