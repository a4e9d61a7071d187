"""Programmes: memberships of mentorship programmes, and agencies' referral codes.

Connector programme membership stays implicit (the mentee and connector roles), so existing
people need no rows: only the longer programmes are recorded here.

Revision ID: 0013_programmes
Revises: 0012_referrals
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_programmes"
down_revision: str | None = "0012_referrals"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Add the programme_members and agency_codes tables."""
    op.create_table(
        "programme_members",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("participant_id", sa.Integer, nullable=False),
        sa.Column("programme", sa.String(24), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("agency_id", sa.Integer, nullable=True),
        sa.Column("answers", sa.JSON, nullable=True),
        sa.Column("missing", sa.String(200), nullable=False, server_default=""),
        sa.Column("reason", sa.String(200), nullable=False, server_default=""),
        sa.Column("decided_by", sa.Integer, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name="fk_programme_members_participant_id_participants",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["participants.id"],
            name="fk_programme_members_agency_id_participants",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_programme_members"),
        sa.UniqueConstraint(
            "participant_id", "programme", name="uq_programme_members_participant_id_programme"
        ),
    )
    op.create_index("ix_programme_members_agency_id", "programme_members", ["agency_id"])
    op.create_index(
        "ix_programme_members_status_updated_at", "programme_members", ["status", "updated_at"]
    )
    op.create_table(
        "agency_codes",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("agency_id", sa.Integer, nullable=False),
        sa.Column("programme", sa.String(24), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("used_by", sa.Integer, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("used_at", TS, nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["participants.id"],
            name="fk_agency_codes_agency_id_participants",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["used_by"],
            ["participants.id"],
            name="fk_agency_codes_used_by_participants",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_agency_codes"),
        sa.UniqueConstraint("code", name="uq_agency_codes_code"),
    )
    op.create_index("ix_agency_codes_agency_id", "agency_codes", ["agency_id"])


def downgrade() -> None:
    """Drop the two tables."""
    op.drop_index("ix_agency_codes_agency_id", "agency_codes")
    op.drop_table("agency_codes")
    op.drop_index("ix_programme_members_status_updated_at", "programme_members")
    op.drop_index("ix_programme_members_agency_id", "programme_members")
    op.drop_table("programme_members")
