"""Posts, digests, quotes and lists as Discord messages, always within Discord's limits.

Text is trimmed by the core's text toolkit (sentences, then words, then characters);
every function here is pure: it builds data and never talks to Discord.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import discord

from bot import replies
from bot.models import CategoryCount, Digest, Post, QuoteHit, Subscription
from bot.text import and_more, byline, cut_words, plural, safe_url, trim

TITLE = 256
DESCRIPTION = 4096
FIELD_NAME = 256
FIELD_VALUE = 1024
FIELDS = 25
FOOTER = 2048
EMBED_TOTAL = 6000
EMBEDS_PER_MESSAGE = 10
CONTENT = 2000
UNKNOWN_SPEAKER = "Unknown speaker"

_SPACE = re.compile(r"\s+")


def quoted(text: str, limit: int) -> str:
    """A quote in curly quotes, trimmed so the whole thing fits in `limit`."""
    inner = cut_words(_SPACE.sub(" ", text), max(limit - 2, 0))
    return f"“{inner}”" if inner else ""


@dataclass(frozen=True, slots=True)
class EmbedParts:
    """The text of one embed; `total` is what Discord counts against 6000."""

    title: str
    url: str | None
    description: str
    fields: tuple[tuple[str, str], ...]
    footer: str
    timestamp: datetime | None
    image: str | None = None

    @property
    def total(self) -> int:
        return (
            len(self.title)
            + len(self.description)
            + len(self.footer)
            + sum(len(n) + len(v) for n, v in self.fields)
        )


def footer_text(post: Post) -> str:
    """Category and outlet; never `post.source`, which can be a local file path."""
    return " · ".join(part for part in (post.category, byline(post.outlet, None)) if part)


def post_parts(post: Post, budget: int = EMBED_TOTAL) -> EmbedParts:
    """Fit a post into `budget` characters: title, footer, then summary and quotes share the rest.

    The summary gets priority but leaves quotes at least half of what they need; any room
    the quotes do not use goes back to the summary.
    """
    budget = max(min(budget, EMBED_TOTAL), 40)
    title = cut_words(_SPACE.sub(" ", post.headline), min(TITLE, budget // 3)) or "Untitled"
    footer = cut_words(footer_text(post), min(FOOTER, budget // 6))
    room = budget - len(title) - len(footer)
    wanted = [
        (
            cut_words(_SPACE.sub(" ", q.speaker or "").strip() or UNKNOWN_SPEAKER, FIELD_NAME),
            quoted(q.text, FIELD_VALUE),
        )
        for q in post.quotes[:FIELDS]
        if q.text.strip()
    ]
    need = sum(len(n) + len(v) for n, v in wanted)
    description = trim(post.summary, min(DESCRIPTION, room - min(need, room // 2)))
    left = room - len(description)
    fields: list[tuple[str, str]] = []
    for name, value in wanted:
        if left < len(name) + 12:
            break
        value = value if len(name) + len(value) <= left else quoted(value[1:-1], left - len(name))
        fields.append((name, value))
        left -= len(name) + len(value)
    if left > 0 and len(description) < len(post.summary.strip()):
        description = trim(post.summary, min(DESCRIPTION, len(description) + left))
    return EmbedParts(
        title=title,
        url=safe_url(post.url),
        description=description,
        fields=tuple(fields),
        footer=footer,
        timestamp=_aware(post.published),
        image=safe_url(post.image),
    )


def _aware(when: datetime | None) -> datetime | None:
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def to_embed(parts: EmbedParts) -> discord.Embed:
    embed = discord.Embed(
        title=parts.title or None,
        url=parts.url,
        description=parts.description or None,
        timestamp=parts.timestamp,
        colour=discord.Colour.blurple(),
    )
    for name, value in parts.fields:
        embed.add_field(name=name, value=value, inline=False)
    if parts.footer:
        embed.set_footer(text=parts.footer)
    if parts.image:
        embed.set_image(url=parts.image)
    return embed


def post_embed(post: Post, budget: int = EMBED_TOTAL) -> discord.Embed:
    return to_embed(post_parts(post, budget))


def post_embeds(posts: Sequence[Post], header: str = "") -> list[discord.Embed]:
    """Up to ten posts as embeds of one message; they share the 6000-character message total."""
    shown = list(posts)[:EMBEDS_PER_MESSAGE]
    if not shown:
        return []
    share = (EMBED_TOTAL - len(header)) // len(shown)
    return [post_embed(p, share) for p in shown]


def digest_header(digest: Digest) -> str:
    shown = min(len(digest.posts), EMBEDS_PER_MESSAGE)
    text = f"Welcome back! While paused, this channel missed {plural(digest.missed, 'article')}."
    if digest.missed > shown:
        text += f" Here are the newest {shown}."
    return text


def digest_message(digest: Digest) -> tuple[str, list[discord.Embed]]:
    """A digest as one message: a line of text and one embed per post."""
    return digest_header(digest), post_embeds(digest.posts)


def quote_embed(hit: QuoteHit) -> discord.Embed:
    speaker = hit.quote.speaker or UNKNOWN_SPEAKER
    embed = discord.Embed(
        description=quoted(hit.quote.text, DESCRIPTION - FIELD_NAME - 10),
        colour=discord.Colour.gold(),
    )
    embed.set_author(name=cut_words(f"— {speaker}", FIELD_NAME))
    embed.add_field(name="From", value=_link(cut_words(hit.headline, 300), hit.url), inline=False)
    embed.set_footer(text=cut_words(hit.category, 200))
    return embed


def _link(text: str, url: str | None) -> str:
    safe = safe_url(url)
    text = text.replace("[", "(").replace("]", ")") or "Untitled"
    linked = f"[{text}]({safe})" if safe else text
    return linked if len(linked) <= FIELD_VALUE else text


def categories_text(categories: Sequence[CategoryCount]) -> str:
    if not categories:
        return replies.NO_CATEGORIES
    lines = ["**Categories**"]
    for name, count in categories:
        lines.append(f"• {name} — {plural(count, 'article')}")
    lines.append("Subscribe this channel with `/subscribe category`, or `all` for everything.")
    return clip_lines(lines)


def subscriptions_text(subscriptions: Sequence[Subscription], where: str) -> str:
    active = [s for s in subscriptions if s.active]
    stopped = [s for s in subscriptions if not s.active]
    if not active and not stopped:
        return f"{where} has no subscriptions. Try `/subscribe all` or `/follow a phrase`."
    lines = [f"**{where} receives**"] if active else [f"{where} receives nothing right now."]
    lines += [f"• {s.describe()}" for s in active]
    if stopped:
        lines.append("**Stopped**")
        lines += [f"• {s.describe()}" + (f" ({s.reason})" if s.reason else "") for s in stopped]
    return clip_lines(lines)


def clip_lines(lines: Sequence[str], limit: int = CONTENT) -> str:
    """Join lines, dropping whole lines from the end (with a note) to stay within `limit`."""
    text = "\n".join(lines)
    if len(text) <= limit:
        return text
    kept: list[str] = []
    for line in lines:
        if len("\n".join([*kept, line])) > limit - 20:
            break
        kept.append(line)
    return "\n".join([*kept, and_more(len(lines) - len(kept))])
