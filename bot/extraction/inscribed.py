"""Words put on a thing in the sentence before "“…,” it reads." ("A line has been painted
above the door in gold leaf."): an inscription, nobody's words."""

from __future__ import annotations

import re

from bot.extraction.it_reads import reads_back

# "has been painted", "was carved", "were stencilled": words made on a surface, by no one named.
_MADE = (
    r"carved|etched|engraved|stencilled|stenciled|chalked|scrawled|sprayed|daubed|inscribed"
    r"|embroidered|stitched|lettered"
)
_INSCRIBED = re.compile(
    rf"\b(?:been|was|were|is|are)\s+(?:[a-z]+ly\s+)?(?:painted|{_MADE}"
    r"|burned|burnt|cut|picked\s+out|spelled\s+out|spelt\s+out)\b"
)
# "a different message, chalked in capitals:", "the words, painted across the hull:": words put
# on a thing by no one named, read out after a colon.
_INSCRIBED_LEAD = re.compile(
    r"\b(?:message|messages|words|line|lines|verse|slogan|motto|note|notice|sign|warning)"
    rf",?\s+(?:(?:hand-?)?(?:painted|written)|{_MADE}|printed)"
    r"(?:\s+(?:in|on|across|over|with|beneath|under|above|along)\s+[^,.:;“”]{1,40})?:\s*$"
)
# A name in the sentence after its first word, not a place after "in", "at", "on" or "near".
_NAMED_AFTER_FIRST = re.compile(r"(?<!\bin)(?<!\bat)(?<!\bon)(?<!\bnear)(?<!\bof)\s[A-Z]")
# A printed thing closing the sentence: "bought a ticket at the gate.", "was handed a receipt.":
# its words are the printer's, not those of the one holding it.
_PRINTED = re.compile(
    r"\b(?:a|an|the|his|her|their|one|this)\s+(?:[a-z\-]+\s+){0,2}(?:ticket|receipt|label|tag"
    r"|wristband|voucher|stub|badge|sticker|coupon|token|boarding\s+pass|boarding\s+card)s?\b"
    r"[^.!?“”\"]{0,40}[.!?]?\s*$"
)
_BACK = 300  # characters read back for the sentence before the quote


def inscribed_before(tail: str, lead: str, before: str) -> bool:
    """Whether a quote opening its sentence with the tail "it reads" follows a sentence that
    puts words on a thing in the passive ("A line has been carved above the door.")."""
    if lead.strip() or not reads_back(tail):
        return False
    recent = before.rstrip(' “"')[-_BACK:]
    cut = max(recent.rfind(". ", 0, len(recent) - 2), recent.rfind("\n"))
    if _INSCRIBED.search(recent, cut + 1):
        return True
    return _PRINTED.search(recent, cut + 1) is not None  # "Ana Ruiz bought a ticket."


def inscribed_lead(lead: str) -> bool:
    """Whether a lead ends in words put on a thing by no one named, before a colon ("carries a
    different message, chalked in capitals:"), in a sentence naming no one."""
    if not lead.rstrip().endswith(":") or _INSCRIBED_LEAD.search(lead[-120:]) is None:
        return False
    sentence = lead[max(lead.rfind(". "), lead.rfind("\n")) + 1 :].strip()
    return _NAMED_AFTER_FIRST.search(sentence) is None  # "Ana Ruiz left a message, …": hers
