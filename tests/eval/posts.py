"""Post quality over the whole corpus: key quotes a reader would notice are wrong.

Each detector looks at a key quote exactly as a post shows it. Counts only: no corpus text
is printed or stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.models import Article, KeyQuote
from tests.eval.rouge import tokens

MAX_CHARS = 300
REPEAT_SHARE = 0.5  # half a key quote's word triples found elsewhere: it repeats that text
ELLIPSIS = "…"
VIOLATIONS = ("not_verbatim", "unmarked_mid_sentence", "repeats_summary", "inside_another")
VIOLATIONS += ("over_300_chars",)
_SPACE = re.compile(r"\s+")
_OPEN_MARKS = "“\"‘'«„"
_SPEECH = frozenset(
    "said says say told tells added adds wrote writes asked asks stated states explained"
    " explains declared declares warned warns insisted insists replied replies".split()
)

Chooser = Callable[[Article], Sequence[KeyQuote]]


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def pieces(shown: str) -> list[str]:
    """The parts of a key quote between ellipses."""
    return [p.strip() for p in shown.split(ELLIPSIS) if p.strip()]


def not_verbatim(quote: KeyQuote, body: str) -> bool:
    """Some piece between ellipses is not in the body, spacing aside."""
    flat = _flat(body)
    return any(_flat(piece) not in flat for piece in pieces(quote.text))


def _paragraph_starts(paragraphs: Sequence[str]) -> tuple[str, set[int]]:
    """The body with spacing collapsed, and where each paragraph starts in it."""
    flats = [_flat(p) for p in paragraphs]
    starts, at = set(), 0
    for flat in flats:
        starts.add(at)
        at += len(flat) + 1
    return " ".join(flats), starts


def unmarked_mid_sentence(quote: KeyQuote, paragraphs: Sequence[str]) -> bool:
    """The quote starts mid-sentence yet neither starts with "…" nor is marked partial.

    Mid-sentence: a lower-case start, or a start right after a word in the same paragraph
    that is not a speech verb (`called it “A fine day”`)."""
    if quote.partial or quote.text.startswith(ELLIPSIS):
        return False
    first = next((c for c in quote.text if c.isalnum()), "")
    if first.islower():
        return True
    flat, starts = _paragraph_starts(paragraphs)
    found = pieces(quote.text)
    at = flat.find(_flat(found[0])) if found else -1
    if at <= 0:
        return False
    while at > 0 and at not in starts and flat[at - 1] in _OPEN_MARKS:
        at -= 1
    before = flat[:at].rstrip()
    if at in starts or not before or not before[-1].isalnum():
        return False
    return before.rsplit(" ", 1)[-1].lower() not in _SPEECH


def _triples(text: str) -> set[tuple[str, ...]]:
    words = tokens(text)
    size = min(3, len(words))
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)} if size else set()


def share_in(text: str, other: str) -> float:
    """The share of `text`'s word triples (its words, if shorter) that `other` also has."""
    own = _triples(text)
    if not own:
        return 0.0
    size = len(next(iter(own)))
    words = tokens(other)
    theirs = {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}
    return len(own & theirs) / len(own)


def repeats_summary(quote: KeyQuote, summary: str) -> bool:
    """Half or more of the quote's word triples are in the summary."""
    return share_in(quote.text, summary) >= REPEAT_SHARE


def inside_another(quote: KeyQuote, others: Sequence[KeyQuote]) -> bool:
    """Half or more of the quote's word triples are in another key quote of the same post."""
    return any(share_in(quote.text, o.text) >= REPEAT_SHARE for o in others if o is not quote)


def over_limit(quote: KeyQuote) -> bool:
    return len(quote.text) > MAX_CHARS


def violations(quote: KeyQuote, shown: Sequence[KeyQuote], article: Article) -> list[str]:
    """The names of the rules one key quote breaks."""
    checks = {
        "not_verbatim": not_verbatim(quote, article.body),
        "unmarked_mid_sentence": unmarked_mid_sentence(quote, article.paragraphs),
        "repeats_summary": repeats_summary(quote, article.summary),
        "inside_another": inside_another(quote, shown),
        "over_300_chars": over_limit(quote),
    }
    return [name for name, broken in checks.items() if broken]


@dataclass(slots=True)
class PostQuality:
    """Counts over a folder of articles."""

    articles: int = 0
    errors: int = 0
    posts_with_quotes: int = 0
    key_quotes: int = 0
    posts_with_violations: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(VIOLATIONS, 0))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def add(self, article: Article, shown: Sequence[KeyQuote]) -> None:
        """Count one article's post."""
        self.articles += 1
        self.key_quotes += len(shown)
        self.posts_with_quotes += bool(shown)
        broken = [v for quote in shown for v in violations(quote, shown, article)]
        self.posts_with_violations += bool(broken)
        for name in broken:
            self.counts[name] += 1


def key_quotes_shown(article: Article) -> Sequence[KeyQuote]:
    """What a post shows today: the article's key quotes."""
    from bot.extraction.keyquotes import key_quotes

    return key_quotes(article)


def top_ranked(article: Article) -> Sequence[KeyQuote]:
    """The baseline: the three best-ranked quotes shown as extracted, in full."""
    return [KeyQuote(q.text, q.speaker) for q in article.quotes[:3]]


def measure(folder: Path, choose: Chooser = key_quotes_shown) -> PostQuality:
    """Parse every article file in `folder` and count the key quotes breaking a rule."""
    from bot.extraction import analyze

    quality = PostQuality()
    for path in sorted(folder.glob("*.txt"), key=lambda p: (len(p.name), p.name)):
        try:
            article = analyze(path.read_text(encoding="utf-8"), source=path.name)
        except Exception:  # a file the parser refuses is counted, not fatal
            quality.errors += 1
            continue
        quality.add(article, choose(article))
    return quality


def format_quality(q: PostQuality, label: str = "key quotes") -> str:
    """The post-quality block of the report."""
    lines = [
        f"POSTS ({q.articles} corpus articles, {q.errors} unparsed; {label})",
        f"  posts with quotes {q.posts_with_quotes}, key quotes {q.key_quotes}, "
        f"posts with a violation {q.posts_with_violations}",
        "  violations " + "  ".join(f"{k} {v}" for k, v in q.counts.items()),
        f"  total {q.total} (target 0)",
    ]
    return "\n".join(lines)


def quality_json(q: PostQuality) -> dict[str, object]:
    return {
        "articles": q.articles,
        "errors": q.errors,
        "posts_with_quotes": q.posts_with_quotes,
        "key_quotes": q.key_quotes,
        "posts_with_violations": q.posts_with_violations,
        "violations": dict(q.counts),
        "total_violations": q.total,
    }
