"""Speech set in single marks (‘I was gutted,’ he said), as British tabloids print it."""

from bot.extraction.quotes import extract_quotes
from bot.extraction.single_marks import with_double_marks


def _quotes(*paragraphs: str) -> dict[str, str | None]:
    return {quote.text: quote.speaker for quote in extract_quotes(paragraphs)}


def test_curly_single_marks_with_apostrophes_inside_are_quotes():
    found = _quotes(
        "Rovers boss Tom Lindsay was furious at the final whistle.",
        "He fumed: ‘That was the worst we’ve played all season and I can’t defend it.’",
        "‘We didn’t win a tackle,’ said midfielder Joel Baptiste. ‘That’s on all of us.’",
    )
    assert found == {
        "That was the worst we’ve played all season and I can’t defend it.": "Tom Lindsay",
        "We didn’t win a tackle, That’s on all of us.": "Joel Baptiste",
    }


def test_straight_single_marks_are_quotes_too():
    found = _quotes(
        "Singer Rhona Tait shared the news with fans on Sunday.",
        "'I can't wait to get back on stage with the band,' she wrote.",
        "She added: 'It's been far too long since we played at home.'",
    )
    assert set(found.values()) == {"Rhona Tait"}
    assert len(found) == 2


def test_a_plural_apostrophe_inside_a_quote_does_not_end_it():
    (para,) = with_double_marks(
        (
            "Coach Ada Ferris said: ‘The players’ attitude was poor today,’ and left.",
            "‘We go again next week,’ she added.",
        )
    )[:1]
    assert para == "Coach Ada Ferris said: “The players’ attitude was poor today,” and left."


def test_a_plural_apostrophe_closes_a_quote_when_another_quote_opens_after_it():
    (para,) = with_double_marks(
        (
            "She called it ‘a night for all the fans’ and added: ‘We owe them this one.’",
            "‘It is only the start,’ she said.",
        )
    )[:1]
    assert para == "She called it “a night for all the fans” and added: “We owe them this one.”"


def test_a_quote_left_open_runs_on_into_the_next_paragraph():
    found = _quotes(
        "Manager Ruth Okoye said: ‘We were second best for an hour. The lads know that.",
        "‘But the reaction after the break was what I want from this squad.’",
        "‘Now we go again,’ she added.",
    )
    assert (
        "We were second best for an hour. The lads know that. But the reaction after the break"
        " was what I want from this squad." in found
    )


def test_articles_with_double_marks_keep_single_marks_as_they_are():
    paragraphs = (
        "“He told me ‘you are done here’ and walked away,” said Lena Voss.",
        "She said: ‘We will appeal the decision in the spring.’",
    )
    assert with_double_marks(paragraphs) is paragraphs


def test_scare_quotes_and_titles_alone_do_not_make_an_article_of_single_marks():
    paragraphs = (
        "The show, known to fans as ‘the big one’, returns in May.",
        "It is the channel’s ‘flagship’ drama, and the cast’s favourite.",
    )
    assert with_double_marks(paragraphs) is paragraphs
    assert extract_quotes(paragraphs) == []


def test_double_marks_inside_single_marked_speech_stay_inside_the_quote():
    found = _quotes(
        "Grocer Neil Avery, 58, spoke outside the court on Friday.",
        "He said: 'The lad looked at me and said \"I only wanted the bread\" before he ran off.'",
        "'I have forgiven him, and I hope he gets the help he needs,' he added.",
    )
    assert found == {
        'The lad looked at me and said "I only wanted the bread" before he ran off.': "Neil Avery",
        "I have forgiven him, and I hope he gets the help he needs": "Neil Avery",
    }


def test_curly_double_marks_inside_curly_single_speech_are_kept_verbatim():
    found = _quotes(
        "Nurse Priya Mehta remembered the night of the flood.",
        "‘A man at the door kept shouting “get to the roof” until everyone had gone up,’ she said.",
        "She added: ‘We lost the ground floor but nobody was hurt.’",
    )
    assert set(found.values()) == {"Priya Mehta"}
    assert "A man at the door kept shouting “get to the roof” until everyone had gone up" in found
    assert "get to the roof" not in found


def test_single_marked_speech_with_a_nested_quote_runs_over_paragraphs():
    found = _quotes(
        "Carol Dunn, 71, paid tribute to her late husband.",
        'She said: \'Every morning he brought me tea and told me "you look lovely today".',
        "'He never missed a single day in forty years of marriage.'",
    )
    (text,) = found
    assert text.startswith("Every morning he brought me tea")
    assert text.endswith("in forty years of marriage.")
    assert found[text] == "Carol Dunn"


def test_a_double_marked_title_outside_the_speech_keeps_the_article_as_it_is():
    paragraphs = (
        'Author Mia Grant spoke about her novel "The Long Tide" at the festival.',
        "She said: 'I wrote most of it on the train to work each morning.'",
        "She added: 'It took me nearly seven years to finish the draft.'",
    )
    assert with_double_marks(paragraphs) is paragraphs


def test_double_marked_speech_with_single_marks_after_colons_is_left_alone():
    paragraphs = (
        "“We told them: 'stop the work now' and they did not listen,” said Omar Reyes.",
        "His note read: 'No entry past this point after dark.'",
        "“It was clear,” he said.",
    )
    assert with_double_marks(paragraphs) is paragraphs
