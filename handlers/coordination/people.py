"""Coordinators look after people: find them, see one, grant or revoke roles, pause, resume.

Every command here is for coordinators only (declared so in the feature) and is written to the
audit log with the coordinator as the actor and only ids as detail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from handlers.coordination.broadcast import LANGUAGE_WORDS, SECTOR_WORDS
from handlers.coordination.paging import cut, next_page, page, page_size
from handlers.coordination.ports import (
    LANGUAGE_NAMES,
    PeopleQuery,
    Ready,
    Standing,
    coordination_store,
)
from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Result
from handlers.core.menu import ROLE_LABELS, role_ref
from handlers.core.parsing import ascii_int, clean_text, normalize
from handlers.core.period import Span, parse_span, resolve, window_days
from handlers.core.values import (
    ROLES,
    ArgValue,
    Language,
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
from handlers.registration.sectors import SECTOR_NAMES, SECTORS

# What ``find`` reads as a filter rather than a word to look for (folded: no accents).
_ROLE_WORDS: dict[Role, tuple[str, ...]] = {
    "mentee": ("newcomer", "newcomers", "arrivant", "arrivante", "arrivants", "nouveaux"),
    "connector": ("connector", "connectors", "connecteur", "connectrice", "connecteurs"),
    "mentor": ("mentor", "mentors", "mentore", "mentores"),
    "coordinator": ("coordinator", "coordinators", "coordination"),
    "agency": ("agency", "agencies", "organisme", "organismes"),
}
FIND_ROLES: dict[str, Role] = {word: role for role, words in _ROLE_WORDS.items() for word in words}
FIND_STANDINGS: dict[str, Standing] = {
    "waiting": "waiting", "pending": "waiting", "attente": "waiting",
    "active": "active", "actif": "active", "actifs": "active", "actives": "active",
    "paused": "paused", "pause": "paused",
    "refused": "refused", "rejected": "refused", "refuse": "refused", "refusee": "refused",
    "refuses": "refused", "refusees": "refused",
}  # fmt: skip
# Ready-made lists a coordinator needs, named in either language (folded: no accents).
READY_LISTS: tuple[tuple[Ready, re.Pattern[str]], ...] = (
    ("no-times", re.compile(r"\b(?:no[ -]?(?:open )?times?|sans[ -]plages?)\b")),
    ("never-booked", re.compile(r"\b(?:never[ -]booked|jamais[ -]reserve)\b")),
    ("no-referral", re.compile(r"\b(?:no[ -]referrals?|sans[ -]recommandations?)\b")),
    ("unreachable", re.compile(r"\b(?:unreachable|injoignables?)\b")),
)
# A search's scope travels in its "more" choice id, within Telegram's 64 bytes.
SCOPE_AT_MOST = 40
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


def parse_find(text: str) -> PeopleQuery | Invalid:
    """Words to look for, a role and a standing, in either language, in any order."""
    if clean_text(text, minimum=2, maximum=80) is None:
        return Invalid("coordination-usage-find")
    words: list[str] = []
    role: Role | None = None
    standing: Standing | None = None
    ready: Ready | None = None
    folded = normalize(text)
    for name, phrase in READY_LISTS:
        if ready is None and phrase.search(folded):
            ready, folded = name, phrase.sub(" ", folded)
    sector: str | None = None
    language: Language | None = None
    found = re.findall(r"[a-z0-9]+", folded)
    # "sector health", "langue francais": the sector or the language alone, not a word in a
    # name or a profession too.
    for index in range(len(found) - 1):
        word, then = found[index], found[index + 1]
        if word in SECTOR_WORDS and sector is None:
            sector = then if then in SECTORS else SECTOR_NAMES.get(then)
            named = sector
        elif word in LANGUAGE_WORDS and language is None:
            language = named = LANGUAGE_NAMES.get(then)
        else:
            continue
        if named is None:
            return Invalid("coordination-usage-find")
        found[index : index + 2] = ["", ""]
    for word in filter(None, found):
        if word in FIND_ROLES and role is None:
            role = FIND_ROLES[word]
        elif word in FIND_STANDINGS and standing is None:
            standing = FIND_STANDINGS[word]
        elif word not in words:
            words.append(word)
    if not (words or role or standing or ready or sector or language):
        return Invalid("coordination-usage-find")
    return PeopleQuery(words=tuple(words), role=role, standing=standing, ready=ready,
                       sector=sector, language=language)  # fmt: skip


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


async def find(ctx: Ctx, query: PeopleQuery) -> Result:
    """People matching every word, role and standing asked for: a page, with the total."""
    await ctx.tx.audit(ctx.participant.id, "admin-find", query.scope[:80])
    return await find_page(ctx, query.scope, 0)


async def find_page(ctx: Ctx, scope: str, offset: int) -> Result:
    """One page of a search (``more:find:<scope>:<offset>``)."""
    query = PeopleQuery.from_scope(scope)
    store = coordination_store(ctx.tx)
    size = page_size(ctx)
    found = await store.find_people(query, ctx.clock.now(), size + 1, offset)
    rows, more = cut(found, size)
    if not rows and not query.words:
        return [Reply(key="coordination-found-nobody")]
    if not rows:
        return [Reply(key="coordination-found-none", args={"text": " ".join(query.words)})]
    total = await store.count_people(query, ctx.clock.now())
    lines = [Line(key="coordination-person", args=person_args(person)) for person in rows]
    # A query too long for a button's id is shown a page at a time no further: type fewer words.
    more_id = next_page("find", scope, offset, size, more) if len(scope) <= SCOPE_AT_MOST else None
    paged = "yes" if total > len(rows) else "no"
    args: dict[str, ArgValue] = {
        "total": total,
        "first_shown": offset + 1,
        "last_shown": offset + len(rows),
        "paged": paged,
    }
    return [page("coordination-found", args, lines, more=more_id)]


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


@dataclass(frozen=True)
class AuditQuery:
    """``audit 12 erase week``: whose entries (by or about a number), which action, when."""

    person: int | None = None
    action: str | None = None
    start: int | None = None  # the period, in seconds since the epoch (UTC)
    end: int | None = None

    @property
    def scope(self) -> str:
        """The query written into a "more" choice id: ``12.erase.1764547200-1765152000``."""
        period = f"{self.start}-{self.end}" if self.start is not None else ""
        return f"{self.person or ''}.{self.action or ''}.{period}"

    @classmethod
    def from_scope(cls, scope: str) -> AuditQuery:
        """The query a "more" choice id carries."""
        person, _, rest = scope.partition(".")
        action, _, period = rest.partition(".")
        start, _, end = period.partition("-")
        # Moments are ten digits, more than ascii_int reads (it stops typed numbers at nine).
        return cls(
            person=ascii_int(person),
            action=action or None,
            start=int(start) if start.isascii() and start.isdigit() else None,
            end=int(end) if end.isascii() and end.isdigit() else None,
        )


@dataclass(frozen=True)
class AuditAsk:
    """What ``audit`` was given, before the period is resolved against the clock."""

    person: int | None
    action: str | None
    span: Span | None


def parse_audit(text: str) -> AuditAsk | Invalid:
    """Nothing, or a person's number, an action word and a period, in any order."""
    person: int | None = None
    action: str | None = None
    dates: list[str] = []
    span: Span | None = None
    for word in normalize(text).split():
        number = ascii_int(word.removeprefix("#"))
        if number is not None and person is None and number > 0:
            person = number
        elif (days := window_days(word)) is not None and span is None:
            span = Span(days=days)
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", word):
            dates.append(word)
        elif re.fullmatch(r"[a-z][a-z-]{1,30}", word) and action is None:
            action = word
        else:
            return Invalid("coordination-usage-audit")
    if dates:
        between = parse_span(" ".join(dates))
        if isinstance(between, Invalid) or span is not None:
            return Invalid("coordination-usage-audit")
        span = between
    return AuditAsk(person=person, action=action, span=span)


async def audit(ctx: Ctx, ask: AuditAsk) -> Result:
    """The audit log, newest first, a page at a time, filtered as asked."""
    await ctx.tx.audit(ctx.participant.id, "admin-audit")
    start = end = None
    if ask.span is not None:
        period = resolve(ask.span, ctx.clock.now(), ctx.participant.timezone)
        start, end = int(period.start.timestamp()), int(period.end.timestamp())
    query = AuditQuery(person=ask.person, action=ask.action, start=start, end=end)
    return await audit_page(ctx, query.scope, 0)


async def audit_page(ctx: Ctx, scope: str, before: int) -> Result:
    """One page of the audit log (``more:audit:<scope>:<entry id>``: entries older than it)."""
    query = AuditQuery.from_scope(scope)
    period = None
    if query.start is not None and query.end is not None:
        period = (datetime.fromtimestamp(query.start, UTC), datetime.fromtimestamp(query.end, UTC))
    size = page_size(ctx)
    found = await coordination_store(ctx.tx).audit_entries(
        query.person, query.action, period, before or None, size + 1
    )
    rows, more = cut(found, size)
    if not rows:
        return [Reply(key="coordination-audit-none")]
    lines = [
        Line(
            key="coordination-audit-line",
            args={
                "when": When(at=entry.at, style="short"),
                "who": entry.participant_id or 0,
                "action": entry.action,
                "detail": entry.detail[:40] or "-",
            },
        )
        for entry in rows
    ]
    more_id = f"more:audit:{scope}:{rows[-1].id}" if more else None
    newest = "yes" if not before else "no"
    return [page("coordination-audit", {"newest": newest}, lines, more=more_id)]


def _role_args(person: Participant, role: Role) -> dict[str, str | int | Ref]:
    return {"id": person.id, "name": shown_name(person), "role": role_ref(role)}
