"""`make eval`: score the real extraction on the labelled splits, then post quality."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.eval import invented_names
from tests.eval.labels import CORPUS_DIR, LabelledArticle, load_split, validate
from tests.eval.report import SPLIT_NAMES, format_report, write_json
from tests.eval.scoring import evaluate, real_extractor


def _parser() -> argparse.ArgumentParser:
    """Command-line options."""
    p = argparse.ArgumentParser(prog="python -m tests.eval", description=__doc__)
    p.add_argument("--json", type=Path, metavar="PATH", help="also write the figures as JSON")
    p.add_argument("--only", nargs="+", metavar="ID", help="score only these ids (e.g. corpus:44)")
    p.add_argument("--verbose", action="store_true", help="list misses for every article")
    p.add_argument("--own-only", action="store_true", help="score only the own: articles")
    p.add_argument(
        "--split",
        choices=("tuning", "blind", "all"),
        default="all",
        help="which labelled split to score (default: all, blind reported first)",
    )
    p.add_argument(
        "--open-blind",
        action="store_true",
        help="also list the opened half of the blind split one by one, to find classes of "
        "mistake (fix them on new invented examples, never on these; the sealed half is "
        "never listed)",
    )
    p.add_argument(
        "--posts-baseline",
        action="store_true",
        help="post quality of the three best-ranked quotes shown in full, for comparison",
    )
    return p


def _select(articles: list[LabelledArticle], only: Sequence[str] | None, own_only: bool) -> list:
    """The articles the options ask for; unknown --only ids are an error."""
    chosen = [a for a in articles if a.kind == "own"] if own_only else articles
    if only:
        known = {a.id for a in chosen}
        unknown = [i for i in only if i not in known]
        if unknown:
            raise SystemExit(f"unknown article id(s): {', '.join(unknown)}")
        chosen = [a for a in chosen if a.id in set(only)]
    return chosen


def _posts(baseline: bool) -> tuple[str, dict[str, Any]]:
    """The post-quality block over the whole corpus, or a note that it was skipped."""
    from tests.eval import posts

    if not CORPUS_DIR.is_dir():
        note = f"POSTS: skipped, the corpus is missing (expected at {CORPUS_DIR})."
        return note, {"posts": None}
    lines = []
    figures: dict[str, Any] = {}
    if baseline:
        before = posts.measure(CORPUS_DIR, posts.top_ranked)
        lines.append(posts.format_quality(before, "baseline: top 3 ranked quotes in full"))
        figures["posts_baseline"] = posts.quality_json(before)
    quality = posts.measure(CORPUS_DIR)
    lines.append(posts.format_quality(quality))
    figures["posts"] = posts.quality_json(quality)
    return "\n\n".join(lines), figures


def main(argv: Sequence[str] | None = None) -> int:
    """Validate labels, run extraction, print the report; returns the exit status."""
    args = _parser().parse_args(argv)
    needs_corpus = not args.own_only and (
        not args.only or any(i.startswith("corpus:") for i in args.only)
    )
    if needs_corpus and not CORPUS_DIR.is_dir():
        print(
            f"The evaluation corpus is missing: expected it at {CORPUS_DIR}.\n"
            "Put the shared folder beside the checkout, or run with --own-only "
            "to score the team's own articles alone.",
            file=sys.stderr,
        )
        return 2
    articles = _select(load_split(args.split), args.only, args.own_only)
    problems = validate(load_split("all"), skip_missing=not CORPUS_DIR.is_dir())
    if problems:
        print("The labels are invalid:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    try:
        extract = real_extractor()
    except ImportError as exc:
        print(f"The bot's extraction API is not available yet: {exc}", file=sys.stderr)
        return 2
    scores = evaluate(articles, extract)
    splits = SPLIT_NAMES if args.split == "all" else (args.split,)
    print(format_report(scores, verbose=args.verbose, splits=splits, open_blind=args.open_blind))
    extra: dict[str, Any] = {}
    if "tuning" in splits:
        names = invented_names.probe(articles, scores, extract)
        print("\n" + invented_names.format_probe(names))
        extra["invented_names"] = dataclasses.asdict(names)
    posts_text, posts_json = _posts(args.posts_baseline)
    print("\n" + posts_text)
    if args.json:
        write_json(scores, args.json, {**extra, **posts_json}, open_blind=args.open_blind)
        print(f"\nJSON written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
