"""No tracked text file of the project repeats eight words in a row of a corpus article."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[1]
_CORPUS = _ROOT.parent / "shared" / "corpus"
_RUN = 8
_SUFFIXES = (".py", ".md", ".txt", ".toml")
_WORD = re.compile(r"[a-z0-9']+")

# Web boilerplate that many sites print word for word; the parser has to know these lines.
_ALLOWED = (
    # the comment form under a blog post, which the boilerplate filter drops
    "leave a reply your email address will not be published required fields are marked",
    # the stock newsroom line for someone who stayed silent, which is nobody's quote
    "did not respond to a request for comment",
    # the shopping notice of review sites, which a summary must skip
    "if you buy something through links on our site",
)


def _words(text: str) -> list[str]:
    """Lower-case word tokens, with curly apostrophes read as straight ones."""
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def _runs(words: list[str]) -> set[str]:
    """Every run of `_RUN` words in a row, joined with spaces."""
    return {" ".join(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1)}


def _tracked_texts() -> list[Path]:
    """The project's git-tracked text files."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=_ROOT, capture_output=True, text=True, check=True
    ).stdout
    return [_ROOT / name for name in listed.split("\0") if name.endswith(_SUFFIXES)]


def test_no_run_of_eight_words_of_a_corpus_article_is_in_the_project() -> None:
    if not _CORPUS.is_dir():
        pytest.skip("no shared corpus beside this checkout, so nothing to compare with")
    corpus: set[str] = set()
    for article in _CORPUS.iterdir():
        corpus |= _runs(_words(article.read_text(encoding="utf-8", errors="replace")))
    for line in _ALLOWED:
        corpus -= _runs(_words(line))
    found = []
    for path in _tracked_texts():
        if not path.is_file():
            continue
        shared = sorted(_runs(_words(path.read_text(encoding="utf-8", errors="replace"))) & corpus)
        found += [f"{path.relative_to(_ROOT)}: {run}" for run in shared]
    assert not found, "text copied from corpus articles:\n" + "\n".join(found)
