"""Key quotes: each rule of what a post shows, on invented articles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from adapters.console import render as console
from bot.extraction import analyze
from bot.extraction.keyquotes import MAX_CHARS, KeyQuote, key_quotes, overlap_share
from bot.models import Article, Post, Quote

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def make(paragraphs: tuple[str, ...], quotes: tuple[Quote, ...], summary: str = "") -> Article:
    return Article(
        identity="test",
        category="Local",
        headline="Riverton opens its new harbour bridge",
        paragraphs=paragraphs,
        summary=summary or "Riverton opened a bridge on Sunday. Crowds came to watch.",
        quotes=quotes,
    )


def verbatim(shown: str, article: Article) -> bool:
    """Every piece between ellipses is body text, spacing aside."""
    body = " ".join(article.body.split())
    return all(piece.strip() in body for piece in shown.split("…") if piece.strip())


def test_split_halves_are_joined_with_an_ellipsis_never_a_comma() -> None:
    para = "“We will open the bridge in spring,” Mia Holt said. “Nobody will ever pay a toll.”"
    art = make(
        (para,),
        (Quote("We will open the bridge in spring, Nobody will ever pay a toll.", "Mia Holt"),),
    )
    [shown] = key_quotes(art)
    assert shown.text == "We will open the bridge in spring … Nobody will ever pay a toll."
    assert not shown.partial and verbatim(shown.text, art)


def test_a_lower_case_start_is_marked_partial() -> None:
    para = "Holt said the crossing would take traffic “off the old ferry road for good.”"
    art = make((para,), (Quote("off the old ferry road for good.", "Mia Holt"),))
    assert key_quotes(art) == (KeyQuote("…off the old ferry road for good.", "Mia Holt", True),)


def test_a_capitalised_fragment_worked_into_a_sentence_is_partial() -> None:
    para = "The mayor called it “Riverton's proudest day in a whole century” at the opening."
    art = make((para,), (Quote("Riverton's proudest day in a whole century", "Ada Crane"),))
    [shown] = key_quotes(art)
    assert shown.partial and shown.text == "…Riverton's proudest day in a whole century"


def test_whole_sentences_after_an_attribution_are_not_partial() -> None:
    paragraphs = (
        "Holt told the crowd: “This is the day we waited twenty years for.”",
        "Crane said, “Every family here can walk to the sea now.”",
        "Then Ray Osei said “The ferry crews will all keep their jobs.”",
    )
    quotes = (
        Quote("This is the day we waited twenty years for.", "Mia Holt"),
        Quote("Every family here can walk to the sea now.", "Ada Crane"),
        Quote("The ferry crews will all keep their jobs.", "Ray Osei"),
    )
    assert [q.partial for q in key_quotes(make(paragraphs, quotes))] == [False, False, False]


def test_a_quote_the_summary_holds_gives_way_to_another() -> None:
    paragraphs = (
        "“The bridge cost less than the old ferry did in ten years,” Holt said.",
        "“I cried when the first bus crossed it this morning,” said Ada Crane.",
    )
    quotes = (
        Quote("The bridge cost less than the old ferry did in ten years,", "Mia Holt"),
        Quote("I cried when the first bus crossed it this morning,", "Ada Crane"),
    )
    summary = "Holt says the bridge cost less than the old ferry did in ten years. It opened."
    assert [q.speaker for q in key_quotes(make(paragraphs, quotes, summary))] == ["Ada Crane"]


def test_a_quote_inside_another_is_not_shown_twice() -> None:
    long = "The council listened at last. The harbour is finally open to everyone who lives here."
    paragraphs = (
        f"“{long}” said Holt.",
        "Later she added: “The harbour is finally open to everyone.”",
    )
    quotes = (
        Quote(long, "Mia Holt"),
        Quote("The harbour is finally open to everyone.", "Ray Osei"),
    )
    assert [q.speaker for q in key_quotes(make(paragraphs, quotes))] == ["Mia Holt"]


def test_at_most_three_distinct_and_named_speakers_first() -> None:
    lines = [
        ("Mia Holt", "The lights on the towers will be blue every night."),
        ("Mia Holt", "We kept the old stone pillars because people love them."),
        (None, "Somebody should have asked the fishermen about this first."),
        ("Ada Crane", "My grandchildren will cycle over it to school each day."),
        ("Ray Osei", "Our shop had its busiest morning since the summer fair."),
    ]
    paragraphs = tuple(f"“{text}” someone said." for _, text in lines)
    quotes = tuple(Quote(text, speaker) for speaker, text in lines)
    shown = key_quotes(make(paragraphs, quotes))
    assert [q.speaker for q in shown] == ["Mia Holt", "Ada Crane", "Ray Osei"]
    assert key_quotes(make(paragraphs, quotes)) == shown  # deterministic


def test_a_long_quote_is_trimmed_at_sentence_boundaries() -> None:
    sentences = [
        "The harbour bridge took six years and three mayors to finish.",
        "Some days we thought the money would simply run out before the last span went up.",
        "Dr. Lee and her engineers never gave up on the design, not even once.",
        "I want to thank the welders, the divers and the people who cooked for them.",
        "And I want to thank every neighbour who put up with the noise at night.",
    ]
    text = " ".join(sentences)
    art = make((f"“{text}” Holt said.",), (Quote(text, "Mia Holt"),))
    [shown] = key_quotes(art)
    assert len(text) > MAX_CHARS >= len(shown.text)
    assert "…" in shown.text and verbatim(shown.text, art)
    kept = [s for s in sentences if s in shown.text]
    assert len(kept) >= 2 and "Dr. Lee and her engineers" in shown.text.replace("… ", "")


def test_a_quote_not_in_the_body_is_not_shown() -> None:
    art = make(
        ("Nothing quoted here at all, just plain reporting.",),
        (Quote("Words nobody wrote down here", "X Y"),),
    )
    assert key_quotes(art) == ()


def test_posts_show_exactly_the_key_quotes() -> None:
    para = "Holt said the crossing would take traffic “off the old ferry road for good.”"
    art = make((para,), (Quote("off the old ferry road for good.", "Mia Holt"),))
    post = Post.from_article(art)
    assert post.quotes == key_quotes(art)
    assert "“…off the old ferry road for good.”" in console.post(post)


def test_overlap_share_compares_normalised_words() -> None:
    assert overlap_share("It’s OPEN, at last!", "they said it's open at last") == 1.0
    assert overlap_share("a b c d", "x y z") == 0.0


def test_seed_key_quotes_meet_every_rule() -> None:
    seed = next(SEEDS.glob("*.txt"))
    run = [sys.executable, "-m", "entrypoints.cli", "parse", str(seed), "--json"]
    data = json.loads(subprocess.run(run, capture_output=True, text=True, check=True).stdout)
    article = analyze(seed.read_text(encoding="utf-8"))
    shown = data["key_quotes"]
    assert 1 <= len(shown) <= 3 and set(shown[0]) == {"text", "speaker", "partial"}
    texts = [q["text"] for q in shown]
    for n, quote in enumerate(shown):
        assert len(quote["text"]) <= MAX_CHARS and verbatim(quote["text"], article)
        assert quote["partial"] == quote["text"].startswith("…")
        assert quote["partial"] or not quote["text"][0].islower()
        assert overlap_share(quote["text"], data["summary"]) < 0.5
        assert all(overlap_share(quote["text"], t) < 0.5 for t in texts[:n] + texts[n + 1 :])
    assert [q["text"] for q in data["quotes"]] == [q.text for q in article.quotes]


def test_the_articles_own_ellipsis_is_not_doubled() -> None:
    para = "Holt wrote: “...and then the lights came on across the whole harbour.”"
    art = make(
        (para,), (Quote("...and then the lights came on across the whole harbour.", "Mia Holt"),)
    )
    [shown] = key_quotes(art)
    assert shown.text == "…and then the lights came on across the whole harbour." and shown.partial


def test_a_full_stop_before_a_gap_is_kept_and_ellipses_not_doubled() -> None:
    paragraphs = (
        "“The first span is up. It went well.",
        "“The second span follows in May...",
        "“...and the last one in June.”",
    )
    text = (
        "The first span is up. It went well. The second span follows in May..."
        " ...and the last one in June."
    )
    [shown] = key_quotes(make(paragraphs, (Quote(text, "Mia Holt"),)))
    assert shown.text == (
        "The first span is up. It went well. … The second span follows in May … "
        "and the last one in June."
    )


def test_halves_already_joined_with_an_ellipsis_are_shown_the_same_way() -> None:
    para = "“We will open the bridge in spring,” Mia Holt said. “Nobody will ever pay a toll.”"
    text = "We will open the bridge in spring … Nobody will ever pay a toll."
    [shown] = key_quotes(make((para,), (Quote(text, "Mia Holt"),)))
    assert shown.text == text
