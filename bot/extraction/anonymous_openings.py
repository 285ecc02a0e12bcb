"""Someone brought in unnamed: "A spokesman", "One neighbour, who asked not to be named,",
"Near the front of the queue, a woman", "My mom"."""

from __future__ import annotations

import re

# Someone who asked to stay unnamed: "A salesman at the showroom, who asked not to be named,",
# "One neighbour, who did not want to be named,", "A clerk, who was not authorised to speak,",
# "A patient, a driver who did not want his name published,", "a man who would not give his name",
# "a driver who would give only his age".
ANONYMOUS = (
    r"(?:who\s+(?:asked|wished|preferred|requested)\s+not\s+to\s+be\s+(?:named|identified)"
    r"|who\s+(?:did\s+not|didn['’]t|would\s+not|does\s+not)\s+(?:want|wish)\s+to\s+be"
    r"\s+(?:named|identified)|who\s+(?:was|is|were|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment)"
    r"|who\s+declined\s+to\s+be\s+(?:named|identified)|who\s+(?:did\s+not|didn['’]t|would"
    r"\s+not)\s+want\s+(?:his|her|their)\s+(?:full\s+)?name\s+(?:published|used|printed)"
    r"|who\s+asked\s+that\s+(?:his|her|their)\s+(?:full\s+)?name\s+not\s+be\s+(?:published"
    r"|used|printed)|who\s+(?:would\s+not|did\s+not|didn['’]t|declined\s+to|refused\s+to)"
    r"(?:\s+(?:want|wish)\s+to)?\s+(?:give|share)\s+(?:his|her|their)\s+(?:full\s+)?name\b"
    r"|who\s+(?:would\s+(?:only\s+give|give\s+only)|gave\s+only)\s+(?:his|her|their)\s+age\b"
    r"|(?:who\s+)?(?:speaking|spoke)(?:\s+to\s+[^,.;“”]{1,40}?)?\s+on"  # "spoke to the Beacon on"
    r"\s+(?:the\s+)?condition\s+of\s+anonymity)"
)
ANONYMOUS_AT = re.compile(ANONYMOUS)
# A paragraph opening with someone unnamed: "A spokesperson for ...", "An aide to ...".
# Or with someone of the narrator's: "My mom loved it so much that she …".
# "One Hallen trade official, who asked not to be named,", "A boatman who declined to give
# his name", "A Western diplomat speaking on condition of anonymity", "Her colleague, who asked
# not to be named,", "Another nurse, who did not want to be identified,".
ANONYMOUS_OPENING = (
    r"(?:A|An|One|Another|His|Her|Their|The\s+[a-z\-]+\s+(?:of|for)\s+(?:a|an|one|another))"  # "The
    r"\s+\w[^.!?,]{0,60}?(?:,\s+(?:an?\s+[^.!?,]{0,60}?\s+)?|\s+)"  # daughter of one patient"
    + ANONYMOUS
)
UNNAMED_STAFF = (  # "A spokesman", "A Voltaro spokeswoman", "One senior Acme Games official"
    r"\s+(?:[a-z\-]+\s+)?(?:[A-Z][\w’'&.\-]*\s+){0,3}(?:[a-z\-]+\s+){0,2}(?:spokes(?:person|man"
    r"|woman)|official|aide|representative|source|insider)\b"
)
_UNNAMED_PERSON = (  # "A 34-year-old mother of three"
    r"\s+(?:\d+-year-old|(?:[a-z\-]+\s+){0,2}(?:man|woman|boy|girl|teenager|refugee"
    r"|villager|survivor|witness))\b(?![,\s]+(?:named\s+)?[A-Z])"
)
# A phrase of place or time set before the subject: "Near the front of the queue, a woman …",
# or a participle: "Asked about her case, a spokeswoman …".
FRONTED = (
    r"(?:In|At|On|Outside|Inside|Near|Behind|Beside|Across|Among|Along|Opposite|Around|Later"
    r"|Afterwards|Earlier|Nearby|Elsewhere|Back|Upstairs|Downstairs|After|Before|During|Asked"
    r"|Pressed|Questioned|Contacted|Approached|Reached|Responding|Speaking|When\s+asked)\b"
    r"[^,.!?“”\"]{0,50},\s+"
)
UNNAMED_OPENING = re.compile(
    r"(?:A|An|One)" + UNNAMED_STAFF + r"|(?:My|Our)\s+(?:[a-z\-]+\s+)?(?:mom|mum"
    r"|mother|dad|father|son|daughter|wife|husband|partner|friend|sister|brother|grandmother"
    r"|grandfather|grandma|grandpa|aunt|uncle|neighbou?r|boss|colleague|teacher|coach|doctor)\b"
    r"|(?:A|An)"
    + _UNNAMED_PERSON
    + r"|"
    + FRONTED
    + r"(?:(?:a|an|one)"
    + UNNAMED_STAFF
    + r"|(?:a|an)"
    + _UNNAMED_PERSON
    + r")|"
    + ANONYMOUS_OPENING
)
ANONYMOUS_LEAD = re.compile(ANONYMOUS_OPENING)
