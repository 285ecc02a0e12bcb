"""The nouns for a document, by kind: "the report" may stand for the "survey" named before it.

The kinds and the nouns written here come first; then the nouns WordNet files under each kind,
read from `data/document_nouns.tsv` ("circular", "dossier", "affidavit", "edict").
"""

from __future__ import annotations

from bot.extraction.lexicon import trie
from bot.extraction.lexicons import document_nouns

# Nouns of one kind stand for each other: "the report" may be the "survey" named before it.
# (WordNet 3.0, read below, is older than "tweet" and "op-ed".)
_KINDS = (
    "statement announcement release notice notification advisory bulletin memo letter email"
    " communique communiqué declaration readout note correction clarification update citation",
    "study report survey analysis paper research review findings poll audit presentation"
    " forecast outlook",
    "resolution ruling decision judgment judgement verdict measure compromise order text"
    " rules guidelines policy constitution bylaws proclamation footnote",
    "application proposal submission filing draft pitch prospectus deck",
    "website site blog post tweet page description listing brochure",
    "book novel memoir essay column editorial op-ed",
    "campaign slogan tagline advert advertisement poster billboard leaflet flyer pamphlet",
)
_KIND_NAMES = ("message", "report", "ruling", "filing", "web", "writing", "advert")
KIND_OF = {noun: number for number, nouns in enumerate(_KINDS) for noun in nouns.split()}
_LISTED = frozenset(KIND_OF)  # the nouns written above
# Then the nouns WordNet files under each kind ("circular", "dossier", "affidavit", "edict").
for _noun, _kind in document_nouns().items():
    KIND_OF.setdefault(_noun, _KIND_NAMES.index(_kind))
# Of those, the messages ("missive", "memorandum", "manifesto", "apology"): one writer's.
WRITTEN_MESSAGES = frozenset(
    noun for noun, kind in document_nouns().items() if kind == "message" and noun not in _LISTED
)
# As alternations factored by shared prefixes: the same matches as the nouns longest first,
# found far quicker than by trying some 300 words one after another.
ALL_NOUNS = trie(sorted(KIND_OF))
# A filing that speaks ("the filing alleges") is a lawsuit's, read by the legal frame instead.
NOUNS = trie(sorted(set(KIND_OF) - {"filing"}))
