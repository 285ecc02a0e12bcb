"""Forum channels: one forum post per article, titled with its headline, tagged by category."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.models import Post
from bot.text import cut_words

THREAD_NAME = 100  # Discord's limit for a thread (forum post) name


def post_title(post: Post) -> str:
    """The forum post's title: the headline, cut on a word to Discord's limit."""
    return cut_words(" ".join(post.headline.split()), THREAD_NAME) or "Untitled"


def category_tags(post: Post, tags: Sequence[discord.ForumTag]) -> list[discord.ForumTag]:
    """The forum's tag named like the article's category (any case), if it has one."""
    wanted = post.category.casefold()
    return [tag for tag in tags if tag.name.casefold() == wanted][:1]
