"""Retention: free text people typed or were sent is cleared once older than the period.

Rows stay, with their ids, statuses, times and ratings, so the programme's numbers do not
change; only the words go. Each kind of text is found through a partial index that holds
just the rows still carrying text, so a purge costs what it clears, not the table's size.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.ports import Clock
from storage.db import writing
from storage.tables import (
    audit_log,
    checkin_answers,
    dialogue_states,
    meeting_events,
    meeting_feedback,
    meetings,
    mentorship_evaluations,
    mentorships,
    outbox,
    programme_members,
    slots,
)

log = logging.getLogger(__name__)

# Rows cleared per transaction, so a first purge of a large database never holds the write
# lock for long.
BATCH = 500
# Cleared text. Written as a literal so that the query matches the partial indexes' condition
# (PostgreSQL's generic plans cannot use a partial index through a bound parameter).
EMPTY: sa.ColumnClause[str] = sa.literal_column("''", sa.String())
UNSENT = ("pending", "sending")


@dataclass(frozen=True)
class Purge:
    """One kind of free text: its table, its old rows still holding text, what the text becomes.

    ``values`` None deletes the rows instead: an abandoned dialogue is nothing but answers.
    """

    table: sa.Table
    old: sa.ColumnElement[bool]
    values: Mapping[str, Any] | None


def purges(cutoff: datetime) -> list[Purge]:
    """Every column holding personal free text, and when a row's text is old enough to go."""
    return [
        # Message bodies: names, professions, cities, notes, contacts, calendar files. A message
        # still unsent after the whole period is of no use to anyone: it is given up.
        Purge(
            outbox,
            sa.and_(outbox.c.payload != EMPTY, outbox.c.created_at < cutoff),
            {
                "payload": "",
                "status": sa.case((outbox.c.status.in_(UNSENT), "failed"), else_=outbox.c.status),
                "last_error": sa.case((outbox.c.status.in_(UNSENT), "expired"), else_=None),
            },
        ),
        # Answers of dialogues left open and never finished (a paused registration, a note).
        Purge(dialogue_states, dialogue_states.c.updated_at < cutoff, None),
        # The newcomer's note with a request, and where the connector offered to meet.
        Purge(
            meetings,
            sa.and_(meetings.c.note.is_not(None), meetings.c.ends_at < cutoff),
            {"note": None},
        ),
        Purge(
            slots,
            sa.and_(
                sa.or_(slots.c.place.is_not(None), slots.c.link.is_not(None)),
                slots.c.ends_at < cutoff,
            ),
            {"place": None, "link": None},
        ),
        # Private comments after a meeting; the rating and whether they met stay.
        Purge(
            meeting_feedback,
            sa.and_(meeting_feedback.c.comment.is_not(None), meeting_feedback.c.at < cutoff),
            {"comment": None},
        ),
        # Cancellation reasons, typed by people, in the meeting history.
        Purge(
            meeting_events,
            sa.and_(meeting_events.c.detail != EMPTY, meeting_events.c.at < cutoff),
            {"detail": ""},
        ),
        # The mentorship programmes: private comments on the evaluation, what a person told the
        # coordinator at a monthly check-in, why a match was declined, why a coordinator
        # referred a person back. The ratings, progress and decisions stay.
        Purge(
            mentorship_evaluations,
            sa.and_(
                mentorship_evaluations.c.comment.is_not(None),
                mentorship_evaluations.c.created_at < cutoff,
            ),
            {"comment": None},
        ),
        Purge(
            checkin_answers,
            sa.and_(checkin_answers.c.concern != EMPTY, checkin_answers.c.answered_at < cutoff),
            {"concern": ""},
        ),
        Purge(
            mentorships,
            sa.and_(mentorships.c.decline_reason.is_not(None), mentorships.c.updated_at < cutoff),
            {"decline_reason": None},
        ),
        Purge(
            programme_members,
            sa.and_(programme_members.c.reason != EMPTY, programme_members.c.updated_at < cutoff),
            {"reason": ""},
        ),
        Purge(
            audit_log,
            sa.and_(audit_log.c.detail != EMPTY, audit_log.c.at < cutoff),
            {"detail": ""},
        ),
    ]


class Retention:
    """Clears free text older than the retention period, by the injected clock."""

    def __init__(self, engine: AsyncEngine, clock: Clock, keep: timedelta) -> None:
        self._engine = engine
        self._clock = clock
        self._keep = keep

    async def run(self) -> int:
        """Clear everything older than the period; return how many rows were touched."""
        cutoff = self._clock.now() - self._keep
        cleared = 0
        for purge in purges(cutoff):
            cleared += await self._clear(purge)
        if cleared:
            log.info("retention: cleared the text of %s rows from before %s", cleared, cutoff)
        return cleared

    async def _clear(self, purge: Purge) -> int:
        """Clear one kind of text in batches, each its own short transaction."""
        (key,) = purge.table.primary_key.columns
        cleared = 0
        while True:
            batch = sa.select(key).where(purge.old).limit(BATCH)
            statement = (
                sa.delete(purge.table).where(key.in_(batch))
                if purge.values is None
                else sa.update(purge.table).where(key.in_(batch)).values(**purge.values)
            )
            async with writing(self._engine) as conn:
                count = (await conn.execute(statement)).rowcount
            cleared += count
            if count < BATCH:
                return cleared
