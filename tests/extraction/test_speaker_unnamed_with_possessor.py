"""Someone unnamed who speaks about a body or person by a possessive ("A property manager …, who
spoke on condition of anonymity, said Hollowell’s new rents were in line … “…,” he said.") is
still unnamed: a name owning what follows it is no subject who speaks."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Hollowell Residential bought the complex in August. Mayor Oren Castillo-Whitby wrote on"
    " Instagram that he had asked the company to “pause these increases while we talk it over.”"
)
_QUOTE = "“Their rents are where the market is. The problem is the market,” he said."


def test_an_unnamed_source_speaking_of_a_possessive_keeps_no_speaker() -> None:
    for lead in (
        "A property manager at another complex, who spoke on condition of anonymity because his"
        " employer had not authorized him to comment, said Hollowell’s new rents were in line"
        " with newer buildings nearby.",
        "A letting agent, who asked not to be named, said Castillo-Whitby’s plan would not work.",
        "One landlord, who did not want to be named, said Hollowell's rents were fair.",
    ):
        paragraphs = [_BEFORE, f"{lead} {_QUOTE}"]
        assert speakers_in_order(paragraphs)[-1] is None, lead


def test_a_named_subject_after_an_unnamed_opening_still_speaks() -> None:
    paragraphs = [
        _BEFORE,
        "A property manager, who asked not to be named, said Tomasz Wierzbicki had called"
        f" him. {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs)[-1] is not None
