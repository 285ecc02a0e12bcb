"""Word lists and shared patterns for attributing quotes to speakers."""

from __future__ import annotations

import re

from bot.extraction.lexicons import body_nouns, common_words, is_demonym, is_place, listed_gender


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles written short before a name, whose stop ends no sentence ("Rev. Ann Lee", "Det.
# Sgt. Tom Ode", "Cllr. Jo Hart").
TITLE_ABBREVIATIONS = _words(
    """mr mrs ms mx dr prof sen rep gov gen col lt sgt capt cmdr cdr adm maj cpl pvt spc brig rev
    revd fr msgr hon pres supt det insp atty coun ald cllr amb smt eng engr"""
)
# Words that introduce or qualify a person's name ("President", "Sen.", "CEO").
TITLES = TITLE_ABBREVIATIONS | _words(
    """president vice prime minister secretary sen senator rep representative gov governor mayor
    dr doctor prof professor mr mrs ms miss mx sir dame lord lady judge justice chief executive
    officer ceo cfo coo cto chairman chairwoman chair director general gen col colonel lt
    lieutenant sgt sergeant capt captain commander cmdr adm admiral maj major ambassador attorney
    chancellor king queen prince princess pope rev reverend father rabbi imam bishop cardinal
    archbishop coach manager inspector detective det deputy commissioner superintendent spokesman
    spokeswoman spokesperson founder co-founder cofounder analyst economist host premier emir
    sheikh crown mp mep sheriff agent dean provost nominee candidate hon congressman
    congresswoman councilman councilwoman councillor alderman speaker leader whip head interim
    acting former senior assistant state house majority minority editor author researcher
    scientist lawyer star actor actress singer rapper player striker defender quarterback
    midfielder goalkeeper forward guard pitcher winger centre-half centre-back center-back
    centre-forward center-forward boss owner partner trustee treasurer clerk
    councilmember assemblymember assemblyman assemblywoman journalist correspondent anchor
    housecleaner cleaner supervisor designer photographer writer reporter comedian musician
    model influencer artist chef nurse teacher student resident fan
    administrator trooper constable patrolman patrolwoman officer marshal firefighter paramedic
    surgeon physician pharmacist therapist psychologist psychiatrist dentist veterinarian
    engineer solicitor barrister prosecutor magistrate auditor comptroller registrar curator
    librarian principal headteacher headmaster headmistress pastor priest vicar chaplain deacon
    newlywed newlyweds commentator pundit playwright novelist poet filmmaker director-general
    astronomer astrophysicist baron baroness viscount countess cllr olympian taoiseach tánaiste
    supt insp msgr pres gov. sen. rep. dr. prof. mr. mrs. ms. gen. col. lt. sgt. capt. rev.
    shri shrimati smt. alhaji alhaja mallam doña daw mla mlc mca excellency highness"""
)
# Ranks of British and Commonwealth forces, and "Retired" before one ("Retired Brigadier X").
TITLES |= _words("corporal brigadier bombardier retired")
# Ranks of Spanish-speaking forces and services, as wire copy keeps them ("Capitán Ana Ruiz").
TITLES |= _words("capitán capitana sargento sargenta teniente comandante")
# A student's year before the name, as American campus and school news writes it: "Sophomore
# Jaylen Brooks" ("Junior Tessa Marr" is read where runs are split: "Junior" is a name too).
TITLES |= _words("freshman sophomore undergraduate postgraduate")
# "Professor Emerita Ann Lee": an honour held with the title, no part of the name.
TITLES |= _words("emeritus emerita")
# After someone described, the words that bring in their name: "(a softly spoken man) named ".
NAME_GIVEN = r"\s+(?:[\w\-]+\s+){0,4}(?:named|called)\s+"
# Capitalised words that begin sentences or clauses but are never part of a name.
NOT_NAMES = _words(
    """the a an but and or in on at for if when while after before as this that these those it
    he she they we i you his her their our its there here then now so yet according meanwhile
    however still also asked speaking last next earlier later today yesterday tomorrow monday
    tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec what why how who where which some many most more all both each every no not one
    two three four five my your with from by to of than despite during since until although
    though like because whether whereas unlike given legendary privately owned says said adds
    added"""
)
# Connective adverbs that open a sentence before a comma ("Instead, a letter from …, said").
NOT_NAMES |= _words(
    """instead otherwise separately likewise nonetheless nevertheless moreover furthermore
    elsewhere afterwards besides indeed similarly conversely"""
)
# Prepositions that open a sentence before a phrase ("Under cross-examination, she agreed"), a
# closed class: never a one-word name. Within a longer run they may belong to a body's name
# ("Doctors Without Borders"), so they are not NOT_NAMES; "Per" (a given name) is left out.
OPENING_PREPOSITIONS = _words(
    """under within amid amidst among amongst across against along alongside around behind below
    beneath between through throughout toward towards upon without into onto"""
)
# Capitalised things that never speak: holidays, scriptures, and names ending in a celestial or
# religious word ("Diwali", "Scripture", "Holy Ghost", "Andromeda Galaxy", "Bill of Rights").
NOT_SPEAKERS = _words(
    """easter christmas diwali hanukkah hanukah ramadan eid thanksgiving halloween passover
    pentecost lent advent yom kippur scripture scriptures bible gospel gospels koran quran torah
    talmud psalms heaven hell paradise aries taurus gemini virgo libra scorpio sagittarius
    capricorn aquarius pisces"""
)
NOT_SPEAKER_ENDS = _words("galaxy nebula ghost spirit rights amendment constitution scripture")
NOT_SPEAKER_ENDS |= _words("act treaty charter")  # laws: "the Housing Act, which states"
NOT_SPEAKER_ENDS |= _words("declaration accord protocol agreement")  # "The Vell Declaration says"
# A party member described by state or party ("Indiana Democrat", "Kansas Republican").
NOT_SPEAKER_ENDS |= _words("democrat republican")
# Plans, works and competitions that never speak ("Harbor Plan", "Monday Night Football").
NOT_SPEAKER_ENDS |= _words("plan album series season cup championship prize award awards football")
# Streets, which a home or a crowd is on ("her home on Carrow Lane"): unless the word before is
# a first name ("Nathan Lane", "Glenn Close"), such a run is an address.
STREET_ENDS = _words(
    "street lane road avenue boulevard crescent terrace drive close highway parkway"
)


def is_thing(name: str) -> bool:
    """A holiday, scripture, galaxy or party descriptor ("Easter", "Andromeda Galaxy",
    "Indiana Democrat"): never a person."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in NOT_SPEAKERS:
        return True  # "Christmas Day", "Easter Sunday"
    last = name.rpartition(" ")[2].lower()
    if last in STREET_ENDS and rest:
        return listed_gender(first) is None  # "Carrow Lane", while "Nathan Lane" is a man
    return name.lower() in NOT_SPEAKERS or last in NOT_SPEAKER_ENDS


# Final words that make a capitalised run an organisation rather than a person.
ORG_WORDS = _words(
    """association ministry department company corporation corp inc ltd llc plc police constabulary
    office council commission committee agency service services group university college institute
    party court bank board foundation authority government administration center centre
    centers centres assembly front movement militia brigade brigades
    hospital infirmary hospice school union news times post journal network organization
    organisation federation
    league club team fund trust society embassy army navy forces force command guard reuters
    fbi cia nasa pentagon kremlin house senate congress parliament cabinet bureau system
    project coalition alliance campaign administration press media tv radio magazine daily
    endowment elementary tribunal panel unit chamber
    airlines motors group partners capital research labs studios records review
    gazette herald tribune telegraph guardian observer zoo robotics technologies industries
    holdings games entertainment pharmaceuticals pharmacy store shop restaurant clinic cafe café
    bakery brewery hotel church theatre theatres theater theaters cinema cinemas
    fc afc rovers wanderers albion rangers hotspur guild semiconductor semiconductors electronics
    industrie securities logistics ag gmbh nv museum gallery library orchestra
    dynamics aerospace systems solutions airways ai events hospice hospices foods"""
)
# First words of a body's name in languages that put its kind first ("Banco Estrella", "Grupo
# Montaña", "Universidad del Valle"): no person's first name.
ORG_HEADS = _words(
    """banco banca banque grupo gruppo groupe universidad universidade università université
    universität instituto istituto institut fundación fundação fondation fondazione stiftung
    compañía companhia compagnie ministerio ministério ministère ministero sociedad société
    società asociación associação associazione federación federação fédération caixa"""
)
# Legal forms and trade tags that end a company's name ("Auerbach Industrie AG", "Mirelle AI"):
# no credential after a name.
LEGAL_FORMS = frozenset("AG GmbH NV PLC LLC LLP BV AI".split())
# Nouns for a company by its trade: "the carmaker said" means the one the article named.
TRADE_NOUNS = _words(
    "giant carmaker automaker chipmaker drugmaker lender supermarket nonprofit carrier retailer"
    " grocer wholesaler brokerage"
)
# Lower-case nouns naming an institution that may speak ("the ministry said").
ORG_NOUNS = TRADE_NOUNS | _words(
    """ministry company department agency police government office court council commission
    committee firm embassy military army navy organization organisation union board hospital school
    university team club league network chain retailer operator airline manufacturer insurer
    regulator zoo band group service studio publisher developer network channel outlet
    museum charity force constabulary college institute foundation association trust
    society federation brand startup business label maker centre center bureau authority district
    bank party alliance coalition gallery library orchestra movement militia front guild hospice
    tribunal panel streamer unit chamber shop store restaurant cafe café hotel
    clinic pharmacy theatre theater cinema"""
)
# And the nouns WordNet gives for a kind of organisation ("cooperative", "consortium").
ORG_NOUNS |= body_nouns()
# Lower-case nouns naming a person's role ("the author", "US author of ...").
ROLE_NOUNS = TITLES | _words(
    """expert specialist official founder owner veteran player athlete fan mother father
    son daughter wife husband teacher student resident worker employee doctor nurse
    writer journalist reporter historian lawmaker politician activist businessman
    businesswoman entrepreneur investor banker broker strategist consultant adviser advisor
    official chef artist musician director producer comedian presenter broadcaster
    billionaire spokesperson man woman boy girl victim survivor witness driver pilot
    singer-songwriter star groom bride widow widower neighbour neighbor dj mc champion winner
    titleholder seed friend boyfriend girlfriend tahsildar sarpanch"""
)
PRONOUNS = _words("he she him her")
PARTICLES = (
    "de|del|della|dela|delos|der|den|van|von|da|di|du|la|le|bin|bint|ben|ibn|al|el|dos|das|ap|ferch"
    "|ter|zu|zum|zur|vom"
)
PARTICLE_SET = frozenset(PARTICLES.split("|"))  # "van", "den", "de": inside a surname

_SPEECH_WORDS = """said says say told tells added adds adding explained explains noted notes
    wrote writes stated states asked asks warned warns insisted insists argued argues claimed claims
    continued continues recalled recalls remarked remarks reply replied replies responded responds
    announced announces declared declares acknowledged acknowledges admitted admits confirmed
    confirms emphasized emphasised emphasizes emphasises stressed stresses suggested suggests
    posted tweeted commented comments concluded observed predicted cautioned urged urges exclaimed
    joked jokes quipped shared revealed reveals believes believed thinks thought testified agreed
    agrees described describes called calls informs informed advises advised recounts recounted
    reported reports proclaimed proclaims captioned captions saying stating telling noting writing
    explaining insisting arguing warning confessed confesses stresses wondered asserted asserts
    concedes conceded texted texts boasted boasts shouted shouts yelled yells mused muses
    exclaims observes cautions concludes testifies wonders
    reflected reflects gushed gushes gushing disagrees disagreed promised promises vowed
    vows pledged pledges alleges alleged teased teases raved raves countered counters contended
    contends maintained maintains lamented laments complained complains reiterated reiterates
    retorted retorts clarified clarifies elaborated elaborates confided confides pleaded pleads
    reminded reminds whispered whispers enthused enthuses bragged brags fumed fumes
    opined opines speculated speculates reasoned reasons chimed chimes echoed echoes sings sang
    raps rapped chanted chants ruled utters uttered defines defined dubbed touted pitched
    pitching concurs concurred predicts predicting tell remembers remembered repeated repeats
    commenting responding replying tweeting captioning joking quipping declaring
    announcing claiming admitting confirming acknowledging slammed slams blasted blasts hinted
    hints demanded demands ventured ventures scoffed scoffs snapped snaps
    murmured murmurs muttered mutters blurted affirmed affirms assured assures reassured
    protested protests objected guessed chirped exulted grumbled grumbles griped whined interrupted
    interjected answered ordered instructed quips marvels marvelled marveled reckons
    answers"""
# Verbs of manner that attribute a quote only when they follow it ("“…,” Ann Lee beamed."):
# before a quote, or in a clause about someone else, they are what a person did, not said.
_TAIL_WORDS = """beamed beams smiled smiles grinned grins screamed screams cheered wailed moaned
    groaned sobbed sobs cried cries chuckled chuckles giggled giggles shrugged nodded laughed
    laughs sighed sighs shrugs winced winces deadpanned deadpans offered offers"""
_SPEECH_PHRASES = (
    "pointed out",
    "points out",
    "went on",
    "goes on",
    "shot back",
    "fired back",
    "hit back",
    "hit out",
    "cut in",
    "puts it",
    "put it",
    "tells it",
    "according to",
)


def trie(words: list[str]) -> str:
    """A regex alternation factored by shared prefixes, which `re` matches much faster."""
    groups: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    parts = [re.escape(first) + trie(rest) for first, rest in sorted(groups.items())]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 and not ends else "(?:" + "|".join(parts) + ")"
    return body + ("?" if ends else "") if len(parts) > 1 or ends else body


def _speech_verbs(words: str) -> re.Pattern[str]:
    """A speech verb of `words` or the phrases, or "according to", as a whole word."""
    alternatives = sorted(set(words.split()) | set(_SPEECH_PHRASES[:-1]))
    return re.compile(r"(?<![\w])(?:[Aa]ccording to|" + trie(alternatives) + r")\b")


SPEECH_VERB = _speech_verbs(_SPEECH_WORDS)
TAIL_SPEECH_VERB = _speech_verbs(_SPEECH_WORDS + " " + _TAIL_WORDS)
PASSIVE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being|not)\s*$", re.IGNORECASE)
# Capital letters: ASCII, Latin-1, the Latin Extended, Greek and Cyrillic capitals, and those
# of Latin Extended Additional ("Ọ", "Ṣ", "Ẹ" open Yoruba names).
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(
    chr(c) for c in (*range(0x100, 0x530), *range(0x1E00, 0x1F00)) if chr(c).isupper()
)
# A name may open with digits when a capital follows them ("3M", "7-Eleven", "23andMe"). Its
# first character is matched first, a digit or a capital, and what it was is checked after:
# a pattern that opens with one class lets the search skip quickly to the next such character
# instead of trying both kinds of opening at every character of the text.
_DIGIT_NAME = rf"(?<=\d)(?<![\w.,]\d)\d*(?=-?[{UPPER}]|[a-z]+[{UPPER}])[\w’'\-]*"
# A word of a name may hold "&" or "+" with no space ("AT&T", "H&M", "P+K", "Disney+").
# Combining accents, as tone marks are often written ("Adébáyọ̀": "ọ" then a combining grave).
MARKS = "\u0300-\u036f"
# Irish surnames: "an"/"na" after "Mac", "Nic" or "Giolla" ("Mac an Ghabhann", "Mac Giolla an
# Átha"), and the lower-case letters Irish puts before a capital after them ("Mac an tSaoi",
# "Nic na gCearrbhach") or before a vowel ("Ó hAodha").
_IRISH_ARTICLE = r"(?:(?<=Mac )|(?<=Nic )|(?<=Giolla ))(?:an|na)\s+"
_IRISH_MUTATION = r"(?<=n |a )(?:t(?=S)|n(?=[DG])|g(?=C)|bh(?=F)|m(?=B)|b(?=P)|d(?=T))"
NAME_RUN = re.compile(
    rf"[\d{UPPER}](?:{_DIGIT_NAME}|(?<=[{UPPER}])[\w{MARKS}’'.\-&+]*)"
    rf"(?:\s+(?:(?:{PARTICLES})\s+|{_IRISH_ARTICLE})*"
    rf"(?:(?:al|el)-|h(?=[AEIOUÁÉÍÓÚ])|{_IRISH_MUTATION})?[{UPPER}][\w{MARKS}’'.\-&+]*)*"
)


def lone_org(word: str) -> bool:
    """Whether one capitalised word the article names nowhere else is a body's name
    ("Greenpeace called the plan …"): no common word, first name, place, people or plural."""
    lower = word.lower()
    if " " in word or not word[:1].isupper() or not word.isalpha() or lower in common_words():
        return False
    plural = lower.endswith("s") and lower not in ORG_WORDS  # "Democrats", "Americans"
    return not (plural or listed_gender(word) or is_place(word) or is_demonym(word))
