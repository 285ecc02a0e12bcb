"""Quote extraction and speaker attribution on invented fixture articles and the seed."""

from pathlib import Path

import pytest

from bot.extraction import analyze, build_article, content_identity
from bot.extraction.quotes import extract_quotes
from bot.models import Draft

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO / "tests" / "fixtures" / "articles"
SEED = REPO / "seeds" / "000_9d507b454c127a27.txt"


def _article(name):
    return analyze((ARTICLES / name).read_text(encoding="utf-8"))


def _speakers(article):
    return {quote.text: quote.speaker for quote in article.quotes}


def test_seed_end_to_end():
    article = analyze(SEED.read_text(encoding="utf-8"))
    texts = [q.text for q in article.quotes]
    assert {q.speaker for q in article.quotes} == {"Dmitri Alperovitch"}
    joined = [t for t in texts if t.startswith("For the most part")]
    assert len(joined) == 1 and joined[0].endswith("the one that’s most strategic.")
    assert "So the Russians are focused on eastern Ukraine" in joined[0]
    later = [t for t in texts if t.startswith("I think the Russians")]
    assert len(later) == 1 and "Can they use it in those negotiations?" in later[0]
    assert "ignoring" not in texts and "most strategic" not in texts
    assert article.summary and article.summary != article.headline
    assert article.headline not in article.summary
    assert len(article.related) == 3
    everything = [*article.paragraphs, article.summary, *texts]
    for marker in ("LATEST DEVELOPMENTS", "Leave a Reply", "Required fields", "Ex-British"):
        assert not any(marker in piece for piece in everything)


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("a turning point for every family", "Priya Lindqvist"),  # X said ... “partial”
        ("We listened to residents", "Priya Lindqvist"),  # surname-only later mention
        ("Nobody on this council", "Tomas Ferreira"),  # “...,” said X, the ... of Y
        ("This budget borrows", "Ruth Okafor"),  # X told Y: “...”
        ("We will keep asking", "Ruth Okafor"),  # She added:
        ("If the boats stop", "Harold Jenkins"),  # X, who ..., said:
        ("the subsidy will be reviewed", "Tomas Ferreira"),  # According to X,
        ("The numbers simply", "Ruth Okafor"),  # “...,” X said.
        ("Ferry links remain", None),  # "the ministry", never named: no name to show
        ("Work on the new pier", "Priya Lindqvist"),  # colon ending the paragraph before
        ("Please keep your ticket", None),  # nobody said it
    ],
)
def test_attribution_forms(start, speaker):
    found = [q for q in _article("council_budget.txt").quotes if q.text.startswith(start)]
    assert len(found) == 1
    assert found[0].speaker == speaker


def test_quote_split_around_attribution_is_one_quote():
    texts = [q.text for q in _article("council_budget.txt").quotes]
    assert (
        "The numbers simply do not add up for the next decade, Someone will have to pay for"
        " this later." in texts
    )


def test_continuation_after_attribution_in_same_paragraph():
    paragraphs = (
        "“The harbour wall is finished and the boats are back.” Mayor Ines Dunmore said."
        " “Next year we will repaint the lighthouse as well.”",
    )
    assert [q.speaker for q in extract_quotes(paragraphs)] == ["Ines Dunmore", "Ines Dunmore"]


def test_scare_quotes_and_single_quotes_are_not_key_quotes():
    texts = [q.text for q in _article("council_budget.txt").quotes]
    assert "mostly fair" not in texts
    assert not any("bold" in t for t in texts)


def test_multi_paragraph_quote_interrupted_by_boilerplate_and_described_speaker():
    article = _article("glacier_microbes.txt")
    assert [q.speaker for q in article.quotes] == ["Anders Holmqvist", "Anders Holmqvist"]
    joined = next(q.text for q in article.quotes if q.text.startswith("We expected"))
    assert joined.endswith("life under ice on other worlds.")
    assert "Every sample we pulled up" in joined and "LATEST" not in joined
    assert not any("Leave a Reply" in p for p in article.paragraphs)


def test_straight_quotes_and_split_quote_around_attribution():
    speakers = _speakers(_article("family_bakery.txt"))
    assert speakers == {
        "We started with one oven and a borrowed van, and now our bread will be on shelves"
        " in forty towns.": "Marguerite Obi",
        "It is a lot of flour, We are hiring twelve new bakers before the summer rush.": (
            "Daniel Obi"
        ),
        # the supermarket chain is never named: no speaker rather than "the chain"
        "Customers keep telling us they want bread from bakeries they know": None,
    }


def test_article_without_quotes():
    article = _article("river_relay.txt")
    assert article.quotes == ()
    assert article.summary.startswith("The Nordvik river relay will return in June")


def test_pronoun_resolves_to_last_named_person():
    paragraphs = (
        "Chef Lorna Abernethy opened her third restaurant on Friday.",
        "“Every plate we serve here comes from farms within ten miles,” she said.",
    )
    [quote] = extract_quotes(paragraphs)
    assert quote.speaker == "Lorna Abernethy"


def test_quote_then_attribution_in_next_sentence():
    paragraphs = (
        "“We will rebuild the stand before the new season starts.” Kofi Mensah said so on Monday.",
    )
    [quote] = extract_quotes(paragraphs)
    assert quote.speaker == "Kofi Mensah"


def test_ranking_prefers_substantial_attributed_quotes():
    paragraphs = (
        "“Five words are said here,” a fan shouted.",
        "“Our new stadium will open in August and every seat is already sold out,”"
        " said club chairman Ivo Brandt.",
    )
    quotes = extract_quotes(paragraphs, headline="New stadium sold out")
    assert quotes[0].speaker == "Ivo Brandt"


def test_build_article_identity():
    draft = Draft(category="World", headline="Head", paragraphs=("Body one. Body two.",))
    assert build_article(draft).identity == content_identity("Head", ("Body one. Body two.",))
    assert build_article(draft).identity.startswith("sha256:")
    with_url = Draft(category="World", headline="Head", paragraphs=("B.",), url="https://x.test/a")
    assert build_article(with_url).identity == "https://x.test/a"
    with_id = Draft(category="World", headline="Head", paragraphs=("B.",), identity="feed:1")
    assert build_article(with_id).identity == "feed:1"
    assert content_identity("Head", ("Body “one”.",)) == content_identity("head", ('Body  "one".',))


def test_quote_the_article_repeats_is_a_quote_each_time():
    paragraphs = (
        "“The ferry will run every hour from May,” harbour master Ilse Brandvold said.",
        "Timetables go up next week.",
        "“The ferry will run every hour from May,” harbour master Ilse Brandvold said.",
    )
    quotes = extract_quotes(paragraphs)
    assert [q.text for q in quotes] == ["The ferry will run every hour from May"] * 2
    assert {q.speaker for q in quotes} == {"Ilse Brandvold"}


def test_quote_pulled_out_above_a_section_is_said_by_the_person_it_introduces():
    paragraphs = (
        "Rents in the valley rose by a fifth last year, the council said.",
        "‘We were given a week to find somewhere else’",
        "Marta Kowalczyk, a nurse from Dunmore, moved out of her flat in June.",
        "She now shares a house with two colleagues.",
    )
    [quote] = extract_quotes(paragraphs)
    assert quote.text == "We were given a week to find somewhere else"
    assert quote.speaker == "Marta Kowalczyk"
