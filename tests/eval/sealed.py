"""The blind split's two halves: one opened to find classes of mistake, one sealed for good.

Which half an article is in is fixed by a hash of its id, so nobody chooses it. The opened half
may be read (`--open-blind`) to see what kind of mistake the rules make on unseen news; each
class is then fixed on new invented examples. The sealed half is never listed: its figure alone
says how such fixes carry over to news that nobody working on the rules has read.
"""

from __future__ import annotations

import hashlib

OPENED, SEALED = "opened", "sealed"


def blind_half(article_id: str) -> str:
    """The half of the blind split an article belongs to: OPENED or SEALED."""
    return OPENED if hashlib.sha256(article_id.encode()).digest()[0] % 2 == 0 else SEALED


def listable(split: str, article_id: str, *, open_blind: bool) -> bool:
    """Whether an article may be listed one by one: tuning always, blind only when opened."""
    return split != "blind" or (open_blind and blind_half(article_id) == OPENED)
