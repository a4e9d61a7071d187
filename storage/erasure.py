"""Erasure: when a person refuses consent, the words they typed or were sent go everywhere."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.tables import (
    audit_log,
    channel_addresses,
    job_reports,
    meeting_events,
    meeting_feedback,
    meetings,
    outbox,
    programme_members,
    referral_events,
    referrals,
    slots,
)


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
        # Referrals they gave, were given, or were: names, roles and how to reach people. The
        # key a referral is unique by holds a number or a name, so it becomes the row's own.
        (
            referrals,
            sa.or_(
                referrals.c.connector_id == participant_id,
                referrals.c.mentee_id == participant_id,
                referrals.c.person_id == participant_id,
            ),
            {
                "name": "",
                "profession": "",
                "organisation": "",
                "contact": "",
                "person_key": sa.literal("erased:") + sa.cast(referrals.c.id, sa.String),
            },
        ),
        (referral_events, referral_events.c.actor_id == participant_id, {"detail": ""}),
        (job_reports, job_reports.c.mentee_id == participant_id, {"role": ""}),
        # Eligibility answers (objective, profession, networks) and a referral-back reason.
        (
            programme_members,
            programme_members.c.participant_id == participant_id,
            {"answers": None, "reason": ""},
        ),
    ]
    for table, theirs, values in erasures:
        await conn.execute(sa.update(table).where(theirs).values(**values))
