"""A PostgreSQL store's connection pools and the session settings of each.

Every query here is small and index-driven: parallel workers (7 ms measured in a search's
generic plan) and JIT cost more than they could save. The hot reads (latest, quote, search,
posts by id) get a pool of their own that keeps one plan per statement: planning them afresh
on every call cost more than running them (0.2-0.4 ms of 0.4-0.7 ms at 1,000,000 articles),
and their statements are written so that one plan suits any value. Settings are SET on each
new connection rather than sent as startup parameters, which a pooler may refuse, and
connections are not reset on release (asyncpg's default costs a round trip): they keep no
other state (LISTEN has its own connection), and asyncpg still rolls back a transaction.
"""

from __future__ import annotations

from typing import NamedTuple

import asyncpg

SESSION = "SET max_parallel_workers_per_gather = 0; SET jit = off"
HOT_READS = SESSION + "; SET plan_cache_mode = force_generic_plan"


class Pools(NamedTuple):
    main: asyncpg.Pool
    hot_reads: asyncpg.Pool

    async def close(self) -> None:
        await self.hot_reads.close()
        await self.main.close()


async def open_pools(url: str) -> Pools:
    """Both pools, the main one of up to four connections, the hot reads' of up to two."""
    main = await _pool(url, SESSION, 4)
    try:
        return Pools(main, await _pool(url, HOT_READS, 2))
    except BaseException:
        await main.close()
        raise


async def _pool(url: str, settings: str, size: int) -> asyncpg.Pool:
    async def setup(conn: asyncpg.Connection) -> None:
        await conn.execute(settings)

    return await asyncpg.create_pool(
        url, min_size=1, max_size=size, init=setup, reset=_keep_session
    )


async def _keep_session(conn: asyncpg.Connection) -> None:
    """Nothing to reset on release (see the module's docstring)."""
