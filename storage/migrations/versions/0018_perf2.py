"""Performance 2: who holds a role, read in id order; who registered in a period, counted.

A page of the holders of a role (the mentors /suggest ranks, the coordinators told about an
intake, the connectors a referral search lists) joined participant_roles on its role alone and
walked participants in id order until the page was full: for a rare role, most of the table.
An index on (role, participant_id) gives the holders in id order, so the page stops at its end.
It replaces the index on role alone, which it contains.

The programme numbers (/stats, the weekly digest) count the people of each role who registered
in the period; with only (role, status) to go on, that read every person of the role (4 x 170 ms
at 100,000 participants, while holding the writer lock). An index on (role, consent_at, status,
approval) counts a period from the index alone.

Revision ID: 0018_perf2
Revises: 0017_outcomes
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018_perf2"
# Re-chained by the lead at merge, after whatever comes between.
down_revision: str | None = "0017_outcomes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Index the holders of each role in id order, and registrations per role by date."""
    op.create_index(
        "ix_participant_roles_role_participant_id",
        "participant_roles",
        ["role", "participant_id"],
    )
    op.drop_index("ix_participant_roles_role", table_name="participant_roles")
    op.create_index(
        "ix_participants_role_consent_at_status_approval",
        "participants",
        ["role", "consent_at", "status", "approval"],
    )
    op.execute("ANALYZE participant_roles")
    op.execute("ANALYZE participants")


def downgrade() -> None:
    """Back to the index on role alone."""
    op.drop_index("ix_participants_role_consent_at_status_approval", table_name="participants")
    op.create_index("ix_participant_roles_role", "participant_roles", ["role"])
    op.drop_index("ix_participant_roles_role_participant_id", table_name="participant_roles")
