"""A caption read out after the quote ("“…,” the caption read.") under a photo or video that
the sentence before says someone shared or posted: the one who shared it speaks."""

from __future__ import annotations

import re

from bot.extraction.written_it import last_sentence_start

# "“…,” the caption read." or "…, the caption reads."
_CAPTION_TAIL = re.compile(
    r"[\s,]*(?:the|its|his|her|their)\s+caption\s+(?:read|reads|said|says)\b"
)
# Someone sharing a picture: "X shared a video of himself …", "she posted a photo of …".
_SHARED = re.compile(
    r"\b(?:posted|shared|uploaded|published|released|tweeted|put\s+up)\s+(?:a|an|the|another)\s+"
    r"(?:[\w\-]+\s+){0,2}"
    r"(?:photo|photograph|picture|video|clip|selfie|image|snap)s?\b"
)


def shared_before(tail: str, before: str) -> str | None:
    """The last sentence of `before` when the tail reads a caption and that sentence has
    someone share a photo or video, else None."""
    if "caption" not in tail[:20] or _CAPTION_TAIL.match(tail) is None:
        return None
    text = before.rstrip(" “\"")
    sentence = text[last_sentence_start(text) :]
    return sentence if _SHARED.search(sentence) else None
