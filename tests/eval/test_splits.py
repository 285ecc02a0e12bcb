"""The eval harness: blind and tuning splits, and split quotes scored either way."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from tests.eval import __main__ as cli
from tests.eval.halves import match_with_halves, text_order
from tests.eval.labels import (
    BLIND_PATH,
    CORPUS_DIR,
    LabelQuote,
    load_labels,
    load_split,
    validate,
)
from tests.eval.report import format_report, to_json
from tests.eval.scoring import Prediction, overall, score_article
from tests.eval.sealed import OPENED, SEALED, blind_half

SOURCE = (
    "“The tide was higher than anyone here remembers,” Ines Vale said. “We moved the boats "
    "inland before dawn.” Later Tom Reed added: “Nobody was hurt in the harbour last night.”"
)
HALF_A = "The tide was higher than anyone here remembers,"
HALF_B = "We moved the boats inland before dawn."
OTHER = "Nobody was hurt in the harbour last night."


def test_blind_file_exists_and_loads_even_when_empty() -> None:
    doc = json.loads(BLIND_PATH.read_text(encoding="utf-8"))
    assert doc["version"] == 1 and isinstance(doc["articles"], list)
    blind = load_split("blind")
    assert all(a.split == "blind" for a in blind)
    both = load_split("all")
    assert [a.split for a in both] == sorted((a.split for a in both), key="blind tuning".index)
    assert len(both) == len(blind) + len(load_split("tuning"))


def test_both_label_files_are_valid() -> None:
    assert validate(load_split("all"), skip_missing=not CORPUS_DIR.is_dir()) == []


def test_an_article_in_both_splits_is_invalid() -> None:
    own = next(a for a in load_labels() if a.kind == "own")
    twice = [own, dataclasses.replace(own, split="blind")]
    assert any("duplicate id" in p for p in validate(twice))


def test_a_joined_prediction_matches_labelled_halves() -> None:
    gold = [(HALF_A, "Ines Vale"), (HALF_B, "Ines Vale"), (OTHER, "Tom Reed")]
    pred = [(f"{HALF_A} {HALF_B}", "Ines Vale"), (OTHER, "Tom Reed")]
    matches = match_with_halves(pred, gold, SOURCE)
    assert [(m.pred, m.gold) for m in matches] == [((0,), (0, 1)), ((1,), (2,))]


def test_predicted_halves_match_a_joined_label() -> None:
    gold = [(f"{HALF_A} {HALF_B}", "Ines Vale"), (OTHER, "Tom Reed")]
    pred = [(OTHER, "Tom Reed"), (HALF_B, "Ines Vale"), (HALF_A, "Ines Vale")]
    assert text_order([t for t, _ in pred], SOURCE) == [2, 1, 0]
    matches = match_with_halves(pred, gold, SOURCE)
    assert [(m.pred, m.gold) for m in matches] == [((2, 1), (0,)), ((0,), (1,))]


def test_halves_of_different_speakers_are_not_joined() -> None:
    gold = [(HALF_A, "Ines Vale"), (HALF_B, "Tom Reed")]
    pred = [(f"{HALF_A} {HALF_B}", "Ines Vale")]
    assert match_with_halves(pred, gold, SOURCE) == []


def test_a_joined_split_quote_counts_as_one_quote() -> None:
    art = next(a for a in load_labels() if a.id == "own:orchard_festival")
    text = art.read()
    start, end = art.quotes[0].spans[0]
    middle = text.index(" ", (start + end) // 2)
    halves = (LabelQuote(((start, middle),), "X Y"), LabelQuote(((middle + 1, end),), "X Y"))
    labelled = dataclasses.replace(art, quotes=halves)
    score = score_article(labelled, text, Prediction(quotes=((text[start:end], "X Y"),)))
    assert (score.gold, score.predicted, score.matched, score.speakers_right) == (1, 1, 1, 1)
    assert overall([score])["quote_f1"] == 1.0


def test_report_lists_blind_first_and_notes_an_empty_split() -> None:
    art = next(a for a in load_labels() if a.id == "own:orchard_festival")
    text = art.read()
    pred = Prediction(quotes=tuple((q.text(text), q.speaker) for q in art.quotes))
    tuning = score_article(art, text, pred)
    report = format_report([tuning])
    assert report.index("BLIND SPLIT: no articles") < report.index("TUNING SPLIT (1 articles")
    assert "ALL (1 articles" in report
    blind = score_article(dataclasses.replace(art, split="blind"), text, pred)
    figures = to_json([blind, tuning], open_blind=True)
    assert figures["splits"]["blind"]["articles"] == 1 and figures["overall"]["articles"] == 2
    assert [a["split"] for a in figures["articles"]] == ["blind", "tuning"]


def test_blind_articles_show_only_in_totals_unless_opened() -> None:
    art = next(a for a in load_labels() if a.id == "own:orchard_festival")
    assert blind_half(art.id) == OPENED
    text = art.read()
    blind = score_article(dataclasses.replace(art, split="blind"), text, Prediction(quotes=()))
    closed = format_report([blind])
    assert "BLIND SPLIT (1 articles" in closed and art.id not in closed
    assert "missed" not in closed
    assert art.id in format_report([blind], open_blind=True)
    assert to_json([blind])["articles"] == []
    assert to_json([blind])["splits"]["blind"]["gold_quotes"] == len(art.quotes)


def test_cli_scores_one_split_and_skips_posts_without_corpus(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(cli, "CORPUS_DIR", tmp_path / "absent")
    out = tmp_path / "eval.json"
    assert cli.main(["--own-only", "--split", "tuning", "--json", str(out)]) == 0
    shown = capsys.readouterr().out
    assert "TUNING SPLIT" in shown and "BLIND SPLIT" not in shown
    assert "POSTS: skipped, the corpus is missing" in shown
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["posts"] is None and doc["splits"]["blind"] is None
    assert cli.main(["--own-only", "--split", "blind"]) == 0
    assert "BLIND SPLIT: no articles" in capsys.readouterr().out


LONG = (
    "“We checked every mooring line twice before the storm reached the bay and moved the older "
    "boats up the slipway,” Ines Vale said. “Nobody slept.”"
)
LONG_HALF = (
    "We checked every mooring line twice before the storm reached the bay and moved the older "
    "boats up the slipway,"
)


def test_a_joined_prediction_takes_the_short_half_beside_the_long_one() -> None:
    gold = [(LONG_HALF, "Ines Vale"), ("Nobody slept.", "Ines Vale")]
    pred = [(f"{LONG_HALF} Nobody slept.", "Ines Vale")]
    matches = match_with_halves(pred, gold, LONG)
    assert [(m.pred, m.gold) for m in matches] == [((0,), (0, 1))]


def test_predicted_halves_widen_to_a_joined_label_the_long_half_matched() -> None:
    gold = [(f"{LONG_HALF} Nobody slept.", "Ines Vale")]
    pred = [("Nobody slept.", "Ines Vale"), (LONG_HALF, "Ines Vale")]
    matches = match_with_halves(pred, gold, LONG)
    assert [(m.pred, m.gold) for m in matches] == [((1, 0), (0,))]


def test_a_long_half_keeps_its_match_when_the_other_half_is_someone_else() -> None:
    gold = [(LONG_HALF, "Ines Vale"), ("Nobody slept.", "Tom Reed")]
    pred = [(f"{LONG_HALF} Nobody slept.", "Ines Vale")]
    matches = match_with_halves(pred, gold, LONG)
    assert [(m.pred, m.gold) for m in matches] == [((0,), (0,))]


def test_the_sealed_half_of_the_blind_split_is_never_listed() -> None:
    art = next(a for a in load_labels() if a.id == "own:orchard_festival")
    text = art.read()
    pred = Prediction(quotes=tuple((q.text(text), q.speaker) for q in art.quotes))
    sealed_id = next(f"x:{n}" for n in range(100) if blind_half(f"x:{n}") == SEALED)
    opened, sealed = (
        score_article(dataclasses.replace(art, id=i, split="blind"), text, pred)
        for i in (art.id, sealed_id)
    )
    sealed.speakers_right -= 1
    report = format_report([opened, sealed], open_blind=True)
    assert art.id in report and sealed_id not in report
    right, n = opened.speakers_right, opened.matched
    assert f"opened half 1.000 ({right} of {n}, 1 articles; 95% 1.000-1.000)" in report
    share = f"{(right - 1) / n:.3f}"
    assert f"sealed half {share} ({right - 1} of {n}, 1 articles; 95% {share}-{share})" in report
    figures = to_json([opened, sealed], open_blind=True)
    assert [a["id"] for a in figures["articles"]] == [art.id]
    halves = figures["splits"]["blind"]["halves"]
    assert halves[SEALED]["speakers_right"] == right - 1 and halves[OPENED]["articles"] == 1


def test_blind_halves_are_fixed_and_both_hold_about_half_the_split() -> None:
    ids = [a.id for a in load_split("blind")]
    halves = [blind_half(i) for i in ids]
    assert halves == [blind_half(i) for i in ids]
    assert 0.3 < halves.count(SEALED) / len(ids) < 0.7
