"""Discord-shaped payloads for the fake Discord, and Discord's message validation rules."""

from __future__ import annotations

import itertools
import json
import time
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

EPHEMERAL = 1 << 6
LOADING = 1 << 7
DISCORD_EPOCH_MS = 1420070400000
MANAGE_CHANNELS = 1 << 4
VIEW_SEND_EMBED_HISTORY = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 16)
EVERYTHING_BUT_MANAGE = VIEW_SEND_EMBED_HISTORY  # an ordinary member
MODERATOR = VIEW_SEND_EMBED_HISTORY | MANAGE_CHANNELS

_counter = itertools.count(1)


def snowflake() -> int:
    """A fresh, increasing Discord-style id."""
    millis = int(time.time() * 1000) - DISCORD_EPOCH_MS
    return (millis << 22) | (next(_counter) & 0x3FFFFF)


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def user(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": None,
        "avatar": None,
        "bot": bot,
        "flags": 0,
    }


def member(user_id: int, name: str, permissions: int) -> dict[str, Any]:
    return {
        "user": user(user_id, name),
        "roles": [],
        "nick": None,
        "joined_at": now_iso(),
        "deaf": False,
        "mute": False,
        "flags": 0,
        "permissions": str(permissions),
    }


def text_channel(channel_id: int, guild_id: int, name: str, position: int = 0) -> dict[str, Any]:
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(guild_id),
        "name": name,
        "position": position,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
    }


def guild(guild_id: int, name: str, channels: list[dict[str, Any]], bot: dict[str, Any]) -> dict:
    everyone = {
        "id": str(guild_id),
        "name": "@everyone",
        "permissions": str(VIEW_SEND_EMBED_HISTORY),
        "position": 0,
        "color": 0,
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }
    return {
        "id": str(guild_id),
        "name": name,
        "icon": None,
        "owner_id": "1",
        "unavailable": False,
        "member_count": 2,
        "large": False,
        "roles": [everyone],
        "emojis": [],
        "stickers": [],
        "features": [],
        "channels": channels,
        "threads": [],
        "members": [{"user": bot, "roles": [], "joined_at": now_iso(), "flags": 0}],
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "system_channel_flags": 0,
        "joined_at": now_iso(),
    }


def message(
    message_id: int, channel_id: int, author: dict[str, Any], payload: dict[str, Any]
) -> dict[str, Any]:
    """The message Discord would return for an accepted payload."""
    return {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": author,
        "content": payload.get("content") or "",
        "timestamp": now_iso(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": payload.get("embeds") or [],
        "components": payload.get("components") or [],
        "pinned": False,
        "type": 0,
        "flags": payload.get("flags") or 0,
    }


# --- validation: what Discord answers 400 to ------------------------------------------

LIMITS = {"title": 256, "description": 4096}


def _too_long(limit: int) -> dict[str, Any]:
    return {
        "_errors": [
            {"code": "BASE_TYPE_MAX_LENGTH", "message": f"Must be {limit} or fewer in length."}
        ]
    }


def _required() -> dict[str, Any]:
    return {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}]}


def embed_errors(embed: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, Any] = {}
    for key, limit in LIMITS.items():
        if len(embed.get(key) or "") > limit:
            errors[key] = _too_long(limit)
    url = embed.get("url")
    if url is not None and not str(url).startswith(("http://", "https://")):
        errors["url"] = {
            "_errors": [{"code": "URL_TYPE_INVALID_URL", "message": "Not a well formed URL."}]
        }
    fields = embed.get("fields") or []
    if len(fields) > 25:
        errors["fields"] = _too_long(25)
    for index, field in enumerate(fields):
        problems: dict[str, Any] = {}
        for key, limit in (("name", 256), ("value", 1024)):
            text = field.get(key) or ""
            if not text.strip():
                problems[key] = _required()
            elif len(text) > limit:
                problems[key] = _too_long(limit)
        if problems:
            errors.setdefault("fields", {})[str(index)] = problems
    if len((embed.get("footer") or {}).get("text") or "") > 2048:
        errors["footer"] = {"text": _too_long(2048)}
    if len((embed.get("author") or {}).get("name") or "") > 256:
        errors["author"] = {"name": _too_long(256)}
    return errors


def embed_size(embed: dict[str, Any]) -> int:
    return (
        len(embed.get("title") or "")
        + len(embed.get("description") or "")
        + len((embed.get("footer") or {}).get("text") or "")
        + len((embed.get("author") or {}).get("name") or "")
        + sum(
            len(f.get("name") or "") + len(f.get("value") or "") for f in embed.get("fields") or []
        )
    )


def message_errors(payload: dict[str, Any], *, edit: bool = False) -> dict[str, Any] | None:
    """Discord's 400 body for an invalid message payload, or None when it is acceptable."""
    errors: dict[str, Any] = {}
    content = payload.get("content") or ""
    embeds = payload.get("embeds") or []
    if len(content) > 2000:
        errors["content"] = _too_long(2000)
    if len(embeds) > 10:
        errors["embeds"] = _too_long(10)
    for index, embed in enumerate(embeds):
        found = embed_errors(embed)
        if found:
            errors.setdefault("embeds", {})[str(index)] = found
    if sum(embed_size(e) for e in embeds) > 6000:
        errors.setdefault("embeds", {})["_errors"] = [
            {
                "code": "MAX_EMBED_SIZE_EXCEEDED",
                "message": "Embed size exceeds maximum size of 6000",
            }
        ]
    if errors:
        return {"code": 50035, "message": "Invalid Form Body", "errors": errors}
    if not edit and not content and not embeds and not payload.get("components"):
        return {"code": 50006, "message": "Cannot send an empty message"}
    return None


def application(app_id: int) -> dict[str, Any]:
    return {
        "id": str(app_id),
        "name": "newsbot",
        "description": "",
        "icon": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": user(1, "owner"),
        "verify_key": "0" * 64,
        "flags": 0,
        "team": None,
        "summary": "",
    }


# --- responses --------------------------------------------------------------------------


def as_json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON response typed exactly `application/json`, as Discord sends (discord.py checks)."""
    if status == 204:
        return web.Response(status=204, headers=headers)
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    return web.Response(body=json.dumps(data).encode(), status=status, headers=all_headers)


def ratelimit_headers(remaining: int = 49, reset_after: float = 1.0) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": "50",
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
        "X-RateLimit-Reset-After": f"{reset_after:.3f}",
        "X-RateLimit-Bucket": "fake-bucket",
    }


def rate_limited(retry_after: float, global_limit: bool = False) -> web.Response:
    """A 429 as Discord sends it; discord.py only trusts it with a `Via` header."""
    headers = {
        **ratelimit_headers(0, retry_after),
        "X-RateLimit-Scope": "global" if global_limit else "user",
        "Retry-After": str(max(1, round(retry_after))),
        "Via": "1.1 google",
    }
    if global_limit:
        headers["X-RateLimit-Global"] = "true"
    body = {
        "message": "You are being rate limited.",
        "retry_after": retry_after,
        "global": global_limit,
    }
    return as_json(body, 429, headers)
