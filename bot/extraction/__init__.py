"""Turn a parsed Draft into an Article: summary, ranked key quotes and a stable identity.

The rules load on first use, not on import: a process that only splits sentences or stores
articles (the bot's own, when workers extract) skips compiling their patterns.
"""

from __future__ import annotations

import hashlib

from bot.models import Article, Draft, Quote

__all__ = ["analyze", "build_article", "content_identity", "extract"]

_VARIANTS = (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-"))


def content_identity(headline: str, paragraphs: tuple[str, ...]) -> str:
    """A `sha256:` hash of the headline and body, ignoring case, spacing and punctuation."""
    text = f"{headline}\n{' '.join(paragraphs)}".lower()
    for variant, plain in _VARIANTS:
        text = text.replace(variant, plain)
    normalized = " ".join(text.split())
    return "sha256:" + hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def extract(draft: Draft) -> tuple[str, list[Quote]]:
    """The summary and ranked quotes of a draft."""
    from bot.extraction.quotes import extract_quotes
    from bot.extraction.summary import summarize

    summary = summarize(draft.headline, draft.paragraphs)
    return summary, extract_quotes(draft.paragraphs, draft.headline)


def build_article(draft: Draft) -> Article:
    """Run summary and quote extraction and fill in the article's identity."""
    summary, quotes = extract(draft)
    identity = draft.identity or draft.url or content_identity(draft.headline, draft.paragraphs)
    return Article(
        identity=identity,
        category=draft.category,
        headline=draft.headline,
        paragraphs=draft.paragraphs,
        summary=summary,
        quotes=tuple(quotes),
        related=draft.related,
        url=draft.url,
        published=draft.published,
        source=draft.source,
        outlet=draft.outlet,
        image=draft.image,
    )


def analyze(text: str, *, source: str | None = None) -> Article:
    """Parse seed-format text and build the article (raises ParseError on bad input)."""
    from bot.parsing.seed import parse_seed

    return build_article(parse_seed(text, source=source))
