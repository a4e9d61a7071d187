"""The store /stats and /export read (implemented in storage/numbers.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from handlers.core.period import Period
from handlers.core.ports import StoreKey, Transaction
from handlers.core.values import Cell, Frozen


class PeopleFigures(Frozen):
    """Newcomers and connectors in a period: active (in a meeting) and new (registered)."""

    newcomers_active: int
    newcomers_new: int
    connectors_active: int
    connectors_new: int


class MeetingFigures(Frozen):
    """Meetings in a period: requested in it (and how many of those were confirmed, held),
    and held or missed (no-show) in it."""

    requested: int
    confirmed: int
    requested_held: int
    held: int
    no_show: int


class NumbersStore(Protocol):
    """Aggregates over a period (never a load of every row)."""

    async def people(self, period: Period) -> PeopleFigures:
        """Newcomers and connectors active and new in ``period``."""
        ...

    async def meetings(self, period: Period) -> MeetingFigures:
        """Meetings requested, confirmed, held and missed in ``period``."""
        ...

    async def held_between(self, start: datetime, end: datetime) -> int:
        """Meetings held that started in [start, end)."""
        ...

    async def participant_rows(
        self, period: Period, contacts: bool, limit: int
    ) -> list[tuple[Cell, ...]]:
        """Participants registered by the end of ``period``: id, role, status, sector, city,
        language, registered at, meetings held; with contacts, name, phone and Telegram id."""
        ...

    async def meeting_rows(self, period: Period, limit: int) -> list[tuple[Cell, ...]]:
        """Meetings starting in ``period``: id, connector, newcomer, start, format, status."""
        ...


NUMBERS: StoreKey[NumbersStore] = StoreKey("numbers")


def numbers_store(tx: Transaction) -> NumbersStore:
    """The numbers store of ``tx``."""
    return tx.store(NUMBERS)
