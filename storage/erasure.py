"""Erasure: when a person refuses consent, the words they typed or were sent go everywhere.

Each storage module may add its own tables to an erasure by exporting ``ERASERS``: async
functions ``(conn, participant_id)`` that clear what that module's tables hold about the person
(free text they typed, contact details), keeping ids, statuses and times so that the
programme's counts stay right. ``erase_free_text`` runs them all after its own tables.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Awaitable, Callable, Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.tables import (
    audit_log,
    channel_addresses,
    meeting_events,
    meeting_feedback,
    meetings,
    outbox,
    slots,
)

Eraser = Callable[[AsyncConnection, int], Awaitable[None]]


@functools.cache
def feature_erasers() -> tuple[Eraser, ...]:
    """The ``ERASERS`` every module of ``storage`` and of its packages exports (``storage.
    mentorship.weeks`` too), in module-name order; Alembic's migrations are not searched."""
    import storage

    found: list[Eraser] = []
    for module in sorted(storage_modules(storage.__path__, "storage."), key=lambda m: m.name):
        loaded = importlib.import_module(module.name)
        found.extend(getattr(loaded, "ERASERS", ()))
    return tuple(found)


def storage_modules(path: Iterable[str], prefix: str) -> Iterator[pkgutil.ModuleInfo]:
    """The modules under ``path``, in its packages too, but not in the migrations package
    (importing Alembic's env.py would run the migrations)."""
    for module in pkgutil.iter_modules(path, prefix):
        if not module.ispkg:
            yield module
        elif module.name != "storage.migrations":
            package = importlib.import_module(module.name)
            yield from storage_modules(package.__path__, module.name + ".")


async def erase_free_text(conn: AsyncConnection, participant_id: int) -> None:
    """Clear every free text held about a participant, keeping rows, ids and statuses.

    Their outbox rows lose their payloads (a registration summary carries name, profession and
    city), and messages still queued or in flight to them are cancelled: they could only
    deliver what was just erased, and a retry must not find an empty payload.
    """
    await conn.execute(
        sa.update(outbox)
        .where(outbox.c.participant_id == participant_id)
        .values(payload="", last_error=None)
    )
    await conn.execute(
        sa.update(outbox)
        .where(
            outbox.c.participant_id == participant_id,
            outbox.c.status.in_(("pending", "sending")),
        )
        .values(status="failed", last_error="erased", claimed_until=None)
    )
    # The last numbered menu shown to them can name other people.
    await conn.execute(
        sa.update(channel_addresses)
        .where(channel_addresses.c.participant_id == participant_id)
        .values(menu=None)
    )
    erasures: list[tuple[sa.Table, sa.ColumnElement[bool], dict[str, object]]] = [
        (meetings, meetings.c.mentee_id == participant_id, {"note": None}),
        (slots, slots.c.connector_id == participant_id, {"place": None, "link": None}),
        (meeting_feedback, meeting_feedback.c.participant_id == participant_id, {"comment": None}),
        (meeting_events, meeting_events.c.actor_id == participant_id, {"detail": ""}),
        (audit_log, audit_log.c.participant_id == participant_id, {"detail": ""}),
    ]
    for table, theirs, values in erasures:
        await conn.execute(sa.update(table).where(theirs).values(**values))
    for eraser in feature_erasers():
        await eraser(conn, participant_id)
