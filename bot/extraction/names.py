"""People named in one article: mentions, full names at first mention and likely gender."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from bot.extraction.lexicon import NAME_RUN, NOT_NAMES, ORG_WORDS, SPEECH_VERB
from bot.extraction.lexicon import TITLES as TITLE_WORDS

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
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|himself|herself)\b")
_FEMALE = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah sara karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela
    emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
    heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn
    judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sophia madison frances
    kathryn janice jean abigail alice judy isabella julia grace amber denise danielle marilyn
    beverly charlotte natalie theresa diana brittany doris kayla alexis lori marie jane florence
    eliza adele beyoncé anitta kyle gail ileana sharel nikkie zoë zoe eva lily jodie greta taraji
    america fantasia hillary kamala nancy oprah taylor rihanna shakira kate claudine hopi priya
    shelly london ruth henrike ingrid astrid sofia sophie chloe mia ella ava harriet lucy alyssa
    jill kristen kirsten leah rosa carmen elena irina olga natasha yvette megyn kendall kylie
    hailey gwyneth meryl nicola theresa angela ursula giorgia marine liz camilla meghan""".split()
)
_MALE = frozenset(
    """james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
    brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
    jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith
    roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy
    bruce gabriel joe logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
    russell bobby mason philip louis dmitri vladimir elon jeff bill barack joe donald mitch
    chuck ted newt rush linus bubba maury mauricio drew rex tom judah del martin neil vijay
    chris rutger max piet tomas ron mike jim tim ben sam dan rick nick tony steve greg doug
    boris emmanuel olaf xi narendra recep benjamin volodymyr sergei ivan igor hans klaus
    ali mohammed muhammad ahmed omar hassan kim jared ronald steven casey pat""".split()
)


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
_BREAKS = re.compile(r"[.’'\n]")
_CONTRACTION = re.compile(r"[a-z]+[’'](?:m|d|ve|ll|re|s|t)$")


def runs(text: str) -> list[tuple[int, int, str]]:
    """Capitalised name runs as (start, end, run), broken at sentence ends, possessives, lines."""
    found: list[tuple[int, int, str]] = []
    for match in NAME_RUN.finditer(text):
        run = match.group()
        if _BREAKS.search(run, 0, len(run) - 1 if run[-1] in ".’" else len(run)) is None:
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


def first_name_gender(name: str) -> str | None:
    first = name.split()[0].lower() if name else ""
    return "f" if first in _FEMALE else "m" if first in _MALE else None


class Mention(NamedTuple):
    """A personal name written at `start` (cleaned), and whether it is a grammatical object."""

    start: int
    end: int
    name: str
    is_object: bool


class People:
    """Names seen in one article: expands surnames to full names and guesses genders."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._mentions: list[Mention] | None = None
        self._starts: list[int] = []
        self._cache: dict[tuple[str, int], str] = {}
        self._gender: dict[str, str | None] = {}
        self._known: dict[str, bool] = {}
        self._counts: dict[str, int] | None = None
        self._fuller: dict[str, list[Mention]] = {}
        self.quoted: list[tuple[int, int]] = []  # (start, end) of quoted text, set by the caller
        self._quoted_starts: list[int] = []

    @property
    def mentions(self) -> list[Mention]:
        """Every capitalised name run in the text (built once, on first use)."""
        if self._mentions is None:
            found: list[Mention] = []
            text = self.text
            in_quote = self._in_quote
            for begin, end, run in runs(text):
                if " " not in run and run.lower() in NOT_NAMES:
                    continue  # "The", "But", "When" opening a sentence
                name = split_run(run)[0]
                if not name or is_org(name):
                    continue
                start = end - len(name) if run.endswith(name) else begin
                if in_quote(start):
                    continue
                words = text[max(0, begin - 20) : begin].lower().split()[-2:]
                if words and words[-1] == "the":
                    words.pop()
                word = words[-1] if words else ""
                is_object = word in _OBJECT_WORDS or word.endswith(("’s", "'s"))
                found.append(Mention(start, end, name, is_object))
            self._mentions = found
            self._starts = [m.start for m in found]
        return self._mentions

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

    def before(self, at: int) -> list[Mention]:
        """Mentions that start before `at`, most recent first (a reversed view, no copy)."""
        mentions = self.mentions
        count = bisect_left(self._starts, at)
        return [mentions[i] for i in range(count - 1, max(count - 40, 0) - 1, -1)]

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
        if " " in name and not self._preceded_by_capital(name):
            return name
        candidates = self._fuller.get(name)
        if candidates is None:
            candidates = [
                m
                for m in self.mentions
                if " " in m.name and (m.name.endswith(" " + name) or m.name.startswith(name + " "))
            ]
            self._fuller[name] = candidates
        if candidates:
            before = [m for m in candidates if m.start < at] if at >= 0 else []
            chosen = (before[-1] if before else candidates[0]).name.split()
            for mention in candidates:  # the first mention of that same person
                parts = mention.name.split()
                if parts[0] == chosen[0] and parts[-1] == chosen[-1]:
                    return mention.name
        if len(name) >= 3:
            for mention in self.mentions:  # "Bey" for "Beyoncé"
                full = mention.name
                short = " " not in full and len(full) > len(name)
                if short and full.startswith(name) and full[len(name)].islower():
                    return full
        return name

    def _preceded_by_capital(self, name: str) -> bool:
        """Whether `name` is ever written right after another capitalised word."""
        text = self.text
        at = text.find(" " + name)
        while at > 0:
            word = text[text.rfind(" ", 0, at) + 1 : at]
            if word[:1].isupper():
                return True
            at = text.find(" " + name, at + 1)
        return False

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

    def counts(self) -> dict[str, int]:
        """How often each surname (last word) is mentioned outside quotes."""
        if self._counts is None:
            counts: dict[str, int] = {}
            for mention in self.mentions:
                last = mention.name.split()[-1]
                counts[last] = counts.get(last, 0) + 1
            self._counts = counts
        return self._counts

    def known(self, name: str) -> bool:
        """Whether a one-word name is really a name: capitalised mid-sentence somewhere."""
        return " " in name or name.isupper() or bool(self.gender(name)) or self._mid(name)

    def gender(self, name: str) -> str | None:
        """'m', 'f' or None: from he/she after its mentions, else from the first name."""
        if name in self._gender:
            return self._gender[name]
        votes = {"m": 0, "f": 0}
        prior = first_name_gender(name)
        if prior:
            votes[prior] += 3
        last = name.split()[-1]
        mentions = self.mentions
        for index, mention in enumerate(mentions):
            if mention.is_object or not mention.name.endswith(last):
                continue
            if mention.name.rpartition(" ")[2] != last:
                continue
            stop = mentions[index + 1].start if index + 1 < len(mentions) else len(self.text)
            found = _PRONOUN.search(self.text, mention.end + 3, min(stop, mention.end + 120))
            if (
                found
                and not self._in_quote(found.start())
                and (". " not in self.text[mention.end : found.start()])
            ):
                votes["f" if found.group().lower().startswith(("she", "her")) else "m"] += 1
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
