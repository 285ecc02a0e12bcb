"""Ingest: parse + summary + quotes + store of the real corpus, repeated up to 100,000 articles.

Each copy of a corpus article gets a distinct headline suffix, so it gets a distinct content
identity the way a genuinely new article would (build_article hashes headline and body).
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.common import (
    corpus_bytes,
    latency_stats,
    maxrss_mb,
    pin_to_one_core,
    quick_flag,
    target,
    vmrss_mb,
    write_result,
)
from bot.extraction import build_article
from bot.extraction.quotes import extract_quotes
from bot.extraction.summary import summarize
from bot.models import Article
from bot.parsing.sources import parse_document
from storage.sqlite import SqliteStorage

BATCH = 200
FULL, QUICK = 100_000, 10_000
QUOTES_BUDGET_MS = 0.56  # the quotes stage's budget: its cost before key quotes and entities
BUDGET_S = 240.0  # keeps `make bench` under 15 minutes however slow extraction gets
_SPACES = re.compile(rb"[ \t]+")


class Variants:
    """Byte-level copies of each corpus article with ` (copy N)` added to its headline line."""

    def __init__(self, corpus: list[tuple[str, bytes]]) -> None:
        self.items: list[tuple[str, bytes, bytes]] = []
        for origin, data in corpus:
            headline = parse_document(data, origin=origin)[0].headline.encode()
            head, tail = _split_after_headline(data, headline)
            self.items.append((origin, head, tail))

    def __iter__(self) -> Iterator[tuple[str, bytes]]:
        copy = 0
        while True:
            copy += 1
            for origin, head, tail in self.items:
                yield f"{origin}#{copy}", head + b" (copy %d)" % copy + tail

    def batches(self, total: int, size: int) -> Iterator[list[tuple[str, bytes]]]:
        it = iter(self)
        done = 0
        while done < total:
            n = min(size, total - done)
            yield [next(it) for _ in range(n)]
            done += n


def _split_after_headline(data: bytes, headline: bytes) -> tuple[bytes, bytes]:
    start = 0
    for line in data.split(b"\n"):
        end = start + len(line)
        if _SPACES.sub(b" ", line).strip() == headline:
            cut = start + len(line.rstrip())
            return data[:cut], data[cut:]
        start = end + 1
    return data.rstrip(), b"\n\nA copy for the benchmark.\n"  # headline not on one line


def _build(batch: list[tuple[str, bytes]]) -> list[Article]:
    return [build_article(d) for origin, data in batch for d in parse_document(data, origin=origin)]


def stages(corpus: list[tuple[str, bytes]], rounds: int) -> dict[str, Any]:
    """Per-article ms of each stage on its own, over the corpus `rounds` times, once warm.

    One untimed pass first loads the word lists and compiles the patterns, a cost paid once
    per process, not per article.
    """
    for origin, data in corpus:
        build_article(parse_document(data, origin=origin)[0])
    parse: list[float] = []
    summary: list[float] = []
    quotes: list[float] = []
    build: list[float] = []
    clock = time.perf_counter
    for _ in range(rounds):
        for origin, data in corpus:
            t0 = clock()
            draft = parse_document(data, origin=origin)[0]
            t1 = clock()
            summarize(draft.headline, draft.paragraphs)
            t2 = clock()
            extract_quotes(draft.paragraphs, draft.headline)
            t3 = clock()
            build_article(draft)
            t4 = clock()
            parse.append(t1 - t0)
            summary.append(t2 - t1)
            quotes.append(t3 - t2)
            build.append(t4 - t3)
    both = [p + b for p, b in zip(parse, build, strict=True)]
    return {
        "articles_timed": len(parse),
        "parse": latency_stats(parse),
        "summary": latency_stats(summary),
        "quotes": latency_stats(quotes),
        "build_article (summary+quotes+identity)": latency_stats(build),
        "parse+summary+quotes": latency_stats(both),
        "mean_article_bytes": round(statistics.fmean(len(d) for _, d in corpus)),
    }


async def pipeline(
    variants: Variants, total: int, db: Path, budget_s: float = BUDGET_S
) -> dict[str, Any]:
    """parse_document → build_article → add_articles(batch of 200, broadcast on); timed.

    Stops early (and says so) once `budget_s` of pipeline time is spent.
    """
    storage = await SqliteStorage.open(db)
    wall = cpu = prep = 0.0
    stored = dup = failed = done = 0
    for batch in variants.batches(total, BATCH):
        if wall > budget_s:
            break
        done += len(batch)
        t0, c0 = time.perf_counter(), time.process_time()
        articles = _build(batch)
        t1 = time.perf_counter()
        outcomes = await storage.add_articles(articles, broadcast=True)
        t2, c2 = time.perf_counter(), time.process_time()
        wall += t2 - t0
        cpu += c2 - c0
        prep += t1 - t0
        for outcome in outcomes:
            if isinstance(outcome, Exception):
                failed += 1
            elif outcome[1]:
                stored += 1
            else:
                dup += 1
    await storage.close()
    capped = {"capped_by_time_budget_s": budget_s, "asked_for": total} if done < total else {}
    total = done
    return {
        **capped,
        "articles": total,
        "stored_new": stored,
        "duplicates": dup,
        "failed": failed,
        "wall_s": round(wall, 3),
        "process_cpu_s": round(cpu, 3),
        "articles_per_s": round(total / wall, 1),
        "ms_per_article": round(wall / total * 1000, 4),
        "parse+build_ms_per_article": round(prep / total * 1000, 4),
        "store_ms_per_article": round((wall - prep) / total * 1000, 4),
    }


def db_size(db: Path, articles: int) -> dict[str, Any]:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tables: dict[str, int] = {}
    try:
        for name, size in conn.execute(
            "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12"
        ):
            tables[name] = int(size)
    except sqlite3.OperationalError:
        pass  # dbstat is not compiled in
    conn.close()
    size = db.stat().st_size + sum(
        p.stat().st_size for p in db.parent.glob(db.name + "-*") if p.exists()
    )
    return {
        "db_bytes": size,
        "bytes_per_article": round(size / articles),
        "largest_btrees_bytes": tables,
    }


def traced_peak(variants: Variants, total: int, db: Path) -> float:
    """Peak Python-allocated MB (tracemalloc) over a short pipeline run."""
    tracemalloc.start()
    asyncio.run(pipeline(variants, total, db))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def run(quick: bool) -> dict[str, Any]:
    cpu = pin_to_one_core()
    total = QUICK if quick else FULL
    corpus = corpus_bytes()
    print(f"[ingest] {len(corpus)} corpus articles, pinned to CPU {cpu}; {total} to store")
    stage = stages(corpus, 1 if quick else 3)
    print(
        f"  stage alone: parse {stage['parse']['mean_ms']:.3f} ms, summary"
        f" {stage['summary']['mean_ms']:.3f} ms, quotes {stage['quotes']['mean_ms']:.3f} ms,"
        f" parse+summary+quotes {stage['parse+summary+quotes']['mean_ms']:.3f} ms per article"
    )
    variants = Variants(corpus)
    rss_before = vmrss_mb() or 0.0
    with tempfile.TemporaryDirectory(prefix="newsbot-bench-") as tmp:
        db = Path(tmp) / "ingest.db"
        full = asyncio.run(pipeline(variants, total, db))
        rss_after = vmrss_mb() or 0.0
        size = db_size(db, full["articles"])
        traced = traced_peak(variants, 1_000 if quick else 2_000, Path(tmp) / "traced.db")
    print(
        f"  pipeline: {full['articles_per_s']:.0f} articles/s ({full['ms_per_article']:.3f} ms"
        f" each: parse+build {full['parse+build_ms_per_article']:.3f}, store"
        f" {full['store_ms_per_article']:.3f}); {size['bytes_per_article']} DB bytes/article"
    )
    memory = {
        "maxrss_mb": round(maxrss_mb(), 1),
        "rss_before_pipeline_mb": round(rss_before, 1),
        "rss_after_pipeline_mb": round(rss_after, 1),
        "tracemalloc_peak_mb_short_run": round(traced, 1),
    }
    print(f"  memory: peak RSS {memory['maxrss_mb']} MB, tracemalloc peak {traced:.1f} MB")
    targets = {
        "articles_per_s": target("ingest rate", full["articles_per_s"], 2000, "articles/s",
                                 higher=True),
        "summary_ms": target("summary stage", stage["summary"]["mean_ms"], 4, "ms/article",
                             higher=False),
        "quotes_ms": target("quotes stage", stage["quotes"]["mean_ms"], QUOTES_BUDGET_MS,
                            "ms/article", higher=False),
    }
    return {
        "quick": quick,
        "pinned_cpu": cpu,
        "batch": BATCH,
        "stages": stage,
        "pipeline": full,
        "database": size,
        "memory": memory,
        "targets": targets,
    }


def main() -> None:
    write_result("ingest", run(quick_flag()))


if __name__ == "__main__":
    main()
