"""The bot's log: timestamped lines or JSON objects, at the level the operator chose.

What the log may hold is decided where each line is written (``bot/logsafe.py`` masks
addresses; no message body or token is ever passed in). This module only shapes the lines.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TextIO

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Different lines remembered at most by the repeat filter.
REPEATS_KEPT = 1000
# Libraries that log at INFO what the operator does not need, or must not see: httpx logs
# every request URL, and Telegram's URLs carry the bot token; alembic announces its plugins
# on every start.
QUIET = {
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "aiohttp.access": logging.WARNING,
    "alembic": logging.WARNING,
    # APScheduler logs each job it adds and every start and pause.
    "apscheduler": logging.WARNING,
}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, exception."""

    def format(self, record: logging.LogRecord) -> str:
        """Render ``record`` as one line of JSON."""
        entry: dict[str, str] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class UtcFormatter(logging.Formatter):
    """Text lines with an ISO 8601 UTC timestamp ("2026-12-06T20:41:07.123Z")."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        """The record's time in UTC, to the millisecond."""
        moment = datetime.fromtimestamp(record.created, UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class BotHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``configure`` installs (and replaces when called again)."""


class RepeatFilter(logging.Filter):
    """Lets a line through once a minute at most, with how many like it were held back.

    "The same line" is the same logger and the same words: asyncio once logged
    "socket.accept() out of system resource" half a million times in 40 seconds, and a log
    that fills the disk takes the database down with it. Lines that differ in a value (two
    processes started, two messages failed) are different lines, and all are written.
    """

    def __init__(self, window: float = 60.0, clock: Callable[[], float] = time.monotonic):
        super().__init__()
        self._window = window
        self._clock = clock
        self._seen: dict[tuple[str, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        """False for a line already let through within the window."""
        key = (record.name, record.getMessage())
        now = self._clock()
        since, held = self._seen.get(key, (float("-inf"), 0))
        if now - since < self._window:
            self._seen[key] = (since, held + 1)
            return False
        if len(self._seen) >= REPEATS_KEPT:
            self._seen.clear()  # bounded: many different lines are no flood of one
        self._seen[key] = (now, 0)
        if held:
            record.msg = (
                f"{record.getMessage()} [{held} more like it in the last minute not logged]"
            )
            record.args = None
        return True


def configure(level: str = "INFO", form: str = "text", stream: TextIO | None = None) -> None:
    """Send the log to ``stream`` (standard error) at ``level``, as text or JSON lines."""
    handler = BotHandler(stream or sys.stderr)
    handler.addFilter(RepeatFilter())
    handler.setFormatter(JsonFormatter() if form == "json" else UtcFormatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in list(root.handlers):
        if isinstance(old, BotHandler):  # others' handlers (a test runner's) stay
            root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name, quiet in QUIET.items():
        logging.getLogger(name).setLevel(max(quiet, logging.getLevelName(level)))
