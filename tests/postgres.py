"""The tests' throwaway PostgreSQL server: one copy of the starter, in benchmarks/pgserver.py
(the bench starts one too), re-exported here for the fixtures in conftest.py."""

from __future__ import annotations

from benchmarks.pgserver import TEMPLATE, PostgresUnavailable, Server, start

__all__ = ["TEMPLATE", "PostgresUnavailable", "Server", "start"]
