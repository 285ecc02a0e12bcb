"""Load and validate the labelled evaluation set in tests/eval/labels.json."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO.parent / "shared" / "corpus"
SEEDS_DIR = REPO / "seeds"
OWN_DIR = REPO / "tests" / "fixtures" / "eval"
LABELS_PATH = Path(__file__).with_name("labels.json")
BLIND_PATH = Path(__file__).with_name("blind.json")
SPLITS = {"blind": BLIND_PATH, "tuning": LABELS_PATH}  # the blind split is reported first

OPEN_MARKS = frozenset("“\"‘'«")
CLOSE_MARKS = frozenset("”\"’'»")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
COPY_NGRAM = 10


@dataclass(frozen=True, slots=True)
class LabelQuote:
    """One labelled quote: character spans inside the quote marks plus the expected speaker."""

    spans: tuple[tuple[int, int], ...]
    speaker: str | None
    alt_speakers: tuple[str, ...] = ()

    def text(self, source: str) -> str:
        """The quote's words: its spans joined with a single space."""
        return " ".join(source[a:b] for a, b in self.spans)


@dataclass(frozen=True, slots=True)
class LabelledArticle:
    """One labelled article: where its text lives, its quotes, boilerplate lines and summary."""

    id: str
    file: str
    sha1: str
    quotes: tuple[LabelQuote, ...]
    boilerplate: tuple[tuple[int, int], ...]
    summary: str
    split: str = "tuning"

    @property
    def kind(self) -> str:
        """The id's prefix: corpus, seed or own."""
        return self.id.split(":", 1)[0]

    @property
    def path(self) -> Path:
        """The file the offsets refer to."""
        folder = {"corpus": CORPUS_DIR, "seed": SEEDS_DIR, "own": OWN_DIR}[self.kind]
        return folder / self.file

    def read(self) -> str:
        """The file's text exactly as the offsets expect it."""
        return self.path.read_text(encoding="utf-8")


def load_split(split: str = "all") -> list[LabelledArticle]:
    """The labelled articles of one split ("blind", "tuning") or of both ("all"), blind first."""
    names = list(SPLITS) if split == "all" else [split]
    return [art for name in names for art in load_labels(SPLITS[name], name)]


def load_labels(path: Path = LABELS_PATH, split: str = "tuning") -> list[LabelledArticle]:
    """Parse a label file (labels.json or blind.json) into LabelledArticle records."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    articles = []
    for raw in doc["articles"]:
        quotes = tuple(
            LabelQuote(
                spans=tuple((int(a), int(b)) for a, b in q["spans"]),
                speaker=q["speaker"],
                alt_speakers=tuple(q.get("alt_speakers", ())),
            )
            for q in raw["quotes"]
        )
        articles.append(
            LabelledArticle(
                id=raw["id"],
                file=raw["file"],
                sha1=raw["sha1"],
                quotes=quotes,
                boilerplate=tuple((int(a), int(b)) for a, b in raw["boilerplate"]),
                summary=raw["summary"],
                split=split,
            )
        )
    return articles


def _check_span(text: str, a: int, b: int, last: bool) -> list[str]:
    """Problems with one quote span: bounds, quote marks around it, no line breaks inside."""
    if not 0 < a < b <= len(text):
        return [f"span [{a}, {b}] is outside the text (length {len(text)})"]
    problems = []
    opened = text[a - 1] in OPEN_MARKS or (text[a - 1] == " " and text[a - 2 : a - 1] in OPEN_MARKS)
    if not opened:
        problems.append(f"span [{a}, {b}] does not start just after a quote mark")
    closed = b < len(text) and text[b] in CLOSE_MARKS
    open_end = b == len(text) or text[b] == "\n"
    if not closed and not (open_end and (not last or opened)):
        problems.append(f"span [{a}, {b}] does not end just before a closing mark or line end")
    if "\n" in text[a:b]:
        problems.append(f"span [{a}, {b}] crosses a line break")
    if text[a:b] != text[a:b].strip():
        problems.append(f"span [{a}, {b}] has leading or trailing whitespace")
    return problems


def _check_quotes(art: LabelledArticle, text: str) -> list[str]:
    """Problems with an article's quotes: spans, length, overlaps, speakers."""
    problems: list[str] = []
    seen: list[tuple[int, int]] = []
    for n, quote in enumerate(art.quotes):
        if not quote.spans:
            problems.append(f"quote {n} has no spans")
            continue
        if list(quote.spans) != sorted(quote.spans):
            problems.append(f"quote {n} spans are not in text order")
        for i, (a, b) in enumerate(quote.spans):
            last = i == len(quote.spans) - 1
            problems += [f"quote {n}: {p}" for p in _check_span(text, a, b, last)]
            if any(a < d and c < b for c, d in seen):
                problems.append(f"quote {n}: span [{a}, {b}] overlaps another quote")
            seen.append((a, b))
        if len(_WORD.findall(quote.text(text))) < 5:
            problems.append(f"quote {n} has fewer than five words")
        if quote.speaker is not None and not quote.speaker.strip():
            problems.append(f"quote {n} has an empty speaker (use null)")
    return problems


def _copied(summary: str, text: str, n: int = COPY_NGRAM) -> str | None:
    """The first run of n words the summary shares with the article, if any."""
    src = [w.lower() for w in _WORD.findall(text)]
    grams = {tuple(src[i : i + n]) for i in range(len(src) - n + 1)}
    words = [w.lower() for w in _WORD.findall(summary)]
    for i in range(len(words) - n + 1):
        if tuple(words[i : i + n]) in grams:
            return " ".join(words[i : i + n])
    return None


def validate_article(art: LabelledArticle, text: str) -> list[str]:
    """Every problem found in one article's labels, as readable strings."""
    problems = []
    if hashlib.sha1(text.encode("utf-8")).hexdigest() != art.sha1:
        problems.append("file content changed since labelling (sha1 mismatch)")
    problems += _check_quotes(art, text)
    for a, b in art.boilerplate:
        line_start = a == 0 or text[a - 1] == "\n"
        line_end = b == len(text) or text[b] == "\n"
        if not (0 <= a < b <= len(text) and line_start and line_end):
            problems.append(f"boilerplate [{a}, {b}] is not a whole line")
    sentences = len(_SENTENCE_END.findall(art.summary))
    if not 2 <= sentences <= 3:
        problems.append(f"summary has {sentences} sentences, expected 2-3")
    copied = _copied(art.summary, text)
    if copied:
        problems.append(f"summary copies the article: '{copied}'")
    return [f"{art.id}: {p}" for p in problems]


def validate(articles: list[LabelledArticle], *, skip_missing: bool = False) -> list[str]:
    """Problems across the whole label set; missing files are errors unless skip_missing."""
    problems = []
    ids = [a.id for a in articles]
    problems += [
        f"{i}: duplicate id (in one file, or in both splits)"
        for i in sorted({i for i in ids if ids.count(i) > 1})
    ]
    for art in articles:
        if art.kind not in ("corpus", "seed", "own"):
            problems.append(f"{art.id}: unknown id prefix")
            continue
        if not art.path.is_file():
            if not skip_missing:
                problems.append(f"{art.id}: file {art.path} is missing")
            continue
        problems += validate_article(art, art.read())
    return problems
