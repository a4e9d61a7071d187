"""Clocks: the system clock in production, movable clocks for the simulator and tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class SystemClock:
    """The real time, in UTC."""

    def now(self) -> datetime:
        """Return the current UTC time."""
        return datetime.now(UTC)


class ManualClock:
    """A clock that only moves when told to (tests, scripts, the demo)."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        """Return the clock's current time."""
        return self._now

    def advance(self, delta: timedelta) -> None:
        """Move forward by ``delta``."""
        if delta < timedelta(0):
            raise ValueError("the clock only moves forward")
        self._now += delta

    def set(self, moment: datetime) -> None:
        """Move forward to ``moment``."""
        self.advance(moment.astimezone(UTC) - self._now)


class OffsetClock:
    """The real time plus an offset that only grows (the interactive simulator)."""

    def __init__(self, base: SystemClock | None = None) -> None:
        self._base = base or SystemClock()
        self._offset = timedelta(0)

    def now(self) -> datetime:
        """Return the real time shifted by the offset."""
        return self._base.now() + self._offset

    def advance(self, delta: timedelta) -> None:
        """Move forward by ``delta``."""
        if delta < timedelta(0):
            raise ValueError("the clock only moves forward")
        self._offset += delta

    def set(self, moment: datetime) -> None:
        """Move forward to ``moment``."""
        self.advance(moment.astimezone(UTC) - self.now())
