"""Someone unnamed placed by a long phrase after the quote ("“…?” a man near the back of the
Millbrook Grange hall shouted.") keeps no speaker, not the one named in the quote or before it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Delphine Achterberg had been speaking for less than five minutes when the first heckler"
    " found his voice."
)


def test_someone_unnamed_placed_by_a_long_phrase_keeps_no_speaker() -> None:
    for tail in (
        "a man near the back of the Millbrook Grange hall shouted.",
        "a woman in the front row of the Harwell Town Hall gallery called out.",
        "one trader at the Kessel Street market in Old Harwell yelled.",
    ):
        paragraphs = [_BEFORE, f"“What about the mill jobs, Delphine? What about them?” {tail}"]
        assert speakers_in_order(paragraphs) == [None], tail


def test_a_named_speaker_after_a_place_still_speaks() -> None:
    paragraphs = [
        _BEFORE,
        "“What about the mill jobs, Delphine? What about them?” shouted Gary Holt, a millwright"
        " near the back of the Millbrook Grange hall.",
    ]
    assert speakers_in_order(paragraphs) == ["Gary Holt"]
