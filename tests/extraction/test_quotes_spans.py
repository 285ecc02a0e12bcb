"""Quote-mark scanning: nested double quotes, typed-wrong marks and doubled apostrophes."""

from bot.extraction.spans import find_spans


def _texts(*paragraphs: str) -> list[str]:
    return [span.text for span in find_spans(paragraphs)]


def test_double_quoted_title_inside_a_quote_keeps_the_quote_open():
    texts = _texts(
        "“For me “Harbour Lights” was the natural first choice, and the band agreed.",
        "“We played it every night of the tour.”",
    )
    assert texts == [
        "For me “Harbour Lights” was the natural first choice, and the band agreed."
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


def test_paragraph_in_single_marks_is_one_quote_with_its_apostrophes():
    texts = _texts(
        "‘We couldn’t sell a single loaf that winter’",
        "The bakery on Mill Lane closed in March.",
        "‘Nobody’s coming back to the old market.’",
    )
    assert texts == [
        "We couldn’t sell a single loaf that winter",
        "Nobody’s coming back to the old market.",
    ]


def test_single_marks_inside_running_text_are_not_read_as_quotes():
    assert _texts("‘Tidy’ was how the inspector put it, and the ‘plan’ held.") == []
    assert _texts("The sign read ‘closed’ all week.") == []


def test_guillemets_mark_a_quote():
    texts = _texts("Le maire a déclaré «nous reconstruirons le pont avant l’hiver» hier soir.")
    assert texts == ["nous reconstruirons le pont avant l’hiver"]


def test_title_left_open_after_a_plain_word_does_not_swallow_the_next_quote():
    texts = _texts(
        "She wrote an essay titled “Why the River Floods, arguing that the dams were too old.",
        "“We warned the council for years,” she said.",
    )
    assert texts[-1] == "We warned the council for years,"


def test_quote_left_open_after_an_introduction_runs_into_the_next_paragraph():
    texts = _texts(
        "The coach said: “We trained harder than anyone this season.",
        "“And the results came in the spring.”",
    )
    assert texts == [
        "We trained harder than anyone this season. And the results came in the spring."
    ]
    texts = _texts(
        "The coach said “we trained harder than anyone this season.",
        "“And the results came in the spring.”",
    )
    assert len(texts) == 1


def test_straight_quotes_inside_a_straight_quote_keep_it_open():
    texts = _texts(
        '"I keep hunting for the "right" word, but ... no?" Tom says. "Probably not."',
        '"Liking true crime comes with caveats - "I hate the crime, I like the puzzle", etc. -'
        ' but not this time."',
    )
    assert texts == [
        'I keep hunting for the "right" word, but ... no?',
        "Probably not.",
        'Liking true crime comes with caveats - "I hate the crime, I like the puzzle", etc. -'
        " but not this time.",
    ]


def test_a_straight_quote_left_open_before_an_attributed_one_still_ends_there():
    texts = _texts('"It was a long day. "We won," says Tom Hale. "We really did."')
    assert texts == ["It was a long day.", "We won,", "We really did."]
