"""A pact's title ("The Harrowmere Declaration says", "the Tarsk Accord, signed in 2019, says")
is a text, not a speaker: its words are nobody's the article names, as a treaty's or an act's
are; a body whose name merely holds such a word still speaks."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = "The talks ended without a deal, said Sione Tupou, who leads the Pacific bloc."
_QUOTE = "“recognise the urgency of reducing methane emissions this decade.”"


def test_a_pact_title_is_no_speaker() -> None:
    for lead in (
        "The Harrowmere Declaration, a non-binding statement adopted instead, says parties",
        "The Tarsk Accord, signed in 2019, says parties",
        "The Vellmar Protocol says parties",
        "The Lowmoor Agreement states that parties",
    ):
        assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"]) == [None], lead


def test_a_body_named_with_such_a_word_still_speaks() -> None:
    for name in ("Accord Energy Group", "Protocol Labs Foundation"):
        got = speakers_in_order([_BEFORE, f"The {name} said parties must {_QUOTE}"])
        assert got == [name], name
