"""Jobs for the worker processes in tests: module-level, so a worker can unpickle them."""

from __future__ import annotations

import os
import time
from pathlib import Path


def meet(mine: str, theirs: str, wait: float) -> int:
    """Leave `mine`, then wait up to `wait` s for `theirs`: both return only if run at once."""
    Path(mine).touch()
    deadline = time.monotonic() + wait
    while not Path(theirs).exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{theirs} never appeared")
        time.sleep(0.01)
    return os.getpid()


def lose_worker(*args: object) -> None:
    """A job that takes its worker down with it."""
    os._exit(3)


def loaded(name: str) -> bool:
    """Whether module `name` was already imported in this process."""
    import sys

    return name in sys.modules
