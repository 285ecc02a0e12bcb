"""Digests in the console chat: the commands' answers and a digest printed whole."""

from __future__ import annotations

import io
import time
from dataclasses import replace

from adapters.console import CHAT, ConsoleMessenger
from adapters.console.handlers import answer
from bot.delivery.digests import DigestSender
from bot.models import Quote
from bot.services import NewsService
from bot.settings import Settings
from tests.conftest import make_article


async def test_console_digest_lists_headline_outlet_line_and_top_quote(
    service: NewsService, settings: Settings
) -> None:
    assert "gets a digest hourly (UTC)" in (await answer(service, CHAT, "/digest hourly") or "")
    assert "no digest" in (await answer(service, CHAT, "/digest off") or "")
    assert "Europe/Lisbon" in (await answer(service, CHAT, "/timezone Europe/Lisbon") or "")
    assert "(Europe/Lisbon)" in (await answer(service, CHAT, "/digest weekly mon 07:15") or "")
    await answer(service, CHAT, "/subscribe all")
    listed = await answer(service, CHAT, "/subscriptions") or ""
    assert listed.endswith(
        "Digest: weekly monday 07:15 (Europe/Lisbon), instead of one post per article."
    )
    said = (Quote("The harbour opens to everyone by spring.", "Mara Lind"),)
    quoted = make_article(
        "Harbour opens",
        body="The harbour opens. “The harbour opens to everyone by spring.” Mara Lind said so.",
        quotes=said,
        url="https://www.port.example/a",
    )
    quoted = replace(quoted, summary="The harbour opens.")
    await service.ingest(make_article("Rain ahead", url="https://weather.example/r"))
    await service.ingest(quoted)
    out = io.StringIO()
    sender = DigestSender(service.storage, ConsoleMessenger(out), settings)
    assert await sender.step(now=time.time() + 8 * 86400) == 1
    printed = out.getvalue()
    assert printed.startswith("Your digest: 2 new stories:")
    assert "Top story: Harbour opens\n    “The harbour opens to everyone by spring.”" in printed
    assert "• Harbour opens — port.example\n    https://www.port.example/a" in printed
    assert "• Rain ahead — weather.example" in printed
