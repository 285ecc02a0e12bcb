"""Documents named by nouns no rule spelled out ("circular", "dossier", "affidavit", "edict"),
read from WordNet's list of document nouns: "“…,” the circular reads." after "X sent a circular"
is X's words, as "the memo reads" always was; things read out that are no one's words (a sign,
a banner, a ticket, a plaque, a T-shirt) keep no speaker, and a noun for a person stays one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_NOUNS = [
    "circular",
    "dossier",
    "affidavit",
    "newsletter",
    "manifesto",
    "pamphlet",
    "directive",
    "edict",
    "decree",
    "memorandum",
    "injunction",
    "dispatch",
    "handbook",
    "handout",
    "treatise",
    "missive",
]


@pytest.mark.parametrize("noun", _NOUNS)
def test_the_noun_reads_after_a_body_sent_it(noun: str) -> None:
    paragraphs = [
        f"The Tollmere Harbour Board sent a {noun} to mooring holders on Tuesday.",
        f"“Mooring fees will go up by a fifth from March, and we regret the short notice,”"
        f" the {noun} reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Tollmere Harbour Board"]


@pytest.mark.parametrize("noun", ["dossier", "edict", "newsletter", "monograph", "indictment"])
def test_the_noun_says_after_a_person_issued_it(noun: str) -> None:
    paragraphs = [
        f"Commissioner Aurelie Mbeki-Strand issued a {noun} on Friday about the ferry contracts.",
        "The contracts were signed in 2019.",
        f"“Nobody checked the figures twice, and nobody asked why,” the {noun} says.",
    ]
    assert speakers_in_order(paragraphs) == ["Aurelie Mbeki-Strand"]


@pytest.mark.parametrize("noun", ["circular", "dossier", "directive", "handbook"])
def test_according_to_the_noun(noun: str) -> None:
    paragraphs = [
        f"The Vantor Water Authority published a {noun} last week on the summer outlook.",
        f"According to the {noun}, reservoirs will stay “well below the level we would like”"
        " until October.",
    ]
    assert speakers_in_order(paragraphs) == ["Vantor Water Authority"]


@pytest.mark.parametrize("noun", ["statement", "report", "circular", "affidavit", "dossier"])
def test_the_noun_issued_by_a_body_in_its_own_sentence(noun: str) -> None:
    paragraphs = [
        "Fishing boats in Carrowmore face higher charges.",
        f"The {noun}, issued by the Carrowmore Port Company on Monday, describes the rise as"
        " “modest and short-lived for most owners”.",
    ]
    assert speakers_in_order(paragraphs) == ["Carrowmore Port Company"]


@pytest.mark.parametrize("thing", ["sign", "banner", "ticket", "plaque"])
def test_things_read_out_keep_no_speaker(thing: str) -> None:
    paragraphs = [
        "Councillor Petra Lindqvist-Obi said the market would reopen in spring. “We owe the"
        " traders that much,” she said.",
        f"Outside the hall, a {thing} hung by the door. “This market will stay closed until the"
        f" roof has been repaired and checked,” the {thing} reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Petra Lindqvist-Obi", None]


def test_a_t_shirt_that_read_keeps_no_speaker() -> None:
    paragraphs = [
        "Joaquim Tessaro-Bell said the march had been peaceful. “Nobody wanted trouble at all"
        " today,” he said.",
        "One marcher wore a T-shirt that read “Nobody asked the people who fish here what they"
        " wanted”.",
    ]
    assert speakers_in_order(paragraphs)[0] == "Joaquim Tessaro-Bell"
    assert speakers_in_order(paragraphs)[1:] in ([], [None])


@pytest.mark.parametrize("role", ["correspondent", "editor", "archivist"])
def test_a_person_noun_stays_a_person(role: str) -> None:
    paragraphs = [
        f"Ottilie Varnham, the {role} who found the letters, has worked on the island for years.",
        f"“The puffins come back every April, without fail,” the {role} said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ottilie Varnham"]


def test_a_document_noun_never_names_someone_else() -> None:
    paragraphs = [
        "Rasmus Oyelowo-Hart, who chairs the residents’ group, read out the council’s circular"
        " at the meeting. “I have never seen anything so vague,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Rasmus Oyelowo-Hart"]


@pytest.mark.parametrize("noun", ["circular", "directive", "apology", "regulation", "guidance"])
def test_a_noun_released_by_a_body_read(noun: str) -> None:
    paragraphs = [
        "Ferry fares on the Oldmoor crossing will rise in spring.",
        f"A {noun} released by the Oldmoor Ferry Trust on Monday read: “Nobody on the board"
        " wanted this, but the fuel bill leaves us no other choice this year.”",
    ]
    assert speakers_in_order(paragraphs) == ["Oldmoor Ferry Trust"]


@pytest.mark.parametrize("noun", ["circular", "dossier", "retraction", "warning"])
def test_read_a_noun_from_a_body(noun: str) -> None:
    paragraphs = [
        "Ferry fares on the Oldmoor crossing will rise in spring.",
        "“Nobody on the board wanted this, but the fuel bill leaves us no other choice this"
        f" year,” read a {noun} from the Oldmoor Ferry Trust.",
    ]
    assert speakers_in_order(paragraphs) == ["Oldmoor Ferry Trust"]


@pytest.mark.parametrize("noun", ["affidavit", "memorandum", "manifesto", "apology"])
def test_her_noun_reads_is_hers(noun: str) -> None:
    paragraphs = [
        "Ferry fares on the Oldmoor crossing will rise in spring.",
        "Captain Wilhelmina Osei-Thorne, who ran the crossing for a decade, spoke to the"
        " trustees on Monday.",
        "“Nobody on the board wanted this, but the fuel bill leaves us no other choice this"
        f" year,” her {noun} reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Wilhelmina Osei-Thorne"]


@pytest.mark.parametrize("noun", ["missive", "memorandum", "manifesto", "apology", "telegram"])
def test_the_noun_reads_after_someone_wrote(noun: str) -> None:
    paragraphs = [
        "Ferry fares on the Oldmoor crossing will rise in spring.",
        "Captain Wilhelmina Osei-Thorne wrote to the trustees on Monday.",
        "“Nobody on the board wanted this, but the fuel bill leaves us no other choice this"
        f" year,” the {noun} reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Wilhelmina Osei-Thorne"]


@pytest.mark.parametrize("thing", ["sign", "plaque", "banner"])
def test_a_thing_read_out_after_someone_wrote_keeps_no_speaker(thing: str) -> None:
    paragraphs = [
        "Captain Wilhelmina Osei-Thorne wrote to the trustees on Monday.",
        "“Nobody on the board wanted this, but the fuel bill leaves us no other choice this"
        f" year,” the {thing} reads.",
    ]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize("noun", ["missive", "memorandum", "dossier", "pamphlet"])
def test_it_begins_after_someone_penned_the_noun(noun: str) -> None:
    paragraphs = [
        "Ferry fares on the Oldmoor crossing will rise in spring.",
        f"Captain Wilhelmina Osei-Thorne penned a {noun} to the trustees on Monday. It begins:"
        " “Nobody on the board wanted this, but the fuel bill leaves us no other choice.”",
    ]
    assert speakers_in_order(paragraphs) == ["Wilhelmina Osei-Thorne"]


@pytest.mark.parametrize("noun", ["circular", "communique", "directive", "newsletter"])
def test_it_read_after_a_body_s_noun_opens_the_sentence(noun: str) -> None:
    paragraphs = [
        "Valdemora and the Oldmoor Ferry Trust spoke about fares on Monday. “We will see what"
        " the summer brings for all of us,” said Tomas Ruiz-Oyelaran, a season-ticket holder.",
        f"Valdemora’s {noun}, released at midnight, was brief. “Fares will rise by a tenth from"
        " April and we regret it,” it read.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomas Ruiz-Oyelaran", "Valdemora"]


@pytest.mark.parametrize("noun", ["manifesto", "pamphlet", "memorandum"])
def test_her_noun_that_said_is_hers(noun: str) -> None:
    paragraphs = [
        "Councillor Ama Ruiz-Oyelaran spoke on Monday. “We will see what comes of all this, in"
        " time,” she said.",
        f"The Oldmoor Ferry Trust asked Ruiz-Oyelaran to withdraw her {noun} that said the"
        " crossing was “a luxury the island cannot afford”.",
    ]
    assert speakers_in_order(paragraphs) == ["Ama Ruiz-Oyelaran", "Ama Ruiz-Oyelaran"]


@pytest.mark.parametrize("verb", ["compiled", "prepared", "written", "produced"])
def test_a_noun_compiled_by_a_body(verb: str) -> None:
    paragraphs = [
        f"A dossier {verb} by the Carrow Fishermen’s Alliance was handed to ministers last week.",
        "“Twelve boats have been lost in five years and nobody has ever been held to account,”"
        " the dossier says.",
    ]
    assert speakers_in_order(paragraphs) == ["Carrow Fishermen’s Alliance"]


@pytest.mark.parametrize("noun", ["dossier", "monograph", "transcript"])
def test_a_new_noun_is_not_an_earlier_document_of_its_kind(noun: str) -> None:
    paragraphs = [
        "The Harbour Audit Office published its annual review of the port in March. “Nobody at"
        " the board could tell us who signed the contracts,” the review reads.",
        f"A {noun} handed to ministers last week makes grim reading. “Twelve boats have been lost"
        f" in five years and nobody has ever been held to account,” the {noun} says.",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Audit Office", None]


def test_a_body_that_wrote_then_the_letter_describes() -> None:
    paragraphs = [
        "The Carrow Port Company wrote to tenants in May. The letter describes the rise as"
        " “modest and necessary for a safe harbour”.",
    ]
    assert speakers_in_order(paragraphs) == ["Carrow Port Company"]


@pytest.mark.parametrize(
    ("before", "noun"),
    [
        ("Mayor Ines Achterberg proclaimed a day of mourning on Friday.", "proclamation"),
        ("Mayor Ines Achterberg decreed a day of mourning on Friday.", "edict"),
    ],
)
def test_a_proclamation_or_edict_after_the_one_who_proclaimed(before: str, noun: str) -> None:
    paragraphs = [
        f"{before} “Every shop and office in the town will stand still for one minute at noon,”"
        f" the {noun} reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Ines Achterberg"]


@pytest.mark.parametrize(
    ("before", "noun"),
    [
        ("Mayor Ines Achterberg tweeted about the fees on Monday.", "tweet"),
        ("Mayor Ines Achterberg wrote an op-ed for the Carrow Courier on Sunday.", "op-ed"),
    ],
)
def test_a_tweet_or_op_ed_after_its_writer(before: str, noun: str) -> None:
    paragraphs = [
        f"{before} “The harbour belongs to everyone who works on it, not to the board,” the"
        f" {noun} reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Ines Achterberg"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The statement comes after fisherman Tomasz Reyes-Akintola said the quay was"
            " “already under water in places”.",
            "Tomasz Reyes-Akintola",
        ),
        (
            "The circular landed as harbour master Ana Lusk told owners the quay was “a lake"
            " from one end to the other”.",
            "Ana Lusk",
        ),
        (
            "The statement says the quay is “closed to all traffic until the water drops”.",
            "Kestrel Harbour Board",
        ),
    ],
)
def test_a_clause_with_its_own_speaker_after_the_documents_verb(
    sentence: str, speaker: str
) -> None:
    paragraphs = [
        "The Kestrel Harbour Board issued a statement and a circular on Monday.",
        sentence,
    ]
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Amnesty International said the arrests were “a grave breach of every promise the"
            " government made”.",
            "Amnesty International",
        ),
        (
            "Warrant Officer Dele Abiodun-Marsh said the patrol had been “quiet from start to"
            " finish, thank goodness”.",
            "Dele Abiodun-Marsh",
        ),
        (
            "Ines Achterberg, editor of the Tollmere Digest, said the fees were “fair and long"
            " overdue for every berth holder”.",
            "Ines Achterberg",
        ),
    ],
)
def test_a_name_holding_a_document_noun_stays_a_name(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([paragraph]) == [speaker]


@pytest.mark.parametrize(
    "headline",
    [
        "Residents Petition Carrow Council Over Fees",
        "Mayor Decrees Curfew in Tollmere",
        "Minister Briefs Fishermen on Quota",
    ],
)
def test_a_document_noun_as_a_headline_verb_breaks_no_name(headline: str) -> None:
    paragraphs = [
        "Halvard Moen-Ekwueme, the mayor of Tollmere, spoke on Monday. “We will not let the"
        " harbour close on our watch, whatever it costs,” Moen-Ekwueme said.",
        "Carrow Council said the fees were “fair and long overdue for every berth holder”.",
    ]
    assert speakers_in_order(paragraphs, headline) == ["Halvard Moen-Ekwueme", "Carrow Council"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Brannock Freight apologised in a statement on Monday. “We let our customers down"
            " this winter and we are sorry,” the statement said.",
            "Brannock Freight",
        ),
        (
            "Brannock Freight lowered its outlook in a filing on Monday. The filing blamed"
            " “weaker demand across northern routes” for the cut.",
            "Brannock Freight",
        ),
        (
            "Brannock Freight defended its record in a memorandum to staff on Monday. “Nobody"
            " here cut corners, and I will not hear otherwise,” the memorandum reads.",
            "Brannock Freight",
        ),
        (
            "Brannock Freight was criticised in a report on Monday. “The depots were run without"
            " any checks at all,” the report said.",
            None,
        ),
        (
            "Brannock Freight featured in a dossier on Monday. “The depots were run without any"
            " checks at all,” the dossier said.",
            None,
        ),
    ],
)
def test_what_the_subject_did_in_a_document(sentence: str, speaker: str | None) -> None:
    paragraphs = [
        "Ines Achterberg, a driver, said the mood was grim. “Nobody knows what happens next,”"
        " she said.",
        sentence,
    ]
    assert speakers_in_order(paragraphs) == ["Ines Achterberg", speaker]


@pytest.mark.parametrize("noun", ["statement", "report", "circular", "dossier"])
def test_the_body_s_latest_noun_says_names_the_body_without_the(noun: str) -> None:
    paragraphs = [
        "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this at all,” she"
        " said.",
        f"The Kestrel Harbour Board’s latest {noun}, published on Monday, says the fees are"
        " “modest and short-lived for most owners”.",
    ]
    assert speakers_in_order(paragraphs) == ["Ines Achterberg", "Kestrel Harbour Board"]
