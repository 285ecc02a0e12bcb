"""How far a speaker figure could move by chance: a bootstrap over articles.

Quotes of one article share its writer's habits, so they are not independent draws: the
interval resamples whole articles (with replacement) and takes the middle 95 % of the
speaker accuracies they give. A fixed seed makes every run print the same interval.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from tests.eval.scoring import ArticleScore

ROUNDS = 2000
SEED = 20261207


def speaker_interval(
    scores: Sequence[ArticleScore], rounds: int = ROUNDS, seed: int = SEED
) -> tuple[float, float]:
    """The 95 % bootstrap interval (by article) of speaker accuracy; (0, 0) with no quotes."""
    pairs = [(s.speakers_right, s.matched) for s in scores if s.matched]
    if not pairs:
        return 0.0, 0.0
    draw = random.Random(seed)
    shares = []
    for _ in range(rounds):
        sample = draw.choices(pairs, k=len(pairs))
        shares.append(sum(r for r, _ in sample) / sum(m for _, m in sample))
    shares.sort()
    return shares[int(0.025 * (rounds - 1))], shares[int(0.975 * (rounds - 1))]


def format_interval(scores: Sequence[ArticleScore]) -> str:
    """The interval as the report prints it."""
    low, high = speaker_interval(scores)
    return f"95% interval by article {low:.3f}-{high:.3f}"
