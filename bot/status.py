"""What `newsbot status` reports: counts, failing feeds, standing problems, live workers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple


class FailingFeed(NamedTuple):
    url: str
    failures: int
    error: str


class Problem(NamedTuple):
    key: str
    message: str


def topic_problem_key(platform: str, chat_id: str, thread: str) -> str:
    """The key of a forum topic's standing problem (stopped because it was closed or deleted)."""
    return f"{platform} topic {chat_id}/{thread}"


class WorkerInfo(NamedTuple):
    """A live process sharing the database: what it does, where, and the claims it holds."""

    id: str
    role: str
    host: str
    pid: int
    heartbeat: datetime | None = None
    claims: int = 0


@dataclass(slots=True)
class Status:
    """Numbers for `newsbot status`."""

    articles: int = 0
    subscriptions: dict[str, int] = field(default_factory=dict)
    outbox: dict[str, int] = field(default_factory=dict)
    failing_feeds: list[FailingFeed] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    last_delivery: datetime | None = None
    workers: list[WorkerInfo] = field(default_factory=list)
