"""Finding a connector: field first, then people who share a language and a city, soonest first."""

from __future__ import annotations

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Step, saves
from handlers.core.parsing import ascii_int, clean_text, normalize
from handlers.core.values import Choice, Languages, Reply, When
from handlers.meetings.booking import first_name, has_room, request_slot
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import ConnectorCard
from handlers.registration.sectors import sector_ref
from handlers.registration.spoken import shared

PAGE = 3
# Candidates read per search, then ranked in memory: bounded whatever the programme's size.
CANDIDATES = 30
SLOTS_SHOWN = 3


OTHER_CONNECTORS = "slot:other"


class FindAnswers(BaseModel):
    """The search in progress."""

    any_field: bool = False
    page: int = 0
    connector_id: int | None = None
    slot_id: int | None = None
    note: str | None = None


async def ranked(ctx: Ctx, any_field: bool) -> list[ConnectorCard]:
    """Connectors with room, those sharing a language and the city first, soonest first."""
    me = ctx.participant
    sector = None if any_field else me.sector
    cards = await meeting_store(ctx.tx).search(sector, ctx.clock.now(), CANDIDATES, 0)
    city = normalize(me.city or "")
    usable = [
        card for card in cards
        if card.connector.id != me.id and await has_room(ctx, card.connector, card.next_slots[0])
    ]  # fmt: skip

    def rank(card: ConnectorCard) -> tuple[bool, bool, object]:
        other = card.connector
        return (
            not shared(me.languages_spoken, other.languages_spoken),
            normalize(other.city or "") != city,
            card.next_slots[0].starts_at,
        )

    return sorted(usable, key=rank)


def ask_field(ctx: Ctx, answers: FindAnswers) -> Reply:
    """Ask whether to look in the person's own field or in any field."""
    return Reply(
        key="find-ask-field",
        choices=(
            Choice(
                id="field:mine",
                label="find-my-field",
                args={"sector": sector_ref(ctx.participant.sector)},
            ),
            Choice(id="field:any", label="find-any-field"),
        ),
    )


def on_field(ctx: Ctx, answer: Answer) -> bool | Invalid:
    """Store whether to search every field; show the results next."""
    if answer.choice in ("field:mine", "field:any"):
        return answer.choice == "field:any"
    return Invalid("find-field-invalid")


async def ask_connector(ctx: Ctx, answers: FindAnswers) -> Reply:
    """Show a page of connectors, each with their next open times."""
    cards = await ranked(ctx, answers.any_field)
    page = cards[answers.page * PAGE : (answers.page + 1) * PAGE]
    if not page:
        key = "find-none" if answers.page == 0 else "find-no-more"
        return Reply(
            key=key,
            choices=(
                Choice(id="find:any", label="find-any-field"),
                Choice(id="global:menu", label="dialogue-choice-menu"),
            ),
        )
    choices = [
        Choice(
            id=f"conn:{card.connector.id}",
            label="find-card",
            args={
                "name": first_name(card.connector),
                "profession": card.connector.profession or "",
                "languages": Languages(items=tuple(card.connector.languages_spoken)),
                "next": When(at=card.next_slots[0].starts_at, style="short"),
            },
        )
        for card in page
    ]
    if len(cards) > (answers.page + 1) * PAGE:
        choices.append(Choice(id="find:more", label="find-more"))
    return Reply(key="find-results", choices=tuple(choices))


def on_connector(ctx: Ctx, answer: Answer) -> tuple[str, int] | Invalid:
    """Store the connector picked, or turn the page; their slots come next."""
    choice = answer.choice or ""
    if choice == "find:more":
        return ("more", 0)
    if choice == "find:any":
        return ("any", 0)
    picked = ascii_int(choice.removeprefix("conn:")) if choice.startswith("conn:") else None
    if picked is not None:
        return ("pick", picked)
    return Invalid("find-pick-invalid")


def save_connector(answers: FindAnswers, value: tuple[str, int]) -> FindAnswers:
    """Turn the page, widen to every field, or keep the connector picked."""
    action, connector_id = value
    if action == "more":
        return answers.model_copy(update={"page": answers.page + 1})
    if action == "any":
        return answers.model_copy(update={"any_field": True, "page": 0})
    return answers.model_copy(update={"connector_id": connector_id})


async def ask_slot(ctx: Ctx, answers: FindAnswers) -> Reply:
    """Show the connector's open times, in the mentee's own time zone."""
    assert answers.connector_id is not None
    connector = await ctx.tx.participant(answers.connector_id)
    slots = await meeting_store(ctx.tx).open_slots(connector.id, ctx.clock.now(), SLOTS_SHOWN)
    if not slots:
        # Their last time went (withdrawn or taken) after the list was shown: no dead end.
        return Reply(
            key="find-no-slots-left",
            args={"name": first_name(connector)},
            choices=(
                Choice(id=OTHER_CONNECTORS, label="find-other-connectors"),
                Choice(id="global:menu", label="dialogue-choice-menu"),
            ),
        )
    return Reply(
        key="find-ask-slot",
        args={
            "name": first_name(connector),
            "profession": connector.profession or "",
            "languages": Languages(items=tuple(connector.languages_spoken)),
        },
        choices=tuple(
            Choice(
                id=f"slot:{s.id}",
                label="booking-slot",
                args={"when": When(at=s.starts_at, style="short")},
            )
            for s in slots
        ),
    )


def on_slot(ctx: Ctx, answer: Answer) -> int | Invalid | None:
    """Store the slot picked (None: back to the list of connectors); ask for a note next."""
    choice = answer.choice or ""
    if choice == OTHER_CONNECTORS:
        return None
    slot = ascii_int(choice.removeprefix("slot:")) if choice.startswith("slot:") else None
    if slot is not None:
        return slot
    return Invalid("find-slot-invalid")


def on_note(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the optional note for the connector; the request goes next."""
    if answer.choice == "note:none":
        return ""
    return clean_text(answer.text, minimum=2, maximum=140) or Invalid("find-note-invalid")


def save_slot(answers: FindAnswers, slot_id: int | None) -> FindAnswers:
    """Keep the slot, or forget the connector to choose another one."""
    if slot_id is None:
        return answers.model_copy(update={"connector_id": None, "page": 0})
    return answers.model_copy(update={"slot_id": slot_id})


async def finish_find(ctx: Ctx, answers: FindAnswers) -> list[Reply]:
    """Send the request."""
    assert answers.slot_id is not None
    return await request_slot(ctx, answers.slot_id, answers.note or None)


FIND: Dialogue[FindAnswers] = Dialogue(
    id="find_connector",
    model=FindAnswers,
    steps=(
        Step(
            id="ask-field",
            ask=ask_field,
            parse=on_field,
            save=saves("any_field"),
            help="find-field-help",
            skip=lambda ctx, a: a.connector_id is not None,
        ),
        Step(
            id="ask-connector",
            ask=ask_connector,
            parse=on_connector,
            save=save_connector,
            help="find-connector-help",
            skip=lambda ctx, a: a.connector_id is not None,
            next=lambda a: "ask-connector" if a.connector_id is None else "ask-slot",
        ),
        Step(
            id="ask-slot",
            ask=ask_slot,
            parse=on_slot,
            save=save_slot,
            help="find-slot-help",
            skip=lambda ctx, a: a.slot_id is not None,
            next=lambda a: "ask-connector" if a.connector_id is None else "ask-note",
        ),
        Step(
            id="ask-note",
            ask=lambda ctx, a: Reply(
                key="find-ask-note", choices=(Choice(id="note:none", label="find-no-note"),)
            ),
            parse=on_note,
            save=saves("note"),
            help="find-note-help",
        ),
    ),
    finish=finish_find,
)
