"""Follow-up: reminders, "did you meet?", ratings, no-show streaks, stalled newcomers, digest."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Open, Result
from handlers.core.feature import Action, Feature, JobKind
from handlers.core.parsing import ascii_int
from handlers.core.values import Role
from handlers.followup.digest import DIGEST, ensure_next_digest, nudge_stalled, send_digest
from handlers.followup.feedback import FEEDBACK, FeedbackAnswers, on_confirm_attendance, on_lift
from handlers.followup.questions import read_answer
from handlers.followup.reminders import MEETING_JOBS
from handlers.meetings import by_id
from handlers.meetings.changes import my_meeting

COORDINATORS: frozenset[Role] = frozenset({"coordinator"})


async def _feedback(ctx: Ctx, rest: str) -> Result | None:
    """Open the "did you meet?" dialogue for a meeting the person took part in."""
    meeting_id, _, said = rest.partition(":")
    # "12:yes:5:very kind": the rating and comment that came with the yes (read_answer).
    said, _, rated = said.partition(":")
    rating, _, comment = rated.partition(":")
    number = ascii_int(meeting_id)
    if number is None or said not in ("yes", "no"):
        return None
    meeting = await my_meeting(ctx, number)
    if meeting is None or meeting.starts_at > ctx.clock.now():
        return None
    answers = FeedbackAnswers(meeting_id=meeting.id, met=said == "yes")
    if said == "yes" and rating in {"1", "2", "3", "4", "5"}:
        answers = answers.model_copy(update={"rating": int(rating), "comment": comment or None})
    return [Open(FEEDBACK.id, answers)]


FEATURE = Feature(
    name="followup",
    package=__name__,
    builds_on=("registration", "meetings"),
    dialogues=(FEEDBACK,),
    actions=(
        # Quick replies on reminders and follow-ups: they work from older messages too.
        Action("met", _feedback, anytime=True),
        Action("confirm", by_id(on_confirm_attendance), anytime=True),
        Action("lift", by_id(on_lift), roles=COORDINATORS, anytime=True),
    ),
    jobs=(*MEETING_JOBS, JobKind(DIGEST, send_digest)),
    scans=(ensure_next_digest, nudge_stalled),
    readers=(read_answer,),
)
