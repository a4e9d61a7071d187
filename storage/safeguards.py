"""Coordinators' PINs in SQL (implements ``handlers.safeguards.ports.PinStore``).

A PIN is kept as a salted PBKDF2-SHA256 hash, never as typed, and compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.ports import Clock
from handlers.safeguards.ports import PINS
from storage.sql import insert_ignoring_conflict
from storage.stores import bind
from storage.tables import coordinator_pins

# PBKDF2 rounds: about 50 ms a check here, which makes trying 10,000 PINs from a stolen
# database take minutes rather than a blink, while a coordinator waits no more than a tap.
ROUNDS = 100_000
# Wrong PINs count together until an hour passes without one.
QUIET = timedelta(hours=1)


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, ROUNDS)


class SqlPins:
    """Coordinators' PINs on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def set_pin(self, participant_id: int, pin: str) -> None:
        """Set (or replace) the coordinator's PIN; any open PIN session ends."""
        salt = secrets.token_bytes(16)
        values = {"pin_hash": _hash(pin, salt).hex(), "salt": salt.hex(),
                  "set_at": self._clock.now(), "verified_until": None, "wrong": 0,
                  "wrong_at": None}  # fmt: skip
        row = {"participant_id": participant_id, **values}
        if not await insert_ignoring_conflict(
            self._conn, coordinator_pins, row, ["participant_id"]
        ):
            await self._conn.execute(
                sa.update(coordinator_pins)
                .where(coordinator_pins.c.participant_id == participant_id)
                .values(values)
            )

    async def has_pin(self, participant_id: int) -> bool:
        """Whether the coordinator has a PIN."""
        found = await self._conn.scalar(
            sa.select(coordinator_pins.c.participant_id).where(
                coordinator_pins.c.participant_id == participant_id
            )
        )
        return found is not None

    async def pin_matches(self, participant_id: int, pin: str) -> bool:
        """Whether ``pin`` is the coordinator's (reads only)."""
        row = (
            await self._conn.execute(
                sa.select(coordinator_pins.c.pin_hash, coordinator_pins.c.salt).where(
                    coordinator_pins.c.participant_id == participant_id
                )
            )
        ).first()
        if row is None:
            return False
        given = _hash(pin, bytes.fromhex(row.salt))
        return hmac.compare_digest(given, bytes.fromhex(row.pin_hash))

    async def wrong_since(self, participant_id: int, since: datetime) -> int:
        """How many wrong PINs the coordinator gave since ``since`` (reads only)."""
        row = (
            await self._conn.execute(
                sa.select(coordinator_pins.c.wrong, coordinator_pins.c.wrong_at).where(
                    coordinator_pins.c.participant_id == participant_id
                )
            )
        ).first()
        if row is None or row.wrong_at is None or row.wrong_at < since:
            return 0
        return int(row.wrong)

    async def record_wrong(self, participant_id: int) -> None:
        """Count one more wrong PIN (the count restarts after an hour's quiet)."""
        now = self._clock.now()
        recent = coordinator_pins.c.wrong_at > now - QUIET
        await self._conn.execute(
            sa.update(coordinator_pins)
            .where(coordinator_pins.c.participant_id == participant_id)
            .values(wrong=sa.case((recent, coordinator_pins.c.wrong + 1), else_=1), wrong_at=now)
        )

    async def open_session(self, participant_id: int, until: datetime) -> None:
        """The right PIN was given: it counts ``until`` then; the wrong count restarts."""
        await self._conn.execute(
            sa.update(coordinator_pins)
            .where(coordinator_pins.c.participant_id == participant_id)
            .values(verified_until=until, wrong=0, wrong_at=None)
        )

    async def session_open(self, participant_id: int, now: datetime) -> bool:
        """Whether the coordinator gave their PIN recently enough not to be asked again."""
        until = await self._conn.scalar(
            sa.select(coordinator_pins.c.verified_until).where(
                coordinator_pins.c.participant_id == participant_id
            )
        )
        return until is not None and until > now


BINDINGS = (bind(PINS, SqlPins),)
