"""Intake, a mentorship's first stage (feature ``mentorship``): programmes from configuration,
membership with a role per programme, agency referrals, and the eligibility intake dialogues.

Coordinators confirm or refer back with the /pending, /approve and /reject they already use
(through ``Decisions``); agencies hold the agency role a coordinator grants with /grant.
"""

from __future__ import annotations

from handlers.core.feature import Action, Command, Decisions, Feature, MenuItem
from handlers.core.values import Role
from handlers.mentorship.intake import cases, decisions
from handlers.mentorship.intake.agency import parse_programme, redeem, refer, refer_first
from handlers.mentorship.intake.join import JOIN, join_programme, programme_offered
from handlers.mentorship.intake.mentee import MENTEE_INTAKE
from handlers.mentorship.intake.mentor import MENTOR_INTAKE
from handlers.mentorship.intake.orientation import (
    ORIENTATION,
    parse_person,
    record_orientation,
    start_orientation,
)
from handlers.mentorship.intake.workshop import parse_mentor, record_workshop

AGENCIES: frozenset[Role] = frozenset({"agency"})
COORDINATORS: frozenset[Role] = frozenset({"coordinator"})
# Newcomers apply as mentees, professionals as mentors; agencies and coordinators do neither.
JOINERS: frozenset[Role] = frozenset({"mentee", "connector", "mentor"})

FEATURE = Feature(
    name="mentorship",
    package=__name__,
    builds_on=("registration", "meetings", "followup", "referrals", "coordination"),
    dialogues=(JOIN, MENTEE_INTAKE, MENTOR_INTAKE, ORIENTATION),
    menu=(
        MenuItem(id="menu:mentorship", label="mentorship-menu-join", order=45, roles=JOINERS,
                 run=join_programme, shown=programme_offered),
        # An agency's one task, from the menu as well as by /refer (the first programme).
        MenuItem(id="menu:agency-refer", label="mentorship-menu-refer", order=5,
                 roles=AGENCIES, run=refer_first),
    ),
    commands=(
        Command(names={"en": "refer", "fr": "orienter"}, about="mentorship-command-refer",
                run=refer, parse=parse_programme, usage="mentorship-refer-usage",
                roles=AGENCIES),
        Command(names={"en": "oriented", "fr": "orientation"},
                about="mentorship-command-oriented", run=record_orientation,
                parse=parse_person, usage="mentorship-oriented-usage", roles=COORDINATORS),
        Command(names={"en": "workshop", "fr": "atelier"},
                about="mentorship-command-workshop", run=record_workshop,
                parse=parse_mentor, usage="mentorship-workshop-usage", roles=COORDINATORS),
    ),
    actions=(
        Action("mmore", cases.more_cases, roles=COORDINATORS),
        Action("orientgo", start_orientation, roles=JOINERS),
    ),
    codes=(redeem,),
    readers=(decisions.read_reply_after_referral_back,),
    decisions=(
        Decisions(pending=cases.pending_cases, approve=decisions.approve,
                  reject=decisions.reject),
    ),
)  # fmt: skip
