"""Two days after a connector stopped short of three referrals, one reminder for the rest."""

from __future__ import annotations

from handlers.core.context import Scope
from handlers.core.jobs import Job
from handlers.core.values import Choice, Reply
from handlers.meetings.booking import first_name
from handlers.meetings.ports import meeting_store
from handlers.referrals.ports import referral_store
from handlers.referrals.values import WANTED


async def remind_connector(scope: Scope, job: Job) -> str | None:
    """Remind the connector of a held meeting still short of three referrals (once)."""
    assert job.subject is not None
    meeting = await meeting_store(scope.tx).meeting(job.subject.id)
    if meeting is None:
        return "meeting gone"
    held = await referral_store(scope.tx).held_meeting(meeting.id, meeting.connector_id)
    if held is None or held.given >= WANTED:
        return None  # nothing left to ask for
    mentee = await scope.tx.participant(meeting.mentee_id)
    await scope.tx.enqueue_to(
        meeting.connector_id,
        [
            Reply(
                key="referrals-reminder",
                args={"mentee": first_name(mentee), "count": held.given},
                choices=(
                    Choice(id=f"refer:{meeting.id}", label="referrals-give-more"),
                    Choice(id="global:menu", label="dialogue-choice-menu"),
                ),
            )
        ],
    )
    return None
