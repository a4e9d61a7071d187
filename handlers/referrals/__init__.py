"""Referrals: the three-referral chain after each held meeting (issue 13).

A connector refers the newcomer they met to people in the programme, to new people they invite,
or to contacts outside it. The newcomer is told about each one as it is made.
"""

from __future__ import annotations

from datetime import timedelta

from handlers.core.context import Ctx
from handlers.core.engine import Open, Result
from handlers.core.feature import Action, Command, Feature, JobKind, Late, MenuItem
from handlers.core.menu import main_menu
from handlers.core.values import Reply, Role
from handlers.followup.feedback import FEEDBACK, FeedbackAnswers
from handlers.followup.ports import follow_up_store
from handlers.meetings import by_id
from handlers.referrals.book import BOOK, book_referral
from handlers.referrals.chain import (
    INVITE_EXPIRY,
    OUTSIDE_CHECK,
    ask_outside,
    expire_invite,
    follow_chain,
    on_outside,
)
from handlers.referrals.exports import EXPORTS
from handlers.referrals.give import GiveAnswers
from handlers.referrals.held import on_held_by_newcomer
from handlers.referrals.invite import (
    decline_invitation,
    known_invitation,
    read_invitation_answer,
)
from handlers.referrals.job import JOB
from handlers.referrals.numbers import referrals_in_period
from handlers.referrals.ports import referral_store
from handlers.referrals.record import GIVE, REMINDER, remind_later
from handlers.referrals.reminder import remind_connector
from handlers.referrals.tree import parse_participant, show_chain
from handlers.referrals.values import WANTED
from handlers.referrals.view import my_network, people_i_referred, show_referral

CONNECTORS: frozenset[Role] = frozenset({"connector"})
MENTEES: frozenset[Role] = frozenset({"mentee"})
COORDINATORS: frozenset[Role] = frozenset({"coordinator"})


async def _open(dialogue: str) -> Result:
    return [Open(dialogue)]


async def give_referrals(ctx: Ctx) -> Result:
    """The menu entry: the held meetings still short of three referrals."""
    held = await referral_store(ctx.tx).held_short(ctx.participant.id, WANTED, 2)
    if not held:
        return [Reply(key="referrals-none-waiting"), main_menu(ctx)]
    if len(held) == 1:
        return [Open(GIVE.id, GiveAnswers(meeting_id=held[0].meeting_id))]
    return [Open(GIVE.id)]


async def refer(ctx: Ctx, meeting_id: int) -> Result | None:
    """``refer:<meeting id>``: give referrals for one held meeting (after "did you meet? yes")."""
    held = await referral_store(ctx.tx).held_meeting(meeting_id, ctx.participant.id)
    if held is None:
        return None
    if held.given >= WANTED:
        return [Reply(key="referrals-complete"), main_menu(ctx)]
    answered = await follow_up_store(ctx.tx).answers(meeting_id)
    said_met = held.mentee_id in answered and answered[held.mentee_id] is None
    if said_met and ctx.participant.id not in answered:
        # The newcomer's "yes" recorded the meeting as held before the connector answered: he
        # rates it first (his rating was never asked otherwise), then goes on to his referrals.
        return [Open(FEEDBACK.id, FeedbackAnswers(meeting_id=meeting_id, met=True))]
    # Whatever happens next, the connector hears once, two days on, about the rest.
    await remind_later(ctx, meeting_id)
    return [Open(GIVE.id, GiveAnswers(meeting_id=meeting_id))]


FEATURE = Feature(
    name="referrals",
    package=__name__,
    builds_on=("registration", "meetings", "followup"),
    dialogues=(GIVE, BOOK, JOB),
    codes=(known_invitation,),
    menu=(
        MenuItem(id="menu:refer", label="referrals-menu-give", order=35, roles=CONNECTORS,
                 run=give_referrals),
        MenuItem(id="menu:referred", label="referrals-menu-referred", order=36,
                 roles=CONNECTORS, run=people_i_referred),
        MenuItem(id="menu:network", label="referrals-menu-network", order=25, roles=MENTEES,
                 run=my_network),
        MenuItem(id="menu:job", label="referrals-menu-job", order=40, roles=MENTEES,
                 run=lambda ctx: _open(JOB.id)),
    ),
    commands=(
        Command(names={"en": "chain", "fr": "chaine"}, about="referrals-chain-about",
                parse=parse_participant, usage="referrals-chain-usage", run=show_chain,
                roles=COORDINATORS),
    ),
    actions=(
        # Follow-ups and the reminder offer it, so it works in the middle of a dialogue too.
        Action("refer", by_id(refer), roles=CONNECTORS, anytime=True),
        # The newcomer's "yes, we met" recorded the meeting as held: the connector is asked too.
        Action("refheld", by_id(on_held_by_newcomer), roles=MENTEES),
        # Comes with the news of a referral: the newcomer asks that connector for a time.
        Action("refbook", by_id(book_referral), roles=MENTEES, anytime=True),
        Action("refout", on_outside, roles=MENTEES, anytime=True),
        # One referral from My network or People I referred (each checks whose it is).
        Action("refshow", by_id(show_referral)),
        # An invited person's "no" in words (not registered, so no role; it checks the number).
        Action("refno", by_id(decline_invitation)),
    ),
    jobs=(
        JobKind(REMINDER, remind_connector, late=Late(timedelta(days=7), "a week late")),
        JobKind(OUTSIDE_CHECK, ask_outside, late=Late(timedelta(days=7), "a week late")),
        # However late, an unanswered invitation has expired.
        JobKind(INVITE_EXPIRY, expire_invite),
    ),
    # Invited people who registered, and referrals whose meeting was held.
    scans=(follow_chain,),
    # Referrals made, followed and met, jobs reported: lines of the coordinators' /stats.
    numbers=(referrals_in_period,),
    exports=EXPORTS,
    readers=(read_invitation_answer,),
)  # fmt: skip
