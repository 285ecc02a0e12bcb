"""Documents in the fake Telegram: files the bot sends (sendDocument) and files sent to it."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.telegram.fake_methods import ApiError


@dataclass
class Document:
    """A document the bot sent: where, its file name, its bytes and its caption."""

    chat_id: int
    filename: str
    data: bytes
    caption: str | None


class FileMethods:
    """Mixed into FakeTelegram: sendDocument, getFile, the file download route, and uploads."""

    token: str
    documents: list[Document]
    uploads: dict[str, bytes]
    _file_ids: itertools.count[int]

    def resolve(self, chat_id: Any) -> dict[str, Any]:
        raise NotImplementedError

    def _next_message_id(self, chat_id: int) -> int:
        raise NotImplementedError

    async def push(self, kind: str, payload: dict[str, Any]) -> int:
        raise NotImplementedError

    def user(self, user_id: int, first_name: str = "Ann") -> dict[str, Any]:
        raise NotImplementedError

    async def api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self.resolve(params.get("chat_id"))
        document = params.get("document")
        if isinstance(document, str) and document.startswith("attach://"):
            document = params.get(document.removeprefix("attach://"))
        if not isinstance(document, dict):
            raise ApiError(400, "Bad Request: there is no document in the request")
        caption = params.get("caption")
        self.documents.append(Document(chat["id"], document["filename"], document["data"], caption))
        file_id = f"sent{next(self._file_ids)}"
        return {
            "message_id": self._next_message_id(chat["id"]),
            "date": int(time.time()),
            "chat": chat,
            "document": {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_name": document["filename"],
                "file_size": len(document["data"]),
            },
        }

    async def api_getFile(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file_id"))
        if file_id not in self.uploads:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_size": len(self.uploads[file_id]),
            "file_path": f"documents/{file_id}",
        }

    async def download(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        file_id = request.match_info["path"].removeprefix("documents/")
        if file_id not in self.uploads:
            return web.Response(status=404)
        return web.Response(body=self.uploads[file_id])

    async def send_file(
        self,
        chat: dict[str, Any],
        filename: str,
        data: bytes,
        *,
        user: dict[str, Any] | None = None,
    ) -> None:
        """A user sends a document to the bot in `chat`."""
        file_id = f"up{next(self._file_ids)}"
        self.uploads[file_id] = data
        payload = {
            "message_id": self._next_message_id(chat["id"]),
            "date": int(time.time()),
            "chat": chat,
            "from": user or self.user(chat["id"]),
            "document": {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_name": filename,
                "file_size": len(data),
            },
        }
        await self.push("message", payload)
