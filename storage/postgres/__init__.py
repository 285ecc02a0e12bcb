"""PostgreSQL behind the Storage port, for several processes on several machines."""

from storage.postgres.store import PostgresStorage, redacted

__all__ = ["PostgresStorage", "redacted"]
