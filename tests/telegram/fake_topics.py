"""Forum topics in the fake Telegram: supergroups with topics, topics closed or deleted."""

from __future__ import annotations

from typing import Any

from tests.telegram.fake_methods import ApiError

THREAD_NOT_FOUND = "Bad Request: message thread not found"
TOPIC_CLOSED = "Bad Request: TOPIC_CLOSED"


class ForumTopics:
    """Mixed into FakeTelegram: which topics each forum has, and what sending into one does."""

    chats: dict[int, dict[str, Any]]
    topics: dict[tuple[int, int], str]  # (chat id, thread id) → "open" or "closed"

    def forum(self, chat: dict[str, Any], *threads: int) -> dict[str, Any]:
        """Make a supergroup a forum with these topics (General, id 1, always exists)."""
        chat["is_forum"] = True
        for thread in threads:
            self.topics[(chat["id"], thread)] = "open"
        return chat

    def close_topic(self, chat_id: int, thread: int) -> None:
        self.topics[(chat_id, thread)] = "closed"

    def delete_topic(self, chat_id: int, thread: int) -> None:
        self.topics.pop((chat_id, thread), None)

    def check_thread(self, chat: dict[str, Any], thread: Any) -> int | None:
        """The thread a message goes to, or the ApiError Telegram answers for it."""
        if thread in (None, ""):
            return None
        number = int(thread)
        if not chat.get("is_forum"):
            raise ApiError(400, THREAD_NOT_FOUND)
        state = "open" if number == 1 else self.topics.get((chat["id"], number))
        if state is None:
            raise ApiError(400, THREAD_NOT_FOUND)
        if state == "closed":
            raise ApiError(400, TOPIC_CLOSED)
        return number


def in_topic(payload: dict[str, Any], thread: int | None) -> dict[str, Any]:
    """Mark a message as sent in a forum topic, as Telegram does (General: no mark)."""
    if thread is not None and thread != 1:
        payload["message_thread_id"] = thread
        payload["is_topic_message"] = True
    return payload
