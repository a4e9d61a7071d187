"""Questions that came with a notification stay answerable until answered or expired.

"Still on?" before a meeting and "Did you meet?" after it are often answered in words ("Oui
merci", "yes, it was great", "1 oui"), sometimes after other messages came in between. What
nothing else understood is read here against the person's open questions, newest first.
"""

from __future__ import annotations

from datetime import timedelta

from handlers.core.context import Ctx
from handlers.core.parsing import answer_to
from handlers.core.values import Reply, When
from handlers.followup.feedback import met_and_rated
from handlers.followup.ports import OpenQuestion, follow_up_store
from handlers.followup.reminders import did_you_meet, reminder
from handlers.meetings.booking import first_name
from handlers.meetings.ports import meeting_store

# "Did you meet?" can be answered for a week after the meeting.
ANSWERABLE_FOR = timedelta(days=7)
LOOKED_AT = 3


async def _question(ctx: Ctx, question: OpenQuestion) -> tuple[Reply, Reply] | None:
    """The question as it was asked, and asked again (None when its meeting is gone)."""
    meeting = await meeting_store(ctx.tx).meeting(question.meeting_id)
    if meeting is None:
        return None
    me = ctx.participant.id
    other = await ctx.tx.participant(
        meeting.mentee_id if me == meeting.connector_id else meeting.connector_id
    )
    asked = (
        did_you_meet(meeting, other) if question.kind == "met" else reminder(meeting, other, 24)
    )
    # One short message: the apology, the question and its options, not two messages.
    again = Reply(
        key="remind-not-understood",
        args={
            "question": question.kind,
            "name": first_name(other),
            "when": When(at=meeting.starts_at),
        },
        choices=asked.choices,
    )
    return asked, again


async def read_answer(ctx: Ctx, text: str) -> str | Reply | None:
    """The choice ``text`` means for an open question, else that question asked again."""
    now = ctx.clock.now()
    questions = await follow_up_store(ctx.tx).open_questions(
        ctx.participant.id, now, now - ANSWERABLE_FOR, LOOKED_AT
    )
    shown = await ctx.tx.last_menu(ctx.address)
    first: Reply | None = None
    for question in questions:
        found = await _question(ctx, question)
        if found is None:
            continue
        asked, again = found
        first = first or again
        picked = answer_to(text, asked.choices, shown)
        if picked is not None and picked.startswith("met:") and picked.endswith(":yes"):
            # "yes 5 very kind": the rating and the comment come with the yes, in one message.
            rated = met_and_rated(text)
            if rated is not None:
                rating, comment = rated
                return f"{picked}:{rating}:{comment or ''}"
        if picked is not None:
            return picked
    return first
