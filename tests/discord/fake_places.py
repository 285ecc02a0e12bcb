"""Threads and forum channels in the fake Discord: where a post can land besides a channel."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from tests.discord import fake_payloads as p

PUBLIC_THREAD, FORUM = 11, 15
THREAD_NAME = 100


def thread_channel(
    thread_id: int, parent: dict[str, Any], name: str, tags: list[str] | None = None
) -> dict[str, Any]:
    """A public thread as Discord describes it (a forum post is one too)."""
    return {
        "id": str(thread_id),
        "type": PUBLIC_THREAD,
        "guild_id": parent["guild_id"],
        "parent_id": parent["id"],
        "owner_id": "1",
        "name": name,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "message_count": 0,
        "member_count": 1,
        "flags": 0,
        "applied_tags": tags or [],
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": 1440,
            "archive_timestamp": p.now_iso(),
            "locked": False,
        },
    }


def forum_channel(channel_id: int, guild_id: int, name: str, tags: tuple[str, ...]) -> dict:
    """A forum channel (type 15) with these tag names."""
    channel = p.text_channel(channel_id, guild_id, name)
    channel.update(
        type=FORUM,
        available_tags=[
            {
                "id": str(p.snowflake()),
                "name": tag,
                "moderated": False,
                "emoji_id": None,
                "emoji_name": None,
            }
            for tag in tags
        ],
        default_reaction_emoji=None,
        default_sort_order=None,
        default_forum_layout=0,
        default_thread_rate_limit_per_user=0,
        flags=0,
    )
    return channel


class Places:
    """Mixed into FakeDiscord: add threads and forums, and answer the routes they need."""

    guild_id: int
    bot_user: dict[str, Any]
    channels: dict[int, dict[str, Any]]
    forum_posts: list[dict[str, Any]]  # the bodies of accepted POST /channels/{forum}/threads

    def add_thread(self, parent_id: int, name: str = "a thread") -> int:
        thread_id = p.snowflake()
        self.channels[thread_id] = thread_channel(thread_id, self.channels[parent_id], name)
        return thread_id

    def add_forum(self, name: str, *tags: str) -> int:
        channel_id = p.snowflake()
        self.channels[channel_id] = forum_channel(channel_id, self.guild_id, name, tags)
        return channel_id

    async def announce(self, channel_id: int) -> None:
        """Tell the connected bot about a new channel or thread, as Discord's gateway does."""
        channel = self.channels[channel_id]
        event = "THREAD_CREATE" if channel["type"] == PUBLIC_THREAD else "CHANNEL_CREATE"
        await self.dispatch(event, {**channel, "newly_created": True})

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        raise NotImplementedError

    def tag_id(self, forum_id: int, name: str) -> str:
        tags = self.channels[forum_id]["available_tags"]
        return str(next(t["id"] for t in tags if t["name"] == name))

    def get_channel_route(self, channel_id: int) -> web.Response:
        channel = self.channels.get(channel_id)
        if channel is None:
            return self.error(404, 10003, "Unknown Channel")
        return self.ok(channel)

    def forum_thread_route(self, forum_id: int, body: dict[str, Any]) -> web.Response:
        """POST /channels/{forum}/threads: a new forum post with its first message."""
        forum = self.channels.get(forum_id)
        if forum is None:
            return self.error(404, 10003, "Unknown Channel")
        if forum["type"] != FORUM:
            return self.error(400, 50024, "Cannot execute action on this channel type")
        name = str(body.get("name") or "")
        known = {str(t["id"]) for t in forum["available_tags"]}
        tags = [str(t) for t in body.get("applied_tags") or []]
        first = body.get("message") or {}
        if not 1 <= len(name) <= THREAD_NAME or not set(tags) <= known:
            return self.error(400, 50035, "Invalid Form Body")
        problem = p.message_errors(first)
        if problem:
            return p.as_json(problem, status=400)
        thread_id = p.snowflake()
        thread = thread_channel(thread_id, forum, name, tags)
        self.channels[thread_id] = thread
        self.forum_posts.append(body)
        message = p.message(p.snowflake(), thread_id, self.bot_user, first)
        return self.ok({**thread, "message": message}, status=201)

    def ok(self, data: Any, status: int = 200) -> web.Response:
        raise NotImplementedError

    def error(self, status: int, code: int, message: str) -> web.Response:
        raise NotImplementedError
