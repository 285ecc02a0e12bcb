"""Lead-based summaries."""

from bot.extraction.summary import lead3, summarize

PARAS = (
    "LONDON, March 3 (Newswire) - The city will close three libraries next year to save money.",
    "By Jane Roe",
    "Photo: library shelves (Getty Images)",
    "Council leaders said the decision was painful but unavoidable.",
    "Campaigners plan a protest outside the town hall on Saturday.",
    "A fourth library may also close.",
)


def test_summary_skips_dateline_byline_and_caption():
    summary = summarize("City to close libraries", PARAS)
    assert summary.startswith("The city will close three libraries")
    assert "Jane Roe" not in summary and "Getty" not in summary
    assert "LONDON" not in summary and summary.count(".") == 3


def test_summary_skips_a_copy_of_the_headline():
    paras = ("The city will close three libraries.", "It blames budget cuts for the move.")
    assert summarize("The city will close three libraries", paras) == paras[1]


def test_summary_respects_budget_and_sentence_limit():
    long = ("Word " * 200).strip() + "."
    assert len(summarize("H", (long,), max_chars=100)) <= 100
    assert summarize("H", PARAS, max_sentences=1).count(".") == 1


def test_lead3_is_first_three_sentences():
    assert lead3(("One is here. Two is here.", "Three is here. Four is here.")) == (
        "One is here. Two is here. Three is here."
    )


def test_summary_of_fragments_still_returns_text():
    assert summarize("Headline", ("Short bit",)) == "Short bit"
