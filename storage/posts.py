"""A post's key quotes as stored on its article row: a JSON list, or NULL when not chosen."""

from __future__ import annotations

import json

from bot.models import KeyQuote


def dump_key_quotes(shown: tuple[KeyQuote, ...] | None) -> str | None:
    """The JSON text stored for an article's key quotes (None stays NULL)."""
    if shown is None:
        return None
    rows = [{"text": q.text, "speaker": q.speaker, "partial": q.partial} for q in shown]
    return json.dumps(rows, ensure_ascii=False)


def load_key_quotes(stored: str | None) -> tuple[KeyQuote, ...] | None:
    """The key quotes from their stored JSON text; None when none were stored."""
    if stored is None:
        return None
    rows = json.loads(stored)
    return tuple(KeyQuote(r["text"], r.get("speaker"), bool(r.get("partial"))) for r in rows)
