"""Coordinators look after people: find them, see one, grant or revoke roles, pause, resume.

Every command here is for coordinators only (declared so in the feature) and is written to the
audit log with the coordinator as the actor and only ids as detail.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.coordination.ports import coordination_store
from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Result
from handlers.core.menu import ROLE_LABELS, role_ref
from handlers.core.parsing import ascii_int, clean_text, normalize
from handlers.core.values import (
    ROLES,
    ArgValue,
    Line,
    Lines,
    Participant,
    Ref,
    Reply,
    Role,
    When,
    display_name,
)
from handlers.followup.ports import follow_up_store
from handlers.meetings.ports import meeting_store

FOUND_AT_MOST = 5
# Roles a coordinator grants in the chat; newcomer and connector come from registration.
GRANTABLE: tuple[Role, ...] = ("coordinator", "agency", "mentor")
# The French words a coordinator may type for them.
ROLE_WORDS = {
    "coordination": "coordinator",
    "coordonnateur": "coordinator",
    "coordonnatrice": "coordinator",
    "organisme": "agency",
    "mentore": "mentor",
}


@dataclass(frozen=True)
class RoleChange:
    """``/grant 12 agency``: who, and which role (coordinator when none is named)."""

    participant_id: int
    role: Role


def parse_person(text: str) -> int | Invalid:
    """One participant id."""
    number = ascii_int(text.removeprefix("#"))
    return number if number is not None else Invalid("coordination-usage-person")


def parse_role_change(text: str) -> RoleChange | Invalid:
    """A participant id and, optionally, a role."""
    parts = text.split()
    number = ascii_int(parts[0].removeprefix("#")) if parts else None
    named = normalize(parts[1]) if len(parts) > 1 else "coordinator"
    role = ROLE_WORDS.get(named, named)
    if number is None or len(parts) > 2 or role not in GRANTABLE:
        return Invalid("coordination-usage-role")
    return RoleChange(participant_id=number, role=role)


def parse_text(text: str) -> str | Invalid:
    """A few words to look for."""
    return clean_text(text, minimum=2, maximum=60) or Invalid("coordination-usage-find")


def shown_name(person: Participant) -> str | Ref:
    """The name coordinators see: "a former participant" once erased, "-" when none yet."""
    return display_name(person) if person.name or person.status == "erased" else "-"


def person_args(person: Participant) -> dict[str, ArgValue]:
    """What a one-line description of a person shows: number, name, role, profession, city."""
    return {
        "id": person.id,
        "name": shown_name(person),
        "role": role_ref(person.role),
        "profession": person.profession or "-",
        "city": person.city or "-",
    }


def card(person: Participant) -> Reply:
    """One line about a person, for lists."""
    return Reply(key="coordination-person", args=person_args(person))


async def _person(ctx: Ctx, participant_id: int) -> Participant | None:
    """The participant, if there is one by that id."""
    return await coordination_store(ctx.tx).person(participant_id)


async def find(ctx: Ctx, text: str) -> Result:
    """People whose name, profession or city contains the words."""
    await ctx.tx.audit(ctx.participant.id, "admin-find")
    people = await coordination_store(ctx.tx).find_people(text, FOUND_AT_MOST + 1)
    if not people:
        return [Reply(key="coordination-found-none", args={"text": text})]
    more = "yes" if len(people) > FOUND_AT_MOST else "no"
    header = Reply(key="coordination-found", args={"count": len(people[:FOUND_AT_MOST]),
                                                   "more": more})  # fmt: skip
    return [header, *(card(person) for person in people[:FOUND_AT_MOST])]


async def show(ctx: Ctx, participant_id: int) -> Result:
    """One person: profile, roles, meetings by status, and whether they are paused."""
    person = await _person(ctx, participant_id)
    if person is None:
        return [Reply(key="coordination-no-such-person", args={"id": participant_id})]
    await ctx.tx.audit(ctx.participant.id, "admin-profile", str(person.id))
    prefs = await meeting_store(ctx.tx).prefs(person.id)
    counts = await coordination_store(ctx.tx).meeting_counts(person.id)
    roles = Lines(
        lines=tuple(Line(key=ROLE_LABELS[role]) for role in ROLES if role in person.roles),
        separator=", ",
    )
    return [
        Reply(
            key="coordination-profile",
            args={
                "id": person.id,
                "name": shown_name(person),
                "roles": roles if roles.lines else "-",
                "profession": person.profession or "-",
                "city": person.city or "-",
                "status": Ref(key=f"coordination-status-{standing(person)}"),
                "paused": "yes" if person.requests_paused or prefs.paused else "no",
                "held": counts.get("held", 0),
                "noshow": counts.get("no_show", 0),
                "upcoming": counts.get("confirmed", 0) + counts.get("requested", 0),
            },
        )
    ]


def standing(person: Participant) -> str:
    """Where a person stands, as coordinators name it: waiting, refused, active, paused..."""
    if person.approval == "pending":
        return "waiting"
    if person.approval == "rejected":
        return "refused"
    return person.status.replace("_", "-")


async def grant(ctx: Ctx, change: RoleChange) -> Result:
    """Give someone a role (coordinators cannot grant themselves anything)."""
    person = await _person(ctx, change.participant_id)
    if person is None:
        return [Reply(key="coordination-no-such-person", args={"id": change.participant_id})]
    if person.id == ctx.participant.id:
        return [Reply(key="coordination-not-yourself")]
    if not await ctx.tx.grant(person.id, change.role, granted_by=ctx.participant.id):
        return [Reply(key="coordination-role-held", args=_role_args(person, change.role))]
    await ctx.tx.audit(ctx.participant.id, "admin-grant", f"{person.id} {change.role}")
    told = Reply(key="coordination-you-were-granted", args={"role": role_ref(change.role)},
                 command_roles=person.roles | {change.role})  # fmt: skip
    await ctx.tx.enqueue_to(person.id, [told])
    return [Reply(key="coordination-granted", args=_role_args(person, change.role))]


async def revoke(ctx: Ctx, change: RoleChange) -> Result:
    """Take a role away (never one's own; never the last coordinator's)."""
    person = await _person(ctx, change.participant_id)
    if person is None:
        return [Reply(key="coordination-no-such-person", args={"id": change.participant_id})]
    if person.id == ctx.participant.id:
        return [Reply(key="coordination-not-yourself")]
    store = coordination_store(ctx.tx)
    if change.role == "coordinator" and await store.count_role("coordinator") <= 1:
        return [Reply(key="coordination-last-coordinator")]
    if not await ctx.tx.revoke(person.id, change.role):
        return [Reply(key="coordination-role-not-held", args=_role_args(person, change.role))]
    await ctx.tx.audit(ctx.participant.id, "admin-revoke", f"{person.id} {change.role}")
    told = Reply(key="intake-role-removed", args={"role": role_ref(change.role)},
                 command_roles=person.roles - {change.role})  # fmt: skip
    await ctx.tx.enqueue_to(person.id, [told])
    return [Reply(key="coordination-revoked", args=_role_args(person, change.role))]


async def pause(ctx: Ctx, participant_id: int) -> Result:
    """Pause someone: a connector is no longer offered, a newcomer cannot ask for meetings."""
    return await _set_paused(ctx, participant_id, paused=True)


async def resume(ctx: Ctx, participant_id: int) -> Result:
    """Lift a pause (a coordinator's or one after repeated no-shows)."""
    return await _set_paused(ctx, participant_id, paused=False)


async def _set_paused(ctx: Ctx, participant_id: int, *, paused: bool) -> Result:
    person = await _person(ctx, participant_id)
    if person is None or person.status != "active":
        return [Reply(key="coordination-no-such-person", args={"id": participant_id})]
    if paused and person.id == ctx.participant.id:
        # A coordinator who is also a connector would drop out of search by mistake.
        return [Reply(key="coordination-pause-yourself")]
    await follow_up_store(ctx.tx).set_requests_paused(person.id, paused)
    if "connector" in person.roles:
        meetings = meeting_store(ctx.tx)
        prefs = await meetings.prefs(person.id)
        await meetings.set_prefs(person.id, prefs.model_copy(update={"paused": paused}))
    await ctx.tx.audit(ctx.participant.id, "admin-pause" if paused else "admin-resume",
                       str(person.id))  # fmt: skip
    told = "coordination-you-are-paused" if paused else "feedback-unpaused"
    await ctx.tx.enqueue_to(person.id, [Reply(key=told)])
    key = "coordination-paused" if paused else "coordination-resumed"
    return [Reply(key=key, args={"id": person.id, "name": shown_name(person)})]


async def audit(ctx: Ctx, count: int | None) -> Result:
    """The latest entries of the audit log (10 unless a number is given, at most 20)."""
    entries = await coordination_store(ctx.tx).latest_audit(min(count or 10, 20))
    await ctx.tx.audit(ctx.participant.id, "admin-audit")
    lines = [
        Reply(
            key="coordination-audit-line",
            args={
                "when": When(at=entry.at, style="short"),
                "who": entry.participant_id or 0,
                "action": entry.action,
                "detail": entry.detail[:40] or "-",
            },
        )
        for entry in entries
    ]
    return [Reply(key="coordination-audit", args={"count": len(lines)}), *lines]


def parse_count(text: str) -> int | Invalid | None:
    """An optional number of entries."""
    if not text:
        return None
    number = ascii_int(text)
    return number if number is not None and number > 0 else Invalid("coordination-usage-audit")


def _role_args(person: Participant, role: Role) -> dict[str, str | int | Ref]:
    return {"id": person.id, "name": shown_name(person), "role": role_ref(role)}
