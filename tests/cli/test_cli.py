"""The `newsbot` command line: parse, ingest with bad items, queries, status."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.conftest import SEED, newsbot_env
from tests.e2e.helpers import newsbot, write_article


def test_parse_json_shows_the_seed_clean(tmp_path: Path) -> None:
    result = newsbot("parse", str(SEED), "--json", env=newsbot_env(tmp_path / "x.db"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"category", "headline", "summary", "quotes", "related", "paragraphs"}
    assert data["category"] == "Uncategorized"
    assert len(data["related"]) == 3
    text = json.dumps(data, ensure_ascii=False)
    for junk in ("LATEST DEVELOPMENTS", "Leave a Reply", "Required fields"):
        assert junk not in json.dumps(
            {k: data[k] for k in ("summary", "quotes", "paragraphs")}, ensure_ascii=False
        )
    assert data["quotes"] and {q["speaker"] for q in data["quotes"]} == {"Dmitri Alperovitch"}
    assert data["summary"] and data["summary"] != data["headline"]
    assert "ignoring" in text
    assert not (tmp_path / "x.db").exists()  # parse stores nothing
    # a local file has no outlet (never its path), no publish time and no image
    assert (data["outlet"], data["published"], data["image"]) == (None, None, None)


def test_parse_json_shows_outlet_published_and_image_of_a_page(tmp_path: Path) -> None:
    page = tmp_path / "bridge.html"
    body = "<p>The council voted on Monday to approve the long-awaited bridge over the river.</p>"
    page.write_text(
        "<html><head><title>Bridge approved</title>"
        '<meta property="og:site_name" content="The Courier">'
        '<meta property="og:image" content="https://img.example/bridge.jpg">'
        '<meta property="article:published_time" content="2026-11-20T09:30:00+00:00">'
        f"</head><body><article><h1>Bridge approved</h1>{body}{body}</article></body></html>"
    )
    result = newsbot("parse", str(page), "--json", env=newsbot_env(tmp_path / "x.db"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["outlet"] == "The Courier"
    assert data["image"] == "https://img.example/bridge.jpg"
    assert data["published"].startswith("2026-11-20")


def test_ingest_reports_each_bad_item_and_goes_on(tmp_path: Path) -> None:
    good = write_article(
        tmp_path / "good.txt",
        "Science",
        "Comet seen over the valley",
        "Astronomers watched the comet pass on Friday night.",
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("World\n\nCaf\xe9 closes\n\nThe caf\xe9 shut.".encode("latin-1"))
    no_body = tmp_path / "nobody.txt"
    no_body.write_text("World\n\nA headline alone\n")
    env = newsbot_env(tmp_path / "bot.db")
    items = [str(p) for p in (good, empty, binary, latin, no_body, tmp_path / "missing.txt")]
    result = newsbot("ingest", *items, env=env)
    assert result.returncode == 1
    assert "Ingested: 1 new, 0 duplicate, 5 failed." in result.stdout
    for path in items[1:]:
        assert path in result.stderr
    assert "Traceback" not in result.stderr
    again = newsbot("ingest", str(good), env=env)
    assert again.returncode == 0 and "0 new, 1 duplicate, 0 failed" in again.stdout


def test_queries_after_ingest(tmp_path: Path) -> None:
    env = newsbot_env(tmp_path / "bot.db")
    newsbot("ingest", str(SEED), env=env)
    latest = json.loads(newsbot("latest", "--json", env=env).stdout)
    assert latest[0]["headline"].startswith("Putin ‘ignoring’")
    quote = json.loads(newsbot("quote", "--speaker", "Alperovitch", "--json", env=env).stdout)
    assert quote["speaker"] == "Dmitri Alperovitch"
    found = json.loads(newsbot("search", "Pokrovsk", "--json", env=env).stdout)
    assert len(found) == 1
    missing = newsbot("latest", "--category", "Weather", env=env)
    assert missing.returncode == 1 and "Known categories: Uncategorized" in missing.stderr
    status = json.loads(newsbot("status", "--json", env=env).stdout)
    assert status["articles"] == 1


def test_commands_without_a_platform_never_import_one(tmp_path: Path) -> None:
    code = (
        "import sys; from entrypoints.cli import main; main(['--db', sys.argv[1], 'latest']);"
        " bad = [m for m in ('aiogram', 'discord') if m in sys.modules]; print(bad)"
    )
    import subprocess

    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "x.db")], capture_output=True, text=True
    )
    assert result.stdout.strip().endswith("[]")


def _stored(db: Path) -> list[tuple[object, ...]]:
    """Every stored article with its summary, key quotes and quotes, in identity order."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT a.identity, a.headline, a.summary, a.key_quotes,"
            " group_concat(q.rank || ':' || q.text || ':' || ifnull(q.speaker, ''), '|')"
            " FROM articles a LEFT JOIN quotes q ON q.article_id = a.id"
            " GROUP BY a.id ORDER BY a.identity"
        ).fetchall()


def test_ingest_with_a_worker_per_core_stores_what_one_worker_does(tmp_path: Path) -> None:
    folder = Path(__file__).resolve().parents[1] / "fixtures" / "eval"
    files = sorted(folder.glob("*.txt"))
    stored = []
    for workers in ("1", "2"):
        env = newsbot_env(tmp_path / f"{workers}.db", NEWSBOT_WORKERS=workers)
        result = newsbot("ingest", str(folder), env=env)
        assert f"Ingested: {len(files)} new, 0 duplicate, 0 failed." in result.stdout
        stored.append(_stored(tmp_path / f"{workers}.db"))
    assert len(stored[0]) == len(files) > 100
    assert sum(1 for row in stored[0] if row[4]) > 100  # most hold quotes
    assert stored[0] == stored[1]
