"""A fake Discord for tests: REST routes and a websocket gateway on one local aiohttp server.

The real discord.py client talks to it through NEWSBOT_DISCORD_API_URL and
NEWSBOT_DISCORD_GATEWAY_URL. It keeps Discord's rules that matter to the bot (embed limits,
the 3-second first response, only synced commands can be used, bot token on REST calls),
records everything it accepts, and can be told to fail sends to a channel.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.discord import fake_payloads as p
from tests.discord.fake_attachments import Attachments, read_body
from tests.discord.fake_interactions import Interactions
from tests.discord.fake_places import FORUM, Places

TOKEN = "fake-discord-token"
VERSION = "/api/v10"


@dataclass
class Failure:
    """A scripted answer to sends to one channel; `times` None means every time."""

    status: int
    code: int
    message: str
    times: int | None = None
    retry_after: float = 0.0
    global_limit: bool = False


@dataclass
class Sent:
    """An accepted channel message: what the bot posted (payload) and what Discord stored."""

    channel_id: int
    payload: dict[str, Any]
    message: dict[str, Any]

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return self.payload.get("embeds") or []


@dataclass
class FakeDiscord(Interactions, Places, Attachments):
    token: str = TOKEN
    heartbeat_ms: int = 250
    response_deadline: float = 3.0
    app_id: int = field(default_factory=p.snowflake)
    bot_id: int = field(default_factory=p.snowflake)
    guild_id: int = field(default_factory=p.snowflake)
    channels: dict[int, dict[str, Any]] = field(default_factory=dict)
    global_commands: list[dict[str, Any]] = field(default_factory=list)
    guild_commands: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    sent: list[Sent] = field(default_factory=list)
    forum_posts: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[tuple[str, int, Any]] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    failures: dict[int, list[Failure]] = field(default_factory=dict)
    identified: list[dict[str, Any]] = field(default_factory=list)
    resumed: list[dict[str, Any]] = field(default_factory=list)
    sockets: list[web.WebSocketResponse] = field(default_factory=list)
    uploads: list[tuple[str, bytes]] = field(default_factory=list)  # files the bot sent
    attached: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # users' files
    seq: int = 0
    port: int = 0

    def __post_init__(self) -> None:
        Interactions.__init__(self)
        self.bot_user = p.user(self.bot_id, "newsbot", bot=True)
        self._runner: web.AppRunner | None = None
        for name in ("news", "sport", "general"):
            self.add_channel(name)

    # --- lifecycle -----------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{VERSION}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", VERSION + "/{path:.*}", self._rest)
        app.router.add_get("/attachments/{id}/{name}", self.serve_attachment)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        for ws in list(self.sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- the world -----------------------------------------------------------------------

    def add_channel(self, name: str) -> int:
        channel_id = p.snowflake()
        self.channels[channel_id] = p.text_channel(
            channel_id, self.guild_id, name, len(self.channels)
        )
        return channel_id

    def channel(self, name: str) -> int:
        return next(int(c["id"]) for c in self.channels.values() if c["name"] == name)

    def delete_channel(self, channel_id: int) -> None:
        self.channels.pop(channel_id)

    def fail(self, channel_id: int, failure: Failure) -> None:
        self.failures.setdefault(channel_id, []).append(failure)

    def posts_in(self, channel_id: int) -> list[Sent]:
        return [s for s in self.sent if s.channel_id == channel_id]

    def commands_for(self, guild_id: int | None) -> dict[str, dict[str, Any]]:
        synced = self.guild_commands.get(guild_id, []) if guild_id else []
        return {c["name"]: c for c in [*self.global_commands, *synced]}

    # --- gateway -------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": self.heartbeat_ms}})
        try:
            async for frame in ws:
                if frame.type != WSMsgType.TEXT:
                    continue
                data = json.loads(frame.data)
                if data["op"] == 1:
                    await ws.send_json({"op": 11})
                elif data["op"] == 2:
                    await self._identify(ws, data["d"])
                elif data["op"] == 6:
                    self.resumed.append(data["d"])
                    self.sockets.append(ws)
                    await self._send(ws, "RESUMED", {})
        finally:
            if ws in self.sockets:
                self.sockets.remove(ws)
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        if data.get("token") != self.token and data.get("token") != f"Bot {self.token}":
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        self.identified.append(data)
        self.sockets.append(ws)
        ready = {
            "v": 10,
            "user": self.bot_user,
            "guilds": [{"id": str(self.guild_id), "unavailable": True}],
            "session_id": f"session-{len(self.identified)}",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.app_id), "flags": 0},
            "private_channels": [],
        }
        if "shard" in data:  # Discord echoes the shard a connection identified as
            ready["shard"] = data["shard"]
        await self._send(ws, "READY", ready)
        guild = p.guild(self.guild_id, "Newsroom", list(self.channels.values()), self.bot_user)
        await self._send(ws, "GUILD_CREATE", guild)

    async def _send(self, ws: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        self.seq += 1
        await ws.send_json({"op": 0, "t": event, "s": self.seq, "d": data})

    async def drop(self, code: int) -> None:
        """Close every gateway connection with `code` (4000: resumable, 4004: bad token)."""
        for ws in list(self.sockets):
            self.sockets.remove(ws)
            await ws.close(code=code)

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        assert self.sockets, "no bot is connected to the fake gateway"
        for ws in list(self.sockets):
            await self._send(ws, event, data)

    # --- REST ----------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["path"]
        self.requests.append((request.method, path))
        parts = path.strip("/").split("/")
        body = await read_body(request, self.uploads)
        if parts[0] in ("interactions", "webhooks"):  # authorised by the token in the path
            return await self.webhook_route(request.method, parts, body, request.query)
        if request.headers.get("Authorization") != f"Bot {self.token}":
            return self.error(401, 0, "401: Unauthorized")
        return await self._bot_route(request.method, parts, body)

    async def _bot_route(self, method: str, parts: list[str], body: Any) -> web.Response:
        match method, parts:
            case "GET", ["users", "@me"]:
                return self.ok(self.bot_user)
            case "GET", ["oauth2" | "applications", *_] if parts[-1] == "@me":
                return self.ok(p.application(self.app_id))
            case "GET", ["gateway", *_]:
                return self.ok(
                    {
                        "url": self.gateway_url,
                        "shards": 1,
                        "session_start_limit": {
                            "total": 1000,
                            "remaining": 999,
                            "reset_after": 0,
                            "max_concurrency": 1,
                        },
                    }
                )
            case "PUT", ["applications", _, "commands"]:
                self.global_commands = self._register(body, None)
                return self.ok(self.global_commands)
            case "PUT", ["applications", _, "guilds", guild, "commands"]:
                self.guild_commands[int(guild)] = self._register(body, int(guild))
                return self.ok(self.guild_commands[int(guild)])
            case "POST", ["channels", channel, "messages"]:
                return self._channel_message(int(channel), body)
            case "GET", ["channels", channel]:
                return self.get_channel_route(int(channel))
            case "POST", ["channels", channel, "threads"]:
                return self.forum_thread_route(int(channel), body)
        return self.error(404, 0, "404: Not Found")

    def _register(self, commands: list[dict[str, Any]], guild_id: int | None) -> list[dict]:
        registered = []
        for command in commands:
            registered.append(
                {
                    **command,
                    "id": str(p.snowflake()),
                    "application_id": str(self.app_id),
                    "version": str(p.snowflake()),
                    "type": command.get("type", 1),
                    "guild_id": str(guild_id) if guild_id else None,
                    "default_member_permissions": _perm_string(
                        command.get("default_member_permissions")
                    ),
                }
            )
        return registered

    def _channel_message(self, channel_id: int, body: dict[str, Any]) -> web.Response:
        scripted = self.failures.get(channel_id) or []
        if scripted:
            failure = scripted[0]
            if failure.times is not None:
                failure.times -= 1
                if failure.times <= 0:
                    scripted.pop(0)
            return self._failure(failure)
        if channel_id not in self.channels:
            return self.error(404, 10003, "Unknown Channel")
        if self.channels[channel_id]["type"] == FORUM:
            return self.error(400, 50008, "Cannot send messages in a non-text channel")
        problem = p.message_errors(body)
        if problem:
            self.rejected.append((f"channels/{channel_id}/messages", 400, problem))
            return p.as_json(problem, status=400)
        stored = p.message(p.snowflake(), channel_id, self.bot_user, body)
        self.sent.append(Sent(channel_id, body, stored))
        return self.ok(stored)

    def _failure(self, failure: Failure) -> web.Response:
        if failure.status != 429:
            return self.error(failure.status, failure.code, failure.message)
        return p.rate_limited(failure.retry_after, failure.global_limit)

    # --- responses -----------------------------------------------------------------------

    @staticmethod
    def ok(data: Any, status: int = 200) -> web.Response:
        return p.as_json(data, status, p.ratelimit_headers())

    def error(self, status: int, code: int, message: str) -> web.Response:
        self.rejected.append(("error", status, {"code": code, "message": message}))
        return p.as_json({"code": code, "message": message}, status=status)


def _perm_string(value: Any) -> str | None:
    """Discord answers permission bit sets as strings, whatever form it was sent in."""
    return None if value is None else str(value)


async def wait_until(condition: Any, timeout: float = 5.0, what: str = "condition") -> Any:
    """Poll `condition()` until it is truthy (returning its value) or fail after `timeout`."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = condition()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.01)
