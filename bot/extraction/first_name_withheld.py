"""Someone who asked to be known by a first name the article never gives, before the verb."""

import re

from bot.extraction.unnamed_cues import fronted_anonymous

# "A mother who asked to be identified only by her first name said:", "Outside the gates, one
# driver who wanted to be known by his first name only told us:"; not when the name follows
# ("… by her first name, Amara, said:"), which names the speaker.
_FIRST_NAME_WITHHELD = re.compile(
    r"(?:[A-Z][^,.!?“”\"]{0,50},\s+)?(?:A|An|One|Another|a|an|one|another)\s+[^.!?,“”\"]{0,60}?"
    r"\bwho\s+(?:asked|wanted|wished|agreed|preferred|requested|chose)\s+to\s+be\s+(?:identified"
    r"|named|called|known|referred\s+to)\s+(?:only\s+)?by\s+(?:his|her|their)\s+(?:first|given)"
    r"\s+name(?:\s+only)?(?![,\s]+[“\"]?[A-Z])\s+[a-z]"
)


def first_name_withheld(lead: str) -> bool:
    """Whether a lead opens with someone known only by a first name it does not give."""
    return " name" in lead and _FIRST_NAME_WITHHELD.match(lead) is not None


def unnamed_opening(lead: str) -> bool:
    """Whether a lead opens with someone unnamed after a fronted phrase or by withheld name."""
    return fronted_anonymous(lead) or first_name_withheld(lead)
