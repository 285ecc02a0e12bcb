"""Which sentences the summary picks: central ones, in order, without repeats or furniture."""

from bot.extraction.summary import lead3, summarize

STORY = (
    "Harbourton council approved a new flood barrier for the riverside district on Tuesday.",
    "The weather was mild for the time of year, and the meeting started ten minutes late.",
    "The flood barrier will protect four hundred riverside homes from winter storms.",
    "Engineers say construction of the barrier starts in March and lasts two years.",
    "Residents of the riverside district have asked for a flood barrier since 2019.",
)


def test_central_sentences_beat_a_digression_and_keep_their_order():
    summary = summarize("Council backs barrier", STORY)
    assert "weather was mild" not in summary
    assert summary.startswith("Harbourton council approved")
    assert summary.count(".") == 3
    positions = [summary.index(s) for s in (STORY[0], STORY[2]) if s in summary]
    assert positions == sorted(positions)


def test_wire_dateline_repeated_lead_question_and_broken_quote_are_skipped():
    paragraphs = (
        "BRIGHTWATER, Ore. (AP) — A stray dog stuck on top of a grain silo forced the town to act.",
        "BRIGHTWATER, Ore. (AP) — A stray dog stuck on top of a grain silo forced the town to act.",
        "Who would have guessed that a dog could save a mill?",
        "“We had to move fast, and the crew did it in one day. Then we said: never again,”"
        " said Mayor Ola Brant.",
        "The council has now set aside money to tear the old silos down next spring.",
    )
    summary = summarize("Dog on silo", paragraphs)
    assert summary.startswith("A stray dog stuck on top") and summary.count("stray dog") == 1
    assert "AP" not in summary and "guessed" not in summary and "never again" not in summary
    assert summary.endswith("next spring.")


def test_standfirst_without_full_stop_and_affiliate_notice():
    paragraphs = (
        "A new bakery chain plans forty shops across the north within two years",
        "We may earn a commission if you buy something through links on our site.",
        "The chain opened its first shop in Portbridge on Monday and sold out by noon.",
    )
    summary = summarize("Bakery chain expands", paragraphs)
    assert summary.startswith(
        "A new bakery chain plans forty shops across the north within two years."
    )
    assert "commission" not in summary and summary.endswith("sold out by noon.")


def test_lead3_keeps_the_plain_first_three_sentences():
    paragraphs = ("First one is here.", "BRIGHTWATER, Ore. (AP) — Second one is here.", "Third.")
    assert lead3(paragraphs) == "First one is here. BRIGHTWATER, Ore. (AP) — Second one is here."
