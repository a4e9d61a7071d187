"""Rows to the handlers' values."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from handlers.core.values import Participant


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
    )
