"""Services' unit tests run over the in-memory storage (the contract suite keeps it honest)."""

from __future__ import annotations

import pytest

from bot.services import NewsService
from tests.storage.fake import FakeStorage


@pytest.fixture
def service() -> NewsService:
    return NewsService(FakeStorage())
