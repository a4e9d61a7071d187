"""Asking the connector for another time, when they have no other open time to move to."""

from __future__ import annotations

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step
from handlers.core.menu import main_menu
from handlers.core.parsing import clean_text
from handlers.core.values import Choice, Reply, When
from handlers.meetings.booking import first_name
from handlers.meetings.changes import changeable, my_meeting
from handlers.meetings.ports import meeting_store


class AskTimeAnswers(BaseModel):
    """A newcomer's note asking the connector for another time."""

    meeting_id: int
    note: str | None = None


async def on_ask_time(ctx: Ctx, meeting_id: int) -> Result | None:
    """Open the note to the connector asking for another time."""
    meeting = await my_meeting(ctx, meeting_id)
    if meeting is None or ctx.participant.id != meeting.mentee_id:
        return None
    return [Open(ASK_TIME.id, AskTimeAnswers(meeting_id=meeting.id))]


def on_time_note(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the note; it is sent next."""
    return clean_text(answer.text, minimum=2, maximum=140) or Invalid("meetings-time-note-invalid")


async def finish_ask_time(ctx: Ctx, answers: AskTimeAnswers) -> list[Reply]:
    """Send the note to the connector, with a way to offer a time and open the meeting."""
    meeting = await my_meeting(ctx, answers.meeting_id)
    if meeting is None:
        return [main_menu(ctx)]
    refusal = changeable(ctx, meeting)
    if refusal is not None:
        return [refusal, main_menu(ctx)]
    await meeting_store(ctx.tx).record(meeting.id, ctx.participant.id, "time-asked", "")
    asked = Reply(
        key="meetings-time-asked",
        args={
            "name": first_name(ctx.participant),
            "when": When(at=meeting.starts_at),
            "note": answers.note or "",
        },
        choices=(
            Choice(id="menu:offer", label="menu-choice-offer"),
            Choice(id=f"meeting:{meeting.id}", label="meetings-open"),
        ),
    )
    await ctx.tx.enqueue_to(meeting.connector_id, [asked])
    connector = await ctx.tx.participant(meeting.connector_id)
    return [
        Reply(
            key="meetings-time-ask-sent",
            args={"name": first_name(connector), "when": When(at=meeting.starts_at)},
            choices=(Choice(id="global:menu", label="dialogue-choice-menu"),),
        )
    ]


ASK_TIME: Dialogue[AskTimeAnswers] = Dialogue(
    id="ask_time",
    model=AskTimeAnswers,
    steps=(
        Step(
            id="ask-time-note",
            ask=lambda ctx, a: Reply(key="meetings-ask-time-note"),
            parse=on_time_note,
            save=lambda a, v: a.model_copy(update={"note": v}),
            help="meetings-time-note-help",
        ),
    ),
    finish=finish_ask_time,
)
