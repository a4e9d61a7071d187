"""Meetings and what people said, for coordinators: lists by period or participant, decisions.

``/meetings`` and ``/feedback`` take nothing (everything, newest first), a participant number
(``12`` or ``#12``) or a period (``week``/``semaine``, ``month``/``mois``, ``today``,
``year``, or a number of days such as ``10d``/``10j``). Disputed meetings (each side says the
other did not come) are settled with ``/settle``; no-show pauses are lifted with ``/lift``.
Each command without its arguments lists what waits for that decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from handlers.coordination.paging import cut, next_page, page, page_size
from handlers.coordination.people import show, shown_name
from handlers.coordination.ports import coordination_store
from handlers.coordination.records import FeedbackRow, MeetingRow, Scope, records_store
from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Result
from handlers.core.parsing import ascii_int, normalize
from handlers.core.period import window_days
from handlers.core.values import Line, Ref, Reply, When, display_name
from handlers.followup.feedback import on_lift, watch_streak
from handlers.followup.ports import follow_up_store
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import Meeting, MeetingStatus
from handlers.referrals.held import ask_connector

# Statuses a coordinator may settle, and those a meeting may be settled from.
HELD_WORDS = frozenset({"held", "met", "tenue", "tenu", "eue", "oui", "yes"})
NO_SHOW_WORDS = frozenset({"no-show", "noshow", "absent", "absence", "absente", "lapin"})
SETTLEABLE: tuple[MeetingStatus, ...] = ("disputed", "no_show", "unconfirmed", "confirmed", "held")
COMMENT_SMS = 60  # characters of a comment shown in an SMS page


def parse_scope(text: str) -> str | Invalid:
    """Nothing, a participant number or a period, as a scope word (``all``, ``p12``, ``d7``)."""
    word = normalize(text)
    if not word:
        return "all"
    number = ascii_int(word.removeprefix("#"))
    if number is not None:
        return f"p{number}"
    days = window_days(word)
    if days is not None:
        return f"d{days}"
    return Invalid("intake-usage-scope")


def _scope(ctx: Ctx, scope: str) -> Scope:
    """The records a scope word covers."""
    number = ascii_int(scope[1:]) if scope[:1] in ("p", "d") else None
    if scope.startswith("p") and number is not None:
        return Scope(participant_id=number)
    if scope.startswith("d") and number is not None:
        return Scope(since=ctx.clock.now() - timedelta(days=number))
    return Scope()


def meeting_line(row: MeetingRow) -> Line:
    """One meeting: number, when, who, status."""
    return Line(
        key="intake-meeting-line",
        args={
            "id": row.id,
            "when": When(at=row.starts_at, style="short"),
            # No name on a meeting's side: that person's data was erased.
            "connector": row.connector or Ref(key="privacy-former-participant"),
            "mentee": row.mentee or Ref(key="privacy-former-participant"),
            "status": Ref(key=f"intake-status-{row.status.replace('_', '-')}"),
        },
    )


def feedback_line(row: FeedbackRow, *, short: bool) -> Line:
    """What one side said: rating and private comment, or why they did not meet."""
    comment = row.comment or ""
    if short and len(comment) > COMMENT_SMS:
        comment = comment[: COMMENT_SMS - 3].rstrip() + "..."
    return Line(
        key="intake-feedback-line",
        args={
            "meeting": row.meeting_id,
            "name": row.name or "-",
            "met": "yes" if row.met else "no",
            "rating": row.rating or 0,
            "comment": comment or "none",
            "reason": row.reason or "none",
        },
    )


async def meetings(ctx: Ctx, scope: str) -> Result:
    """The first page of meetings in the scope asked for."""
    await ctx.tx.audit(ctx.participant.id, "admin-meetings", scope)
    return await meetings_page(ctx, scope, 0)


async def meetings_page(ctx: Ctx, scope: str, offset: int) -> Result:
    """One page of meetings, newest first, with their status."""
    size = page_size(ctx)
    found = await records_store(ctx.tx).meetings(_scope(ctx, scope), None, size + 1, offset)
    rows, more = cut(found, size)
    if not rows and offset == 0:
        return [Reply(key="intake-meetings-none")]
    lines = [meeting_line(row) for row in rows]
    more_id = next_page("meetings", scope, offset, size, more)
    return [page("intake-meetings", {}, lines, more=more_id)]


async def feedback(ctx: Ctx, scope: str) -> Result:
    """The first page of what people said after their meetings."""
    await ctx.tx.audit(ctx.participant.id, "admin-feedback", scope)
    return await feedback_page(ctx, scope, 0)


async def feedback_page(ctx: Ctx, scope: str, offset: int) -> Result:
    """One page of ratings and private comments, newest first."""
    short = ctx.address.channel != "telegram"
    size = page_size(ctx) - 1 if short else page_size(ctx)
    found = await records_store(ctx.tx).feedback(_scope(ctx, scope), size + 1, offset)
    rows, more = cut(found, size)
    if not rows and offset == 0:
        return [Reply(key="intake-feedback-none")]
    lines = [feedback_line(row, short=short) for row in rows]
    more_id = next_page("feedback", scope, offset, size, more)
    return [page("intake-feedback", {}, lines, more=more_id)]


@dataclass(frozen=True)
class Settlement:
    """``/settle 7 no-show 12``: the meeting, what happened, and who did not come."""

    meeting_id: int
    outcome: Literal["held", "no_show"]
    absent_id: int | None = None


def parse_settlement(text: str) -> Settlement | Invalid | None:
    """Nothing (list what waits), or a meeting, held or no-show, and who was absent."""
    parts = normalize(text).split()
    if not parts:
        return None
    meeting = ascii_int(parts[0].removeprefix("#"))
    word = parts[1] if len(parts) > 1 else ""
    absent = ascii_int(parts[2].removeprefix("#")) if len(parts) == 3 else None
    if meeting is not None and word in HELD_WORDS and len(parts) == 2:
        return Settlement(meeting_id=meeting, outcome="held")
    if meeting is not None and word in NO_SHOW_WORDS and absent is not None:
        return Settlement(meeting_id=meeting, outcome="no_show", absent_id=absent)
    return Invalid("intake-usage-settle")


async def settle(ctx: Ctx, settlement: Settlement | None) -> Result:
    """Decide a meeting as held or a no-show (by whom); without arguments, list disputes."""
    if settlement is None:
        await ctx.tx.audit(ctx.participant.id, "admin-disputes")
        return await disputes_page(ctx, "all", 0)
    store = meeting_store(ctx.tx)
    meeting = await store.meeting(settlement.meeting_id)
    if meeting is None:
        return [Reply(key="intake-no-such-meeting", args={"id": settlement.meeting_id})]
    sides = (meeting.connector_id, meeting.mentee_id)
    if settlement.outcome == "no_show" and settlement.absent_id not in sides:
        args = {"id": meeting.id, "connector": meeting.connector_id, "mentee": meeting.mentee_id}
        return [Reply(key="intake-not-a-side", args=args)]
    before = (meeting.status, await follow_up_store(ctx.tx).absent_of(meeting.id))
    if await store.set_status(meeting.id, SETTLEABLE, settlement.outcome) is None:
        return [Reply(key="intake-cannot-settle", args={"id": meeting.id})]
    await follow_up_store(ctx.tx).set_absent(meeting.id, settlement.absent_id)
    detail = f"{settlement.outcome} {settlement.absent_id or ''}".strip()
    await store.record(meeting.id, ctx.participant.id, "settled", detail)
    # The same decision again tells nobody anything new.
    changed = before != (settlement.outcome, settlement.absent_id)
    told = {meeting.mentee_id, meeting.connector_id} if changed else set()
    # The connector is asked for referrals, unless they were already; that message says the
    # meeting was recorded as held, so it is all they are told.
    if settlement.outcome == "held" and await ask_connector(ctx, meeting.id, "coordinator"):
        told.discard(meeting.connector_id)
    if settlement.outcome == "held":
        # A newcomer's first held meeting starts their employment follow-ups (once).
        await ctx.features.act(ctx, f"employment-held:{meeting.id}")
    await ctx.tx.audit(ctx.participant.id, "admin-settle", f"{meeting.id} {detail}")
    if settlement.absent_id is not None and changed:
        # A no-show decided by a coordinator counts like one reported by the other side.
        await watch_streak(ctx, settlement.absent_id)
    await _tell_sides(ctx, meeting, settlement, told)
    status = Ref(key=f"intake-status-{settlement.outcome.replace('_', '-')}")
    return [Reply(key="intake-settled", args={"id": meeting.id, "status": status})]


async def _tell_sides(ctx: Ctx, meeting: Meeting, settlement: Settlement, told: set[int]) -> None:
    """The people in ``told`` hear what the coordinator decided, each about the other."""
    sides = ((meeting.connector_id, meeting.mentee_id), (meeting.mentee_id, meeting.connector_id))
    for side, other_id in sides:
        if side not in told:
            continue
        other = await ctx.tx.participant(other_id)
        outcome = "held"
        if settlement.absent_id is not None:
            outcome = "you" if settlement.absent_id == side else "other"
        decided = Reply(
            key="intake-settled-told",
            args={
                "outcome": outcome,
                "name": display_name(other),
                "when": When(at=meeting.starts_at),
            },
        )
        await ctx.tx.enqueue_to(side, [decided])


async def disputes_page(ctx: Ctx, scope: str, offset: int) -> Result:
    """One page of disputed meetings, waiting for a coordinator's decision."""
    size = page_size(ctx)
    found = await records_store(ctx.tx).meetings(Scope(), ("disputed",), size + 1, offset)
    rows, more = cut(found, size)
    if not rows and offset == 0:
        return [Reply(key="intake-disputes-none")]
    lines = [meeting_line(row) for row in rows]
    more_id = next_page("disputes", scope, offset, size, more)
    return [page("intake-disputes", {}, lines, more=more_id)]


def parse_optional_person(text: str) -> int | Invalid | None:
    """Nothing (list who is paused), or one participant number."""
    if not text.strip():
        return None
    number = ascii_int(text.strip().removeprefix("#"))
    return number if number is not None else Invalid("intake-usage-lift")


async def lift(ctx: Ctx, participant_id: int | None) -> Result:
    """Lift a no-show pause; without a number, list the people paused."""
    if participant_id is None:
        await ctx.tx.audit(ctx.participant.id, "admin-paused")
        return await paused_page(ctx, "all", 0)
    person = await coordination_store(ctx.tx).person(participant_id)
    if person is None or person.status != "active":
        return [Reply(key="coordination-no-such-person", args={"id": participant_id})]
    prefs = await meeting_store(ctx.tx).prefs(person.id)
    if not person.requests_paused and not prefs.paused:
        return [Reply(key="intake-not-paused", args={"id": person.id, "name": shown_name(person)})]
    await ctx.tx.audit(ctx.participant.id, "admin-lift", str(person.id))
    return list(await on_lift(ctx, person.id) or [])


async def paused_page(ctx: Ctx, scope: str, offset: int) -> Result:
    """One page of the people whose requests or offers are paused."""
    size = page_size(ctx)
    found = await records_store(ctx.tx).no_show_paused(size + 1, offset)
    rows, more = cut(found, size)
    if not rows and offset == 0:
        return [Reply(key="intake-paused-none")]
    lines = [
        Line(key="intake-paused-line", args={"id": p.id, "name": p.name or "-"}) for p in rows
    ]
    more_id = next_page("paused", scope, offset, size, more)
    return [page("intake-paused", {}, lines, more=more_id)]


async def profile(ctx: Ctx, participant_id: int) -> Result:
    """One person's details, then the first page of their meetings and reported outcomes."""
    shown = list(await show(ctx, participant_id))
    if await coordination_store(ctx.tx).person(participant_id) is None:
        return shown
    return [*shown, *await meetings_page(ctx, f"p{participant_id}", 0),
            *await feedback_page(ctx, f"p{participant_id}", 0)]  # fmt: skip
