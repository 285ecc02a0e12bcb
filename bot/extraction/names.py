"""People named in one article: mentions, full names at first mention and likely gender."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from bot.extraction.lexicon import NAME_RUN, NOT_NAMES, ORG_WORDS, PARTICLES, SPEECH_VERB
from bot.extraction.lexicon import TITLES as TITLE_WORDS
from bot.extraction.persons import (
    after_the,
    first_name_gender,
    is_modifier,
    portfolio_name,
    title_gender,
)

_POSSESSIVE = re.compile(r"[’']s?$")
_PARTY_TAG = re.compile(r"\(?[DRI]-[A-Z][a-z]*\.?\)?,?$")
_DESCRIPTOR = re.compile(r"-[a-z]{3,}")  # "Ex-escort-turned-hairdresser", "Dallas-based"
_NAME_TITLES = frozenset(("dean", "king", "major", "judge", "bishop", "prince", "earl", "duke"))
_OBJECT_WORDS = frozenset(
    "of for at from with in on by about against into told asked thanked than like replace"
    " beat defeated and telling tells tell thanking asking joining praising interviewed".split()
)
_SPEAKS = re.compile(r"(?:,[^,.]{0,80},)?\s*(?:" + SPEECH_VERB.pattern + ")")
_SAID_BEFORE = re.compile(r"[,”\"]\s*(?:said|says|added|explains|explained|wrote)\s+$")
_NEXT_NAME = re.compile(r"(?<=[a-z,;] )[A-Z]")
# "he" at a word end, found by its literal prefix (fast); the word start is checked after.
_HE = re.compile(r"h(?:e|imself|erself)\b|He\b")


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return len(letters) > 1 and letters.isupper() and (len(letters) <= 4 or "." in token)


def _clean_token(token: str) -> str:
    token = _POSSESSIVE.sub("", token) if token[-2:] in ("’s", "'s") else token
    if token.endswith(".") and not (len(token) == 2 or token.lower() in ("jr.", "sr.")):
        token = token[:-1]
    return token


_INITIAL_OR_TITLE = frozenset(
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt st jr sr rev".split()
)
_TOKEN = re.compile(r"\S+")
_PARTICLE_SET = frozenset(PARTICLES.split("|"))
_CONTRACTION = re.compile(r"[a-z]+[’'](?:m|d|ve|ll|re|s|t)$")


def runs(text: str) -> list[tuple[int, int, str]]:
    """Capitalised name runs as (start, end, run), broken at sentence ends, possessives, lines."""
    found: list[tuple[int, int, str]] = []
    for match in NAME_RUN.finditer(text):
        run = match.group()
        body = run[:-1] if run[-1] in ".’" else run
        if not ("." in body or "’" in body or "'" in body or "\n" in body):
            found.append((match.start(), match.end(), run))
            continue
        base, start = match.start(), match.start()
        for token in _TOKEN.finditer(run):
            word, end = token.group(), base + token.end()
            gap = text[start : base + token.start()]
            if "\n" in gap and start < base + token.start():
                piece = text[start : base + token.start()].rstrip()
                found.append((start, start + len(piece), piece))
                start = base + token.start()
            stop = word.endswith((".", "’s", "'s", "’")) and not (
                len(word) == 2 or word.lower().rstrip(".") in _INITIAL_OR_TITLE
            )
            if stop:
                found.append((start, end, text[start:end]))
                start = end
        if start < match.end():
            piece = text[start : match.end()].strip()
            if piece:
                found.append((match.end() - len(piece), match.end(), piece))
    return found


@lru_cache(maxsize=8192)
def split_run(run: str, keep_name_title: bool = True) -> tuple[str, bool]:
    """Strip titles, acronyms and openers from a capitalised run; say if a title was cut."""
    if " " not in run:  # fast path for the commonest case, one word
        token = _clean_token(run)
        lower = token.lower().rstrip(".")
        if lower in NOT_NAMES or _CONTRACTION.match(lower) or _PARTY_TAG.match(run):
            return "", False
        if lower in TITLE_WORDS or _DESCRIPTOR.search(token):
            return "", True
        return ("", False) if _is_acronym(token) else (token, False)
    tokens = [_clean_token(t) for t in run.split() if not _PARTY_TAG.match(t)]
    cut, titled = 0, False
    for index, token in enumerate(tokens):
        lower = token.lower().rstrip(".")
        if len(token) == 2 and token[1] == ".":
            continue  # an initial: "Ruth A. Bourquin"
        if index == len(tokens) - 1 and index > cut and token.isupper() and len(token) > 1:
            break  # a trailing credential: "Kelly Jones MS"
        if lower in TITLE_WORDS or _DESCRIPTOR.search(token):
            cut, titled = index + 1, True
        elif _is_acronym(token):
            if index == len(tokens) - 1 and index > cut:
                break  # "Kelly Jones MS": dropped below
            cut = index + 1
        elif lower in NOT_NAMES or _CONTRACTION.match(lower):
            cut = index + 1
    if keep_name_title and cut == len(tokens) - 1 and tokens[cut - 1].lower() in _NAME_TITLES:
        cut -= 1  # "Dean Benzaken" is a name, not a title
    tokens = tokens[cut:] if cut < len(tokens) else []
    while len(tokens) > 1 and (
        tokens[-1].lower().rstrip(".") in NOT_NAMES or _is_acronym(tokens[-1])
    ):
        tokens.pop()  # "Kelly Jones MS"
    return " ".join(tokens), titled


def clean_run(run: str) -> str:
    """A capitalised run without its titles, acronyms and sentence openers."""
    return split_run(run)[0]


def is_org(name: str) -> bool:
    return name.rpartition(" ")[2].lower() in ORG_WORDS or (name.isupper() and len(name) > 1)


def _object_before(text: str, at: int) -> bool:
    """Whether the words before `at` make a name an object ("told Smith", "of the Smiths")."""
    words = text[max(0, at - 20) : at].lower().split()[-2:]
    if words and words[-1] == "the":
        words.pop()
    word = words[-1] if words else ""
    return word in _OBJECT_WORDS or word.endswith(("’s", "'s"))


def _capital_before(text: str, at: int) -> bool:
    """Whether the word before `at` (same line) is capitalised or a name particle."""
    if at < 2 or text[at - 1] != " ":
        return False
    word = text[max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1)) + 1 : at - 1]
    if not word or not (word[-1].isalnum() or (len(word) == 2 and word[1] == ".")):
        return False  # "County, Shelly Brown": the comma ends the run
    return word[:1].isupper() or word in _PARTICLE_SET


def _run_start(text: str, at: int) -> int:
    """Where the capitalised run around `at` starts (up to four words back)."""
    for _ in range(4):
        if not _capital_before(text, at):
            break
        at = max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1)) + 1
    return at


_RUN_NAMES: dict[str, tuple[str, int]] = {}


def _run_name(run: str) -> tuple[str, int]:
    """(the personal name in a capitalised run or "", its length if it ends the run or 0)."""
    name = "" if " " not in run and run.lower() in NOT_NAMES else split_run(run)[0]
    if name and is_org(name):
        name = ""  # "The", "But" opening a sentence; organisations
    if len(_RUN_NAMES) > 50_000:
        _RUN_NAMES.clear()
    found = _RUN_NAMES[run] = (name, len(name) if name and run.endswith(name) else 0)
    return found


class Mention(NamedTuple):
    """A personal name written at `start` (cleaned), and whether it is a grammatical object."""

    start: int
    end: int
    name: str
    is_object: bool


class People:
    """Names seen in one article: expands surnames to full names and guesses genders.

    Mentions are found paragraph by paragraph (lines of `text`), only where they are needed.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []
        self._chunks: dict[int, list[Mention]] = {}
        self._found: dict[str, list[Mention]] = {}
        self._cache: dict[tuple[str, int], str] = {}
        self._gender: dict[str, str | None] = {}
        self._known: dict[str, bool] = {}
        self._longer: dict[str, list[tuple[int, str]]] = {}
        self._pronoun_list: list[tuple[int, str]] | None = None
        self.quoted: list[tuple[int, int]] = []  # (start, end) of quoted text, set by the caller
        self._quoted_starts: list[int] = []

    def _chunk_starts(self) -> list[int]:
        if not self._starts:
            starts, at = [0], self.text.find("\n")
            while at >= 0:
                starts.append(at + 1)
                at = self.text.find("\n", at + 1)
            self._starts = starts
        return self._starts

    def _chunk_of(self, at: int) -> int:
        return bisect_right(self._chunk_starts(), at) - 1

    def _chunk(self, number: int) -> list[Mention]:
        """The mentions in one line of the text (built once, on first use)."""
        cached = self._chunks.get(number)
        if cached is not None:
            return cached
        starts, text = self._chunk_starts(), self.text
        base = starts[number]
        stop = starts[number + 1] - 1 if number + 1 < len(starts) else len(text)
        found: list[Mention] = []
        in_quote = self._in_quote
        for begin, end, run in runs(text[base:stop]):
            name, from_end = _RUN_NAMES.get(run) or _run_name(run)
            if not name:
                continue
            begin, end = begin + base, end + base
            start = end - from_end if from_end else begin
            portfolio = portfolio_name(text, begin, run) if run.count(" ") > 1 else None
            if portfolio:
                name, start = portfolio, end - len(portfolio)
            if in_quote(start):
                continue
            found.append(Mention(start, end, name, self._not_subject(name, begin, end)))
        self._chunks[number] = found
        return found

    def _not_subject(self, name: str, begin: int, end: int) -> bool:
        """An object ("told Smith"), a modifier ("the Lemme founder") or a thing ("the Web")."""
        text = self.text
        return (
            _object_before(text, begin)
            or is_modifier(text, end)
            or (" " not in name and after_the(text, begin) and first_name_gender(name) is None)
        )

    @property
    def mentions(self) -> list[Mention]:
        """Every mention in the text, in order."""
        return [m for number in range(len(self._chunk_starts())) for m in self._chunk(number)]

    def occurrences(self, word: str) -> list[Mention]:
        """Mentions containing `word` (a whole word), in text order."""
        cached = self._found.get(word)
        if cached is None:
            text, cached, seen = self.text, [], set()
            at = text.find(word)
            while at >= 0:
                end = at + len(word)
                whole = (at == 0 or not text[at - 1].isalnum()) and (
                    end >= len(text) or not text[end].isalnum()
                )
                if whole:
                    for mention in self._chunk(self._chunk_of(at)):
                        if mention.start <= at < mention.end and mention.start not in seen:
                            seen.add(mention.start)
                            cached.append(mention)
                at = text.find(word, end)
            self._found[word] = cached
        return cached

    def count(self, word: str) -> int:
        """How often a name (a surname, say) is mentioned outside quotes."""
        return len(self.occurrences(word))

    def set_quoted(self, ranges: list[tuple[int, int]]) -> None:
        """Tell where quotations are, so names inside them are not taken as speakers."""
        self.quoted = sorted(ranges)
        self._quoted_starts = [start for start, _ in self.quoted]

    def _in_quote(self, at: int) -> bool:
        index = bisect_left(self._quoted_starts, at + 1) - 1
        return index >= 0 and at < self.quoted[index][1]

    def speaks(self, mention: Mention) -> bool:
        """Whether a mention is the subject of a speech verb ("Smith said", "“…,” said Smith")."""
        text = self.text
        return _SPEAKS.match(text, mention.end) is not None or (
            _SAID_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
        )

    def before(self, at: int, limit: int = 10) -> list[Mention]:
        """Up to `limit` mentions that start before `at`, most recent first."""
        found: list[Mention] = []
        number = self._chunk_of(at)
        while number >= 0 and len(found) < limit:
            found.extend(m for m in reversed(self._chunk(number)) if m.start < at)
            if self._chunk_starts()[number] < at - 1200:
                break
            number -= 1
        return found[:limit]

    def full_name(self, name: str, at: int = -1) -> str:
        """The fullest form of `name`: the nearest full mention before `at`, else the first."""
        key = (name, at)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._expand(name, at)
            self._cache[key] = cached
        return cached

    def _expand(self, name: str, at: int) -> str:
        if is_org(name):
            return name
        if " " in name and not self._fuller(name):
            return name
        candidates = self._fuller(name)
        if not candidates and " " not in name and first_name_gender(name) is None:
            candidates = [  # "Kourtney" for "Kourtney Kardashian"
                (pos, full)
                for pos, full in self._fuller(name, True)
                if full.count(" ") == 1 and len(full) - len(name) > 3
            ]
        if candidates:
            before = [full for pos, full in candidates if pos < at] if at >= 0 else []
            chosen = (before[-1] if before else candidates[0][1]).split()
            for _, full in candidates:  # the first mention of that same person
                parts = full.split()
                if parts[0] == chosen[0] and parts[-1] == chosen[-1]:
                    return full
        if len(name) >= 3:
            text, at = self.text, self.text.find(name)
            while at >= 0:  # "Bey" for "Beyoncé"
                end = at + len(name)
                if end < len(text) and text[end].islower() and (at == 0 or text[at - 1] == " "):
                    for mention in self._chunk(self._chunk_of(at)):
                        full = mention.name
                        if mention.start == at and " " not in full and full.startswith(name):
                            return full
                at = text.find(name, end)
        return name

    def _fuller(self, name: str, as_first: bool = False) -> list[tuple[int, str]]:
        """(position, full name) of longer names containing `name` ("Jane Smith" for "Smith";
        "Mauricio Umansky" for a known first name), in text order, outside quotes."""
        key = name + "\x00" if as_first else name
        cached = self._longer.get(key)
        if cached is not None:
            return cached
        text, cached = self.text, []
        as_first = as_first or first_name_gender(name) is not None
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            whole = (at == 0 or not text[at - 1].isalnum()) and (
                end >= len(text) or not text[end].isalnum()
            )
            after = as_first and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
            if whole and (after or _capital_before(text, at)) and not self._in_quote(at):
                start = _run_start(text, at)
                match = NAME_RUN.match(text, start)
                for begin, stop, run in runs(match.group()) if match else ():
                    if start + begin <= at < start + stop:
                        full = portfolio_name(text, start + begin, run) or split_run(run)[0]
                        if (
                            " " in full
                            and not is_org(full)
                            and (
                                full.endswith(" " + name)
                                or (as_first and full.startswith(name + " "))
                            )
                        ):
                            cached.append((start + begin, full))
            at = text.find(name, end)
        self._longer[key] = cached
        return cached

    def _mid(self, name: str) -> bool:
        """Whether `name` is written capitalised somewhere mid-sentence."""
        cached = self._known.get(name)
        if cached is None:
            text, cached = self.text, False
            at = text.find(" " + name, 1)
            while at > 0 and not cached:
                end = at + 1 + len(name)
                cached = text[at - 1] in "abcdefghijklmnopqrstuvwxyz,;" and (
                    end >= len(text) or not text[end].isalnum()
                )
                at = text.find(" " + name, at + 1)
            self._known[name] = cached
        return cached

    def known(self, name: str) -> bool:
        """Whether a one-word name is really a name: capitalised mid-sentence somewhere."""
        return " " in name or name.isupper() or bool(self.gender(name)) or self._mid(name)

    def _pronouns(self) -> list[tuple[int, str]]:
        """(position, lower-case word) of every he/she in the text (found once)."""
        if self._pronoun_list is None:
            text, found = self.text, []
            for match in _HE.finditer(text):
                start, word = match.start(), match.group()
                if word == "he" and start and text[start - 1] in "Ss":
                    start, word = start - 1, "she"
                before = text[start - 1] if start else " "
                if not (before.isalnum() or before == "_"):
                    found.append((start, word.lower()))
            self._pronoun_list = found
        return self._pronoun_list

    def gender(self, name: str) -> str | None:
        """'m', 'f' or None: from he/she after its mentions, else from the first name."""
        if name in self._gender:
            return self._gender[name]
        votes = {"m": 0, "f": 0}
        prior = first_name_gender(name) or title_gender(self.text, name.rpartition(" ")[2])
        if prior:  # a common first name or a gendered title ("Pope Francis") settles it
            self._gender[name] = prior
            return prior
        last = name.rpartition(" ")[2]
        text, pronouns = self.text, self._pronouns()
        at = text.find(last)
        while at >= 0:
            end = at + len(last)
            whole = (at == 0 or not text[at - 1].isalnum()) and (
                end >= len(text) or not text[end].isalnum()
            )
            if whole and not self._in_quote(at) and not _object_before(text, at):
                nxt = _NEXT_NAME.search(text, end, end + 120)
                stop = nxt.start() if nxt else min(len(text), end + 120)
                index = bisect_left(pronouns, (end + 3, ""))
                if index < len(pronouns) and pronouns[index][0] < stop:
                    pos, word = pronouns[index]
                    if not self._in_quote(pos) and ". " not in text[end:pos]:
                        votes["f" if word.startswith(("she", "her")) else "m"] += 1
            at = text.find(last, end)
        result = None if votes["m"] == votes["f"] else "m" if votes["m"] > votes["f"] else "f"
        if (
            " " not in name
            and not prior
            and abs(votes["m"] - votes["f"]) < 2
            and not self._mid(name)
        ):
            result = None  # one pronoun is weak evidence that a lone word is a person
        self._gender[name] = result
        return result
