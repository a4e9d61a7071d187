"""Connector meetings: offering times, finding a connector, requests, confirmations, changes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from handlers.core.context import Ctx
from handlers.core.engine import Open, Result
from handlers.core.feature import Action, Command, Feature, JobKind, MenuItem
from handlers.core.jobs import PERSON_GONE
from handlers.core.parsing import choice_ids
from handlers.core.values import Role
from handlers.meetings.ask_time import ASK_TIME, on_ask_time
from handlers.meetings.booking import on_decide
from handlers.meetings.changes import (
    CANCEL,
    CancelAnswers,
    list_meetings,
    my_meeting,
    on_meeting,
)
from handlers.meetings.connector import (
    CAPACITY,
    list_slots,
    on_setting,
    on_slot,
    on_withdraw,
    settings,
)
from handlers.meetings.contact_change import CONTACT_CHANGED, tell_new_contact
from handlers.meetings.find import FIND
from handlers.meetings.find_views import FindAnswers
from handlers.meetings.gone import on_person_gone
from handlers.meetings.moves import (
    on_keep,
    on_move,
    on_move_answer,
    on_move_to,
)
from handlers.meetings.offer import OFFER
from handlers.meetings.ports import meeting_store
from handlers.meetings.relay import (
    RELAY,
    meant_anytime,
    on_report,
    on_write,
    parse_write,
    write_command,
)
from handlers.meetings.watch import WATCH, lapse_watch

MENTEES: frozenset[Role] = frozenset({"mentee"})
CONNECTORS: frozenset[Role] = frozenset({"connector"})


def by_id(
    run: Callable[[Ctx, int], Awaitable[Result | None]],
) -> Callable[[Ctx, str], Awaitable[Result | None]]:
    """An action whose argument is one id ("accept:12")."""

    async def act(ctx: Ctx, rest: str) -> Result | None:
        ids = choice_ids(rest, 1)
        return None if ids is None else await run(ctx, ids[0])

    return act


async def _start(dialogue: str) -> Result:
    return [Open(dialogue)]


async def _book(ctx: Ctx, slot_id: int) -> Result | None:
    """Book another time offered in a notification: the find dialogue at that slot."""
    slot = await meeting_store(ctx.tx).slot(slot_id)
    if slot is None:
        return None
    return [Open(FIND.id, FindAnswers(connector_id=slot.connector_id, slot_id=slot.id))]


async def _cancel(ctx: Ctx, meeting_id: int) -> Result | None:
    """Ask why, then cancel one of the person's meetings."""
    if await my_meeting(ctx, meeting_id) is None:
        return None
    return [Open(CANCEL.id, CancelAnswers(meeting_id=meeting_id))]


async def _setting(ctx: Ctx, which: str) -> Result | None:
    """Change a connector setting (the monthly limit is a small dialogue)."""
    if which == "capacity":
        return [Open(CAPACITY.id)]
    return await on_setting(ctx, which)


async def _move_to(ctx: Ctx, rest: str) -> Result | None:
    """Move a meeting to another of the connector's times ("moveto:12:40")."""
    ids = choice_ids(rest, 2)
    return None if ids is None else await on_move_to(ctx, ids[0], ids[1])


FEATURE = Feature(
    name="meetings",
    package=__name__,
    builds_on=("registration",),
    dialogues=(OFFER, FIND, CANCEL, CAPACITY, ASK_TIME, RELAY),
    jobs=(JobKind(PERSON_GONE, on_person_gone), JobKind(WATCH, lapse_watch)),
    menu=(
        MenuItem(id="menu:find", label="menu-choice-find", order=10, roles=MENTEES,
                 run=lambda ctx: _start(FIND.id)),
        MenuItem(id="menu:offer", label="menu-choice-offer", order=10, roles=CONNECTORS,
                 run=lambda ctx: _start(OFFER.id)),
        MenuItem(id="menu:meetings", label="menu-choice-meetings", order=20, roles=MENTEES,
                 run=list_meetings),
        MenuItem(id="menu:slots", label="menu-choice-slots", order=20, roles=CONNECTORS,
                 run=list_slots),
        MenuItem(id="menu:settings", label="menu-choice-settings", order=30, roles=CONNECTORS,
                 run=settings),
    ),
    commands=(
        Command(names={"en": "write", "fr": "ecrire"}, about="relay-command",
                parse=parse_write, usage="relay-usage", run=write_command,
                anytime=meant_anytime),
    ),
    actions=(
        # Each checks that the slot or meeting is the person's own.
        Action("settings", _setting, roles=CONNECTORS),
        Action("slot", by_id(on_slot)),
        Action(CONTACT_CHANGED, tell_new_contact),
        Action("moveto", _move_to),
        # These come with notifications, so they work in the middle of another dialogue.
        Action("book", by_id(_book), roles=MENTEES, anytime=True),
        Action("cancel", by_id(_cancel), anytime=True),
        Action("withdraw", by_id(on_withdraw), anytime=True),
        Action("accept", by_id(lambda ctx, m: on_decide(ctx, m, accept=True)), anytime=True),
        Action("decline", by_id(lambda ctx, m: on_decide(ctx, m, accept=False)), anytime=True),
        Action("meeting", by_id(on_meeting), anytime=True),
        Action("move", by_id(on_move), anytime=True),
        Action("keep", by_id(on_keep), anytime=True),
        Action("write", by_id(on_write), anytime=True),
        Action("relayreport", by_id(on_report), anytime=True),
        Action("asktime", by_id(on_ask_time), roles=MENTEES, anytime=True),
        Action("moveyes", by_id(lambda ctx, m: on_move_answer(ctx, m, accept=True)),
               roles=CONNECTORS, anytime=True),
        Action("moveno", by_id(lambda ctx, m: on_move_answer(ctx, m, accept=False)),
               roles=CONNECTORS, anytime=True),
    ),
)  # fmt: skip
