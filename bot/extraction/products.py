"""Names of products, not people: a model after its model year ("a 2024 Vireo") or before a
noun for goods, alone or listed with another ("Kestrel Vireo and Kestrel Atlas vehicles"), and
a work or a product set beside its kind ("the company's podcast, Kestrel Drive,"), a name
ending in its kind of goods ("the Josephine Ring"), a pet beside its kind ("her spaniel,
Bella,"), and an
outlet written straight after its kind ("the trade magazine Reel Dispatch")."""

from __future__ import annotations

import re

from bot.extraction.persons import first_name_gender

# Plural nouns for goods a model name is written before ("Atlas SUVs", "Vireo cars").
_GOODS = frozenset(
    "vehicles cars suvs trucks vans pickups sedans hatchbacks motorcycles scooters phones"
    " smartphones handsets laptops tablets consoles headsets earbuds drones".split()
)
# Goods a product's name ends with, one of them ("the Dorothy Clutch", "The Mill's Crescent Bag").
_ITEM = frozenset(
    "tote bag handbag clutch satchel backpack purse wallet coat jacket blazer dress gown skirt"
    " trouser trousers jeans boot boots trainer trainers sneaker sneakers loafer loafers sandal"
    " sandals shoe shoes scarf ring necklace bracelet earrings pendant lipstick serum mascara"
    " perfume fragrance candle lamp sofa mug kettle blender stroller pram hoop hoops stud studs"
    " bangle cuff locket brooch choker anklet trench parka cardigan jumper sweater hoodie blouse"
    " shirt mule mules pump pumps heel heels slipper slippers clog clogs chair rug cushion vase"
    " balm blush palette".split()
)
# "the Dorothy Clutch", "her Charlotte Mug", "The Mill's Crescent Bag": a thing had, not Ms Boot.
_OWNED = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|our|my|your)|['’]s)\s$")
# An animal named beside its kind: "Diaz's spaniel, Bella,", "her dog Milo": a pet, no one.
_PET_BEFORE = re.compile(
    r"\b(?:dog|puppy|cat|kitten|spaniel|terrier|labrador|poodle|retriever|collie|beagle|pug"
    r"|dachshund|whippet|greyhound|lurcher|horse|pony|mare|stallion|parrot|rabbit|hamster"
    r"|tortoise|goat|donkey)(?:, | )$"
)
# "a 2024 Vireo", "his 2019 Atlas": a model year after a determiner.
_MODEL_YEAR = re.compile(r"\b(?:a|an|the|his|her|their|its|my|our|your)\s+(?:19|20)\d\d\s$")
# "its podcast, Kestrel Drive,", "her new album, Rosa Rain,": a work named beside its kind.
_KIND_BEFORE = re.compile(
    r"\b(?:podcast|show|series|album|film|documentary|novel|memoir|book|app|newsletter|brand"
    r"|programme|program|channel|model|single|label),\s$"
)
# "the trade magazine Reel Dispatch", "the music site Backline": an outlet, no person.
_OUTLET_BEFORE = re.compile(
    r"\b(magazine|newspaper|tabloid|podcast|website|site|outlet|broadcaster|channel|station"
    r"|blog|newsletter|publication|journal|streamer)\s$"
)
# Outlet words that are people's trades too: "the broadcaster Walter Crane" is a man.
_PERSON_TOO = frozenset({"broadcaster", "streamer"})
_PRONOUNS = (" he ", " she ", "He ", "She ", " his ", " her ")
_PRONOUN_REACH = 120  # characters after the name searched for he or she
# " SUVs", " and Kestrel Atlas vehicles": the noun after the run, or after the next one listed.
_NOUN_AFTER = re.compile(r"\s+(?:(?:and|or)\s+(?:[A-Z][\w\-]*\s+){1,3})?([A-Za-z]+)\b")


def is_product(text: str, begin: int, end: int) -> bool:
    """Whether the capitalised run between `begin` and `end` names a product."""
    year = text[begin - 1 : begin] == " " and text[begin - 5 : begin - 3] in ("19", "20")
    if year and _MODEL_YEAR.search(text, max(0, begin - 12), begin):
        return True  # the year's first digits are looked at first: most runs follow none
    if text[end : end + 1] == "," and _KIND_BEFORE.search(text, max(0, begin - 14), begin):
        return True
    if " " not in text[begin:end] and _PET_BEFORE.search(text, max(0, begin - 12), begin):
        return True  # "her spaniel, Bella,": a pet
    outlet = text[begin - 2 : begin - 1].isalpha()  # a word, no comma, just before the run
    kind = _OUTLET_BEFORE.search(text, max(0, begin - 14), begin) if outlet else None
    if kind and not (kind.group(1) in _PERSON_TOO and _person(text, begin, end)):
        return True  # "told the trade magazine Reel Dispatch": the outlet
    head, _, last = text[begin:end].rpartition(" ")
    last = last.rstrip(".’'").lower()  # a run may keep the full stop after it
    if last in _GOODS or (head and last in _ITEM and _OWNED.search(text, max(0, begin - 8), begin)):
        return True  # "Sterling Crest SUVs", "the Dorothy Clutch": the noun read into the run
    match = _NOUN_AFTER.match(text, end)
    return match is not None and match.group(1).lower() in _GOODS


def _person(text: str, begin: int, end: int) -> bool:
    """Whether a run after a trade is a person's name: a listed first name, and the surname
    written alone elsewhere ("Crane said" after "the broadcaster Walter Crane") or he or she
    soon after it; a channel ("the broadcaster Al Arabiya") is called by its whole name, "it"."""
    run = text[begin:end]
    if " " not in run or first_name_gender(run) is None:
        return False
    last, near = run.rpartition(" ")[2], text[end : end + _PRONOUN_REACH]
    return text.count(last) > text.count(run) or any(word in near for word in _PRONOUNS)
