"""Attachments in the fake Discord: files the bot uploads, and files users attach to commands."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import BodyPartReader, web

from tests.discord import fake_payloads as p

ATTACHMENT_OPTION = 11


async def read_body(request: web.Request, uploads: list[tuple[str, bytes]]) -> Any:
    """A REST body: JSON, or multipart (`payload_json` plus `files[n]`, kept in `uploads`)."""
    if not request.can_read_body:
        return None
    if not request.content_type.startswith("multipart/"):
        return await request.json()
    body: Any = {}
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            continue
        if part.name == "payload_json":
            body = json.loads(await part.text())
        elif part.filename:
            uploads.append((part.filename, bytes(await part.read())))
    return body


class Attachments:
    """Mixed into FakeDiscord: user attachments are served at /attachments/<id>/<name>."""

    port: int
    attached: dict[str, tuple[str, bytes]]

    def attach(self, filename: str, data: bytes) -> tuple[str, dict[str, Any]]:
        """A file a user attaches to a command: its id and its `resolved` entry."""
        attachment_id = str(p.snowflake())
        self.attached[attachment_id] = (filename, data)
        url = f"http://127.0.0.1:{self.port}/attachments/{attachment_id}/{filename}"
        return attachment_id, {
            "id": attachment_id,
            "filename": filename,
            "size": len(data),
            "url": url,
            "proxy_url": url,
            "content_type": "text/x-opml",
        }

    async def serve_attachment(self, request: web.Request) -> web.Response:
        found = self.attached.get(request.match_info["id"])
        if found is None:
            return web.Response(status=404)
        return web.Response(body=found[1])
