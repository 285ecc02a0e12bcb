"""Run an extractor on labelled articles and score quotes, speakers, leaks and summaries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tests.eval.halves import Match, match_with_halves
from tests.eval.labels import LabelledArticle
from tests.eval.metrics import find_leaks, speaker_ok
from tests.eval.rouge import rouge_scores, sentences

ROUGE_KEYS = ("rouge1", "rouge2", "rougeL")


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the extraction produced for one article (empty when it failed)."""

    quotes: tuple[tuple[str, str | None], ...] = ()
    key_quotes: tuple[tuple[str, str | None], ...] = ()  # as a post shows them
    summary: str = ""
    paragraphs: tuple[str, ...] = ()
    lead3: str = ""
    error: str | None = None


Extractor = Callable[[str, str], Prediction]


def lead3_fallback(paragraphs: Sequence[str]) -> str:
    """First three sentences of the body, used when the bot has no lead3 of its own."""
    return " ".join(sentences(" ".join(paragraphs))[:3])


def real_extractor() -> Extractor:
    """The bot's own parse_seed + build_article pipeline (raises ImportError if absent)."""
    from bot.extraction import build_article
    from bot.extraction.keyquotes import key_quotes
    from bot.parsing.seed import parse_seed

    try:
        from bot.extraction.summary import lead3 as bot_lead3
    except ImportError:
        bot_lead3 = None

    def run(text: str, source: str) -> Prediction:
        """Parse and extract one article, turning any exception into an error record."""
        try:
            draft = parse_seed(text, source=source)
            article = build_article(draft)
            shown = key_quotes(article)
            lead = bot_lead3(draft.paragraphs) if bot_lead3 else lead3_fallback(draft.paragraphs)
        except Exception as exc:  # one bad article must not stop the run
            return Prediction(error=f"{type(exc).__name__}: {exc}")
        return Prediction(
            quotes=tuple((q.text, q.speaker) for q in article.quotes),
            key_quotes=tuple((q.text, q.speaker) for q in shown),
            summary=article.summary,
            paragraphs=tuple(article.paragraphs),
            lead3=lead,
        )

    return run


@dataclass(slots=True)
class ArticleScore:
    """Scores and error listings for one article."""

    id: str
    split: str = "tuning"
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speakers_right: int = 0
    named: int = 0  # matched quotes given a speaker
    named_right: int = 0
    labelled_named: int = 0  # matched quotes whose label names a speaker
    labelled_found: int = 0
    key_shown: int = 0  # key quotes taken from a matched quote
    key_right: int = 0
    leaks: list[str] = field(default_factory=list)
    rouge: dict[str, float] = field(default_factory=dict)
    lead3_rouge: dict[str, float] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_speakers: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    error: str | None = None

    @property
    def perfect(self) -> bool:
        """No missed or spurious quotes, no wrong speakers, no leaks, no error."""
        return not (self.missed or self.spurious or self.wrong_speakers or self.leaks or self.error)


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; an empty prediction on an empty label set scores 1.0."""
    precision = matched / predicted if predicted else float(gold == 0)
    recall = matched / gold if gold else float(predicted == 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_article(art: LabelledArticle, text: str, pred: Prediction) -> ArticleScore:
    """Compare one article's prediction with its labels (a split quote counts either way)."""
    gold_texts = [q.text(text) for q in art.quotes]
    pred_texts = [t for t, _ in pred.quotes]
    gold = [(t, q.speaker) for t, q in zip(gold_texts, art.quotes, strict=True)]
    matches = match_with_halves(pred.quotes, gold, text)
    score = ArticleScore(
        id=art.id,
        split=art.split,
        gold=len(gold_texts) - sum(len(m.gold) - 1 for m in matches),
        predicted=len(pred_texts) - sum(len(m.pred) - 1 for m in matches),
        error=pred.error,
    )
    score.matched = len(matches)
    for match in matches:
        labels = [art.quotes[g] for g in match.gold]
        alternatives = [a for label in labels for a in label.alt_speakers]
        got = pred.quotes[match.pred[0]][1]
        right = speaker_ok(got, labels[0].speaker, alternatives)
        score.named += got is not None
        score.named_right += right and got is not None
        score.labelled_named += labels[0].speaker is not None
        score.labelled_found += right and labels[0].speaker is not None
        if right:
            score.speakers_right += 1
        else:
            joined = " ".join(gold_texts[g] for g in match.gold)
            score.wrong_speakers.append((joined, labels[0].speaker, got))
    _score_key_quotes(score, art, pred, matches)
    matched_p = {p for m in matches for p in m.pred}
    matched_g = {g for m in matches for g in m.gold}
    score.missed = [t for i, t in enumerate(gold_texts) if i not in matched_g]
    score.spurious = [t for i, t in enumerate(pred_texts) if i not in matched_p]
    lines = [text[a:b] for a, b in art.boilerplate]
    outputs = [pred.summary, *pred_texts, *pred.paragraphs]
    score.leaks = find_leaks(outputs, lines)
    score.rouge = rouge_scores(pred.summary, art.summary)
    score.lead3_rouge = rouge_scores(pred.lead3, art.summary)
    return score


def _source(shown: str, quotes: Sequence[tuple[str, str | None]]) -> int | None:
    """The index of the quote a key quote was taken from: the one holding its longest piece."""
    piece = max((" ".join(p.split()) for p in shown.split("…")), key=len)
    for index, (text, _) in enumerate(quotes):
        if piece and piece in " ".join(text.split()):
            return index
    return None


def _score_key_quotes(
    score: ArticleScore, art: LabelledArticle, pred: Prediction, matches: Sequence[Match]
) -> None:
    """Count the key quotes taken from a matched quote, and those whose speaker is right."""
    by_pred = {p: m for m in matches for p in m.pred}
    for shown, speaker in pred.key_quotes:
        source = _source(shown, pred.quotes)
        match = by_pred.get(source) if source is not None else None
        if match is None:
            continue
        labels = [art.quotes[g] for g in match.gold]
        alternatives = [a for label in labels for a in label.alt_speakers]
        score.key_shown += 1
        score.key_right += speaker_ok(speaker, labels[0].speaker, alternatives)


def overall(scores: Sequence[ArticleScore]) -> dict[str, float]:
    """Micro-averaged quote and speaker figures, total leaks, macro-averaged ROUGE."""
    gold = sum(s.gold for s in scores)
    predicted = sum(s.predicted for s in scores)
    matched = sum(s.matched for s in scores)
    precision, recall, f1 = prf(matched, predicted, gold)
    right = sum(s.speakers_right for s in scores)
    n = len(scores) or 1
    figures: dict[str, float] = {
        "articles": len(scores),
        "gold_quotes": gold,
        "predicted_quotes": predicted,
        "matched_quotes": matched,
        "quote_precision": precision,
        "quote_recall": recall,
        "quote_f1": f1,
        "speaker_accuracy": right / matched if matched else 0.0,
        **_share("speaker_precision", scores, "named_right", "named"),
        **_share("speaker_recall", scores, "labelled_found", "labelled_named"),
        **_share("key_quote_speaker_accuracy", scores, "key_right", "key_shown"),
        "leaks": sum(len(s.leaks) for s in scores),
        "errors": sum(1 for s in scores if s.error),
    }
    for key in ROUGE_KEYS:
        figures[key] = sum(s.rouge.get(key, 0.0) for s in scores) / n
        figures[f"lead3_{key}"] = sum(s.lead3_rouge.get(key, 0.0) for s in scores) / n
    return figures


def _share(name: str, scores: Sequence[ArticleScore], part: str, whole: str) -> dict[str, float]:
    """A ratio summed over articles, with its two counts (`<name>`, `<name>_n`, `<name>_of`)."""
    top = sum(getattr(s, part) for s in scores)
    bottom = sum(getattr(s, whole) for s in scores)
    return {name: top / bottom if bottom else 0.0, f"{name}_n": top, f"{name}_of": bottom}


def evaluate(articles: Sequence[LabelledArticle], extract: Extractor) -> list[ArticleScore]:
    """Run the extractor on every article and score each one."""
    scores = []
    for art in articles:
        text = art.read()
        scores.append(score_article(art, text, extract(text, art.id)))
    return scores
