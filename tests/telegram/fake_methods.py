"""The Bot API methods of the fake Telegram, validating requests the way Telegram does."""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass
from typing import Any

from tests.telegram.fake_html import check_message


class ApiError(Exception):
    def __init__(self, code: int, description: str, **parameters: Any) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


@dataclass
class Record:
    """A message as Telegram holds it after accepting it."""

    chat_id: int
    message_id: int
    text: str  # what the bot sent (HTML source when parse_mode is HTML)
    shown: str  # what a reader sees
    parse_mode: str | None
    reply_markup: dict[str, Any] | None
    link_preview_options: dict[str, Any] | None
    time: float
    edits: int = 0
    thread: int | None = None  # the forum topic it went to (None: General or no forum)

    def buttons(self) -> list[dict[str, Any]]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]

    def button(self, label: str) -> dict[str, Any]:
        for button in self.buttons():
            if label.lower() in button["text"].lower():
                return button
        raise AssertionError(f"no button {label!r} in {self.buttons()}")


class BotApiMethods:
    """Mixed into FakeTelegram, whose state (chats, members, messages...) these methods use."""

    token: str
    bot_user: dict[str, Any]
    chats: dict[int, dict[str, Any]]
    members: dict[tuple[int, int], dict[str, Any]]
    messages: list[Record]
    answers: list[dict[str, Any]]
    commands: list[dict[str, Any]]
    webhook: dict[str, Any] | None
    updates: list[dict[str, Any]]
    _changed: asyncio.Condition
    _closing: bool

    def resolve(self, chat_id: Any) -> dict[str, Any]:
        raise NotImplementedError

    def _scripted(self, chat_id: int) -> None:
        raise NotImplementedError

    def _next_message_id(self, chat_id: int) -> int:
        raise NotImplementedError

    def check_thread(self, chat: dict[str, Any], thread: Any) -> int | None:
        raise NotImplementedError

    async def api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.bot_user

    async def api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset", 0))
        limit = int(params.get("limit", 100))
        deadline = time.monotonic() + float(params.get("timeout", 0))
        allowed = params.get("allowed_updates") or None
        if offset > 0:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        while True:
            ready = [
                u
                for u in self.updates
                if u["update_id"] >= offset and (not allowed or any(k in u for k in allowed))
            ][:limit]
            remaining = deadline - time.monotonic()
            if ready or self._closing or remaining <= 0:
                return ready
            async with self._changed:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), remaining)

    async def api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self.resolve(params.get("chat_id"))
        self._scripted(chat["id"])
        if chat["type"] == "channel" and not self._may_post(chat["id"]):
            raise ApiError(403, "Forbidden: bot is not a member of the channel chat")
        thread = self.check_thread(chat, params.get("message_thread_id"))
        text, parse_mode = str(params.get("text", "")), params.get("parse_mode")
        shown = self._check(text, parse_mode, params.get("reply_markup"))
        record = Record(
            chat_id=chat["id"],
            message_id=self._next_message_id(chat["id"]),
            text=text,
            shown=shown,
            parse_mode=parse_mode,
            reply_markup=params.get("reply_markup"),
            link_preview_options=params.get("link_preview_options"),
            time=time.time(),
            thread=thread if thread != 1 else None,
        )
        self.messages.append(record)
        return self._message_json(record)

    async def api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        record = self._find(params)
        text, parse_mode = str(params.get("text", "")), params.get("parse_mode")
        markup = params.get("reply_markup")
        shown = self._check(text, parse_mode, markup)
        if text == record.text and markup == record.reply_markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message "
                "content and reply markup are exactly the same",
            )
        record.text, record.shown, record.parse_mode = text, shown, parse_mode
        record.reply_markup = markup
        record.edits += 1
        return self._message_json(record)

    async def api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        record = self._find(params)
        markup = params.get("reply_markup")
        if markup == record.reply_markup:
            raise ApiError(400, "Bad Request: message is not modified")
        record.reply_markup = markup
        record.edits += 1
        return self._message_json(record)

    async def api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        if len(str(params.get("text", ""))) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self.answers.append(params)
        return True

    async def api_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands") or []
        for command in commands:
            name, about = command.get("command", ""), command.get("description", "")
            if not (1 <= len(name) <= 32 and name == name.lower() and 1 <= len(about) <= 256):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        self.commands = commands
        return True

    async def api_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self.resolve(params.get("chat_id"))
        user_id = int(params["user_id"])
        member = self.members.get((chat["id"], user_id))
        if member is not None:
            return member
        user = self.bot_user if user_id == self.bot_user["id"] else self.user(user_id)
        status = "left" if chat["type"] == "channel" else "member"
        return {"status": status, "user": user}

    async def api_getChat(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **self.resolve(params.get("chat_id")),
            "accent_color_id": 0,
            "max_reaction_count": 11,
        }

    async def api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    async def api_setWebhook(self, params: dict[str, Any]) -> bool:
        if not str(params.get("url", "")).startswith("https://"):
            raise ApiError(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        self.webhook = params
        return True

    async def api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        url = self.webhook.get("url", "") if self.webhook else ""
        return {"url": url, "has_custom_certificate": False, "pending_update_count": 0}

    # --- helpers ------------------------------------------------------------------------------

    def _check(self, text: str, parse_mode: Any, markup: dict[str, Any] | None) -> str:
        try:
            shown = check_message(text, parse_mode)
        except ValueError as exc:
            raise ApiError(400, str(exc)) from exc
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                url = button.get("url")
                if url is not None and not url.startswith(("http://", "https://", "tg://")):
                    raise ApiError(400, "Bad Request: BUTTON_URL_INVALID")
        return shown

    def _may_post(self, chat_id: int) -> bool:
        member = self.members.get((chat_id, self.bot_user["id"]), {})
        if member.get("status") == "creator":
            return True
        return member.get("status") == "administrator" and bool(member.get("can_post_messages"))

    def _find(self, params: dict[str, Any]) -> Record:
        chat = self.resolve(params.get("chat_id"))
        message_id = int(params.get("message_id", 0))
        for record in self.messages:
            if record.chat_id == chat["id"] and record.message_id == message_id:
                return record
        raise ApiError(400, "Bad Request: message to edit not found")

    def _message_json(self, record: Record) -> dict[str, Any]:
        chat = self.chats[record.chat_id]
        message: dict[str, Any] = {
            "message_id": record.message_id,
            "date": int(record.time),
            "chat": chat,
            "text": record.shown,
        }
        if chat["type"] == "channel":
            message["sender_chat"] = chat
        else:
            message["from"] = self.bot_user
        if record.reply_markup:
            message["reply_markup"] = record.reply_markup
        if record.thread is not None:
            message.update(message_thread_id=record.thread, is_topic_message=True)
        return message
