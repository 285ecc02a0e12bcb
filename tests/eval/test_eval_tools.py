"""Unit tests for the eval harness itself: metrics, ROUGE, label validation, CLI guards."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.eval import __main__ as cli
from tests.eval.labels import CORPUS_DIR, LabelQuote, load_labels, validate, validate_article
from tests.eval.metrics import find_leaks, match_quotes, normalize_speaker, speaker_ok, word_f1
from tests.eval.rouge import rouge_l, rouge_n, rouge_scores, tokens
from tests.eval.scoring import Prediction, overall, score_article


def test_tokens_strip_punctuation_and_case() -> None:
    assert tokens("“Don’t STOP,” she said.") == ["dont", "stop", "she", "said"]


def test_rouge_identical_and_disjoint() -> None:
    assert rouge_scores("A cat sat. It slept.", "A cat sat. It slept.") == {
        "rouge1": 1.0,
        "rouge2": 1.0,
        "rougeL": 1.0,
    }
    assert rouge_n("red blue", "green yellow", 1) == 0.0
    assert rouge_l("", "something here") == 0.0


def test_rouge_l_is_clipped_by_word_counts() -> None:
    cand, ref = "The cat sat on the mat. It was happy.", "A cat sat on a mat. The cat was happy."
    assert rouge_l(cand, ref) <= rouge_n(cand, ref, 1) + 1e-9


def test_match_quotes_is_greedy_one_to_one() -> None:
    gold = ["we will build the bridge next spring", "the costs must be published"]
    pred = ["We will build the bridge next spring!", "we will build the bridge next", "nothing"]
    matches = match_quotes(pred, gold)
    assert [(p, g) for p, g, _ in matches] == [(0, 0)]
    assert word_f1(pred[1], gold[0]) >= 0.8


def test_speaker_normalisation() -> None:
    assert normalize_speaker("  Dr.  Max   Linden ") == "max linden"
    assert speaker_ok("sen. joe manchin", "Joe Manchin")
    assert speaker_ok(None, None)
    assert not speaker_ok("Manchin", "Joe Manchin")
    assert speaker_ok("Rutger Bregman", "Rutger Brennan", ["Rutger Bregman"])


def test_find_leaks_sees_whole_and_partial_lines() -> None:
    lines = ["LATEST DEVELOPMENTS:", "Storm hits coastTrain strike ends after three days"]
    assert find_leaks(["clean text"], lines) == []
    assert len(find_leaks(["Storm hits coastTrain strike ends after three days"], lines)) == 1
    assert find_leaks(["x Leave a Reply y"], []) == ["Leave a Reply"]


def test_own_and_seed_labels_are_valid() -> None:
    arts = [a for a in load_labels() if a.kind in ("own", "seed")]
    assert len([a for a in arts if a.kind == "own"]) >= 5
    assert validate(arts) == []


@pytest.mark.corpus
def test_corpus_labels_are_valid() -> None:
    if not CORPUS_DIR.is_dir():
        pytest.skip("../shared/corpus is not available")
    arts = load_labels()
    assert len([a for a in arts if a.kind == "corpus"]) >= 45
    assert validate(arts) == []


def test_validation_catches_bad_spans() -> None:
    art = next(a for a in load_labels() if a.id == "own:river_cup")
    text = art.read()
    a, b = art.quotes[0].spans[0]
    broken = dataclasses.replace(art, quotes=(LabelQuote(spans=((a + 1, b),), speaker="X"),))
    assert any("quote mark" in p for p in validate_article(broken, text))


def test_validation_accepts_a_space_after_the_opening_mark() -> None:
    art = next(a for a in load_labels() if a.id == "own:river_cup")
    text = "Sport\n\nA cup\n\nShe said “ we will win the cup next year” and left.\n"
    a = text.index("we will")
    b = text.index("”")
    spaced = dataclasses.replace(art, quotes=(LabelQuote(spans=((a, b),), speaker="X"),))
    assert not [p for p in validate_article(spaced, text) if "quote" in p]
    shifted = dataclasses.replace(art, quotes=(LabelQuote(spans=((a + 1, b),), speaker="X"),))
    assert any("quote mark" in p for p in validate_article(shifted, text))


def test_perfect_prediction_scores_one() -> None:
    art = next(a for a in load_labels() if a.id == "own:orchard_festival")
    text = art.read()
    pred = Prediction(
        quotes=tuple((q.text(text), q.speaker) for q in art.quotes), summary=art.summary
    )
    score = score_article(art, text, pred)
    figures = overall([score])
    assert score.perfect and figures["quote_f1"] == 1.0 and figures["speaker_accuracy"] == 1.0


def test_missing_corpus_exits_nonzero(monkeypatch, capsys, tmp_path: Path) -> None:
    monkeypatch.setattr(cli, "CORPUS_DIR", tmp_path / "absent")
    assert cli.main([]) == 2
    assert "corpus is missing" in capsys.readouterr().err


def test_speaker_errors_fall_into_the_issue_classes() -> None:
    from tests.eval.classes import speaker_error_class

    assert speaker_error_class(None, "Ana Bell") == "spurious_speaker"
    assert speaker_error_class("Ana Bell", None) == "no_speaker"
    assert speaker_error_class("Maria Lopez", "Maria") == "partial_name"
    assert speaker_error_class("Jane Roe", "Administrator Jane Roe") == "title_or_leftover"
    assert speaker_error_class("Zoltán Kéri", "Zoltan Keri") == "non_ascii"
    assert speaker_error_class("Northwind Police Department", "Sam Diaz") == "organisation"
    assert speaker_error_class("Tom Reed", "Labour MPs") == "group"
    assert speaker_error_class("Tom Reed", "Chris Evans") == "wrong_person"


def test_named_speakers_and_key_quotes_are_counted_apart() -> None:
    art = next(a for a in load_labels() if a.id == "own:orchard_festival")
    text = art.read()
    labelled = [(q.text(text), q.speaker) for q in art.quotes]
    assert [s is not None for _, s in labelled] == [True, True, False, True]
    first, second = labelled[0][0], labelled[1][0]
    quotes = ((first, labelled[0][1]), (second, "Nobody Here"), *labelled[2:])
    key = ("… " + first.split(" ", 2)[-1], labelled[0][1]), (second, "Nobody Here")
    score = score_article(art, text, Prediction(quotes=quotes, key_quotes=key))
    assert (score.named, score.named_right) == (3, 2)  # the unnamed one is right, not named
    assert (score.labelled_named, score.labelled_found) == (3, 2)
    assert (score.key_shown, score.key_right) == (2, 1)  # a trimmed key quote finds its quote
    assert overall([score])["key_quote_speaker_accuracy"] == 0.5
    unnamed = ((first, None), *labelled[1:])
    score = score_article(art, text, Prediction(quotes=unnamed))
    assert (score.named, score.named_right, score.labelled_found, score.key_shown) == (2, 2, 2, 0)


def test_the_speaker_interval_resamples_articles_and_holds_the_figure() -> None:
    from tests.eval.interval import speaker_interval
    from tests.eval.scoring import ArticleScore

    def article(n: int, right: int, matched: int) -> ArticleScore:
        return ArticleScore(id=f"a{n}", matched=matched, speakers_right=right)

    mixed = [article(n, right, 10) for n, right in enumerate([10, 9, 6, 8, 10, 7] * 3)]
    low, high = speaker_interval(mixed)
    assert low < 8.333 / 10 < high and speaker_interval(mixed) == (low, high)
    wide_low, wide_high = speaker_interval(mixed[:6])
    assert wide_high - wide_low > high - low  # fewer articles, less certainty
    assert speaker_interval([article(0, 5, 5)] * 4) == (1.0, 1.0)
    assert speaker_interval([]) == (0.0, 0.0)


def test_invented_names_replace_each_person_in_text_and_labels_alike() -> None:
    import hashlib

    from tests.eval.invented_names import person_words, with_invented_names

    assert person_words("Ana Ruiz") == ["Ana", "Ruiz"]
    assert person_words("National Institute of Arts") == [] and person_words("Ruiz") == []
    art = next(
        a
        for a in load_labels()
        if a.kind == "own" and any(person_words(q.speaker) for q in a.quotes)
    )
    text = art.read()
    changed = with_invented_names(art, text)
    assert changed is not None and changed == with_invented_names(art, text)
    new_art, new_text = changed
    assert len(new_text) == len(text) and new_text != text
    old = {w for q in art.quotes for w in person_words(q.speaker)}
    new = {w for q in new_art.quotes for w in person_words(q.speaker)}
    assert len(new) == len(old) and not old & new
    assert all(w in new_text for w in new) and not any(f" {w} " in new_text for w in old)
    sha1 = hashlib.sha1(new_text.encode("utf-8")).hexdigest()
    assert validate_article(dataclasses.replace(new_art, sha1=sha1), new_text) == []


def test_the_invented_names_probe_never_reads_the_blind_split() -> None:
    from tests.eval.invented_names import probe
    from tests.eval.scoring import ArticleScore

    art = next(a for a in load_labels() if a.kind == "own")
    blind = dataclasses.replace(art, id="corpus:999999", file="999999.txt", split="blind")

    def extract(text: str, source: str) -> Prediction:
        raise AssertionError(f"{source} was read")

    scored = [ArticleScore(id=blind.id, split="blind", matched=3, speakers_right=3)]
    assert probe([blind], scored, extract).articles == 0
