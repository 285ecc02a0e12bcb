"""Plain-text rendering of posts and replies for the console chat."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from bot import replies, text
from bot.digests import ScheduledDigest, heading
from bot.models import CategoryCount, Digest, Post, QuoteHit, Subscription

WIDTH = 78


def _wrap(value: str, indent: str = "") -> str:
    return textwrap.fill(value, WIDTH, initial_indent=indent, subsequent_indent=indent)


def post(p: Post) -> str:
    lines = ["━" * WIDTH, _wrap(p.headline)]
    credit = text.byline(p.outlet, p.published)
    lines += [_wrap(credit), ""] if credit else [""]
    if p.summary:
        lines += [_wrap(p.summary), ""]
    for q in p.quotes:
        lines.append(_wrap(f"“{q.text}”", "  │ "))
        lines.append(f"  │   — {q.speaker or 'unnamed speaker'}")
        lines.append("")
    tail = text.hashtag(p.category)
    if p.url:
        tail += f"  {p.url}"
    lines.append(tail)
    return "\n".join(lines)


def article_list(posts: list[Post], title: str) -> str:
    lines = [title]
    for number, p in enumerate(posts, 1):
        lines.append(_wrap(f"{number}. {p.headline}", ""))
        credit = text.byline(p.outlet, p.published)
        if credit:
            lines.append(_wrap(credit, "   "))
        if p.summary:
            lines.append(_wrap(text.first_sentence(p.summary), "   "))
    return "\n".join(lines)


def quote(hit: QuoteHit) -> str:
    speaker = hit.quote.speaker or "unnamed speaker"
    return f"{_wrap(f'“{hit.quote.text}”')}\n  — {speaker}, in “{hit.headline}”"


def subscriptions(subs: list[Subscription], paused: bool) -> str:
    if not subs:
        return "This chat has no subscriptions. Try /subscribe all or /follow <word>."
    lines = ["This chat receives:"]
    for s in subs:
        note = "" if s.active else f" (stopped: {s.reason})"
        lines.append(f"  • {s.describe()}{note}")
    if paused:
        lines.append("Deliveries are paused; /resume to continue.")
    return "\n".join(lines)


def categories(found: Sequence[CategoryCount]) -> str:
    if not found:
        return replies.NO_CATEGORIES
    return "Categories:\n" + "\n".join(f"  • {name} ({count})" for name, count in found)


def digest(d: Digest) -> str:
    lines = [text.missed_line(d.missed)]
    lines += [_digest_line(p) for p in d.posts]
    if d.missed > len(d.posts):
        lines.append(f"  {text.and_more(d.missed - len(d.posts))}; /latest shows them.")
    return "\n".join(lines)


def _digest_line(p: Post) -> str:
    credit = text.byline(p.outlet, p.published)
    return f"  • {p.headline}" + (f" — {credit}" if credit else "")


def scheduled_digest(d: ScheduledDigest) -> str:
    """A scheduled digest: heading, the top story's key quote, then one entry per story."""
    lines = [heading(len(d.items)) + ":"]
    if d.top_quote is not None:
        speaker = f"\n    — {d.top_quote.speaker}" if d.top_quote.speaker else ""
        lines.append(f"  Top story: {d.top_headline}\n    “{d.top_quote.text}”{speaker}")
    for item in d.items:
        outlet = f" — {item.outlet}" if item.outlet else ""
        link = f"\n    {item.url}" if item.url else ""
        lines.append(f"  • {item.headline}{outlet}{link}\n    {item.line}".rstrip())
    return "\n".join(lines)
