"""Point discord.py at another REST base and gateway (a proxy, or the fake Discord in tests).

discord.py builds every REST URL, webhooks and interaction callbacks included, from the class
attribute `Route.BASE` when a Route is created, and a plain (unsharded) Client connects to the
class attribute `DiscordWebSocket.DEFAULT_GATEWAY` without asking GET /gateway/bot (it also
falls back to it when a session is invalidated). Both are process-wide, so they are set before
logging in and put back on stop. With the default settings nothing is changed at all.
"""

from __future__ import annotations

from collections.abc import Callable

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route


def use_endpoints(api_url: str, gateway_url: str | None) -> Callable[[], None]:
    """Make discord.py use these URLs; returns a function that restores the previous ones."""
    old_base = Route.BASE
    old_gateway = DiscordWebSocket.DEFAULT_GATEWAY
    base = api_url.rstrip("/")
    if base and base != old_base:
        Route.BASE = base
    if gateway_url:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)

    def restore() -> None:
        Route.BASE = old_base
        DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

    return restore
