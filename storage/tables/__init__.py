"""Every table, declared once on one ``MetaData``; Alembic migrations create them.

One module per feature, like storage/ and handlers/: ``core`` holds what every feature shares
(people, addresses, dialogue state, the outbox, scheduled jobs, the audit log), and
``meetings``, ``followup``, ``safeguards``, ``coordination``, ``referrals`` and
``mentorship.<stage>`` their own tables. Every name is re-exported here, so
``from storage.tables import participants`` works wherever a table is defined; Alembic reads
``metadata`` from here, after every module has added its tables.

Tables refer to other modules' tables by foreign keys named as text (``"participants.id"``),
resolved when the metadata is first used, after every module below has added its tables; a
module that needs another's ``Table`` itself (an index on it) imports that module. So the order
of the imports below does not matter: ``metadata.sorted_tables`` orders the tables by their
foreign keys, ties by name, not by where they are declared.
"""

from __future__ import annotations

# isort: off
# In the order of handlers/features.py, shared tables first: for a reader, since SQLAlchemy
# does not mind (see above).
from storage.tables.base import UTCDateTime, holding_text, metadata
from storage.tables.core import (
    AWAITING_NUDGE,
    QUEUED,
    audit_log,
    bot_secrets,
    channel_addresses,
    dialogue_states,
    inbound_messages,
    outbox,
    participant_roles,
    participants,
    rate_windows,
    scheduled,
)
from storage.tables.meetings import (
    ACTIVE_MEETING,
    connector_prefs,
    meeting_events,
    meetings,
    slots,
)
from storage.tables.followup import meeting_feedback
from storage.tables.referrals import job_reports, referral_events, referrals
from storage.tables.safeguards import coordinator_pins
from storage.tables.coordination import broadcasts
from storage.tables.mentorship.intake import agency_codes, programme_members
from storage.tables.mentorship.matching import mentorships
from storage.tables.mentorship.weeks import (
    certificate_links,
    mentorship_evaluations,
    mentorship_weeks,
)
from storage.tables.mentorship.outcomes import checkin_answers, employment_asks, outcome_events
# isort: on

__all__ = [
    "ACTIVE_MEETING",
    "AWAITING_NUDGE",
    "QUEUED",
    "UTCDateTime",
    "agency_codes",
    "audit_log",
    "bot_secrets",
    "broadcasts",
    "certificate_links",
    "channel_addresses",
    "checkin_answers",
    "connector_prefs",
    "coordinator_pins",
    "dialogue_states",
    "employment_asks",
    "holding_text",
    "inbound_messages",
    "job_reports",
    "meeting_events",
    "meeting_feedback",
    "meetings",
    "mentorship_evaluations",
    "mentorship_weeks",
    "mentorships",
    "metadata",
    "outbox",
    "outcome_events",
    "participant_roles",
    "participants",
    "programme_members",
    "rate_windows",
    "referral_events",
    "referrals",
    "scheduled",
    "slots",
]
