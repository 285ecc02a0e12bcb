"""Human-readable and JSON reports of evaluation scores."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.eval.classes import class_counts, format_counts
from tests.eval.interval import format_interval, speaker_interval
from tests.eval.scoring import ROUGE_KEYS, ArticleScore, overall, prf
from tests.eval.sealed import OPENED, SEALED, blind_half, listable

_SNIPPET = 90


def _cut(text: str, width: int = _SNIPPET) -> str:
    """One-line snippet of a quote for listings."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def article_figures(s: ArticleScore) -> dict[str, Any]:
    """The per-article figures as a plain dict (also used for JSON)."""
    precision, recall, f1 = prf(s.matched, s.predicted, s.gold)
    return {
        "id": s.id,
        "gold_quotes": s.gold,
        "predicted_quotes": s.predicted,
        "matched_quotes": s.matched,
        "quote_precision": precision,
        "quote_recall": recall,
        "quote_f1": f1,
        "speaker_accuracy": s.speakers_right / s.matched if s.matched else None,
        "leaks": s.leaks,
        "rouge": s.rouge,
        "lead3_rouge": s.lead3_rouge,
        "missed": s.missed,
        "spurious": s.spurious,
        "wrong_speakers": [{"quote": q, "expected": e, "got": g} for q, e, g in s.wrong_speakers],
        "error": s.error,
    }


SPLIT_NAMES = ("blind", "tuning")


def by_split(scores: Sequence[ArticleScore]) -> dict[str, list[ArticleScore]]:
    """The scores of each split, blind first."""
    return {name: [s for s in scores if s.split == name] for name in SPLIT_NAMES}


def _split_json(scores: Sequence[ArticleScore]) -> dict[str, Any] | None:
    """One split's overall figures and speaker error classes, or None when it is empty."""
    if not scores:
        return None
    figures = {**overall(scores), "speaker_error_classes": dict(class_counts(scores))}
    figures["speaker_accuracy_interval95"] = list(speaker_interval(scores))
    if all(s.split == "blind" for s in scores):
        figures["halves"] = {half: _half_json(scores, half) for half in (OPENED, SEALED)}
    return figures


def _half_json(scores: Sequence[ArticleScore], half: str) -> dict[str, Any]:
    """Speaker figures of one half of the blind split."""
    group = [s for s in scores if blind_half(s.id) == half]
    o = overall(group)
    return {
        "articles": len(group),
        "matched_quotes": int(o["matched_quotes"]),
        "speakers_right": sum(s.speakers_right for s in group),
        "speaker_accuracy": o["speaker_accuracy"],
        "speaker_accuracy_interval95": list(speaker_interval(group)),
        "speaker_error_classes": dict(class_counts(group)),
    }


def to_json(scores: Sequence[ArticleScore], *, open_blind: bool = False) -> dict[str, Any]:
    """Overall, per-split and per-article figures (blind articles only when opened) as a dict."""
    splits = {name: _split_json(group) for name, group in by_split(scores).items()}
    shown = [s for s in scores if listable(s.split, s.id, open_blind=open_blind)]
    articles = [{"split": s.split, **article_figures(s)} for s in shown]
    return {"overall": overall(scores), "splits": splits, "articles": articles}


def write_json(
    scores: Sequence[ArticleScore], path: Path, extra: dict[str, Any], *, open_blind: bool = False
) -> None:
    """Write the JSON report (plus any `extra` sections, such as post quality) to path."""
    doc = {**to_json(scores, open_blind=open_blind), **extra}
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", "utf-8")


def _misses(s: ArticleScore) -> list[str]:
    """Indented listing of one article's errors."""
    lines = [f"    ERROR {s.error}"] if s.error else []
    lines += [f"    missed   “{_cut(t)}”" for t in s.missed]
    lines += [f"    spurious “{_cut(t)}”" for t in s.spurious]
    lines += [
        f"    speaker  “{_cut(q, 60)}” expected {e!r} got {g!r}" for q, e, g in s.wrong_speakers
    ]
    lines += [f"    leak     {leak!r}" for leak in s.leaks]
    return lines


def format_report(
    scores: Sequence[ArticleScore],
    *,
    verbose: bool = False,
    splits: Sequence[str] = SPLIT_NAMES,
    open_blind: bool = False,
) -> str:
    """The text report: a per-article table, error listings, then each split's figures.

    Blind articles appear only in their split's totals unless `open_blind` is set, so that
    nobody tunes a rule on them by accident; even then only the opened half is listed.
    """
    out = [
        f"{'article':34} {'gold':>4} {'pred':>4} {'P':>5} {'R':>5} {'F1':>5} {'spk':>5} "
        f"{'leak':>4} {'R1':>5} {'R2':>5} {'RL':>5} {'lead3-R1':>8}"
    ]
    listed = [s for s in scores if listable(s.split, s.id, open_blind=open_blind)]
    for n, s in enumerate(listed):
        if not n or listed[n - 1].split != s.split:
            out.append(f"-- {s.split} split --")
        f = article_figures(s)
        spk = "-" if f["speaker_accuracy"] is None else f"{f['speaker_accuracy']:.2f}"
        out.append(
            f"{s.id[:34]:34} {s.gold:4d} {s.predicted:4d} {f['quote_precision']:5.2f} "
            f"{f['quote_recall']:5.2f} {f['quote_f1']:5.2f} {spk:>5} {len(s.leaks):4d} "
            f"{s.rouge['rouge1']:5.2f} {s.rouge['rouge2']:5.2f} {s.rouge['rougeL']:5.2f} "
            f"{s.lead3_rouge['rouge1']:8.2f}"
        )
        if verbose or not s.perfect:
            out += _misses(s)
    for name, group in by_split(scores).items():
        if name in splits:
            out += ["", *_summary(f"{name.upper()} SPLIT", group)]
    if len(splits) > 1:
        out += ["", *_summary("ALL", scores)]
    return "\n".join(out)


def _named(o: dict[str, float]) -> str:
    """How far a named speaker can be trusted, and how many labelled speakers are found."""
    return (
        f"a named speaker is right {o['speaker_precision']:.3f} "
        f"({int(o['speaker_precision_n'])} of {int(o['speaker_precision_of'])}); labelled "
        f"speakers found {o['speaker_recall']:.3f} ({int(o['speaker_recall_n'])} of "
        f"{int(o['speaker_recall_of'])}); key quotes' speakers right "
        f"{o['key_quote_speaker_accuracy']:.3f} ({int(o['key_quote_speaker_accuracy_n'])} of "
        f"{int(o['key_quote_speaker_accuracy_of'])} shown)"
    )


def _halves(scores: Sequence[ArticleScore]) -> list[str]:
    """The blind split's speaker figure for its opened and its sealed half."""
    if not all(s.split == "blind" for s in scores):
        return []
    parts = []
    for half in (OPENED, SEALED):
        h = _half_json(scores, half)
        low, high = h["speaker_accuracy_interval95"]
        parts.append(
            f"{half} half {h['speaker_accuracy']:.3f} ({h['speakers_right']} of "
            f"{h['matched_quotes']}, {h['articles']} articles; 95% {low:.3f}-{high:.3f})"
        )
    return ["  halves    speakers: " + "; ".join(parts) + " (the sealed half is never listed)"]


def _summary(title: str, scores: Sequence[ArticleScore]) -> list[str]:
    """The overall figures of a group of articles, or a note that it is empty."""
    if not scores:
        return [f"{title}: no articles (none labelled yet, or not selected)"]
    o = overall(scores)
    return [
        f"{title} ({int(o['articles'])} articles, {int(o['gold_quotes'])} labelled quotes, "
        f"{int(o['predicted_quotes'])} predicted, {int(o['errors'])} extraction errors)",
        f"  quotes    P {o['quote_precision']:.3f}  R {o['quote_recall']:.3f}  "
        f"F1 {o['quote_f1']:.3f}  (word F1 >= 0.8, one-to-one, split quotes either way)",
        f"  speakers  accuracy {o['speaker_accuracy']:.3f} on {int(o['matched_quotes'])} "
        f"matched quotes ({format_interval(scores)})",
        f"  speaker errors by class: {format_counts(class_counts(scores))}",
        "  named     " + _named(o),
        *_halves(scores),
        f"  leaks     {int(o['leaks'])} boilerplate lines/markers in summary, quotes or paragraphs"
        " (target 0)",
        "  summary   " + "  ".join(f"{k} {o[k]:.3f}" for k in ROUGE_KEYS),
        "  lead-3    " + "  ".join(f"{k} {o['lead3_' + k]:.3f}" for k in ROUGE_KEYS),
    ]
