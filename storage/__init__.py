"""SQLite storage for newsbot."""
