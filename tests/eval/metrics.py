"""Quote matching, speaker comparison and boilerplate-leak detection."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from tests.eval.rouge import tokens

MATCH_THRESHOLD = 0.8
MARKERS = ("LATEST DEVELOPMENTS", "Leave a Reply", "Your email address will not be published")
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame"}
    | {"sen", "senator", "rep", "gov", "president", "mayor"}
)
_SPACE = re.compile(r"\s+")


def word_f1(a: str, b: str) -> float:
    """F1 overlap between the bags of lowercase word tokens of two texts."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    overlap = sum((ta & tb).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(ta.values()), overlap / sum(tb.values())
    return 2 * p * r / (p + r)


def match_quotes(
    predicted: Sequence[str], gold: Sequence[str], threshold: float = MATCH_THRESHOLD
) -> list[tuple[int, int, float]]:
    """One-to-one greedy matching by best word F1; returns (pred index, gold index, score)."""
    pairs = [(word_f1(p, g), pi, gi) for pi, p in enumerate(predicted) for gi, g in enumerate(gold)]
    pairs = [x for x in pairs if x[0] >= threshold]
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    matches = []
    for score, pi, gi in pairs:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            matches.append((pi, gi, score))
    return sorted(matches, key=lambda m: m[1])


def normalize_speaker(name: str | None) -> str | None:
    """Casefolded, whitespace-normalised name without leading honorifics; None stays None."""
    if name is None:
        return None
    words = _SPACE.sub(" ", name).strip().strip(".,;:").casefold().split(" ")
    while len(words) > 1 and words[0].rstrip(".") in _HONORIFICS:
        words = words[1:]
    cleaned = " ".join(words)
    return cleaned or None


def speaker_ok(
    predicted: str | None, expected: str | None, alternatives: Iterable[str] = ()
) -> bool:
    """Whether a predicted speaker equals the expected one (or an accepted alternative)."""
    got = normalize_speaker(predicted)
    accepted = {normalize_speaker(expected)} | {normalize_speaker(a) for a in alternatives}
    return got in accepted


def _squash(text: str) -> str:
    """Whitespace-collapsed, casefolded text for containment tests."""
    return _SPACE.sub(" ", text).strip().casefold()


def find_leaks(outputs: Iterable[str], boilerplate_lines: Iterable[str]) -> list[str]:
    """Labelled boilerplate lines and generic markers that show up in any output text."""
    pieces = [_squash(o) for o in outputs if o and o.strip()]
    leaks = []
    lines = [_squash(line) for line in boilerplate_lines if line.strip()]
    for line in lines:
        inside = any(line in piece for piece in pieces)
        part = any(len(piece) >= 20 and piece in line for piece in pieces)
        if inside or part:
            leaks.append(line[:60])
    for marker in MARKERS:
        m = marker.casefold()
        if any(m in line for line in lines if line[:60] in leaks):
            continue
        if any(m in piece for piece in pieces):
            leaks.append(marker)
    return leaks
