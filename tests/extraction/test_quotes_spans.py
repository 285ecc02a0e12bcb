"""Quote-mark scanning: nested double quotes, typed-wrong marks and doubled apostrophes."""

from bot.extraction.spans import find_spans


def _texts(*paragraphs: str) -> list[str]:
    return [span.text for span in find_spans(paragraphs)]


def test_double_quoted_title_inside_a_quote_keeps_the_quote_open():
    texts = _texts(
        "“For me “Harbour Lights” was the obvious place to start, and the band agreed.",
        "“We played it every night of the tour.”",
    )
    assert texts == [
        "For me “Harbour Lights” was the obvious place to start, and the band agreed."
        " We played it every night of the tour."
    ]


def test_quoted_speech_inside_a_quote_ending_the_paragraph_is_one_quote():
    texts = _texts(
        "“Plenty of staff use it anyway, saying, “I do not care what the rules say.”",
        "“The rest of us worry about the data.”",
    )
    assert texts == [
        "Plenty of staff use it anyway, saying, “I do not care what the rules say.",
        "The rest of us worry about the data.",
    ]


def test_opener_followed_by_attribution_means_the_first_quote_was_left_open():
    texts = _texts("“The tide is late this year. “It will turn soon,” says Dr Ana Ruiz. “Wait.”")
    assert texts == ["The tide is late this year.", "It will turn soon,", "Wait."]


def test_opening_mark_typed_where_a_closer_belongs():
    assert _texts("“It is not only the cold, “ says Nils Berg. “It is the wind.”") == [
        "It is not only the cold,",
        "It is the wind.",
    ]
    assert _texts("A study called “What Is in the Box?“, published today.") == [
        "What Is in the Box?"
    ]


def test_two_apostrophes_close_a_straight_quote():
    texts = _texts("\"They will remember 'you are the winner,'' he said. \"That is what stays.\"")
    assert texts == ["They will remember 'you are the winner,", "That is what stays."]


def test_stray_straight_mark_does_not_swallow_a_curly_quote():
    texts = _texts('"The minister said the plan was “a step in the right direction” on Monday.')
    assert "a step in the right direction" in texts
