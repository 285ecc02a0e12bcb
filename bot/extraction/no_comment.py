"""Sentences telling only that someone said nothing ("X declined to comment.")."""

from __future__ import annotations

import re

# The refusal or the silence: "declined to comment", "could not be reached", "did not respond".
_REFUSED = re.compile(
    r"\b(?:(?:declined|refused|did\s+not\s+wish)\s+to\s+"
    r"(?:comment|be\s+interviewed|speak|talk|answer)"
    r"|(?:would\s+not|wouldn['’]t)\s+comment"
    r"|declined\s+(?:an?\s+|our\s+|repeated\s+|several\s+)?(?:requests?\s+(?:for|to)\s+(?:an?\s+)?)?"
    r"(?:comment|interview)"
    r"|(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|had\s+not|had\s+yet\s+to"
    r"|has\s+yet\s+to|have\s+yet\s+to)\s+(?:immediately\s+)?"
    r"(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?|answer(?:ed)?)"
    r"|(?:could|can)\s*not\s+be\s+(?:immediately\s+)?reached"
    r"|(?:was|were|is|are)\s+(?:not\s+)?(?:immediately\s+)?(?:un)?available\s+for\s+comment"
    r"|no\s+one\s+(?:at|from)\s+[^.]*\s+(?:responded|replied))\b"
)
# Words that bring speech into the sentence: "X said she would not comment but …" may quote X.
_SPEECH = re.compile(
    r"\b(?:but|though|although|while|except|beyond|other\s+than|said|says|saying|adding|told"
    r"|wrote)\b"
)
# A relative clause open before the refusal: "split from X, who declined to comment" is X's.
_RELATIVE_OPEN = re.compile(r",\s+(?:who|whose|which|whom)\b[^,]*$")
_CHEAP = ("comment", "respon", "repl", "reach", "return", "answer", "interview", "speak", "talk")


def refused_comment(text: str) -> bool:
    """Whether the last sentence of `text` only tells that its subject declined or failed to
    comment ("X declined to comment.", "X could not be reached."), with no speech in it."""
    lower = text.rstrip().rpartition(". ")[2].lower()
    if not any(word in lower for word in _CHEAP):
        return False
    refused = _REFUSED.search(lower)
    if refused is None or _RELATIVE_OPEN.search(lower, 0, refused.start()):
        return False
    return _SPEECH.search(lower) is None
