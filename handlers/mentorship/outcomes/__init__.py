"""Outcomes, a mentorship's last stage (feature ``outcomes``): check-ins, interviews and events,
employment follow-ups.

Both sides of an active mentorship get a check-in each month; mentees log interviews and
events they went to; mentees are asked their employment status at a mentorship's closure and
3, 6 and 12 months after it, and Connector newcomers 3, 6 and 12 months after their first held
meeting. The figures go to the coordinators' /stats.
"""

from __future__ import annotations

from handlers.core.feature import Action, Feature, JobKind, MenuItem
from handlers.core.values import Role
from handlers.mentorship.outcomes.checkins import (
    CHECKIN,
    CHECKIN_DIALOGUE,
    open_checkin,
    read_checkin_answer,
    schedule_first_checkins,
    send_checkin,
)
from handlers.mentorship.outcomes.employment import (
    ACTIONS_BY_ID,
    ASK,
    EMPLOY,
    REASK,
    on_picked,
    send_question,
    send_reminder,
)
from handlers.mentorship.outcomes.events import LOG, log_event, log_interview
from handlers.mentorship.outcomes.exports import EXPORTS
from handlers.mentorship.outcomes.numbers import outcomes_in_period

MENTEES: frozenset[Role] = frozenset({"mentee"})

FEATURE = Feature(
    name="outcomes",
    package=__name__,
    builds_on=("registration", "meetings", "followup", "referrals", "mentorship", "pairing",
               "mentoring"),
    dialogues=(CHECKIN_DIALOGUE, LOG, EMPLOY),
    menu=(
        MenuItem(id="menu:interview", label="outcomes-menu-interview", order=41, roles=MENTEES,
                 run=log_interview),
        MenuItem(id="menu:event", label="outcomes-menu-event", order=42, roles=MENTEES,
                 run=log_event),
    ),
    actions=(
        # They come with notifications, so they work in the middle of another dialogue too.
        Action("checkin", open_checkin, anytime=True),
        Action("empl", on_picked, anytime=True),
        # Called by other features' code (closure, a meeting held), never offered as a button;
        # each checks who may ask for it.
        *(Action(kind, run) for kind, run in ACTIONS_BY_ID.items()),
    ),
    jobs=(
        # Late check-ins are judged by the job itself (it schedules the next month regardless).
        JobKind(CHECKIN, send_checkin),
        # However late, a follow-up question is still worth asking once.
        JobKind(ASK, send_question),
        JobKind(REASK, send_reminder),
    ),
    scans=(schedule_first_checkins,),
    numbers=(outcomes_in_period,),
    exports=EXPORTS,
    readers=(read_checkin_answer,),
)  # fmt: skip
