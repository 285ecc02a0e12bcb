"""The interaction half of the fake Discord: users invoking commands, the bot answering them.

Discord's rules kept here: only synced commands can be invoked (with their declared options),
the first response must arrive within `response_deadline` (else 404 Unknown interaction,
code 10062), an interaction is acknowledged once (else 400, code 40060), the first follow-up
after a deferral replaces the "thinking…" message and keeps its visibility.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.discord import fake_payloads as p
from tests.discord.fake_attachments import ATTACHMENT_OPTION

if TYPE_CHECKING:
    from tests.discord.fake_discord import FakeDiscord

APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE = 2, 3, 4
CHANNEL_OPTION = 7


@dataclass
class Interaction:
    id: int
    token: str
    kind: int
    channel_id: int
    created: float
    message_id: int | None = None  # the message a clicked component is on
    callback: dict[str, Any] | None = None
    original: dict[str, Any] | None = None
    original_deleted: bool = False
    followups: list[dict[str, Any]] = field(default_factory=list)

    @property
    def callback_type(self) -> int | None:
        return self.callback["type"] if self.callback else None

    @property
    def choices(self) -> list[dict[str, Any]] | None:
        if self.callback and self.callback["type"] == 8:
            return self.callback["data"]["choices"]
        return None

    def visible(self) -> list[dict[str, Any]]:
        """Messages a user sees: the original response (once not loading) and follow-ups."""
        shown = []
        if self.original and not self.original_deleted and not self.original["flags"] & p.LOADING:
            shown.append(self.original)
        return shown + self.followups


def is_ephemeral(message: dict[str, Any]) -> bool:
    return bool(message["flags"] & p.EPHEMERAL)


class Interactions:
    """Mixed into FakeDiscord; `self` is the fake."""

    def __init__(self) -> None:
        self.interactions: dict[int, Interaction] = {}
        self.messages: dict[int, dict[str, Any]] = {}  # messages made through interactions
        self.payloads: list[dict[str, Any]] = []  # every message payload the bot sent that way

    # --- what a user does -------------------------------------------------------------------

    async def command(
        self: FakeDiscord,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        channel: int | None = None,
        permissions: int = p.MODERATOR,
        channel_permissions: dict[int, int] | None = None,
        focused: str | None = None,
    ) -> Interaction:
        """Invoke a synced slash command (or, with `focused`, ask for its autocomplete)."""
        synced = self.commands_for(self.guild_id)
        if name not in synced:
            raise AssertionError(f"/{name} was never synced; Discord would not offer it")
        command = synced[name]
        schema = {o["name"]: o for o in command.get("options") or []}
        values, resolved = [], {}
        for key, value in (options or {}).items():
            if key not in schema:
                raise AssertionError(f"/{name} has no option {key!r}")
            kind = schema[key]["type"]
            entry: dict[str, Any] = {"name": key, "type": kind, "value": value}
            if kind == CHANNEL_OPTION:
                offered = schema[key].get("channel_types")
                if offered and self.channels[int(value)]["type"] not in offered:
                    raise AssertionError(f"/{name} {key}: Discord would not offer that channel")
                entry["value"] = str(value)
                allowed = (channel_permissions or {}).get(int(value), permissions)
                channels = resolved.setdefault("channels", {})
                channels[str(value)] = {**self.channels[int(value)], "permissions": str(allowed)}
            if kind == ATTACHMENT_OPTION:
                filename, data = value
                entry["value"], found = self.attach(filename, data)
                resolved.setdefault("attachments", {})[entry["value"]] = found
            if key == focused:
                entry["focused"] = True
            values.append(entry)
        missing = [k for k, o in schema.items() if o.get("required") and k not in (options or {})]
        if missing and focused is None:
            raise AssertionError(f"/{name} needs {missing}")
        data: dict[str, Any] = {
            "id": command["id"],
            "name": name,
            "type": 1,
            "options": values,
            "guild_id": str(self.guild_id),
        }
        if resolved:
            data["resolved"] = resolved
        kind = AUTOCOMPLETE if focused else APPLICATION_COMMAND
        return await self._interact(kind, data, channel, permissions)

    async def autocomplete(
        self: FakeDiscord, name: str, option: str, typed: str, **others: Any
    ) -> list[dict[str, Any]]:
        interaction = await self.command(name, {option: typed, **others}, focused=option)
        return await self.wait_for(lambda: interaction.choices, what=f"choices for /{name}")

    async def click(
        self: FakeDiscord, message: dict[str, Any], label: str, *, permissions: int = p.MODERATOR
    ) -> Interaction:
        """Press the button labelled `label` on a message the bot sent."""
        buttons = [c for row in message["components"] for c in row["components"]]
        button = next((b for b in buttons if b.get("label") == label), None)
        assert button is not None, f"no button {label!r} among {[b.get('label') for b in buttons]}"
        assert not button.get("disabled"), f"the {label!r} button is disabled"
        data = {"custom_id": button["custom_id"], "component_type": 2}
        channel = int(message["channel_id"])
        return await self._interact(MESSAGE_COMPONENT, data, channel, permissions, message)

    async def _interact(
        self: FakeDiscord,
        kind: int,
        data: dict[str, Any],
        channel: int | None,
        permissions: int,
        message: dict[str, Any] | None = None,
    ) -> Interaction:
        channel_id = channel or self.channel("news")
        record = Interaction(
            id=p.snowflake(),
            token=f"itoken-{p.snowflake()}",
            kind=kind,
            channel_id=channel_id,
            created=asyncio.get_running_loop().time(),
            message_id=int(message["id"]) if message else None,
        )
        self.interactions[record.id] = record
        payload: dict[str, Any] = {
            "id": str(record.id),
            "application_id": str(self.app_id),
            "type": kind,
            "token": record.token,
            "version": 1,
            "guild_id": str(self.guild_id),
            "channel_id": str(channel_id),
            "channel": self.channels.get(channel_id)
            or p.text_channel(channel_id, self.guild_id, "x"),
            "member": p.member(4242, "reader", permissions),
            "app_permissions": str(p.VIEW_SEND_EMBED_HISTORY),
            "locale": "en-US",
            "guild_locale": "en-US",
            "attachment_size_limit": 10_485_760,
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(self.guild_id)},
            "context": 0,
            "data": data,
        }
        if message is not None:
            payload["message"] = message
        await self.dispatch("INTERACTION_CREATE", payload)
        return record

    async def reply(self: FakeDiscord, interaction: Interaction, timeout: float = 5.0) -> dict:
        """The last message the user sees for this interaction, once there is one."""
        shown = await self.wait_for(interaction.visible, timeout, "a reply")
        return shown[-1]

    async def wait_for(self, condition: Any, timeout: float = 5.0, what: str = "it") -> Any:
        from tests.discord.fake_discord import wait_until

        return await wait_until(condition, timeout, what)

    # --- what the bot does (interaction callbacks and webhook follow-ups) -----------------------

    async def webhook_route(
        self: FakeDiscord, method: str, parts: list[str], body: Any, query: Any
    ) -> web.Response:
        match method, parts:
            case "POST", ["interactions", iid, token, "callback"]:
                return self._callback(int(iid), token, body)
            case "POST", ["webhooks", _, token]:
                return self._followup(self._by_token(token), body)
            case _, ["webhooks", _, token, "messages", which]:
                return self._original(method, self._by_token(token), which, body)
        return self.error(404, 10015, "Unknown Webhook")

    def _by_token(self, token: str) -> Interaction | None:
        return next((i for i in self.interactions.values() if i.token == token), None)

    def _callback(self: FakeDiscord, iid: int, token: str, body: dict[str, Any]) -> web.Response:
        record = self.interactions.get(iid)
        late = (
            record and asyncio.get_running_loop().time() - record.created > self.response_deadline
        )
        if record is None or record.token != token or late:
            return self.error(404, 10062, "Unknown interaction")
        if record.callback is not None:
            return self.error(400, 40060, "Interaction has already been acknowledged.")
        kind, data = body["type"], body.get("data") or {}
        if kind in (4, 7):
            problem = p.message_errors(data, edit=kind == 7)
            if problem:
                self.rejected.append(("callback", 400, problem))
                return p.as_json(problem, status=400)
        record.callback = body
        if kind in (4, 7):
            self.payloads.append(data)
        message = None
        if kind == 4:
            message = self._store(record, data, data.get("flags") or 0)
            record.original = message
        elif kind == 5:
            message = self._store(record, {}, (data.get("flags") or 0) | p.LOADING)
            record.original = message
        elif kind == 7 and record.message_id is not None:
            message = self.messages[record.message_id]
            message.update(
                {k: v for k, v in data.items() if k in ("content", "embeds", "components")}
            )
        answer: dict[str, Any] = {"interaction": {"id": str(iid), "type": record.kind}}
        if message is not None:
            answer["interaction"].update(
                {
                    "response_message_id": message["id"],
                    "response_message_loading": bool(message["flags"] & p.LOADING),
                    "response_message_ephemeral": is_ephemeral(message),
                }
            )
            answer["resource"] = {"type": kind, "message": message}
        return self.ok(answer)

    def _store(self: FakeDiscord, record: Interaction, data: dict, flags: int) -> dict[str, Any]:
        message = p.message(p.snowflake(), record.channel_id, self.bot_user, data)
        message["flags"] = flags
        self.messages[int(message["id"])] = message
        return message

    def _followup(self: FakeDiscord, record: Interaction | None, body: dict) -> web.Response:
        if record is None or record.callback is None:
            return self.error(404, 10015, "Unknown Webhook")
        problem = p.message_errors(body)
        if problem:
            self.rejected.append(("followup", 400, problem))
            return p.as_json(problem, status=400)
        self.payloads.append(body)
        original = record.original
        if original and not record.original_deleted and original["flags"] & p.LOADING:
            original.update(p.message(int(original["id"]), record.channel_id, self.bot_user, body))
            original["flags"] = (record.callback.get("data") or {}).get("flags") or 0
            return self.ok(original)
        message = self._store(record, body, body.get("flags") or 0)
        record.followups.append(message)
        return self.ok(message)

    def _original(
        self: FakeDiscord, method: str, record: Interaction | None, which: str, body: Any
    ) -> web.Response:
        if record is None or record.callback is None:
            return self.error(404, 10015, "Unknown Webhook")
        if which == "@original":
            message = (
                record.original
                if record.message_id is None
                else self.messages.get(record.message_id)
            )
        else:
            message = self.messages.get(int(which))
        if message is None or (which == "@original" and record.original_deleted):
            return self.error(404, 10008, "Unknown Message")
        if method == "DELETE":
            if message is record.original:
                record.original_deleted = True
            return self.ok(None, status=204)
        if method == "PATCH":
            problem = p.message_errors(body, edit=True)
            if problem:
                self.rejected.append(("edit", 400, problem))
                return p.as_json(problem, status=400)
            self.payloads.append(body)
            message.update(
                {k: v for k, v in body.items() if k in ("content", "embeds", "components")}
            )
            message["flags"] &= ~p.LOADING
        return self.ok(message)
