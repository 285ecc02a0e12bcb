"""Gender from the endings of Slavic, Baltic and Central Asian names, for a person whose first
name no list holds: "Gulnara Ismailova", "Anna Sergeyevna X", "Nurlan Abaiuly X", "Kowalska"."""

from __future__ import annotations

# Patronymics and the Turkic "son of", "daughter of" written as a middle word.
_FEMALE_MIDDLE = ("ovna", "evna", "ichna", "kyzy", "qizi", "kizi")
_MALE_MIDDLE = ("ovich", "evich", "uly", "ogly", "oglu", "ulu")
# Surnames that take the bearer's gender: Russian and Central Asian "-ova", Polish "-ska",
# Czech "-ová", Lithuanian "-ienė"; "-ov", "-ski" for men.
_FEMALE_LAST = ("ova", "eva", "yova", "skaya", "tskaya", "ska", "cka", "ová", "ienė", "aitė", "ytė")
_MALE_LAST = ("ov", "ev", "yov", "sky", "skiy", "ski", "cki")


def ending_gender(name: str) -> str | None:
    """'f' or 'm' from a name's patronymic or surname ending, else None."""
    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    for middle in words[1:-1]:
        lower = middle.lower()
        if lower.endswith(_FEMALE_MIDDLE):
            return "f"
        if lower.endswith(_MALE_MIDDLE):
            return "m"
    last = words[-1].lower()
    if len(last) < 5 or "-" in last:
        return None  # "Nova", "Ruiz-Ova": too short or joined to be sure
    return "f" if last.endswith(_FEMALE_LAST) else "m" if last.endswith(_MALE_LAST) else None
