"""The end of intake, and coordinators' decisions on it.

A person's answers are stored and the coordinators told. A criterion missed is not a dead end:
the person hears which one and what can help (their agency, a workshop), and the case waits in
/pending with the answers like any other. /approve confirms eligibility; /reject refers the
person back with the reason. Both tell the person and, when an agency referred them, the agency.
"""

from __future__ import annotations

from datetime import timedelta

from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.menu import main_menu, menu_after
from handlers.core.programmes import Programme
from handlers.core.values import Choice, Language, Participant, Reply
from handlers.mentorship.intake.asking import programme_of
from handlers.mentorship.intake.criteria import missing
from handlers.mentorship.intake.ports import mentorship_store
from handlers.mentorship.intake.values import DECIDABLE, IntakeAnswers, Membership

NOTIFY_AT_MOST = 20


def programme_name(ctx: Ctx, programme_id: str, language: Language) -> str:
    """A programme's name in ``language`` (its id if the file no longer lists it)."""
    programme = ctx.config.programmes.get(programme_id)
    return programme.name(language) if programme is not None else programme_id


def orientation_choice(programme_id: str) -> Choice:
    """The button that opens a programme's orientation (for a person just confirmed)."""
    return Choice(id=f"orientgo:{programme_id}", label="mentorship-orient-start")


def help_reply(programme: Programme, criterion: str) -> Reply:
    """What is missing for one criterion, and what can help."""
    rules = programme.eligibility
    args = {
        "level": rules.min_clb,
        "years": rules.min_years,
        "minutes": programme.cadence.min_minutes,
        "weeks": programme.duration_weeks or 12,
        "employer": programme.employer or "-",
    }
    return Reply(key=f"mentorship-missing-{criterion}", args=args)


async def finish_intake(ctx: Ctx, answers: IntakeAnswers) -> Result:
    """Store the answers, tell the coordinators, and say what happens next."""
    programme = programme_of(ctx, answers)
    if programme is None or answers.role is None:
        return [Reply(key="mentorship-programme-gone"), main_menu(ctx)]
    store = mentorship_store(ctx.tx)
    member = await store.membership(ctx.participant.id, programme.id)
    if member is None:
        member = await store.join(ctx.participant.id, programme.id, answers.role, None)
    missed = missing(programme, answers)
    member = await store.submit(member.id, answers, missed)
    await ctx.tx.audit(ctx.participant.id, "programme-submitted", programme.id)
    me = ctx.participant
    for coordinator in await ctx.tx.holders("coordinator", NOTIFY_AT_MOST):
        if coordinator.id != me.id:
            notice = Reply(
                key="mentorship-case-waiting",
                args={
                    "id": me.id,
                    "name": me.name or "-",
                    "programme": programme.name(coordinator.language),
                },
            )
            await ctx.tx.enqueue_to(coordinator.id, [notice])
    name = programme.name(me.language)
    if not missed:
        return [Reply(key="mentorship-submitted", args={"programme": name}), *menu_after(ctx)]
    agency = await _agency_name(ctx, member)
    return [
        Reply(key="mentorship-missing", args={"programme": name, "count": len(missed)}),
        *(help_reply(programme, criterion) for criterion in missed),
        Reply(
            key="mentorship-missing-next",
            args={"agency": agency, "as_mentor": "yes" if answers.role == "mentor" else "no"},
        ),
        main_menu(ctx),
    ]


async def _agency_name(ctx: Ctx, member: Membership) -> str:
    """The name of the agency that referred the member, or "none"."""
    if member.agency_id is None:
        return "none"
    agency = await ctx.tx.participant(member.agency_id)
    return agency.name or "none"


async def _tell_agency(
    ctx: Ctx, member: Membership, person: Participant, key: str, reason: str = ""
) -> None:
    """Tell the agency that referred ``person`` what became of them."""
    if member.agency_id is None:
        return
    agency = await ctx.tx.participant(member.agency_id)
    args = {
        "id": person.id,
        "name": person.name or "-",
        "reason": reason or "-",
        "programme": programme_name(ctx, member.programme, agency.language),
    }
    await ctx.tx.enqueue_to(agency.id, [Reply(key=key, args=args)])


async def approve(ctx: Ctx, participant_id: int) -> Result | None:
    """/approve: confirm the person's eligibility in each programme they wait for."""
    store = mentorship_store(ctx.tx)
    cases = [m for m in await store.memberships(participant_id) if m.status in DECIDABLE]
    if not cases:
        return None
    person = await ctx.tx.participant(participant_id)
    told: list[Reply] = []
    for member in cases:
        if not await store.decide(member.id, DECIDABLE, "eligible", ctx.participant.id):
            continue
        await ctx.tx.grant(person.id, member.role, granted_by=ctx.participant.id)
        await ctx.tx.audit(
            ctx.participant.id, "admin-programme-approve", f"{person.id} {member.id}"
        )
        name = programme_name(ctx, member.programme, person.language)
        welcome = Reply(
            key="mentorship-you-are-eligible",
            args={"name": person.name or "", "programme": name},
            choices=(orientation_choice(member.programme),),
            command_roles=person.roles | {member.role},
        )
        await ctx.tx.enqueue_to(person.id, [welcome])
        await _tell_agency(ctx, member, person, "mentorship-agency-accepted")
        told.append(
            Reply(
                key="mentorship-approved",
                args={
                    "id": person.id,
                    "name": person.name or "-",
                    "programme": programme_name(ctx, member.programme, ctx.participant.language),
                },
            )
        )
    return told or None


async def reject(ctx: Ctx, participant_id: int, reason: str) -> Result | None:
    """/reject: refer the person back, with the reason, from each programme they wait for."""
    store = mentorship_store(ctx.tx)
    cases = [m for m in await store.memberships(participant_id) if m.status == "waiting"]
    if not cases:
        return None
    person = await ctx.tx.participant(participant_id)
    contact = ctx.config.programme_contact or "none"
    told: list[Reply] = []
    for member in cases:
        if not await store.decide(
            member.id, ("waiting",), "ineligible", ctx.participant.id, reason
        ):
            continue
        # Ids only in the audit log: the reason is free text, for the person and the agency.
        await ctx.tx.audit(
            ctx.participant.id, "admin-programme-reject", f"{person.id} {member.id}"
        )
        agency = await _agency_name(ctx, member)
        # The message ends the reason with its own full stop: not "vérifiée..".
        said = reason.rstrip(" .")
        back = Reply(
            key="mentorship-you-are-referred-back",
            args={"reason": said, "agency": agency, "contact": contact},
        )
        await ctx.tx.enqueue_to(person.id, [back])
        await _tell_agency(ctx, member, person, "mentorship-agency-referred-back", reason)
        told.append(
            Reply(
                key="mentorship-rejected",
                args={
                    "id": person.id,
                    "name": person.name or "-",
                    "programme": programme_name(ctx, member.programme, ctx.participant.language),
                },
            )
        )
    return told or None


# "Reply here to talk about it" (said when there is neither an agency nor a programme contact)
# holds this long: what the person writes back reaches the coordinators.
REPLY_WINDOW = timedelta(days=14)


async def read_reply_after_referral_back(ctx: Ctx, text: str) -> str | Reply | None:
    """Text nothing else read, from someone just referred back with "Reply here": passed on
    to the coordinators (their words, with who wrote), and the person told so."""
    if ctx.config.programme_contact:
        return None  # they were given the programme's contact, not "reply here"
    now = ctx.clock.now()
    for member in await mentorship_store(ctx.tx).memberships(ctx.participant.id):
        recent = now - member.updated_at <= REPLY_WINDOW
        if member.status == "ineligible" and member.agency_id is None and recent:
            words = text.strip()[:400]
            passed = Reply(
                key="mentorship-reply-from-referred-back",
                args={"id": ctx.participant.id, "name": ctx.participant.name or "-",
                      "text": words},
            )  # fmt: skip
            for coordinator in await ctx.tx.holders("coordinator", NOTIFY_AT_MOST):
                await ctx.tx.enqueue_to(coordinator.id, [passed])
            await ctx.tx.audit(ctx.participant.id, "referred-back-reply", str(member.id))
            return Reply(key="mentorship-reply-passed-on")
    return None
