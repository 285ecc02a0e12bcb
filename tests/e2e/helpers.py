"""Running the real `newsbot` console script in subprocesses."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

NEWSBOT = str(Path(sys.executable).with_name("newsbot"))


def newsbot(
    *args: str, env: dict[str, str], stdin: str = "", timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [NEWSBOT, *args], input=stdin, env=env, capture_output=True, text=True, timeout=timeout
    )


def wait_for(condition: Callable[[], bool], timeout: float = 15.0, step: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def write_article(path: Path, category: str, headline: str, *paragraphs: str) -> Path:
    path.write_text("\n\n".join([category, headline, *paragraphs]) + "\n", encoding="utf-8")
    return path
