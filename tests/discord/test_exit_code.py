"""`newsbot run` against the fake Discord: a gateway that refuses the bot ends it non-zero."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.conftest import newsbot_env
from tests.discord.fake_discord import FakeDiscord
from tests.e2e.helpers import NEWSBOT


async def test_a_fatal_gateway_close_exits_non_zero_with_one_line(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    env = newsbot_env(
        tmp_path / "news.db",
        NEWSBOT_DISCORD_TOKEN=fake.token,
        NEWSBOT_DISCORD_GUILD=str(fake.guild_id),
        NEWSBOT_DISCORD_API_URL=fake.api_url,
        NEWSBOT_DISCORD_GATEWAY_URL=fake.gateway_url,
    )
    proc = await asyncio.create_subprocess_exec(
        NEWSBOT, "run", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
    )
    lines: list[str] = []
    try:
        assert proc.stderr is not None
        while not any("discord adapter ready" in line for line in lines):
            line = await asyncio.wait_for(proc.stderr.readline(), 20)
            assert line, "".join(lines)
            lines.append(line.decode())
        await fake.drop(4004)  # authentication failed: discord.py will not reconnect
        _, rest = await asyncio.wait_for(proc.communicate(), 20)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    stderr = "".join(lines) + rest.decode()
    assert proc.returncode == 1, stderr
    final = [line for line in stderr.splitlines() if line.startswith("newsbot:")]
    assert len(final) == 1 and "The Discord gateway stopped" in final[0], stderr
    assert stderr.count("The Discord gateway stopped") == 1
    assert fake.token not in stderr
