"""A speaker the article names by first name only, as they asked, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We waited four hours for a bus that never came,”"
_WHOLE = "“We waited four hours for a bus that never came.”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        ([_QUOTE + " Lupe, who asked that her surname not be published, told reporters."], "Lupe"),
        ([_QUOTE + " Tavita, who asked that her surname not be published, told us."], "Tavita"),
        (["Tavita, 34, who gave only her first name, said: " + _WHOLE], "Tavita"),
        (["Tavita, a nurse who asked that her surname be withheld, said " + _WHOLE], "Tavita"),
        (
            ["Oyelaran, who declined to give his last name, has lived here for years.", _WHOLE],
            "Oyelaran",
        ),
        ([_QUOTE + " said a woman who gave her name only as Tavita."], "Tavita"),
        ([_QUOTE + " said a driver who identified himself only as Oyelaran."], "Oyelaran"),
    ],
)
def test_the_name_the_article_gives_is_the_speaker(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Tavita, 34, said: " + _WHOLE], None),  # one word, nothing says it is a name
        ([_QUOTE + " said a woman who asked that her name not be published."], None),
        ([_QUOTE + " Tom Ode, who chairs the board, told reporters."], "Tom Ode"),
        ([_QUOTE + " said a woman who gave her name only as Ana Ruiz."], "Ana Ruiz"),
    ],
)
def test_a_name_the_article_does_not_give_as_whole_is_left(
    paragraphs: list[str], speaker: str | None
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
