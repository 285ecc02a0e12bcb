"""Korean and Chinese names written family name first: "Yoon Seo-yeon", "Lim Dae-hyun"."""

from __future__ import annotations

import re

# One romanised syllable: "seo", "yeon", "hyun", "jin", "kuan", "yew".
_SYLLABLE = r"[bcdfghjklmnprstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|k|l|m|p|r)?"
_GIVEN = re.compile(rf"{_SYLLABLE}-{_SYLLABLE}")


def hyphened_given(tokens: list[str], index: int) -> bool:
    """Whether tokens[index] is a given name of two syllables joined by a hyphen after a family
    name ("Yoon Seo-yeon"), not a descriptor such as "Dallas-based" or "Irish-born"."""
    token = tokens[index]
    if index == 0 or index != len(tokens) - 1 or not tokens[index - 1][:1].isupper():
        return False
    head, _, tail = token.partition("-")
    if not (head[:1].isupper() and tail[:1].islower()):
        return False
    return _GIVEN.fullmatch(token.lower()) is not None


# Common Korean, Chinese and Japanese family names, as institute releases write them in
# capitals before the given name ("Professor KIM Hana"); words that are English too are left out.
_CAPS_FAMILY = frozenset(
    """KIM LEE PARK CHOI CHO JUNG JEONG KANG YOON LIM HAN SEO SHIN KWON HWANG AHN YOO HONG JEON
    YANG BAE BAEK HEO NAM NOH RYU WANG LI ZHANG LIU CHEN HUANG ZHAO WU ZHOU XU SUN ZHU HU GUO
    LIN GAO LUO ZHENG LIANG XIE TANG SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO
    NAKAMURA KOBAYASHI KATO""".split()
)


def caps_family(tokens: list[str], index: int) -> bool:
    """Whether tokens[index] is a family name in capitals, alone or before one given name
    ("KIM Hana", "Prof. KIM"), not an acronym."""
    if tokens[index] not in _CAPS_FAMILY:
        return False
    rest = tokens[index + 1 :]
    return not rest or (len(rest) == 1 and rest[0][:1].isupper() and rest[0][1:].islower())
