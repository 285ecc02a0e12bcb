"""`newsbot feeds import|export`: a chat's own feeds as OPML 2.0, from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot import replies
from bot.chatfeeds import ChatFeeds
from bot.errors import BadArgument, ParseError
from bot.ingest import Ingestor
from bot.models import Chat
from bot.settings import Settings
from entrypoints.bootstrap import open_storage


def parse_chat(text: str) -> Chat:
    """`PLATFORM:CHAT_ID` (the chat id may itself hold colons or a minus sign)."""
    platform, sep, chat_id = text.partition(":")
    if not sep or not platform.strip() or not chat_id.strip():
        raise BadArgument(f"--chat must be PLATFORM:CHAT_ID, e.g. telegram:-1001234 (not {text!r})")
    return Chat(platform.strip().lower(), chat_id.strip())


async def run_feeds(args: argparse.Namespace, settings: Settings) -> int:
    chat = parse_chat(args.chat)
    data = _read(Path(args.file), settings) if args.feeds_command == "import" else b""
    storage = await open_storage(settings, readonly=args.feeds_command == "export")
    try:
        feeds = ChatFeeds(storage, settings, Ingestor(storage, settings))
        if args.feeds_command == "export":
            sys.stdout.write(await feeds.export_opml(chat))
            return 0
        report = await feeds.import_opml(chat, data, None)
    finally:
        await storage.close()
    print(replies.imported(report))
    return 1 if report.failed else 0


def _read(path: Path, settings: Settings) -> bytes:
    """The OPML file's bytes, refusing folders, missing files and files over the size cap."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ParseError(f"{path} is not a file")
        if size > settings.max_file_bytes:
            raise ParseError(f"{path} is larger than the {settings.max_file_bytes}-byte limit")
        return path.read_bytes()
    except OSError as exc:
        raise ParseError(f"{path} could not be read: {exc.strerror or exc}") from None
