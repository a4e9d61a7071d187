"""A private relay: once a meeting is confirmed, either side writes to the other through the bot.

The message reaches the other person on their own channel (an SMS newcomer and a Telegram
connector alike), in their language's frame, with who it is from and how to answer; neither
learns the other's number or Telegram id. It is open from the confirmation until a week after
the meeting (never once it is cancelled or declined), limited to ``PER_DAY`` messages a day from
each side, and one tap reports a message to the coordinators, which also closes the relay to
its writer for that meeting. The words are kept in the meeting's history (so a report can quote
them), and cleared with the rest of its free text after the retention period.
"""

from __future__ import annotations

from datetime import timedelta

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step
from handlers.core.menu import main_menu
from handlers.core.parsing import ascii_int, clean_text
from handlers.core.values import Choice, Reply, When
from handlers.meetings.booking import can_write, first_name
from handlers.meetings.changes import my_meeting, other_side
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import Meeting

# Messages a day from one side of one meeting: plenty to agree on a place or say "I am late",
# too few for a flood.
PER_DAY = 10
MAX_TEXT = 140  # fits an SMS with its frame, whatever the reader's language
RELAYED = "relayed"
REPORTED = "relay-reported"
MAX_COORDINATORS = 50


class RelayAnswers(BaseModel):
    """A message being written to the other side of a meeting."""

    meeting_id: int
    text: str | None = None


async def relay_open(ctx: Ctx, meeting_id: int) -> Meeting | Reply | None:
    """The person's meeting if they may write through it now, why not if they may not, or
    None when it is not their meeting."""
    meeting = await my_meeting(ctx, meeting_id)
    if meeting is None:
        return None
    if not can_write(meeting, ctx.clock.now()):
        other = await ctx.tx.participant(other_side(ctx, meeting))
        return Reply(key="relay-closed", args={"name": first_name(other)})
    return meeting


async def on_write(ctx: Ctx, meeting_id: int) -> Result | None:
    """``write:12``: ask for the message."""
    found = await relay_open(ctx, meeting_id)
    if found is None:
        return None
    if isinstance(found, Reply):
        return [found, main_menu(ctx)]
    return [Open(RELAY.id, RelayAnswers(meeting_id=found.id))]


def parse_write(text: str) -> tuple[int, str] | Invalid:
    """``write 12 I am running late``: the meeting's number, then the message (or nothing, and
    it is asked)."""
    number, _, rest = text.strip().partition(" ")
    meeting_id = ascii_int(number.removeprefix("#"))
    if meeting_id is None:
        return Invalid("relay-usage")
    return meeting_id, rest.strip()


async def meant_anytime(ctx: Ctx, given: tuple[int, str]) -> bool:
    """``WRITE 12 ...`` typed while a question is open is the command, not an answer, when 12
    is one of the person's meetings (a relayed message says to answer this way)."""
    return await relay_open(ctx, given[0]) is not None


async def write_command(ctx: Ctx, given: tuple[int, str]) -> Result:
    """``/write 12 message``: send it at once; ``/write 12``: ask for it."""
    meeting_id, text = given
    found = await relay_open(ctx, meeting_id)
    if found is None:
        return [Reply(key="relay-unknown", args={"meeting": meeting_id}), main_menu(ctx)]
    if isinstance(found, Reply):
        return [found, main_menu(ctx)]
    if not text:
        return [Open(RELAY.id, RelayAnswers(meeting_id=found.id))]
    words = clean_text(text, minimum=1, maximum=MAX_TEXT)
    if words is None:
        return [Reply(key="relay-invalid", args={"limit": MAX_TEXT})]
    return await send(ctx, found, words)


async def send(ctx: Ctx, meeting: Meeting, text: str) -> list[Reply]:
    """Pass ``text`` on to the other side, within the limits."""
    me = ctx.participant
    store = meeting_store(ctx.tx)
    other = await ctx.tx.participant(other_side(ctx, meeting))
    name = first_name(other)
    if await store.count_events(meeting.id, other.id, REPORTED):
        return [Reply(key="relay-blocked", args={"name": name}), main_menu(ctx)]
    since = ctx.clock.now() - timedelta(days=1)
    if await store.count_events(meeting.id, me.id, RELAYED, since) >= PER_DAY:
        return [Reply(key="relay-limit", args={"name": name, "limit": PER_DAY}), main_menu(ctx)]
    event_id = await store.record(meeting.id, me.id, RELAYED, text)
    relayed = Reply(
        key="relay-message",
        args={
            "name": first_name(me),
            "note": text,
            "when": When(at=meeting.starts_at, style="short"),
            "meeting": meeting.id,
        },
        choices=(
            Choice(id=f"write:{meeting.id}", label="relay-answer"),
            Choice(id=f"relayreport:{event_id}", label="relay-report"),
        ),
    )
    if not await ctx.tx.enqueue_to(other.id, [relayed]):
        return [Reply(key="relay-unreachable", args={"name": name}), main_menu(ctx)]
    return [
        Reply(
            key="relay-sent",
            args={"name": name},
            choices=(Choice(id="global:menu", label="dialogue-choice-menu"),),
        )
    ]


async def on_report(ctx: Ctx, event_id: int) -> Result | None:
    """``relayreport:34``: the coordinators get the message and who wrote it; its writer can no
    longer write to this person about this meeting."""
    store = meeting_store(ctx.tx)
    event = await store.event(event_id)
    if event is None or event.action != RELAYED or event.actor_id == ctx.participant.id:
        return None
    meeting = await my_meeting(ctx, event.meeting_id)
    if meeting is None or event.actor_id is None:
        return None
    writer = await ctx.tx.participant(event.actor_id)
    done = Reply(key="relay-reported", args={"name": first_name(writer)})
    if await store.count_events(meeting.id, ctx.participant.id, REPORTED):
        return [done, main_menu(ctx)]  # one report is enough: the relay is already closed
    await store.record(meeting.id, ctx.participant.id, REPORTED, str(event.id))
    await ctx.tx.audit(ctx.participant.id, REPORTED, f"meeting {meeting.id}")
    notice = Reply(
        key="relay-report-notice",
        args={
            "name": first_name(ctx.participant),
            "mentee": first_name(writer),
            "who": writer.id,
            "meeting": meeting.id,
            "note": event.detail or "none",
        },
    )
    for coordinator in await ctx.tx.holders("coordinator", MAX_COORDINATORS):
        await ctx.tx.enqueue_to(coordinator.id, [notice])
    return [done, main_menu(ctx)]


def on_text(ctx: Ctx, answer: Answer) -> str | Invalid:
    """The message, in one line of up to ``MAX_TEXT`` characters."""
    return clean_text(answer.text, minimum=1, maximum=MAX_TEXT) or Invalid(
        "relay-invalid", args={"limit": MAX_TEXT}
    )


async def ask_text(ctx: Ctx, answers: RelayAnswers) -> Reply:
    """Whom the message goes to, and how long it may be."""
    meeting = await my_meeting(ctx, answers.meeting_id)
    other = None if meeting is None else await ctx.tx.participant(other_side(ctx, meeting))
    return Reply(
        key="relay-ask",
        args={"name": "" if other is None else first_name(other), "limit": MAX_TEXT},
    )


async def finish_relay(ctx: Ctx, answers: RelayAnswers) -> list[Reply]:
    """Send the message written in the dialogue (the relay may have closed meanwhile)."""
    found = await relay_open(ctx, answers.meeting_id)
    if found is None or answers.text is None:
        return [main_menu(ctx)]
    if isinstance(found, Reply):
        return [found, main_menu(ctx)]
    return await send(ctx, found, answers.text)


RELAY: Dialogue[RelayAnswers] = Dialogue(
    id="relay",
    model=RelayAnswers,
    steps=(
        Step(
            id="write-text",
            ask=ask_text,
            parse=on_text,
            save=lambda a, v: a.model_copy(update={"text": v}),
            help="relay-help",
        ),
    ),
    finish=finish_relay,
)
