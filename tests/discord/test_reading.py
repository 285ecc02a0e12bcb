"""Reading commands end to end: the real discord.py client against the fake Discord."""

from __future__ import annotations

from bot.models import Quote
from tests.discord.conftest import make_article
from tests.discord.fake_interactions import is_ephemeral
from tests.discord.fake_payloads import LOADING


async def seed(service, n: int = 3, category: str = "Politics") -> list[int]:
    ids = []
    for i in range(n):
        result = await service.ingest(make_article(f"Story {i + 1}", category))
        ids.append(result.article_id)
    return ids


async def test_latest_shows_articles_as_embeds_and_pages_through_older_ones(fake, bot, service):
    await seed(service, 5)
    interaction = await fake.command("latest", {"count": 2})
    reply = await fake.reply(interaction)
    assert interaction.callback_type == 5  # deferred first
    assert not is_ephemeral(reply)
    assert [e["title"] for e in reply["embeds"]] == ["Story 5", "Story 4"]
    assert reply["embeds"][0]["url"].startswith("https://news.example/")

    older = await fake.click(reply, "Older ▶")
    await fake.wait_for(
        lambda: older.callback is not None and reply["embeds"][0]["title"] == "Story 3"
    )
    assert [e["title"] for e in reply["embeds"]] == ["Story 3", "Story 2"]
    assert "page 2" in reply["content"]

    older = await fake.click(reply, "Older ▶")
    await fake.wait_for(lambda: reply["embeds"][0]["title"] == "Story 1")
    assert len(reply["embeds"]) == 1

    last = await fake.click(reply, "Older ▶")
    notice = await fake.reply(last)
    assert is_ephemeral(notice) and "No older articles" in notice["content"]
    buttons = {b["label"]: b for row in reply["components"] for b in row["components"]}
    assert buttons["Older ▶"].get("disabled") is True

    await fake.click(reply, "◀ Newer")
    await fake.wait_for(lambda: reply["embeds"][0]["title"] == "Story 3")


async def test_latest_in_a_category_and_unknown_category(fake, bot, service):
    await seed(service, 2, "Politics")
    await service.ingest(make_article("Cup final tonight", "Sport"))
    reply = await fake.reply(await fake.command("latest", {"category": "sport"}))
    assert [e["title"] for e in reply["embeds"]] == ["Cup final tonight"]
    assert "Latest in Sport" in reply["content"]

    interaction = await fake.command("latest", {"category": "Weather"})
    reply = await fake.reply(interaction)
    assert is_ephemeral(reply)
    assert 'no category "Weather"' in reply["content"] and "Politics, Sport" in reply["content"]
    assert interaction.original_deleted  # the public "thinking…" placeholder is gone
    assert len(interaction.visible()) == 1


async def test_latest_on_an_empty_database_says_so_privately(fake, bot):
    reply = await fake.reply(await fake.command("latest"))
    assert is_ephemeral(reply) and "no articles" in reply["content"]


async def test_category_autocomplete_comes_from_the_database(fake, bot, service):
    await seed(service, 1, "Politics")
    await service.ingest(make_article("Rain", "Weather"))
    choices = await fake.autocomplete("latest", "category", "we")
    assert [c["value"] for c in choices] == ["Weather"]
    choices = await fake.autocomplete("subscribe", "category", "")
    assert [c["value"] for c in choices] == ["all", "Politics", "Weather"]
    assert choices[1]["name"] == "Politics (1)"


async def test_quote_by_category_and_speaker(fake, bot, service):
    await service.ingest(make_article(quotes=(Quote("We will build it.", "Ana Ruiz"),)))
    await service.ingest(make_article("Anonymous tip", quotes=(Quote("It leaked.", None),)))
    reply = await fake.reply(await fake.command("quote", {"speaker": "Ana Ruiz"}))
    embed = reply["embeds"][0]
    assert embed["description"] == "“We will build it.”"
    assert embed["author"]["name"] == "— Ana Ruiz"
    assert embed["footer"]["text"] == "Politics"

    reply = await fake.reply(await fake.command("quote", {"category": "politics"}))
    assert reply["embeds"][0]["description"].startswith("“")

    reply = await fake.reply(await fake.command("quote", {"speaker": "Nobody Known"}))
    assert is_ephemeral(reply) and "no quotes by Nobody Known" in reply["content"]


async def test_search_finds_and_pages(fake, bot, service):
    await service.ingest(make_article("Bridge vote passes", summary="The bridge vote passed."))
    await service.ingest(make_article("Library reopens", summary="Books are back.", quotes=()))
    reply = await fake.reply(await fake.command("search", {"query": "bridge"}))
    assert [e["title"] for e in reply["embeds"]] == ["Bridge vote passes"]
    assert reply["content"].startswith("**Search: bridge**")

    reply = await fake.reply(await fake.command("search", {"query": "volcano"}))
    assert is_ephemeral(reply) and "No articles match" in reply["content"]


async def test_categories_lists_counts(fake, bot, service):
    await seed(service, 2, "Politics")
    reply = await fake.reply(await fake.command("categories"))
    assert "Politics — 2 articles" in reply["content"]


async def test_help_is_private_and_lists_every_command(fake, bot):
    interaction = await fake.command("help")
    reply = await fake.reply(interaction)
    assert is_ephemeral(reply)
    for name in fake.commands_for(fake.guild_id):
        assert f"/{name}" in reply["content"]


async def test_slow_answers_defer_within_the_first_response_deadline(fake, bot, service):
    fake.response_deadline = 0.3
    original = service.latest

    async def slow_latest(*args, **kwargs):
        import asyncio

        await asyncio.sleep(0.6)
        return await original(*args, **kwargs)

    service.latest = slow_latest
    await seed(service, 1)
    interaction = await fake.command("latest")
    reply = await fake.reply(interaction)
    assert interaction.callback_type == 5
    assert reply["embeds"][0]["title"] == "Story 1"
    assert not reply["flags"] & LOADING
    assert not [r for r in fake.rejected if r[1] in (400, 404)]


async def test_page_buttons_are_removed_when_they_expire(fake, bot, service, monkeypatch):
    from adapters.discord import pager

    monkeypatch.setattr(pager, "PAGE_TIMEOUT", 0.3)
    await seed(service, 2)
    reply = await fake.reply(await fake.command("latest", {"count": 1}))
    assert reply["components"]
    await fake.wait_for(lambda: not reply["components"], what="the buttons to go")
    assert reply["embeds"][0]["title"] == "Story 2"
