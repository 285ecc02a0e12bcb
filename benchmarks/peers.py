"""Peers: our summariser vs sumy TextRank/LexRank, newspaper4k and lead-3 (speed and ROUGE),
and our HTML extraction (parse_html) vs trafilatura.extract on generated news pages."""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from typing import Any

from benchmarks.common import corpus_bytes, latency_stats, quick_flag, target, write_result
from benchmarks.htmlpages import leaked, make_page, recall
from benchmarks.summarizers import Summarizer, peers
from bot.models import Draft
from bot.parsing.seed import parse_seed
from bot.parsing.sources import parse_document


def drafts_of_corpus(limit: int | None) -> list[Draft]:
    found: list[Draft] = []
    for origin, data in corpus_bytes()[:limit]:
        found.extend(parse_document(data, origin=origin))
    return found


def time_summarizer(fn: Summarizer, drafts: Sequence[Draft], budget_s: float) -> dict[str, Any]:
    """Per-article seconds over whole passes of `drafts`, as many as fit in `budget_s` (>= 1)."""
    fn(drafts[0].headline, drafts[0].paragraphs)  # warm caches and lazy imports
    times: list[float] = []
    started = time.perf_counter()
    passes = 0
    while passes == 0 or time.perf_counter() - started < budget_s:
        for d in drafts:
            t0 = time.perf_counter()
            fn(d.headline, d.paragraphs)
            times.append(time.perf_counter() - t0)
        passes += 1
    stats = latency_stats(times)
    stats["passes"] = passes
    return stats


def rouge_table(found: dict[str, Summarizer]) -> dict[str, Any]:
    """Mean ROUGE-1/2/L F1 of every summariser against the labelled reference summaries."""
    from tests.eval.labels import load_labels
    from tests.eval.rouge import rouge_scores

    labelled = [a for a in load_labels() if a.path.is_file()]
    scores: dict[str, dict[str, list[float]]] = {name: {} for name in found}
    for art in labelled:
        draft = parse_seed(art.read(), source=art.id)
        for name, fn in found.items():
            figures = rouge_scores(fn(draft.headline, draft.paragraphs), art.summary)
            for key, value in figures.items():
                scores[name].setdefault(key, []).append(value)
    table = {
        name: {key: round(statistics.fmean(vals), 4) for key, vals in per.items()}
        for name, per in scores.items()
    }
    return {"articles": len(labelled), "mean_f1": table}


def html_extraction(drafts: Sequence[Draft], budget_s: float) -> dict[str, Any]:
    """parse_html (our page → Draft, trafilatura.bare_extraction inside) vs trafilatura.extract."""
    import trafilatura

    from bot.parsing.html import parse_html

    pages = [make_page(d, i) for i, d in enumerate(drafts)]
    ours_out = [parse_html(p.html, url=p.url) for p in pages[:3]]  # warm both
    trafilatura.extract(pages[0].html, url=pages[0].url)
    runs: dict[str, list[float]] = {"ours_parse_html": [], "trafilatura_extract": []}
    quality: dict[str, dict[str, list[float]]] = {k: {"recall": [], "leak": []} for k in runs}
    started = time.perf_counter()
    first = True
    while first or time.perf_counter() - started < budget_s:
        for page in pages:
            t0 = time.perf_counter()
            try:
                draft = parse_html(page.html, url=page.url)
                ours_text = "\n".join(draft.paragraphs)
            except Exception:
                ours_text = ""
            t1 = time.perf_counter()
            theirs = trafilatura.extract(page.html, url=page.url) or ""
            t2 = time.perf_counter()
            runs["ours_parse_html"].append(t1 - t0)
            runs["trafilatura_extract"].append(t2 - t1)
            if first:
                for name, text in (("ours_parse_html", ours_text), ("trafilatura_extract", theirs)):
                    quality[name]["recall"].append(recall(page.paragraphs, text))
                    quality[name]["leak"].append(float(leaked(text)))
        first = False
    del ours_out
    result: dict[str, Any] = {"pages": len(pages), "mean_page_bytes": round(
        statistics.fmean(len(p.html) for p in pages))}
    for name, times in runs.items():
        result[name] = latency_stats(times)
        result[name]["body_word_recall"] = round(statistics.fmean(quality[name]["recall"]), 4)
        result[name]["pages_with_boilerplate_leak"] = int(sum(quality[name]["leak"]))
    result["ratio_ours_to_trafilatura"] = round(
        result["ours_parse_html"]["mean_ms"] / result["trafilatura_extract"]["mean_ms"], 3
    )
    return result


def run(quick: bool) -> dict[str, Any]:
    drafts = drafts_of_corpus(96 if quick else None)
    budget = 1.0 if quick else 4.0
    found, missing = peers()
    print(f"[peers] {len(drafts)} corpus articles; summarisers: {', '.join(found)}")
    for name, why in missing.items():
        print(f"  cannot run {name}: {why}")
    timing = {name: time_summarizer(fn, drafts, budget) for name, fn in found.items()}
    base = timing["ours"]["mean_ms"]
    for name, stats in timing.items():
        stats["ratio_to_ours"] = round(stats["mean_ms"] / base, 2)
        print(f"  {name:28s} {stats['mean_ms']:9.3f} ms/article"
              f" x{stats['ratio_to_ours']:.1f} ours")
    rouge = rouge_table(found)
    for name, figures in rouge["mean_f1"].items():
        print(f"  ROUGE {name:22s} R1 {figures['rouge1']:.3f}  R2 {figures['rouge2']:.3f}"
              f"  RL {figures['rougeL']:.3f}  ({rouge['articles']} labelled articles)")
    extraction = html_extraction(drafts[: 64 if quick else 192], budget)
    print(f"  HTML: parse_html {extraction['ours_parse_html']['mean_ms']:.2f} ms vs"
          f" trafilatura.extract {extraction['trafilatura_extract']['mean_ms']:.2f} ms per page"
          f" (ratio {extraction['ratio_ours_to_trafilatura']:.2f})")
    targets: dict[str, Any] = {}
    if "sumy_textrank" in timing:
        ours_r, tr_r = rouge["mean_f1"]["ours"], rouge["mean_f1"]["sumy_textrank"]
        targets["speed_vs_textrank"] = target(
            "ours faster than TextRank", timing["sumy_textrank"]["ratio_to_ours"], 10, "x",
            higher=True)
        targets["rouge1_minus_textrank"] = target(
            "ROUGE-1 ours minus TextRank", round(ours_r["rouge1"] - tr_r["rouge1"], 4), 0, "",
            higher=True)
        targets["rougeL_minus_textrank"] = target(
            "ROUGE-L ours minus TextRank", round(ours_r["rougeL"] - tr_r["rougeL"], 4), 0, "",
            higher=True)
    return {
        "quick": quick,
        "articles_timed": len(drafts),
        "summarizers_ms_per_article": timing,
        "not_run": missing,
        "rouge": rouge,
        "html_extraction": extraction,
        "targets": targets,
        "notes": {
            "sumy_tokenizer": "punkt package English model for sentences + NLTK Treebank words",
            "newspaper4k_with_punkt_pkg": "newspaper.nlp.summarize with split_sentences._tokenizer"
            " set to the punkt package's English model (its NLTK punkt download is impossible)",
            "html_pages": "corpus drafts wrapped at run time in generated site boilerplate",
        },
    }


def main() -> None:
    write_result("peers", run(quick_flag()))


if __name__ == "__main__":
    main()
