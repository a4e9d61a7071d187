"""Performance 2: who holds a role, read in id order from one index.

A page of the holders of a role (the mentors /suggest ranks, the coordinators told about an
intake, the connectors a referral search lists) joined participant_roles on its role alone and
walked participants in id order until the page was full: for a rare role, most of the table.
An index on (role, participant_id) gives the holders in id order, so the page stops at its end.
It replaces the index on role alone, which it contains.

Revision ID: 0018_perf2
Revises: 0015_pairing
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018_perf2"
# Re-chained by the lead at merge, after whatever comes between.
down_revision: str | None = "0015_pairing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Index the holders of each role in id order."""
    op.create_index(
        "ix_participant_roles_role_participant_id",
        "participant_roles",
        ["role", "participant_id"],
    )
    op.drop_index("ix_participant_roles_role", table_name="participant_roles")
    op.execute("ANALYZE participant_roles")


def downgrade() -> None:
    """Back to the index on role alone."""
    op.create_index("ix_participant_roles_role", "participant_roles", ["role"])
    op.drop_index("ix_participant_roles_role_participant_id", table_name="participant_roles")
