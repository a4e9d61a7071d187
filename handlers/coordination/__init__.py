"""Coordination: what programme staff run from the chat."""

from __future__ import annotations

from handlers.coordination import (
    broadcast,
    broadcast_later,
    exports,
    intake,
    meetings,
    numbers,
    paging,
    people,
)
from handlers.coordination.introduce import introduce, parse_introduction
from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.feature import Action, Command, Feature, JobKind, MenuItem, always
from handlers.core.values import Role

COORDINATORS: frozenset[Role] = frozenset({"coordinator"})
PERSON = "coordination-usage-person"
ROLE = "coordination-usage-role"
SCOPE = "intake-usage-scope"
# The lists that page, by the kind their "more" choice names.
LISTERS: dict[str, paging.Lister] = {
    "pending": intake.pending_page,
    "meetings": meetings.meetings_page,
    "feedback": meetings.feedback_page,
    "disputes": meetings.disputes_page,
    "paused": meetings.paused_page,
    "find": people.find_page,
    "audit": people.audit_page,
    "stats": numbers.report_page,
    "broadcasts": broadcast_later.listed,
}


async def _more(ctx: Ctx, rest: str) -> Result | None:
    return await paging.on_more(ctx, rest, LISTERS)


FEATURE = Feature(
    name="coordination",
    package=__name__,
    builds_on=("registration", "meetings", "followup", "referrals"),
    actions=(Action("more", _more, roles=COORDINATORS),),
    dialogues=(broadcast.BROADCAST,),
    # A scheduled broadcast leaves however late the bot comes back up: it was confirmed.
    jobs=(JobKind(broadcast_later.BROADCAST_DUE, broadcast_later.send_due),),
    menu=(
        MenuItem(id="coord:stats", label="menu-choice-stats", order=0, run=numbers.show_numbers,
                 roles=COORDINATORS),
    ),
    # Each description is coordination-command-<English name>. "revoke" would be an SMS opt-out
    # word (REVOKE), so taking a role away is "remove".
    commands=(
        Command(names={"en": "stats", "fr": "stats"}, about="telegram-command-stats",
                run=numbers.report, parse=numbers.parse_period, usage="numbers-usage-period",
                roles=COORDINATORS),
        Command(names={"en": "export", "fr": "exporter"}, about="numbers-command-export",
                run=exports.export, parse=exports.parse_export, usage="numbers-usage-export",
                roles=COORDINATORS, confirm=exports.with_contacts),
        Command(names={"en": "broadcast", "fr": "diffuser"}, about="broadcast-command",
                run=broadcast.broadcast, parse=broadcast.parse_broadcast,
                usage=broadcast.USAGE, roles=COORDINATORS, secure=True),
        Command(names={"en": "find", "fr": "chercher"}, about="coordination-command-find",
                run=people.find, parse=people.parse_find, usage="coordination-usage-find",
                roles=COORDINATORS),
        Command(names={"en": "who", "fr": "fiche"}, about="coordination-command-who",
                run=people.show, parse=people.parse_person, usage=PERSON, roles=COORDINATORS),
        Command(names={"en": "grant", "fr": "accorder"}, about="coordination-command-grant",
                run=people.grant, parse=people.parse_role_change, usage=ROLE,
                roles=COORDINATORS, confirm=always),
        Command(names={"en": "remove", "fr": "retirer"}, about="coordination-command-remove",
                run=people.revoke, parse=people.parse_role_change, usage=ROLE,
                roles=COORDINATORS, confirm=always),
        Command(names={"en": "pause", "fr": "pause"}, about="coordination-command-pause",
                run=people.pause, parse=people.parse_person, usage=PERSON, roles=COORDINATORS,
                confirm=always),
        Command(names={"en": "resume", "fr": "lever"}, about="coordination-command-resume",
                run=people.resume, parse=people.parse_person, usage=PERSON,
                roles=COORDINATORS),
        Command(names={"en": "audit", "fr": "journal"}, about="coordination-command-audit",
                run=people.audit, parse=people.parse_audit, usage="coordination-usage-audit",
                roles=COORDINATORS),
        # Intake, meetings and decisions (handlers/coordination/intake.py, meetings.py,
        # introduce.py); their descriptions and answers are in locales/*/intake.ftl.
        Command(names={"en": "pending", "fr": "attente"}, about="intake-command-pending",
                run=intake.pending, roles=COORDINATORS),
        Command(names={"en": "approve", "fr": "approuver"}, about="intake-command-approve",
                run=intake.approve, parse=people.parse_person, usage=PERSON, roles=COORDINATORS),
        Command(names={"en": "reject", "fr": "refuser"}, about="intake-command-reject",
                run=intake.reject, parse=intake.parse_refusal, usage="intake-usage-reject",
                roles=COORDINATORS, confirm=always),
        # Shares its name with everyone's own /profile: with a number, a coordinator's look-up.
        Command(names={"en": "profile", "fr": "profil"}, about="intake-command-profile",
                run=meetings.profile, parse=people.parse_person, usage=PERSON,
                roles=COORDINATORS, shares_name=True),
        Command(names={"en": "meetings", "fr": "rencontres"}, about="intake-command-meetings",
                run=meetings.meetings, parse=meetings.parse_scope, usage=SCOPE,
                roles=COORDINATORS),
        Command(names={"en": "feedback", "fr": "avis"}, about="intake-command-feedback",
                run=meetings.feedback, parse=meetings.parse_scope, usage=SCOPE,
                roles=COORDINATORS),
        Command(names={"en": "settle", "fr": "trancher"}, about="intake-command-settle",
                run=meetings.settle, parse=meetings.parse_settlement,
                usage="intake-usage-settle", roles=COORDINATORS),
        Command(names={"en": "lift", "fr": "debloquer"}, about="intake-command-lift",
                run=meetings.lift, parse=meetings.parse_optional_person,
                usage="intake-usage-lift", roles=COORDINATORS),
        Command(names={"en": "introduce", "fr": "presenter"}, about="intake-command-introduce",
                run=introduce, parse=parse_introduction, usage="intake-usage-introduce",
                roles=COORDINATORS),
    ),
    exports=exports.EXPORTS,
)  # fmt: skip
