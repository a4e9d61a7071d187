"""Finding a connector: times in the newcomer's own field first, a note folded into the pick.

The results are the time step: each person is shown with their next time, and picking it sends
the request. By SMS a note may follow the number ("2 I am a nurse"); on any channel a text sent
before picking is kept as the note. Other times, more people, another field and narrowing to a
language or to the city are one choice away. Step ids are stored: add, never rename.
"""

from __future__ import annotations

import re

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step, saves
from handlers.core.parsing import ascii_int, clean_text, leading_yes_no, pick_from_menu
from handlers.core.values import Choice, Languages, Reply, When
from handlers.meetings.booking import first_name, request_slot
from handlers.meetings.find_views import (
    FindAnswers,
    ask_filter,
    ask_results,
    on_filter,
    save_filter,
)
from handlers.meetings.ports import meeting_store
from handlers.meetings.search import PAGE, query_for
from handlers.meetings.watch import ask_for_times
from handlers.registration.sectors import SECTORS

SLOTS_SHOWN = 3
# "2 I am a nurse": a number, then the note.
NUMBER_THEN_NOTE = re.compile(r"\s*([0-9]{1,2})[\s.,:;)\-]+(\S.*)", re.DOTALL)


def ask_field(ctx: Ctx, answers: FindAnswers) -> Reply:
    """Ask which field to look in: every field, or one of the ten (their own among them)."""
    return Reply(
        key="find-ask-field",
        choices=(
            Choice(id="field:any", label="find-every-field"),
            *(Choice(id=f"sector:{code}", label=key) for code, key in SECTORS.items()),
        ),
    )


def on_field(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the field to look in (``mine``, ``any`` or a sector code); results come next."""
    choice = answer.choice or ""
    if choice in ("field:mine", "field:any"):  # "field:mine" from menus sent before
        return choice[6:]
    if choice.startswith("sector:") and choice[7:] in SECTORS:
        return "mine" if choice[7:] == ctx.participant.sector else choice[7:]
    return Invalid("find-field-invalid")


def save_field(answers: FindAnswers, field: str) -> FindAnswers:
    """Look in that field, from the first page."""
    return answers.model_copy(
        update={
            "any_field": field == "any",
            "sector": None if field in ("mine", "any") else field,
            "view": "list",
            "offset": 0,
            "page": 0,
            "times": False,
        }
    )


# What an answer to the results means: (action, number, note).
Pick = tuple[str, int, str | None]


async def on_result(ctx: Ctx, answer: Answer) -> Pick | Invalid:
    """Store a time picked (with its note), a note alone, or a move in the results."""
    choice = answer.choice
    note: str | None = None
    if choice is None and answer.text is not None:
        typed = NUMBER_THEN_NOTE.fullmatch(answer.text)
        menu = await ctx.tx.last_menu(ctx.address) if typed else []
        choice = pick_from_menu(typed.group(1), menu) if typed and menu else None
        if typed and menu and choice is None:
            return Invalid("find-pick-invalid")  # "9 hello" with no 9th option: not a note
        if choice is None:
            if leading_yes_no(answer.text) is not None:
                # "Oui merci" answers a question that came with a notification, not a note.
                return Invalid("find-pick-invalid")
            kept = clean_text(answer.text, minimum=2, maximum=140)
            return ("note", 0, kept) if kept else Invalid("find-pick-invalid")
        note = clean_text(typed.group(2), minimum=2, maximum=140) if typed else None
    kind, _, rest = (choice or "").partition(":")
    number = ascii_int(rest.rpartition(":")[2]) if rest else None
    if kind == "slot" and number is not None:
        return ("pick", number, note)
    if kind == "conn" and number is not None:
        return ("connector", number, None)
    if choice in ("find:times", "find:list", "find:options", "find:any", "find:field"):
        return (choice[5:], 0, None)
    if choice == "find:more":
        return ("page", 0, None)
    if choice is not None and choice.startswith("find:more:") and number is not None:
        return ("more", number, None)
    return Invalid("find-pick-invalid")


def save_result(answers: FindAnswers, value: Pick) -> FindAnswers:
    """Keep the time or the note picked, or change what the results show."""
    action, number, note = value
    updates: dict[str, dict[str, object]] = {
        "pick": {"slot_id": number, "note": note or answers.note or ""},
        "connector": {"connector_id": number},
        "note": {"note": note},
        "times": {"times": True},
        "list": {"times": False},
        "options": {"view": "options"},
        "field": {"view": "field"},
        "any": {"any_field": True, "sector": None, "offset": 0, "page": 0},
        "page": {"page": answers.page + 1, "times": False},
        "more": {"offset": number, "page": 0, "times": False},
    }
    return answers.model_copy(update=updates[action])


async def offers_result(ctx: Ctx, answers: FindAnswers, choice: str) -> bool:
    """Whether the results offer ``choice``: a time is checked on its own row, since asking
    the results again means running the search again; other choices by asking again."""
    if choice.startswith("slot:"):
        number = ascii_int(choice[5:])
        query = query_for(ctx.participant, answers)
        store = meeting_store(ctx.tx)
        return number is not None and await store.offered(query, ctx.clock.now(), number)
    reply = await ask_results(ctx, answers, answers.offset + answers.page * PAGE)
    return choice in {offered.id for offered in reply.choices}


def after_results(answers: FindAnswers) -> str | None:
    """Where the results lead: the request, a connector's times, options, or the results."""
    if answers.slot_id is not None:
        return "ask-note"
    if answers.connector_id is not None:
        return "ask-slot"
    return {"options": "ask-filter", "field": "ask-field"}.get(answers.view, "ask-connector")


async def ask_slot(ctx: Ctx, answers: FindAnswers) -> Reply:
    """Show one connector's open times, in the newcomer's own time zone."""
    assert answers.connector_id is not None
    connector = await ctx.tx.participant(answers.connector_id)
    slots = await meeting_store(ctx.tx).open_slots(
        connector.id, ctx.clock.now(), SLOTS_SHOWN, for_mentee=ctx.participant.id
    )
    if not slots:
        # No dead end: ask them for times (and hear when they open some), or look elsewhere.
        return Reply(
            key="find-no-times",
            args={"name": first_name(connector), "profession": connector.profession or "-"},
            choices=(Choice(id=WATCH_CHOICE, label="find-ask-for-times"),
                     Choice(id=ANOTHER_CHOICE, label="find-another-connector")),
        )  # fmt: skip
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


# What the no-times question's choices store as the slot (never a real slot's number).
WATCH_CHOICE, ANOTHER_CHOICE = "times:ask", "times:another"
ASK_FOR_TIMES, ANOTHER = -1, -2


def on_slot(ctx: Ctx, answer: Answer) -> int | Invalid:
    """Store the slot picked; ask for a note next. With no times open: ask for them, or look
    for another connector (stored as ``ASK_FOR_TIMES`` or ``ANOTHER``)."""
    choice = answer.choice or ""
    if choice in (WATCH_CHOICE, ANOTHER_CHOICE):
        return ASK_FOR_TIMES if choice == WATCH_CHOICE else ANOTHER
    number = ascii_int(choice[5:]) if choice.startswith("slot:") else None
    return Invalid("find-slot-invalid") if number is None else number


def on_note(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the optional note for the connector; the request goes next."""
    if answer.choice == "note:none":
        return ""
    return clean_text(answer.text, minimum=2, maximum=140) or Invalid("find-note-invalid")


async def without_a_time(ctx: Ctx, answers: FindAnswers) -> Result | None:
    """The end of a search that reached a connector with no open times: ask them for some,
    or search again; None when a time was picked (the request goes)."""
    if answers.slot_id == ASK_FOR_TIMES and answers.connector_id is not None:
        return await ask_for_times(ctx, await ctx.tx.participant(answers.connector_id))
    if answers.slot_id is not None and answers.slot_id < 0:
        return [Open(FIND.id)]
    return None


async def finish_find(ctx: Ctx, answers: FindAnswers) -> Result:
    """Send the request (or ask a connector with no times for some, or search again)."""
    assert answers.slot_id is not None
    ended = await without_a_time(ctx, answers)
    if ended is not None:
        return ended
    return await request_slot(ctx, answers.slot_id, answers.note or None)


FIND: Dialogue[FindAnswers] = Dialogue(
    id="find_connector",
    model=FindAnswers,
    steps=(
        Step(
            id="ask-field",
            ask=ask_field,
            parse=on_field,
            save=save_field,
            help="find-field-help",
            # The newcomer's own field by default; this asks only when they want another.
            skip=lambda ctx, a: a.view != "field",
            next=lambda a: "ask-connector",
        ),
        Step(
            id="ask-connector",
            ask=lambda ctx, a: ask_results(ctx, a, a.offset + a.page * PAGE),
            parse=on_result,
            save=save_result,
            help="find-connector-help",
            offers=offers_result,
            skip=lambda ctx, a: a.connector_id is not None or a.slot_id is not None,
            next=after_results,
        ),
        Step(
            id="ask-slot",
            ask=ask_slot,
            parse=on_slot,
            save=saves("slot_id"),
            help="find-slot-help",
            skip=lambda ctx, a: a.slot_id is not None,
        ),
        Step(
            id="ask-note",
            ask=lambda ctx, a: Reply(
                key="find-ask-note", choices=(Choice(id="note:none", label="find-no-note"),)
            ),
            parse=on_note,
            save=saves("note"),
            help="find-note-help",
            skip=lambda ctx, a: a.note is not None or (a.slot_id or 0) < 0,
            next=lambda a: None,
        ),
        Step(
            id="ask-filter",
            ask=ask_filter,
            parse=on_filter,
            save=save_filter,
            help="find-filter-help",
            next=lambda a: "ask-field" if a.view == "field" else "ask-connector",
        ),
    ),
    finish=finish_find,
)
