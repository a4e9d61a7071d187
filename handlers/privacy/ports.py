"""The store data rights need (implemented in storage/privacy.py)."""

from __future__ import annotations

from typing import Protocol

from handlers.core.ports import StoreKey, Transaction
from handlers.core.values import Frozen

Value = str | int | float | bool | None


class Record(Frozen):
    """The rows of one table that are about a person, each as column name to value."""

    table: str
    rows: tuple[dict[str, Value], ...]


class PrivacyStore(Protocol):
    """Reading and erasing what is stored about one person."""

    async def records(self, participant_id: int) -> list[Record]:
        """Every row of every table that refers to the person, table by table."""
        ...

    async def erase(self, participant_id: int) -> None:
        """Erase the person's personal data now, keeping anonymous rows for the counts.

        Their addresses stay until ``forget_addresses``, so that the confirmation reaches them.
        """
        ...

    async def forget_addresses(self, participant_id: int) -> None:
        """Replace the person's phone numbers and chat ids by anonymous values, for good."""
        ...


PRIVACY: StoreKey[PrivacyStore] = StoreKey("privacy")


def privacy_store(tx: Transaction) -> PrivacyStore:
    """The privacy store of ``tx``."""
    return tx.store(PRIVACY)
