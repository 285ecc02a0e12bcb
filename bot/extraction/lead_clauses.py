"""Clauses of a lead that are not its speaker's saying: a subject judged by others ("X was
accused by fishermen of “…”") and a phrase set before the subject ("Unlike Ann Lee, ")."""

from __future__ import annotations

import re

# A subject judged by others ("X was accused by fishermen of", "X has been praised for"): the
# words are the judges', or nobody's the sentence names.
_JUDGED = re.compile(
    r"\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?(?:accused|criticised|criticized"
    r"|praised|blamed|slammed|condemned|faulted|attacked|lambasted|chided|mocked|ridiculed|hailed"
    r"|lauded|commended|derided|denounced|branded)(?:\s+by\s+([^,;:“”\"]{1,60}?))?"
    r"\s+(?:of|for|as)\s+(?:(?!\b(?:and|but|said|says|told|added|wrote)\b)[^,;:“”\".]){0,40}$"
)


def judged(lead: str) -> str | None:
    """Who judged the subject of a lead ending "was accused by fishermen of" ("fishermen"),
    "" when the lead names no one ("has been praised for"), None for any other lead."""
    match = _JUDGED.search(lead[-160:]) if "ed " in lead else None
    return (match.group(1) or "") if match else None


# A phrase opening the sentence before its subject: "Unlike Ann Lee, ", "In the memo, sent on X, ".
_FRONTED = re.compile(
    r"\s*(?:(?:Unlike|Like|Besides|Beside|Despite|Against|Compared\s+(?:with|to)|As\s+with|Among"
    r"|Following|After|Before|Since|While|Although|Though|Whereas)\s[^,:;“”\"]{1,80},\s+|In\s+(?:the"
    r"|its|a|an)\s[^,:;“”\"]{1,40},\s+(?:sent|dated|issued|posted|signed)\s[^,:;“”\"]{1,60},\s+)"
    r"(?=[A-Z]|(?:the|its|his|her|their|he|she|they)\s)"
)


def fronted_end(lead: str) -> int:
    """Where the subject starts after a phrase opening the sentence ("Unlike Ann Lee, "), else 0."""
    match = _FRONTED.match(lead)
    return match.end() if match else 0
