"""What the search shows: a page of people with their next time, other times, the options."""

from __future__ import annotations

import re
from typing import Literal

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Invalid
from handlers.core.parsing import search_key
from handlers.core.values import Choice, Languages, Reply, When
from handlers.meetings.booking import first_name
from handlers.meetings.search import SearchFilters, page_of, spoken
from handlers.meetings.values import ConnectorCard

View = Literal["list", "options", "field"]
MENU = Choice(id="global:menu", label="dialogue-choice-menu")


class FindAnswers(SearchFilters):
    """The search in progress."""

    page: int = 0  # kept so that searches saved by earlier versions still load
    offset: int = 0
    times: bool = False
    view: View = "list"
    connector_id: int | None = None
    slot_id: int | None = None
    note: str | None = None


def _scope(answers: FindAnswers) -> str:
    if answers.any_field:
        return "any"
    return "other" if answers.sector is not None else "mine"


async def ask_results(ctx: Ctx, answers: FindAnswers, offset: int) -> Reply:
    """A page of people, each with their next time to pick; or their other times."""
    cards, next_offset = await page_of(ctx, answers, offset)
    if not cards:
        return nobody(answers, offset)
    note = answers.note or "none"
    if answers.times:
        return Reply(
            key="find-other-times",
            args={"note": note},
            choices=(*other_times(cards), Choice(id="find:list", label="find-back-to-list")),
        )
    choices = [
        Choice(
            id=f"slot:{card.next_slots[0].id}",
            label="find-card",
            args={
                "name": first_name(card.connector),
                "profession": card.connector.profession or "",
                "languages": Languages(items=tuple(card.connector.languages_spoken)),
                "next": When(at=card.next_slots[0].starts_at, style="short"),
            },
        )
        for card in cards
    ]
    if any(len(card.next_slots) > 1 for card in cards):
        choices.append(Choice(id="find:times", label="find-other-times-choice"))
    if next_offset is not None:
        choices.append(Choice(id=f"find:more:{next_offset}", label="find-more"))
    choices.append(Choice(id="find:options", label="find-options"))
    return Reply(
        key="find-results",
        args={"scope": _scope(answers), "note": note},
        choices=tuple(choices),
    )


def other_times(cards: list[ConnectorCard]) -> list[Choice]:
    """The times after each person's first, labelled with their name."""
    return [
        Choice(
            id=f"slot:{slot.id}",
            label="find-time",
            args={
                "name": first_name(card.connector),
                "when": When(at=slot.starts_at, style="short"),
            },
        )
        for card in cards
        for slot in card.next_slots[1:]
    ]


def nobody(answers: FindAnswers, offset: int) -> Reply:
    """Nobody (or nobody more) to show, and what can be tried instead; never the same again."""
    choices: tuple[Choice, ...]
    if answers.language is not None or answers.city_only:
        key, choices = "find-none-filtered", (Choice(id="find:options", label="find-options"),)
    elif answers.any_field:
        key, choices = "find-none-anywhere", ()
    else:
        key = "find-none" if answers.sector is None else "find-none-other"
        choices = (
            Choice(id="find:any", label="find-any-field"),
            Choice(id="find:field", label="find-other-field"),
        )
    return Reply(key="find-no-more" if offset else key, choices=(*choices, MENU))


def ask_filter(ctx: Ctx, answers: FindAnswers) -> Reply:
    """Offer to narrow the search to a language the person speaks, or to their city."""
    me = ctx.participant
    choices = [
        Choice(
            id=f"filter:lang:{code}",
            label="find-only-language",
            args={"language": Languages(items=(code,))},
        )
        for code in spoken(me)
        if code != answers.language
    ]
    if answers.language is not None:
        choices.append(Choice(id="filter:lang:any", label="find-any-language"))
    if search_key(me.city):
        choices.append(
            Choice(id="filter:anywhere", label="find-any-city")
            if answers.city_only
            else Choice(id="filter:city", label="find-only-city", args={"city": me.city or ""})
        )
    choices += [
        Choice(id="filter:field", label="find-other-field"),
        Choice(id="find:list", label="find-back-to-list"),
    ]
    return Reply(key="find-ask-filter", choices=tuple(choices))


def on_filter(ctx: Ctx, answer: Answer) -> tuple[str, str] | Invalid:
    """Store how to narrow (or widen) the search; the results come next."""
    choice = answer.choice or ""
    if choice.startswith("filter:lang:"):
        code = choice[12:]
        if code == "any" or re.fullmatch(r"[a-z]{2,3}", code):
            return ("language", code)
    if choice in ("filter:city", "filter:anywhere", "filter:field", "find:list"):
        return (choice.partition(":")[2], "")
    return Invalid("find-field-invalid")


def save_filter(answers: FindAnswers, value: tuple[str, str]) -> FindAnswers:
    """Apply the option and show the results again from the first page."""
    what, code = value
    updates: dict[str, object] = {"view": "list", "offset": 0, "page": 0, "times": False}
    if what == "language":
        updates["language"] = None if code == "any" else code
    elif what in ("city", "anywhere"):
        updates["city_only"] = what == "city"
    elif what == "field":
        updates["view"] = "field"
    return answers.model_copy(update=updates)
