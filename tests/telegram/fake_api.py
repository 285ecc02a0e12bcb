"""A fake Telegram Bot API over real HTTP, behaving like Telegram for the methods we use.

Tests inject updates (messages, button presses) and then check STATE: what messages
arrived where, with which markup. Chats can be scripted to fail like Telegram does.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.telegram.fake_files import Document, FileMethods
from tests.telegram.fake_methods import ApiError, BotApiMethods, Record
from tests.telegram.fake_topics import ForumTopics, in_topic

ANONYMOUS_ADMIN = {
    "id": 1087968824,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}
JSON_FIELDS = {"reply_markup", "link_preview_options", "allowed_updates", "commands", "scope"}
ADMIN_RIGHTS = (
    "can_be_edited is_anonymous can_manage_chat can_delete_messages can_manage_video_chats "
    "can_restrict_members can_promote_members can_change_info can_invite_users "
    "can_post_stories can_edit_stories can_delete_stories can_send_welcome_messages"
).split()


@dataclass
class Failure:
    code: int
    description: str
    parameters: dict[str, Any] = field(default_factory=dict)
    times: int | None = 1  # None: every time


class FakeTelegram(ForumTopics, FileMethods, BotApiMethods):
    def __init__(self, token: str = "123:ABC", username: str = "OurBot") -> None:
        self.token = token
        self.bot_user = {
            "id": int(token.split(":")[0]),
            "is_bot": True,
            "first_name": "Our Bot",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.chats: dict[int, dict[str, Any]] = {}
        self.topics: dict[tuple[int, int], str] = {}
        self.members: dict[tuple[int, int], dict[str, Any]] = {}
        self.messages: list[Record] = []
        self.answers: list[dict[str, Any]] = []
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self.commands: list[dict[str, Any]] = []
        self.webhook: dict[str, Any] | None = None
        self.errors: list[str] = []  # the fake's own failures; the fixture asserts none
        self.failures: dict[int, list[Failure]] = {}
        self.updates: list[dict[str, Any]] = []
        self.documents: list[Document] = []
        self.uploads: dict[str, bytes] = {}
        self._file_ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._callback_ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.url = ""

    # --- server -------------------------------------------------------------------------

    async def start(self) -> FakeTelegram:
        app = web.Application()
        app.router.add_route("POST", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self.download)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        self._closing = True
        await self._notify()  # wake every waiting getUpdates
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        method = request.match_info["method"]
        params = await _params(request)
        self.requests.append((method, params))
        handler = getattr(self, "api_" + method, None)
        if handler is None:
            body = {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
            return _reply(404, body)
        try:
            result = await handler(params)
        except ApiError as exc:
            body = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.parameters:
                body["parameters"] = exc.parameters
            return _reply(exc.code, body)
        except Exception as exc:  # a bug in the fake: fail the test that met it
            self.errors.append(f"{method}: {type(exc).__name__}: {exc}")
            raise
        return _reply(200, {"ok": True, "result": result})

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # --- chats and users ----------------------------------------------------------------

    @staticmethod
    def user(user_id: int, first_name: str = "Ann") -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": first_name}

    def private(self, user_id: int, first_name: str = "Ann") -> dict[str, Any]:
        chat = {"id": user_id, "type": "private", "first_name": first_name}
        self.chats[user_id] = chat
        return chat

    def group(
        self,
        chat_id: int,
        title: str = "News fans",
        *,
        admins: tuple[int, ...] = (),
        kind: str = "supergroup",
    ) -> dict[str, Any]:
        chat = {"id": chat_id, "type": kind, "title": title}
        self.chats[chat_id] = chat
        for admin in admins:
            self.set_member(chat_id, admin, "administrator")
        return chat

    def channel(
        self,
        chat_id: int,
        username: str | None = None,
        *,
        bot_status: str = "administrator",
        can_post: bool = True,
    ) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id, "type": "channel", "title": username or "Channel"}
        if username:
            chat["username"] = username
        self.chats[chat_id] = chat
        self.set_member(chat_id, self.bot_user["id"], bot_status, can_post_messages=can_post)
        return chat

    def set_member(self, chat_id: int, user_id: int, status: str, **rights: Any) -> None:
        user = self.bot_user if user_id == self.bot_user["id"] else self.user(user_id)
        member: dict[str, Any] = {"status": status, "user": user}
        if status == "administrator":
            member.update({name: name != "is_anonymous" for name in ADMIN_RIGHTS})
            member["is_anonymous"] = False
            member.update(rights)
        elif status == "creator":
            member["is_anonymous"] = False
        self.members[(chat_id, user_id)] = member

    def resolve(self, chat_id: Any) -> dict[str, Any]:
        text = str(chat_id)
        if text.startswith("@"):
            for chat in self.chats.values():
                if chat.get("username", "").lower() == text[1:].lower():
                    return chat
        elif text.lstrip("-").isdigit() and int(text) in self.chats:
            return self.chats[int(text)]
        raise ApiError(400, "Bad Request: chat not found")

    # --- scripting failures ---------------------------------------------------------------

    def fail(self, chat_id: int, kind: str, *, times: int | None = 1, **extra: Any) -> None:
        """Make sends to a chat fail: retry_after, blocked, migrate, not_found, server."""
        if kind == "retry_after":
            seconds = extra.get("seconds", 1)
            failure = Failure(
                429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds}, times
            )
        elif kind == "blocked":
            failure = Failure(403, "Forbidden: bot was blocked by the user", times=times)
        elif kind == "migrate":
            new_id = extra["new_chat_id"]
            self.group(new_id, self.chats.get(chat_id, {}).get("title", "Group"))
            failure = Failure(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": new_id},
                times,
            )
        elif kind == "not_found":
            failure = Failure(400, "Bad Request: chat not found", times=times)
        elif kind == "error":
            failure = Failure(extra["code"], extra["description"], times=times)
        elif kind == "server":
            failure = Failure(500, "Internal Server Error", times=times)
        else:
            raise ValueError(kind)
        self.failures.setdefault(chat_id, []).append(failure)

    def _scripted(self, chat_id: int) -> None:
        queue = self.failures.get(chat_id)
        if not queue:
            return
        failure = queue[0]
        if failure.times is not None:
            failure.times -= 1
            if failure.times <= 0:
                queue.pop(0)
        raise ApiError(failure.code, failure.description, **failure.parameters)

    # --- injecting updates ----------------------------------------------------------------

    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    async def push(self, kind: str, payload: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        self.updates.append({"update_id": update_id, kind: payload})
        await self._notify()
        return update_id

    async def message(
        self,
        chat: dict[str, Any],
        text: str,
        *,
        user: dict[str, Any] | None = None,
        sender_chat: dict[str, Any] | None = None,
        topic: int | None = None,
    ) -> dict[str, Any]:
        """A message in `chat` (in forum `topic`) from `user` (or on behalf of a chat)."""
        sender = user or (ANONYMOUS_ADMIN if sender_chat else self.user(chat["id"]))
        payload: dict[str, Any] = {
            "message_id": self._next_message_id(chat["id"]),
            "date": int(time.time()),
            "chat": chat,
            "from": sender,
            "text": text,
        }
        if sender_chat is not None:
            payload["sender_chat"] = sender_chat
        in_topic(payload, topic)
        if text.startswith("/"):
            length = len(text.split()[0])
            payload["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        await self.push("message", payload)
        return payload

    async def press(self, record: Record, label: str, user: dict[str, Any]) -> str:
        """Tap the button labelled `label` on a message the bot sent."""
        button = record.button(label)
        callback_id = str(next(self._callback_ids))
        await self.push(
            "callback_query",
            {
                "id": callback_id,
                "from": user,
                "chat_instance": f"ci{record.chat_id}",
                "data": button["callback_data"],
                "message": self._message_json(record),
            },
        )
        return callback_id

    def sent_to(self, chat_id: int, topic: int | str | None = "any") -> list[Record]:
        """Messages the bot sent to a chat (to one topic of it, None for General, if given)."""
        return [m for m in self.messages if m.chat_id == chat_id and topic in ("any", m.thread)]

    def answer_for(self, callback_id: str) -> dict[str, Any] | None:
        return next((a for a in self.answers if a["callback_query_id"] == callback_id), None)

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError("condition not met in time")
            await asyncio.sleep(0.01)

    async def ask(
        self, chat: dict[str, Any], text: str, *, timeout: float = 5.0, **kwargs: Any
    ) -> Record:
        """Send a message and wait for the bot's next message in that chat."""
        before = len(self.sent_to(chat["id"]))
        await self.message(chat, text, **kwargs)
        await self.wait_for(lambda: len(self.sent_to(chat["id"])) > before, timeout)
        return self.sent_to(chat["id"])[before]


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        data = await request.json()
        return dict(data) if isinstance(data, dict) else {}
    form = await request.post() if request.can_read_body else {}
    params: dict[str, Any] = dict(request.query)
    for key, value in form.items():
        if isinstance(value, web.FileField):
            params[key] = {"filename": value.filename, "data": value.file.read()}
            continue
        if not isinstance(value, str):
            continue
        if key in JSON_FIELDS:
            try:
                params[key] = json.loads(value)
                continue
            except ValueError:
                pass
        params[key] = value
    return params


def _reply(status: int, body: dict[str, Any]) -> web.Response:
    return web.json_response(body, status=status)
