"""A scheduled digest as Discord messages of at most 2000 characters each."""

from __future__ import annotations

from discord.utils import escape_markdown

from adapters.discord.render import CONTENT
from bot.digests import DigestItem, ScheduledDigest, heading, pack
from bot.text import cut_words, safe_url

HEADLINE = 300
QUOTE = 900


def item_block(item: DigestItem) -> str:
    """Bold linked headline (no preview), the outlet, then one line of summary."""
    title = escape_markdown(cut_words(item.headline, HEADLINE) or "Untitled")
    title = title.replace("[", "(").replace("]", ")")
    url = safe_url(item.url)
    head = f"**[{title}](<{url}>)**" if url and len(url) < CONTENT // 2 else f"**{title}**"
    if item.outlet:
        head += f" — *{escape_markdown(item.outlet)}*"
    return f"{head}\n{escape_markdown(item.line)}" if item.line else head


def top_quote_block(digest: ScheduledDigest) -> str | None:
    if digest.top_quote is None:
        return None
    said = escape_markdown(cut_words(" ".join(digest.top_quote.text.split()), QUOTE))
    lines = [f"Top story: **{escape_markdown(cut_words(digest.top_headline, HEADLINE))}**"]
    lines.append(f"> “{said}”")
    if digest.top_quote.speaker:
        lines.append(f"> — {escape_markdown(digest.top_quote.speaker)}")
    return "\n".join(lines)


def digest_parts(digest: ScheduledDigest) -> list[str]:
    blocks = [f"**{heading(len(digest.items))}**"]
    top = top_quote_block(digest)
    if top is not None:
        blocks.append(top)
    blocks += [item_block(item) for item in digest.items]
    return pack(blocks, CONTENT)
