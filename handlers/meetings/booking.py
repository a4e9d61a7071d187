"""Booking rules: requesting a slot, the connector's answer, and the confirmations.

A request claims the slot with a conditional update inside the inbound's BEGIN IMMEDIATE
transaction; of two people racing for one slot exactly one claim succeeds, and the database's
unique index on live meetings per slot is the last guard.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.core.config import reads_sms
from handlers.core.context import Ctx
from handlers.core.values import (
    CalendarEvent,
    Choice,
    Participant,
    Ref,
    Reply,
    When,
    display_name,
)
from handlers.meetings.jobs import reschedule
from handlers.meetings.offer_answers import FORMAT_PHRASES
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import Meeting, MeetingStatus, Slot

ALTERNATIVES = 3
# Meetings that count against a connector's monthly limit.
COUNTED: tuple[MeetingStatus, ...] = ("requested", "confirmed", "held")


def first_name(person: Participant) -> str | Ref:
    """Only the first name is shown before a meeting is confirmed ("a former participant"
    once the person's data was erased)."""
    if person.status == "erased":
        return display_name(person)
    return (person.name or "").split(" ", 1)[0]


def month_of(moment: datetime, zone: str) -> tuple[datetime, datetime]:
    """The calendar month (in ``zone``) containing ``moment``, as UTC bounds."""
    local = moment.astimezone(ZoneInfo(zone))
    start = date(local.year, local.month, 1)
    end = date(local.year + local.month // 12, local.month % 12 + 1, 1)
    tz = ZoneInfo(zone)
    return (
        datetime.combine(start, time(), tzinfo=tz).astimezone(ZoneInfo("UTC")),
        datetime.combine(end, time(), tzinfo=tz).astimezone(ZoneInfo("UTC")),
    )


async def has_room(ctx: Ctx, connector: Participant, slot: Slot) -> bool:
    """Whether the connector takes requests for this slot (not paused, under their limit)."""
    prefs = await meeting_store(ctx.tx).prefs(connector.id)
    if prefs.paused or connector.status != "active":
        return False
    if prefs.monthly_capacity is None:
        return True
    since, until = month_of(slot.starts_at, connector.timezone)
    held = await meeting_store(ctx.tx).count_meetings(connector.id, COUNTED, since, until)
    return held < prefs.monthly_capacity


async def alternatives(
    ctx: Ctx, connector_id: int, key: str, exclude: int | None = None,
    for_mentee: int | None = None,
) -> Reply:  # fmt: skip
    """Other open slots of the same connector (``others`` says if any), and someone else.

    Never a time this connector declined to the newcomer (``for_mentee``, else the person in
    ``ctx``).
    """
    mentee = ctx.participant.id if for_mentee is None else for_mentee
    found = await meeting_store(ctx.tx).open_slots(
        connector_id, ctx.clock.now(), ALTERNATIVES + 1, for_mentee=mentee
    )
    slots = [slot for slot in found if slot.id != exclude][:ALTERNATIVES]
    return Reply(
        key=key,
        args={"others": "yes" if slots else "no"},
        choices=(
            *(
                Choice(
                    id=f"book:{s.id}",
                    label="booking-slot",
                    args={"when": When(at=s.starts_at, style="short")},
                )
                for s in slots
            ),
            Choice(id="menu:find", label="booking-find-another"),
            Choice(id="global:menu", label="dialogue-choice-menu"),
        ),
    )


async def request_slot(ctx: Ctx, slot_id: int, note: str | None) -> list[Reply]:
    """Request a slot for the mentee in ``ctx``; explain any refusal."""
    meetings = meeting_store(ctx.tx)
    slot = await meetings.slot(slot_id)
    now = ctx.clock.now()
    if slot is None or slot.status == "withdrawn":
        return [Reply(key="booking-gone")]
    connector = await ctx.tx.participant(slot.connector_id)
    if slot.starts_at <= now:
        return [await alternatives(ctx, connector.id, "booking-past")]
    if not await has_room(ctx, connector, slot):
        return [await alternatives(ctx, connector.id, "booking-unavailable")]
    me = ctx.participant
    if me.requests_paused:
        return [Reply(key="booking-paused")]
    waiting = await meetings.open_requests(me.id, now)
    if waiting >= ctx.config.max_open_requests:
        return [Reply(key="booking-limit", args={"limit": ctx.config.max_open_requests})]
    clash = await meetings.clashing_meeting(me.id, slot.starts_at, slot.ends_at)
    if clash is not None:
        return [Reply(key="booking-overlap", args={"when": When(at=clash.starts_at)})]
    if not await meetings.claim_slot(slot.id):
        return [await alternatives(ctx, connector.id, "booking-taken")]
    prefs = await meetings.prefs(connector.id)
    status: MeetingStatus = "confirmed" if prefs.auto_accept else "requested"
    meeting = await meetings.create_meeting(slot, me.id, note, status)
    await meetings.record(
        meeting.id, me.id, "requested", "auto-accepted" if prefs.auto_accept else ""
    )
    await reschedule(ctx.tx, meeting, now, ctx.config)
    if status == "confirmed":
        return await confirm_both(ctx, meeting)
    await ctx.tx.enqueue_to(connector.id, [request_for(meeting, me)])
    return [
        Reply(
            key="booking-requested",
            args={"name": first_name(connector), "when": When(at=slot.starts_at)},
        )
    ]


def request_for(meeting: Meeting, mentee: Participant) -> Reply:
    """Ask the connector to accept or decline a request."""
    return Reply(
        key="booking-request",
        args={
            "name": first_name(mentee),
            "profession": mentee.profession or "",
            "when": When(at=meeting.starts_at),
            "note": meeting.note or "none",
        },
        choices=(
            Choice(id=f"accept:{meeting.id}", label="booking-accept"),
            Choice(id=f"decline:{meeting.id}", label="booking-decline"),
        ),
    )


# The relay (handlers/meetings/relay.py) is open from the confirmation until a week after the
# meeting (a thank-you, a document promised), and never for a meeting that did not go ahead.
RELAY_AFTER = timedelta(days=7)
NO_RELAY: tuple[MeetingStatus, ...] = ("requested", "declined", "cancelled", "expired")


def can_write(meeting: Meeting, now: datetime) -> bool:
    """Whether the two sides of ``meeting`` may write to each other through the bot now."""
    return meeting.status not in NO_RELAY and now <= meeting.ends_at + RELAY_AFTER


def write_choice(meeting: Meeting, other: Participant) -> Choice:
    """The option that opens a message to the other side (handlers/meetings/relay.py)."""
    return Choice(id=f"write:{meeting.id}", label="relay-write", args={"name": first_name(other)})


async def write_choices(
    ctx: Ctx, meeting: Meeting, reader: Participant, other: Participant
) -> tuple[Choice, ...]:
    """On Telegram, the button for ``reader`` to write to ``other`` through the bot; by SMS
    none (the message says the command instead: a numbered option would replace the last
    menu)."""
    address = await ctx.tx.reach(reader.id)
    by_sms = address is not None and reads_sms(ctx.config, address)
    return () if by_sms else (write_choice(meeting, other),)


async def contact_of(ctx: Ctx, person: Participant, reader: Participant, meeting: Meeting) -> str:
    """How ``reader`` can reach ``person`` once a meeting is confirmed, in a form the reader's
    phone can use: ``person``'s phone number; for a phone meeting with someone who has none,
    "calls-you" when the reader has one (the other side was given it and calls); else "relay":
    they write to each other through the bot (handlers/meetings/relay.py), never by a Telegram
    link a basic phone cannot open or an id that would give the person away."""
    phone = await ctx.tx.phone(person.id)
    if phone is not None:
        return phone
    if meeting.format == "phone" and await ctx.tx.phone(reader.id) is not None:
        return "calls-you"
    return "relay"


async def confirmation(
    ctx: Ctx, meeting: Meeting, other: Participant, key: str, reader: Participant
) -> Reply:
    """What ``reader`` is told about a confirmed (or moved) meeting with ``other``, with a
    calendar entry; on Telegram, with a button to write to ``other`` through the bot (by SMS
    the message says the command instead: a numbered option would replace the last menu)."""
    where = meeting.place or meeting.link or "none"
    choices = await write_choices(ctx, meeting, reader, other)
    return Reply(
        key=key,
        args={
            "when": When(at=meeting.starts_at),
            "name": display_name(other),
            "format": Ref(key=FORMAT_PHRASES[meeting.format]),
            "where": where,
            "contact": await contact_of(ctx, other, reader, meeting),
            "meeting": meeting.id,
            # By phone the newcomer calls the connector: "Call Ben at ...", not "Contact: ...".
            "dial": "yes"
            if meeting.format == "phone" and reader.id == meeting.mentee_id
            else "no",
        },
        choices=choices,
        calendar=CalendarEvent(
            uid=f"meeting-{meeting.id}@connector-bot",
            starts_at=meeting.starts_at,
            ends_at=meeting.ends_at,
            title="booking-calendar-title",
            args={"name": display_name(other)},
            location=None if where == "none" else where,
        ),
    )


async def confirm_both(ctx: Ctx, meeting: Meeting, key: str = "booking-confirmed") -> list[Reply]:
    """Tell both sides, each in their own language and time zone; return the replies for ctx."""
    connector = await ctx.tx.participant(meeting.connector_id)
    mentee = await ctx.tx.participant(meeting.mentee_id)
    mine: list[Reply] = []
    for person, other in ((mentee, connector), (connector, mentee)):
        reply = await confirmation(ctx, meeting, other, key, person)
        if person.id == ctx.participant.id:
            mine.append(reply)
        else:
            await ctx.tx.enqueue_to(person.id, [reply])
    return mine


async def on_decide(ctx: Ctx, meeting_id: int, accept: bool) -> list[Reply] | None:
    """The connector accepts or declines a request (only their own, only while waiting)."""
    meetings = meeting_store(ctx.tx)
    meeting = await meetings.meeting(meeting_id)
    if meeting is None or meeting.connector_id != ctx.participant.id:
        return None
    if meeting.status != "requested":
        return [Reply(key="booking-already", args={"status": meeting.status})]
    if meeting.starts_at <= ctx.clock.now():
        return [Reply(key="booking-too-late")]
    decided = await meetings.set_status(
        meeting.id, ("requested",), "confirmed" if accept else "declined"
    )
    if decided is None:
        return [Reply(key="booking-already", args={"status": "cancelled"})]
    await meetings.record(meeting.id, ctx.participant.id, "accepted" if accept else "declined", "")
    await reschedule(ctx.tx, decided, ctx.clock.now(), ctx.config)
    if accept:
        return await confirm_both(ctx, decided)
    await meetings.release_slot(meeting.slot_id)
    # The declined time reopens for others, but is not offered back to this person.
    others = await alternatives(
        ctx, ctx.participant.id, "booking-other-times", meeting.slot_id, meeting.mentee_id
    )
    declined = Reply(
        key="booking-declined",
        args={"name": first_name(ctx.participant), "when": When(at=meeting.starts_at)},
    )
    await ctx.tx.enqueue_to(meeting.mentee_id, [declined, others])
    return [Reply(key="booking-you-declined", args={"others": others.args["others"]})]


def within(moment: datetime, now: datetime, hours: int) -> bool:
    """Whether ``moment`` is less than ``hours`` away."""
    return moment - now < timedelta(hours=hours)
