"""The Storage contract for posts: key quotes chosen at ingest come back without the body."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from bot.ingest import to_article
from bot.models import Article, Post, Quote
from bot.parsing.sources import load_local
from bot.ports import Storage
from bot.query import parse_search
from bot.settings import Settings
from tests.conftest import SEED, make_article


@cache
def _parsed_json() -> dict[str, Any]:
    run = [sys.executable, "-m", "entrypoints.cli", "parse", str(SEED), "--json"]
    data: dict[str, Any] = json.loads(
        subprocess.run(run, capture_output=True, text=True, check=True).stdout
    )
    return data


def _seed_article(tmp_path: Path) -> Article:
    settings = Settings(db=tmp_path / "unused.db", _env_file=None)  # type: ignore[call-arg]
    [draft] = load_local(str(SEED), settings=settings)
    return to_article(draft)


def _shown(post: Post) -> list[dict[str, object]]:
    return [{"text": q.text, "speaker": q.speaker, "partial": q.partial} for q in post.quotes]


async def test_a_post_shows_what_parse_json_shows_without_the_body(
    store: Storage, tmp_path: Path
) -> None:
    article = _seed_article(tmp_path)
    assert article.key_quotes  # chosen at ingest
    stored = await store.add_article(article)
    expected = _parsed_json()["key_quotes"]
    assert expected
    [newest] = await store.latest(limit=1)
    [found] = await store.search(parse_search(article.headline.split()[0]), limit=1)
    [listed] = await store.get_articles([stored.article_id])
    for light in (newest, found, listed):
        assert (light.paragraphs, light.quotes) == ((), ())  # the body was not read
        assert _shown(Post.from_article(light)) == expected
    whole = await store.get_article(stored.article_id)
    assert whole is not None and whole.paragraphs == article.paragraphs
    assert whole.key_quotes == article.key_quotes


async def test_articles_without_key_quotes_still_make_their_post(store: Storage) -> None:
    para = "Holt said the crossing would take traffic “off the old ferry road for good.”"
    quote = Quote("off the old ferry road for good.", "Mia Holt")
    article = replace(make_article("Ferry", body=para), summary="A crossing opens.")
    await store.add_article(replace(article, quotes=(quote,)))
    [newest] = await store.latest(limit=1)
    assert newest.key_quotes is None and newest.paragraphs == (para,)
    shown = [q.text for q in Post.from_article(newest).quotes]
    assert shown == ["…off the old ferry road for good."]
