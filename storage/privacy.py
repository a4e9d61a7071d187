"""What is stored about one person, and erasing it (implements ``PrivacyStore``).

Reading walks every table of the metadata and takes the rows that point at the person, so a
feature's new table is included without a line here. Erasing clears the person's profile and
everything they typed or were sent (``storage.erasure``, where each feature's storage module adds
its own tables through ``ERASERS``), and the words other people wrote or were sent that name
them; ids, statuses and times stay, so the programme's numbers stay right.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.ports import Clock
from handlers.privacy.ports import PRIVACY, Record, Value
from storage.erasure import erase_free_text
from storage.stores import bind
from storage.tables import (
    channel_addresses,
    dialogue_states,
    inbound_messages,
    meeting_events,
    meeting_feedback,
    meetings,
    metadata,
    outbox,
    participant_roles,
    participants,
    rate_windows,
)

# Rows per table in a copy of someone's data (the newest first); a copy is a file in a chat.
ROWS_PER_TABLE = 500
# Columns whose words may name someone else: cleared where they name the erased person.
MENTIONS: tuple[tuple[sa.Column[Any], Any], ...] = (
    (meetings.c.note, None),
    (meeting_feedback.c.comment, None),
    (meeting_events.c.detail, ""),
)
UNSENT = ("pending", "sending")


def _pointing_at(table: sa.Table) -> list[sa.Column[Any]]:
    """The columns of ``table`` that hold a participant id."""
    if table is participants:
        return [participants.c.id]
    return [
        column
        for column in table.columns
        if any(fk.column is participants.c.id for fk in column.foreign_keys)
    ]


def _plain(value: object) -> Value:
    """A stored value as something JSON can carry."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False, default=str)


def _like(word: str) -> str:
    """A LIKE pattern for ``word`` anywhere, with LIKE's own characters escaped."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class SqlPrivacy:
    """Reads and erases one person's data on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def records(self, participant_id: int) -> list[Record]:
        """Every row of every table that refers to the person, table by table."""
        found: list[Record] = []
        for table in metadata.sorted_tables:
            columns = _pointing_at(table)
            if not columns:
                continue
            query = (
                sa.select(table)
                .where(sa.or_(*(column == participant_id for column in columns)))
                .order_by(*(key.desc() for key in table.primary_key.columns))
                .limit(ROWS_PER_TABLE)
            )
            rows = tuple(
                {key: _plain(value) for key, value in row._mapping.items()}
                for row in await self._conn.execute(query)
            )
            if rows:
                found.append(Record(table=table.name, rows=rows))
        history = await self._meeting_history(participant_id)
        if history:
            found.append(Record(table=meeting_events.name, rows=history))
        return found

    async def _meeting_history(self, participant_id: int) -> tuple[dict[str, Value], ...]:
        """What happened to the person's meetings (requested, confirmed, moved, cancelled...).

        Events name no participant by key, so the table walk above misses them; they are the
        person's through their meetings. What the other side typed stays out: only its date.
        """
        theirs = sa.select(meetings.c.id).where(
            sa.or_(
                meetings.c.connector_id == participant_id, meetings.c.mentee_id == participant_id
            )
        )
        query = (
            sa.select(meeting_events)
            .where(meeting_events.c.meeting_id.in_(theirs))
            .order_by(meeting_events.c.id.desc())
            .limit(ROWS_PER_TABLE)
        )
        return tuple(
            {
                key: _plain(value) if key != "detail" or row.actor_id == participant_id else ""
                for key, value in row._mapping.items()
            }
            for row in await self._conn.execute(query)
        )

    async def erase(self, participant_id: int) -> None:
        """Erase the person's personal data now, keeping anonymous rows for the counts."""
        person = (
            await self._conn.execute(
                sa.select(participants.c.name).where(participants.c.id == participant_id)
            )
        ).first()
        if person is None:
            return
        await self._scrub_mentions(participant_id, person.name)
        # Role, sector, language and dates stay: they are what the programme counts.
        await self._conn.execute(
            sa.update(participants)
            .where(participants.c.id == participant_id)
            .values(
                status="erased", name=None, profession=None, city=None, languages_spoken=None,
                referral_code=None, profession_key=None, city_key=None, last_active_at=None,
                nudged_at=None, requests_paused=False, updated_at=self._clock.now(),
            )
        )  # fmt: skip
        for table in (participant_roles, dialogue_states, rate_windows):
            await self._conn.execute(
                sa.delete(table).where(table.c.participant_id == participant_id)
            )
        await self._conn.execute(
            sa.update(channel_addresses)
            .where(channel_addresses.c.participant_id == participant_id)
            .values(menu_token=None)
        )
        await erase_free_text(self._conn, participant_id)

    async def _scrub_mentions(self, participant_id: int, name: str | None) -> None:
        """Clear what others wrote or were sent that names the person (sent messages only)."""
        words = {word for word in (name or "").split() if len(word) >= 3}
        if not words:
            return
        for column, empty in MENTIONS:
            named = sa.or_(*(column.ilike(_like(word), escape="\\") for word in words))
            await self._conn.execute(
                sa.update(column.table).where(named).values({column.name: empty})
            )
        # Messages to others that are already out; a message still queued goes out as written.
        named = sa.or_(*(outbox.c.payload.ilike(_like(word), escape="\\") for word in words))
        await self._conn.execute(
            sa.update(outbox)
            .where(named, outbox.c.status.not_in(UNSENT))
            .values(payload="", last_error=None)
        )

    async def forget_addresses(self, participant_id: int) -> None:
        """Replace the person's phone numbers and chat ids by anonymous values, for good."""
        addresses = (
            await self._conn.execute(
                sa.select(channel_addresses.c.id, channel_addresses.c.channel,
                          channel_addresses.c.value)
                .where(channel_addresses.c.participant_id == participant_id)
            )
        ).all()  # fmt: skip
        for address in addresses:
            # Telegram's delivery ids carry the chat id ("chat:update"); they only guard
            # against a redelivery, long over by now.
            await self._conn.execute(
                sa.delete(inbound_messages).where(
                    inbound_messages.c.channel == address.channel,
                    inbound_messages.c.external_id.like(
                        _like(address.value)[1:-1] + ":%", escape="\\"
                    ),
                )
            )
            await self._conn.execute(
                sa.update(channel_addresses)
                .where(channel_addresses.c.id == address.id)
                .values(
                    value=f"erased-{address.id}", status="opted_out", menu=None, menu_token=None
                )
            )
        # The goodbye is out (or never will be): nothing is kept of it either.
        await erase_free_text(self._conn, participant_id)


BINDINGS = (bind(PRIVACY, SqlPrivacy),)
