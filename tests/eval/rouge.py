"""ROUGE-1, ROUGE-2 and summary-level ROUGE-L F1 on lowercase word tokens, no stemming."""

from __future__ import annotations

import re
from collections import Counter

_TOKEN = re.compile(r"\w+(?:'\w+)*")
_SENTENCES = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+")


def tokens(text: str) -> list[str]:
    """Lowercase word tokens with punctuation stripped (apostrophes inside words dropped)."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    return [t.replace("'", "") for t in _TOKEN.findall(text)]


def sentences(text: str) -> list[str]:
    """A simple sentence split on terminal punctuation followed by whitespace."""
    return [s for s in (p.strip() for p in _SENTENCES.split(text)) if s]


def _f1(overlap: float, n_cand: int, n_ref: int) -> float:
    """F1 from an overlap count and the two totals."""
    if not overlap or not n_cand or not n_ref:
        return 0.0
    p, r = overlap / n_cand, overlap / n_ref
    return 2 * p * r / (p + r)


def rouge_n(candidate: str, reference: str, n: int) -> float:
    """ROUGE-N F1: clipped n-gram overlap between candidate and reference."""

    def grams(text: str) -> Counter[tuple[str, ...]]:
        toks = tokens(text)
        return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))

    cand, ref = grams(candidate), grams(reference)
    return _f1(sum((cand & ref).values()), sum(cand.values()), sum(ref.values()))


def _lcs_positions(ref: list[str], cand: list[str]) -> set[int]:
    """Indices of ref words on one longest common subsequence with cand."""
    rows, cols = len(ref), len(cand)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            if ref[i] == cand[j]:
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    hits, i, j = set(), 0, 0
    while i < rows and j < cols:
        if ref[i] == cand[j]:
            hits.add(i)
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return hits


def rouge_l(candidate: str, reference: str) -> float:
    """Summary-level ROUGE-L F1: union LCS per reference sentence, hits clipped by word counts."""
    cand_sents = [tokens(s) for s in sentences(candidate)]
    ref_sents = [tokens(s) for s in sentences(reference)]
    n_cand = sum(len(s) for s in cand_sents)
    n_ref = sum(len(s) for s in ref_sents)
    ref_left = Counter(w for s in ref_sents for w in s)
    cand_left = Counter(w for s in cand_sents for w in s)
    union_hits = 0
    for ref in ref_sents:
        covered: set[int] = set()
        for cand in cand_sents:
            covered |= _lcs_positions(ref, cand)
        for i in sorted(covered):
            word = ref[i]
            if ref_left[word] > 0 and cand_left[word] > 0:
                union_hits += 1
                ref_left[word] -= 1
                cand_left[word] -= 1
    return _f1(union_hits, n_cand, n_ref)


def rouge_scores(candidate: str, reference: str) -> dict[str, float]:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 of a candidate summary against one reference."""
    return {
        "rouge1": rouge_n(candidate, reference, 1),
        "rouge2": rouge_n(candidate, reference, 2),
        "rougeL": rouge_l(candidate, reference),
    }
