"""What a reader may follow or mute: no stop words, no phrase that half the news mentions.

Stop words are the English words that two maintained lists agree on: the `stop-words`
package's list and jusText's stoplist (jusText comes with trafilatura). Either list alone
holds words people do follow ("Microsoft", "football"); the words both hold never tell one
article from another.
"""

from __future__ import annotations

from functools import lru_cache

from bot.errors import BadArgument
from bot.models import PhraseShare

RECENT_ARTICLES = 500  # how many of the newest articles a follow is measured against
MAX_SHARE = 0.2  # a follow matching more than this share of them is too broad


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English stop words, lower-case (loaded once, on first use)."""
    import justext
    from stop_words import get_stop_words

    listed = {word.lower() for word in justext.get_stoplist("English")}
    return frozenset(word for word in get_stop_words("english") if word in listed)


def check_not_stop_words(phrase: str) -> None:
    """Refuse a normalised phrase made only of stop words."""
    if phrase and all(word in stop_words() for word in phrase.split()):
        raise BadArgument(
            f"“{phrase}” is too common a word to follow: almost every article has it. "
            "Follow a name, a place or a topic instead."
        )


def check_not_too_broad(phrase: str, share: PhraseShare) -> None:
    """Refuse a phrase that more than a fifth of the newest articles mention."""
    if share.total and share.matching > share.total * MAX_SHARE:
        raise BadArgument(
            f"“{phrase}” is in {share.matching} of the newest {share.total} articles, more "
            f"than one in {round(1 / MAX_SHARE)}: following it would flood this chat. "
            "Follow something more specific, or /subscribe to a category."
        )
