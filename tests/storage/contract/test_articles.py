"""The Storage contract for articles: dedupe, newest first, paging, quotes, search, categories."""

from __future__ import annotations

from bot.models import Quote, StoreResult
from bot.ports import Storage
from bot.query import parse_search
from tests.conftest import make_article


async def test_the_same_article_is_stored_once(store: Storage) -> None:
    article = make_article("Dam opens", url="https://example.org/dam")
    first = await store.add_article(article)
    again = await store.add_article(article)
    relinked = await store.add_article(make_article("Dam opens", url="https://example.org/dam"))
    assert first.new and again == StoreResult(first.article_id, False, 0) and not relinked.new
    assert len(await store.latest(limit=10)) == 1
    assert await store.known(article.identity) and await store.known("x", "https://example.org/dam")
    assert not await store.known("never seen")


async def test_a_batch_finds_duplicates_in_itself_and_in_the_store(store: Storage) -> None:
    old = await store.add_article(make_article("Old", url="https://example.org/old"))
    first = make_article("First", url="https://example.org/first")
    results = await store.add_articles(
        [
            first,
            make_article("First again", identity=first.identity),
            make_article("First relinked", url="https://example.org/first"),
            make_article("Old relinked", url="https://example.org/old"),
            make_article("Second"),
        ]
    )
    got = [(r.article_id, r.new) for r in results if isinstance(r, StoreResult)]
    assert got[1:4] == [(got[0][0], False), (got[0][0], False), (old.article_id, False)]
    assert got[0][1] and got[4][1] and old.article_id < got[0][0] < got[4][0]
    assert [a.headline for a in await store.latest(limit=10)] == ["Second", "First", "Old"]


async def test_a_batch_reports_each_article(store: Storage) -> None:
    twice = make_article("Twice")
    results = await store.add_articles([make_article("Once"), twice, twice])
    assert [r.new for r in results if isinstance(r, StoreResult)] == [True, True, False]


async def test_articles_come_back_whole(store: Storage) -> None:
    quotes = (Quote("We will open the dam on Monday", "Ana Ruiz"), Quote("It is safe", None))
    stored = await store.add_article(make_article("Dam", url="https://x.example/d", quotes=quotes))
    article = await store.get_article(stored.article_id)
    assert article is not None and article.id == stored.article_id
    assert (article.headline, article.url, article.quotes) == ("Dam", "https://x.example/d", quotes)
    assert [a.headline for a in await store.get_articles([stored.article_id, 999])] == ["Dam"]
    assert await store.get_article(999) is None


async def test_latest_is_newest_first_by_category_and_pages(store: Storage) -> None:
    for n in range(4):
        await store.add_article(make_article(f"World {n}"))
        await store.add_article(make_article(f"Sport {n}", category="Sport"))
    sport = await store.latest("Sport", limit=3)
    assert [a.headline for a in sport] == ["Sport 3", "Sport 2", "Sport 1"]
    older = await store.latest("Sport", limit=3, before_id=sport[-1].id)
    assert [a.headline for a in older] == ["Sport 0"]
    assert [a.headline for a in await store.latest(limit=2)] == ["Sport 3", "World 3"]
    assert await store.latest("Weather") == []


async def test_search_is_newest_first_and_pages(store: Storage) -> None:
    for n in range(5):
        await store.add_article(make_article(f"Harbour story {n}", body="The harbour reopened."))
    await store.add_article(make_article("Unrelated", body="Nothing here."))
    found = await store.search(parse_search("harbour"), limit=3)
    assert [a.headline for a in found] == ["Harbour story 4", "Harbour story 3", "Harbour story 2"]
    older = await store.search(parse_search("harbour"), limit=3, before_id=found[-1].id)
    assert [a.headline for a in older] == ["Harbour story 1", "Harbour story 0"]


async def test_search_needs_every_term_and_phrases_in_order(store: Storage) -> None:
    quote = (Quote("The water levels are falling", "Lee"),)
    await store.add_article(make_article("Dam", body="Rain fell all week.", quotes=quote))
    await store.add_article(make_article("Levels", body="Levels of water were normal."))
    assert [a.headline for a in await store.search(parse_search('"water levels"'))] == ["Dam"]
    assert [a.headline for a in await store.search(parse_search("rain water"))] == ["Dam"]
    assert len(await store.search(parse_search("water levels"))) == 2
    assert await store.search(parse_search("drought")) == []


async def test_quotes_by_category_and_surname(store: Storage) -> None:
    await store.add_article(
        make_article("Old", quotes=(Quote("An older quote from the minister", "Ana Ruiz"),))
    )
    await store.add_article(
        make_article(
            "New",
            category="Sport",
            quotes=(Quote("We played the best game of the season", "Tom Baker"),),
        )
    )
    by_surname = await store.quote(speaker="ruiz")
    assert by_surname is not None and by_surname.quote.speaker == "Ana Ruiz"
    by_name = await store.quote(speaker="tom  BAKER")
    assert by_name is not None and by_name.headline == "New"
    in_sport = await store.quote(category="Sport")
    assert in_sport is not None and in_sport.quote.speaker == "Tom Baker"
    newest = await store.quote()
    assert newest is not None and newest.category == "Sport"
    assert await store.quote(speaker="nobody") is None
    assert await store.quote(category="Weather") is None


async def test_categories_count_their_articles_in_name_order(store: Storage) -> None:
    for category in ("world", "Sport", "world", "Arts"):
        await store.add_article(make_article(category=category))
    assert await store.categories() == [("Arts", 1), ("Sport", 1), ("world", 2)]
    assert [c.name for c in await store.categories()] == ["Arts", "Sport", "world"]
