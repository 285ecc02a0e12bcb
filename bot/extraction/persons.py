"""Cheap tests of whether a capitalised run names a person, and of what gender a name gives."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.extraction.lexicon import ORG_WORDS, PARTICLE_SET, ROLE_NOUNS, SPEECH_VERB, TITLES, UPPER
from bot.extraction.lexicons import is_family_name, is_irregular_past, is_place, listed_gender
from bot.extraction.word_given import chinese_pair

# Role words that may follow a capitalised run used as a modifier: "Federal Reserve vice chair",
# "the Lemme founder", "Harbour City managing owner". Words that are often verbs are left out.
_AMBIGUOUS_ROLES = frozenset(
    """state house majority minority head host lead guard forward model fan acting former senior
    interim assistant speaker man woman boy girl son""".split()
)
_MODIFIED_ROLES = (ROLE_NOUNS | TITLES) - _AMBIGUOUS_ROLES
_ROLE_LEADS = frozenset(
    """managing sporting executive vice deputy chief general founding creative technical
    artistic associate principal team press""".split()
)
# Plural roles that are never verbs as well ("artists", "musicians", "singers"), unlike
# "stars", "coaches" or "hosts"; the few such words that are verbs are left out.
_GROUP_ENDS = ("ists", "ians", "ers")
_VERBS_TOO = frozenset(("partners", "fathers", "mothers", "mentors", "anchors", "masters"))
_LOWER_WORDS = re.compile(r" ([a-z][a-z\-]*)(?: ([a-z][a-z\-]*))?")
# A title-bearing phrase ending in a preposition: "Secretary of State for ", "Minister of ".
_PORTFOLIO = re.compile(r"([A-Z][\w.\-]*)(?: [A-Z][\w.\-]*)* (?:for|of) $")
# "Priya and Tomas Lindqvist": two first names sharing the surname that follows them.
_SHARED_SURNAME = re.compile(
    rf" (?:and|&) ([{UPPER}][\w’'\-]+) ([{UPPER}][\w’'\-]+)(?![\w’'\-]| [{UPPER}])"
)
_VIETNAMESE_MIDDLE = {"Thị": "f", "Văn": "m", "Thi": "f", "Van": "m"}
# The commonest Vietnamese family names, written first: "Lê Minh Tuấn" is no "Le".
_VIETNAMESE_FAMILY = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh".split()
)
# The same written without accents, as much English-language copy does: "Nguyen Thi Thu Ha".
_VIETNAMESE_PLAIN = frozenset(
    "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Trinh Dinh".split()
)
_FEMALE = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah sara karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela
    emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
    heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn
    judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sophia madison frances
    kathryn janice jean abigail alice judy isabella julia grace amber denise danielle marilyn
    beverly charlotte natalie theresa diana brittany doris kayla alexis lori marie jane florence
    eliza adele beyoncé anitta gail ileana sharel nikkie zoë zoe eva lily jodie greta taraji
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


@lru_cache(maxsize=8192)
def first_name_gender(name: str) -> str | None:
    """'m' or 'f' from the first word of a name: the lists above, then the census list."""
    words = name.split()
    first = words[0].lower() if words else ""
    if len(words) > 2 and first in PARTICLE_SET and words[1].lower() in PARTICLE_SET:
        return None  # "Van der Berg" is a surname
    if len(words) == 1 and len(name) <= 3 and name.isupper():
        return None  # "AI", "ED": an acronym alone, not the first name it spells
    if len(words) == 2 and (_korean_family_first(words) or chinese_pair(words)):
        return None  # "Shin Min-su": the family name is no first name, the given name unlisted
    if first in _FEMALE:
        return "f"
    if first in _MALE:
        return "m"
    if len(words) == 3 and words[1] in ("Thị", "Văn"):
        return _VIETNAMESE_MIDDLE[words[1]]  # "Nguyễn Thị Lan", "Nguyễn Văn An"
    family_first = vietnamese_order(words)
    if family_first and words[1] in _VIETNAMESE_MIDDLE:
        return _VIETNAMESE_MIDDLE[words[1]]  # "Nguyen Thi Thu Ha", "Tran Van Quoc Bao"
    if not first or (len(words) > 2 and words[0] in _VIETNAMESE_FAMILY) or family_first:
        return None  # a family name first: the given name at the end is not in the lists
    return listed_gender(first) or (listed_gender(_folded(first)) if not first.isascii() else None)


# A romanised Korean given name of two syllables joined by a hyphen: "Min-su", "Seo-yeon".
_SYLLABLE = r"[bcdfghjklmnprstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|k|l|m|p|r)?"
_KOREAN_GIVEN = re.compile(rf"[A-Z]{_SYLLABLE}-{_SYLLABLE}", re.IGNORECASE)


def _korean_family_first(words: list[str]) -> bool:
    """Whether two words are a listed family name then a Korean given name ("Kim Seo-yeon")."""
    given = words[1]
    return (
        given[:1].isupper()
        and given.partition("-")[2][:1].islower()
        and _KOREAN_GIVEN.fullmatch(given) is not None
        and is_family_name(words[0].upper())
    )


def _folded(word: str) -> str:
    """A word without its accents: "Siobhán" -> "Siobhan", "Zoë" -> "Zoe"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_PLACE_PART = rf"[{UPPER}][\w’'\-]+(?: [{UPPER}][\w’'\-]+)?"
_PLACE_AFTER = re.compile(rf",\s+({_PLACE_PART})(?:,\s+({_PLACE_PART}))?")


def place_follows(text: str, end: int) -> bool:
    """Whether a place follows the run ending at `end` after a comma: the run is a place too
    ("Austin, Texas", "Recife, Pernambuco, Brazil")."""
    if text[end : end + 1] != ",":
        return False
    match = _PLACE_AFTER.match(text, end, end + 60)
    return match is not None and any(is_place(part) for part in match.groups() if part)


def is_modifier(text: str, end: int) -> bool:
    """Whether the run ending at `end` modifies a role noun after it ("the Lemme founder")."""
    match = _LOWER_WORDS.match(text, end)
    if match is None:
        return False
    first, second = match.group(1), match.group(2)
    if first.endswith(_GROUP_ENDS) and first[:-1] in _MODIFIED_ROLES:
        if text[end - 1 : end] in "’'" or text[end - 2 : end] in ("’s", "'s"):
            return False  # "Tesla’s lawyers": whose they are
        return first not in _VERBS_TOO  # "older Highlife artists": a kind of artist, no name
    return first in _MODIFIED_ROLES or (first in _ROLE_LEADS and second in _MODIFIED_ROLES)


_WORKMATES = frozenset(
    "colleagues coworkers co-workers teammates classmates staff staffers employees fans".split()
)
# Things a name before them is the title or the subject of: "the Nell Quarry series".
_NAMED_THINGS = frozenset(
    "series show podcast column franchise brand collection campaign trial case tour album"
    " documentary novel exhibition retrospective biopic memoir".split()
)
_DETERMINERS = ("my ", "our ", "your ", "his ", "her ", "their ", "its ", "the ")


def names_a_noun(text: str, begin: int, end: int) -> bool:
    """Whether a run between a determiner and a noun modifies that noun: people who work or
    stand together ("my Cosmo colleagues") or a thing named for it ("the Nell Quarry series")."""
    match = _LOWER_WORDS.match(text, end)
    if match is None or not text.endswith(_DETERMINERS, max(0, begin - 6), begin):
        return False
    word = match.group(1)
    plural_role = word.endswith("s") and word[:-1] in _MODIFIED_ROLES
    return word in _WORKMATES or word in _NAMED_THINGS or plural_role


def after_the(text: str, start: int) -> bool:
    """Whether a lower-case article comes right before `start` ("the Internet", "the Poosh",
    "posted a TikTok", "an Oscar")."""
    for article in ("the ", "a ", "an "):
        size = len(article)
        if start >= size and text[start - size : start] == article:
            return start == size or text[start - size - 1] == " "
    return False


def portfolio_name(text: str, start: int, run: str) -> str | None:
    """The person at the end of a run that follows a title's portfolio: "Secretary of State
    for Housing Lies Verbeke" -> "Lies Verbeke"; None when the run is not such a case."""
    tokens = run.split()
    if len(tokens) < 3 or not text.endswith((" for ", " of "), 0, start):
        return None  # the portfolio must end right before the run, in "for" or "of"
    match = _PORTFOLIO.search(text, max(0, start - 60), start)
    if match is None or match.end() != start:
        return None
    words = {word.lower().rstrip(".") for word in text[match.start() : start].split()}
    first = len(tokens) - 2
    while first > 1 and tokens[first].lower() in PARTICLE_SET:
        first -= 1  # "… for Mobility Elke Van den Bosch": the surname's particles too
    return " ".join(tokens[first:]) if words & TITLES else None


_POSSESSIVE_END = re.compile(r"[’'](?:s)?$")


def shared_surname(text: str, at: int, end: int) -> str | None:
    """The full name of the first name text[at:end] when another first name follows that shares
    a surname: "Priya" in "Priya and Tomas Lindqvist" -> "Priya Lindqvist"."""
    match = _SHARED_SURNAME.match(text, end, end + 200)
    if match is None or not (first_name_gender(match.group(1)) or first_name_gender(text[at:end])):
        return None
    surname = _POSSESSIVE_END.sub("", match.group(2))
    return None if surname.lower() in ORG_WORDS else f"{text[at:end]} {surname}"


def leads_name(full: str) -> bool:
    """Whether the first word of a full name can stand for it alone: a first name and surname
    ("Kourtney Kardashian"), with particles ("Lula da Silva") or one middle name ("Kaia Lee
    Marsh", "Nguyễn Văn An" with the family name first)."""
    words = full.split()
    middle = words[1:-1]
    if vietnamese_order(words):
        return True  # "Nguyen Thi Thu Ha": the family name first stands for all of it
    return len(words) > 1 and all(
        w.lower() in PARTICLE_SET or (len(words) == 3 and w[:1].isupper() and w[1:].islower())
        for w in middle
    )


def vietnamese_order(words: list[str]) -> bool:
    """Whether words are a Vietnamese name of three to five words, family name first."""
    return (
        2 < len(words) < 6
        and (words[0] in _VIETNAMESE_FAMILY or words[0] in _VIETNAMESE_PLAIN)
        and all(w[:1].isupper() and w[1:].islower() for w in words[1:])
    )


def other_apostrophe(name: str) -> str:
    """The name with its other apostrophe ("O'Brien" for "O’Brien"), or "" when it has none."""
    if "’" in name:
        return name.replace("’", "'")
    return name.replace("'", "’") if "'" in name else ""


# "III" ends with "II"; "Snr" and "Jnr" as British papers write them
_GENERATION_ENDS = ("Jr", "Jr.", "Sr", "Sr.", "Jnr", "Jnr.", "Snr", "Snr.", "II", "IV")
_GENERATION = re.compile(r",? (?:Jr|Sr|Jnr|Snr)\.?$|,? (?:II|III|IV)$")


def without_generation(full: str) -> str:
    """A full name without its generational suffix: "Sam Ode" for "Sam Ode Jr."."""
    return _GENERATION.sub("", full) if full.endswith(_GENERATION_ENDS) else full


def generation(name: str) -> str:
    """A name's generational suffix without its stop ("Jr" for "Sam Ode Jr."), else ""."""
    found = _GENERATION.search(name) if name.endswith(_GENERATION_ENDS) else None
    return found.group().strip(",. ") if found else ""


def same_surname_choice(candidates: list[tuple[int, str]], at: int) -> str:
    """The full name a bare surname stands for among (position, full name) mentions in text
    order: the person named in full most often ("Fintan Rowe" over his brother "Declan Rowe"
    named once), else the one named last before `at`; given as first written."""
    people: dict[tuple[str, str], list[str]] = {}
    for _, full in candidates:
        parts = without_generation(full).split()
        people.setdefault((parts[0], parts[-1]), []).append(full)
    before = [full for pos, full in candidates if pos < at] if at >= 0 else []
    nearest = without_generation(before[-1] if before else candidates[0][1]).split()
    most = max(people.values(), key=len)
    key = (nearest[0], nearest[-1])
    chosen = most if len(most) > len(people[key]) else people[key]
    return chosen[0]


_WORD = re.compile(r"[^\W\d_]+(?:[\-’'][^\W\d_]+)*")  # a name's word: "Ode", "Adeyemi-Cole"


def name_acted_on(words: list[str]) -> bool:
    """Whether two words are a name's last word and a verb in the past that says no speech
    ("Reyes defended", "Vale congratulated", "Ode left"): a name after them is its object."""
    if len(words) != 2 or not words[0][:1].isupper() or not _WORD.fullmatch(words[0]):
        return False
    return past_act(words[1])


def past_act(verb: str) -> bool:
    """Whether a lower-case word is a verb in the past that says no speech ("defended", "led")."""
    if not (verb.isalpha() and verb.islower()):
        return False
    past = (verb.endswith("ed") and len(verb) > 4) or is_irregular_past(verb)
    return past and SPEECH_VERB.fullmatch(verb) is None


# Words that open a clause inside a sentence: a name after one is that clause's subject only.
SUBORDINATORS = frozenset("since after before until because although though while unless".split())
_CLAUSE_ENDS = frozenset(".!?:;”\"'’")  # after these, a clause may be the sentence's main one


def inner_clause(words: list[str]) -> bool:
    """Whether the last of two words opens a clause inside a sentence ("a year after", "the
    council, though"): a name after it is not the sentence's subject. A capital ("After Ann
    Lee left, she …") opens the sentence, whose subject the name may well be."""
    if len(words) != 2 or words[0][-1:] in _CLAUSE_ENDS:
        return False
    return words[1] in SUBORDINATORS
