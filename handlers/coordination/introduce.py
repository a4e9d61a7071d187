"""``/introduce <mentee> <connector> [note]``: a coordinator introduces a newcomer to a connector.

As programmes do by e-mail today: both are told about the other, with the coordinator's note;
the newcomer is offered the connector's next open times, and picking one opens the meetings
feature's own booking (``book:<slot>``), note and all.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.coordination.ports import coordination_store
from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Result
from handlers.core.parsing import ascii_int, clean_text
from handlers.core.values import Choice, Participant, Reply, When
from handlers.meetings.ports import meeting_store

SLOTS_OFFERED = 3


@dataclass(frozen=True)
class Introduction:
    """Who meets whom, and the coordinator's note (may be empty)."""

    mentee_id: int
    connector_id: int
    note: str = ""


def parse_introduction(text: str) -> Introduction | Invalid:
    """Two participant numbers, then an optional note."""
    parts = text.strip().split(maxsplit=2)
    numbers = [ascii_int(part.removeprefix("#")) for part in parts[:2]]
    if len(numbers) < 2 or numbers[0] is None or numbers[1] is None:
        return Invalid("intake-usage-introduce")
    note = clean_text(parts[2], minimum=2, maximum=160) if len(parts) > 2 else ""
    if note is None:
        return Invalid("intake-usage-introduce")
    return Introduction(mentee_id=numbers[0], connector_id=numbers[1], note=note)


def _ready(person: Participant | None, role: str) -> bool:
    """Whether ``person`` is active and holds ``role`` (so approved, when approval applies)."""
    return person is not None and person.status == "active" and role in person.roles


async def introduce(ctx: Ctx, intro: Introduction) -> Result:
    """Tell both people about each other; offer the newcomer the connector's next times."""
    people = coordination_store(ctx.tx)
    mentee = await people.person(intro.mentee_id)
    connector = await people.person(intro.connector_id)
    if mentee is None or not _ready(mentee, "mentee"):
        return [Reply(key="intake-not-a-mentee", args={"id": intro.mentee_id})]
    if connector is None or not _ready(connector, "connector"):
        return [Reply(key="intake-not-a-connector", args={"id": intro.connector_id})]
    slots = await meeting_store(ctx.tx).open_slots(
        connector.id, ctx.clock.now(), SLOTS_OFFERED, for_mentee=mentee.id
    )
    note = intro.note or "none"
    to_mentee = Reply(
        key="intake-introduced-mentee",
        args={
            "name": connector.name or "-",
            "profession": connector.profession or "-",
            "note": note,
            "slots": len(slots),
        },
        choices=tuple(
            Choice(id=f"book:{slot.id}", label="booking-slot",
                   args={"when": When(at=slot.starts_at, style="short")})
            for slot in slots
        ),
    )  # fmt: skip
    to_connector = Reply(
        key="intake-introduced-connector",
        args={"name": mentee.name or "-", "profession": mentee.profession or "-", "note": note},
    )
    await ctx.tx.enqueue_to(mentee.id, [to_mentee])
    await ctx.tx.enqueue_to(connector.id, [to_connector])
    await ctx.tx.audit(ctx.participant.id, "admin-introduce", f"{mentee.id} {connector.id}")
    args = {"mentee": mentee.name or "-", "connector": connector.name or "-",
            "slots": len(slots)}  # fmt: skip
    return [Reply(key="intake-introduced", args=args)]
