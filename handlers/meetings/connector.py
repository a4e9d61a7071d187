"""What a connector manages outside dialogues: their slots, pausing, auto-accept, a limit."""

from __future__ import annotations

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Step
from handlers.core.menu import main_menu
from handlers.core.parsing import ascii_int
from handlers.core.values import Choice, Reply, When, display_name
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import Slot

LISTED = 5
MAX_CAPACITY = 60


def _is_connector(ctx: Ctx) -> bool:
    return ctx.participant.role == "connector"


async def list_slots(ctx: Ctx) -> list[Reply]:
    """Show the connector's upcoming slots, each with who booked it."""
    now = ctx.clock.now()
    upcoming = await meeting_store(ctx.tx).upcoming_slots(ctx.participant.id, now, LISTED)
    if not upcoming:
        return [Reply(key="slots-none"), main_menu(ctx)]
    booked = {
        m.slot_id: m
        for m in await meeting_store(ctx.tx).upcoming_meetings(ctx.participant.id, now, 50)
    }
    choices = []
    for slot in upcoming:
        meeting = booked.get(slot.id)
        if meeting is None:
            choices.append(
                Choice(
                    id=f"slot:{slot.id}",
                    label="slots-item-open",
                    args={"when": When(at=slot.starts_at, style="short")},
                )
            )
        else:
            mentee = await ctx.tx.participant(meeting.mentee_id)
            label = (
                "slots-item-confirmed" if meeting.status == "confirmed" else "slots-item-requested"
            )
            choices.append(
                Choice(
                    id=f"meeting:{meeting.id}",
                    label=label,
                    args={
                        "when": When(at=slot.starts_at, style="short"),
                        "name": display_name(mentee),
                    },
                )
            )
    return [
        Reply(
            key="slots-list",
            choices=(*choices, Choice(id="global:menu", label="dialogue-choice-menu")),
        )
    ]


async def slot_actions(ctx: Ctx, slot: Slot) -> list[Reply]:
    """Offer what can be done with one open slot."""
    return [
        Reply(
            key="slots-open",
            args={"when": When(at=slot.starts_at)},
            choices=(
                Choice(id=f"withdraw:{slot.id}", label="slots-withdraw"),
                Choice(id="menu:slots", label="slots-back"),
            ),
        )
    ]


async def on_slot(ctx: Ctx, slot_id: int) -> list[Reply] | None:
    """A slot picked from the list (only the connector's own)."""
    slot = await meeting_store(ctx.tx).slot(slot_id)
    if slot is None or slot.connector_id != ctx.participant.id or slot.status != "open":
        return None
    return await slot_actions(ctx, slot)


async def on_withdraw(ctx: Ctx, slot_id: int) -> list[Reply] | None:
    """Withdraw one of the connector's open slots."""
    slot = await meeting_store(ctx.tx).slot(slot_id)
    if slot is None or slot.connector_id != ctx.participant.id:
        return None
    if not await meeting_store(ctx.tx).withdraw_slot(ctx.participant.id, slot_id):
        return [Reply(key="slots-not-open"), main_menu(ctx)]
    await ctx.tx.audit(ctx.participant.id, "slot-withdrawn", str(slot_id))
    return [Reply(key="slots-withdrawn", args={"when": When(at=slot.starts_at)}), main_menu(ctx)]


async def settings(ctx: Ctx) -> list[Reply]:
    """Show how the connector takes requests, with switches."""
    prefs = await meeting_store(ctx.tx).prefs(ctx.participant.id)
    return [
        Reply(
            key="settings-summary",
            args={
                "paused": "yes" if prefs.paused else "no",
                "auto": "yes" if prefs.auto_accept else "no",
                "capacity": prefs.monthly_capacity or 0,
            },
            choices=(
                Choice(
                    id="settings:resume" if prefs.paused else "settings:pause",
                    label="settings-resume" if prefs.paused else "settings-pause",
                ),
                Choice(
                    id="settings:manual" if prefs.auto_accept else "settings:auto",
                    label="settings-manual" if prefs.auto_accept else "settings-auto",
                ),
                Choice(id="settings:capacity", label="settings-capacity"),
                Choice(id="global:menu", label="dialogue-choice-menu"),
            ),
        )
    ]


async def on_setting(ctx: Ctx, which: str) -> list[Reply] | None:
    """Flip pause or auto-accept, then show the settings again."""
    prefs = await meeting_store(ctx.tx).prefs(ctx.participant.id)
    changes = {
        "pause": {"paused": True},
        "resume": {"paused": False},
        "auto": {"auto_accept": True},
        "manual": {"auto_accept": False},
    }
    if which not in changes:
        return None
    await meeting_store(ctx.tx).set_prefs(
        ctx.participant.id, prefs.model_copy(update=changes[which])
    )
    await ctx.tx.audit(ctx.participant.id, f"settings-{which}")
    return await settings(ctx)


class CapacityAnswers(BaseModel):
    """A connector's monthly limit."""

    capacity: int | None = None


def on_capacity(ctx: Ctx, answer: Answer) -> int | Invalid:
    """Store the monthly limit (0 for none); back to the settings next."""
    number = ascii_int(answer.text or "")
    if number is not None and number <= MAX_CAPACITY:
        return number
    return Invalid("settings-capacity-invalid", {"most": MAX_CAPACITY})


async def finish_capacity(ctx: Ctx, answers: CapacityAnswers) -> list[Reply]:
    """Save the limit and show the settings."""
    prefs = await meeting_store(ctx.tx).prefs(ctx.participant.id)
    limit = answers.capacity or None
    await meeting_store(ctx.tx).set_prefs(
        ctx.participant.id, prefs.model_copy(update={"monthly_capacity": limit})
    )
    return await settings(ctx)


CAPACITY: Dialogue[CapacityAnswers] = Dialogue(
    id="monthly_capacity",
    model=CapacityAnswers,
    steps=(
        Step(
            id="ask-capacity",
            ask=lambda ctx, a: Reply(key="settings-ask-capacity"),
            parse=on_capacity,
            save=lambda a, v: a.model_copy(update={"capacity": v}),
            help="settings-capacity-help",
        ),
    ),
    finish=finish_capacity,
)
