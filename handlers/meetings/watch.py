"""A connector with no open times is no dead end: ask them, and hear when they open some.

A newcomer who reaches a connector with nothing open (from the list, a referral, "has joined")
can ask the bot to ask them: the connector is told someone would like to meet them, with a way
to offer times, and the newcomer is told when times open, with those times to pick from. The
wish is a stored job about the connector (``slot_watch``), taken when they open times; after
30 days it lapses quietly.
"""

from __future__ import annotations

from datetime import timedelta

from handlers.core.context import Ctx, Scope
from handlers.core.jobs import Job, Subject
from handlers.core.menu import main_menu
from handlers.core.values import Choice, Participant, Reply, When
from handlers.meetings.booking import first_name
from handlers.meetings.ports import meeting_store

WATCH = "slot_watch"
WATCH_LASTS = timedelta(days=30)
TOLD_AT_MOST = 50
TIMES_SHOWN = 3


def times_of(connector_id: int) -> Subject:
    """What a newcomer waiting for a connector's times waits on."""
    return Subject(kind="connector_times", id=connector_id)


async def ask_for_times(ctx: Ctx, connector: Participant) -> list[Reply]:
    """Ask ``connector`` to open times for this newcomer, once, and say what happens next."""
    me = ctx.participant
    key = f"{connector.id}:{me.id}"
    due = ctx.clock.now() + WATCH_LASTS
    if await ctx.tx.jobs.add(WATCH, key, due, times_of(connector.id)):
        asked = Reply(
            key="find-times-asked",
            args={"name": first_name(me), "profession": me.profession or "-"},
            choices=(Choice(id="menu:offer", label="menu-choice-offer"),),
        )
        await ctx.tx.enqueue_to(connector.id, [asked])
        await ctx.tx.audit(me.id, "asked-for-times", str(connector.id))
    return [Reply(key="find-watching", args={"name": first_name(connector)}), main_menu(ctx)]


async def tell_watchers(ctx: Ctx) -> None:
    """The connector (``ctx``) opened times: tell each newcomer who asked, with the times."""
    store = meeting_store(ctx.tx)
    now = ctx.clock.now()
    for job in await ctx.tx.jobs.take_pending(times_of(ctx.participant.id), WATCH, TOLD_AT_MOST):
        _, _, waiting = job.key.partition(":")
        if not waiting.isdigit():
            continue
        mentee = int(waiting)
        slots = await store.open_slots(ctx.participant.id, now, TIMES_SHOWN, for_mentee=mentee)
        if not slots:
            continue
        opened = Reply(
            key="find-times-opened",
            args={"name": first_name(ctx.participant)},
            choices=tuple(
                Choice(id=f"book:{slot.id}", label="booking-slot",
                       args={"when": When(at=slot.starts_at, style="short")})
                for slot in slots
            ),
        )  # fmt: skip
        await ctx.tx.enqueue_to(mentee, [opened])


async def lapse_watch(scope: Scope, job: Job) -> str | None:
    """Thirty days and no times opened: the wish lapses, quietly."""
    return None
