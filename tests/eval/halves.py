"""Quote matching that accepts a split quote either way: one joined quote or its halves.

A quote split around its attribution (“A,” she said. “B.”) may be labelled as one quote or
as two, and predicted either way. After the usual one-to-one matching, runs of two or three
consecutive same-speaker quotes still unmatched on one side are joined and matched against
a single unmatched quote on the other side; such a group counts as one quote. A joined quote
that matched one long half alone is widened to the run of halves it matches better.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tests.eval.metrics import MATCH_THRESHOLD, match_quotes, word_f1

MAX_GROUP = 3
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Match:
    """Predicted quotes matched to labelled quotes; a side with several is a joined split quote."""

    pred: tuple[int, ...]
    gold: tuple[int, ...]
    score: float


def text_order(texts: Sequence[str], source: str) -> list[int]:
    """Indices of `texts` in the order they occur in `source` (unfound ones last)."""
    flat = _SPACE.sub(" ", source).casefold()

    def position(i: int) -> int:
        words = _SPACE.sub(" ", texts[i]).strip().casefold()
        for probe in (words[:40], " ".join(words.split()[:3])):
            at = flat.find(probe) if probe else -1
            if at >= 0:
                return at
        return len(flat)

    return sorted(range(len(texts)), key=lambda i: (position(i), i))


def _runs(
    order: list[int], free: set[int], speakers: Sequence[str | None]
) -> list[tuple[int, ...]]:
    """Runs of 2..MAX_GROUP consecutive free items (in `order`) with one speaker."""
    runs = []
    for start in range(len(order)):
        for size in range(2, MAX_GROUP + 1):
            run = tuple(order[start : start + size])
            if len(run) < size or not free.issuperset(run):
                break
            if len({speakers[i] for i in run}) == 1:
                runs.append(run)
    return runs


def _joined(texts: Sequence[str], run: tuple[int, ...]) -> str:
    return " ".join(texts[i] for i in run)


def _group_candidates(
    pred: Sequence[str],
    gold: Sequence[str],
    pred_runs: list[tuple[int, ...]],
    gold_runs: list[tuple[int, ...]],
    free: tuple[set[int], set[int]],
) -> list[Match]:
    """Every group match worth making: a joined run on one side against one quote on the other."""
    found = [
        Match((p,), run, word_f1(pred[p], _joined(gold, run))) for run in gold_runs for p in free[0]
    ]
    found += [
        Match(run, (g,), word_f1(_joined(pred, run), gold[g])) for run in pred_runs for g in free[1]
    ]
    return [m for m in found if m.score >= MATCH_THRESHOLD]


def _widened(
    match: Match,
    texts: tuple[Sequence[str], Sequence[str]],
    runs: tuple[list[tuple[int, ...]], list[tuple[int, ...]]],
) -> Match:
    """The one-to-one match, or a run of halves holding one side that the other matches better."""
    (p,), (g,) = match.pred, match.gold
    pred, gold = texts
    found = [Match((p,), run, word_f1(pred[p], _joined(gold, run))) for run in runs[1] if g in run]
    found += [Match(run, (g,), word_f1(_joined(pred, run), gold[g])) for run in runs[0] if p in run]
    return max(found, key=lambda m: m.score, default=match)


def _widen_all(
    matches: list[Match],
    pred: Sequence[tuple[str, str | None]],
    gold: Sequence[tuple[str, str | None]],
    source: str,
) -> list[Match]:
    """Each one-to-one match widened where its neighbours are unmatched halves of the same quote."""
    pred_texts, gold_texts = [t for t, _ in pred], [t for t, _ in gold]
    free_p = set(range(len(pred))) - {m.pred[0] for m in matches}
    free_g = set(range(len(gold))) - {m.gold[0] for m in matches}
    widened: list[Match] = []
    for match in matches:
        mine_p, mine_g = free_p | set(match.pred), free_g | set(match.gold)
        pred_runs = _runs(text_order(pred_texts, source), mine_p, [s for _, s in pred])
        gold_runs = _runs(list(range(len(gold))), mine_g, [s for _, s in gold])
        best = _widened(match, (pred_texts, gold_texts), (pred_runs, gold_runs))
        if best.score > match.score:
            match = best
            free_p -= set(best.pred)
            free_g -= set(best.gold)
        widened.append(match)
    return widened


def match_with_halves(
    pred: Sequence[tuple[str, str | None]],
    gold: Sequence[tuple[str, str | None]],
    source: str,
) -> list[Match]:
    """One-to-one matches, then split quotes joined on either side; sorted by first gold index."""
    pred_texts, gold_texts = [t for t, _ in pred], [t for t, _ in gold]
    singles = [Match((p,), (g,), s) for p, g, s in match_quotes(pred_texts, gold_texts)]
    matches = _widen_all(singles, pred, gold, source)
    free_p = set(range(len(pred))) - {p for m in matches for p in m.pred}
    free_g = set(range(len(gold))) - {g for m in matches for g in m.gold}
    pred_runs = _runs(text_order(pred_texts, source), free_p, [s for _, s in pred])
    gold_runs = _runs(list(range(len(gold))), free_g, [s for _, s in gold])
    candidates = _group_candidates(pred_texts, gold_texts, pred_runs, gold_runs, (free_p, free_g))
    candidates.sort(key=lambda m: (-m.score, m.gold, m.pred))
    for match in candidates:
        if free_p.issuperset(match.pred) and free_g.issuperset(match.gold):
            matches.append(match)
            free_p -= set(match.pred)
            free_g -= set(match.gold)
    return sorted(matches, key=lambda m: m.gold[0])
