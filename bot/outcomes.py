"""An outbox row owed to a chat, and the outcomes a Messenger returns for one send."""

from __future__ import annotations

from dataclasses import dataclass

from bot.models import Chat, ChatKind


@dataclass(frozen=True, slots=True)
class Delivery:
    """One outbox row: an article owed to a chat."""

    id: int
    article_id: int
    chat: Chat
    attempts: int
    chat_kind: ChatKind = ChatKind.PRIVATE


@dataclass(frozen=True, slots=True)
class Sent:
    message_id: str | None = None


@dataclass(frozen=True, slots=True)
class RetryAfter:
    seconds: float
    global_limit: bool = False


@dataclass(frozen=True, slots=True)
class Gone:
    """The chat can no longer be reached (blocked, kicked, deleted, no permission)."""

    reason: str


@dataclass(frozen=True, slots=True)
class Migrated:
    new_chat_id: str


@dataclass(frozen=True, slots=True)
class Transient:
    """A failure worth retrying later (5xx, timeout, network)."""

    reason: str


@dataclass(frozen=True, slots=True)
class Permanent:
    """A failure retrying will not fix (a 4xx other than the ones above)."""

    reason: str


Outcome = Sent | RetryAfter | Gone | Migrated | Transient | Permanent
