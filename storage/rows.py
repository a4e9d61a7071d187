"""Rows to the handlers' values."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from handlers.core.values import Participant
from storage.tables import participant_roles, participants

# Every role a participant holds, as "connector,coordinator" (a correlated subquery, so that any
# query of participants can carry it without a second round trip).
_held = participant_roles.alias("held")
ROLES = (
    sa.select(sa.func.aggregate_strings(_held.c.role, ","))
    .where(_held.c.participant_id == participants.c.id)
    .correlate(participants)
    .scalar_subquery()
    .label("roles")
)


def participant_from_row(row: sa.Row[Any]) -> Participant:
    """Build the handlers' view of a participant row."""
    return Participant(
        id=row.id,
        role=row.role,
        language=row.language,
        timezone=row.timezone,
        status=row.status,
        name=row.name,
        profession=row.profession,
        sector=row.sector,
        city=row.city,
        languages_spoken=tuple(row.languages_spoken or ()),
        referral_code=row.referral_code,
        consent_at=row.consent_at,
        requests_paused=row.requests_paused,
        roles=frozenset(role for role in (row.roles or "").split(",") if role),
        approval=row.approval,
    )
