"""What a newcomer's search asks the store for, page by page.

The store filters and ranks every candidate in SQL; here we only say what to look for (the
newcomer's field, languages, city and profession) and skip connectors whose monthly limit is
reached, which needs each one's own month and time zone.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.parsing import search_key
from handlers.core.values import Participant
from handlers.meetings.booking import has_room
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import ConnectorCard, ConnectorQuery
from handlers.registration.spoken import language_code

PAGE = 3
# Letters of a profession word that count: "engineer" and "engineering" match, so do
# "ingénieur" and "ingénieure".
STEM = 5
MAX_STEMS = 4
# Two keep the options short enough for one SMS even when a language name is accented.
MAX_LANGUAGES = 2
# Words that say nothing about a profession.
STOP = frozenset(
    [
        "and",
        "the",
        "for",
        "with",
        "des",
        "les",
        "une",
        "pour",
        "dans",
        "avec",
        "senior",
        "junior",
        "chef",
        "head",
        "assistant",
        "manager",
        "gestionnaire",
        "professional",
        "professionnel",
        "professionnelle",
    ]
)


class SearchFilters(BaseModel):
    """What the newcomer narrowed the search to."""

    any_field: bool = False
    sector: str | None = None
    language: str | None = None
    city_only: bool = False


def stems(profession: str | None) -> tuple[str, ...]:
    """The first letters of the words of a profession that say what it is."""
    found: list[str] = []
    for word in (search_key(profession) or "").split():
        if len(word) < 3 or word in STOP or word.isdigit():
            continue
        if word[:STEM] not in found:
            found.append(word[:STEM])
    return tuple(found[:MAX_STEMS])


def spoken(person: Participant) -> tuple[str, ...]:
    """The language codes a person speaks (names nobody can match are left out)."""
    codes = (language_code(item) for item in person.languages_spoken)
    wanted = (code for code in codes if re.fullmatch(r"[a-z]{2,3}", code))
    return tuple(dict.fromkeys(wanted))[:MAX_LANGUAGES]


def query_for(me: Participant, filters: SearchFilters) -> ConnectorQuery:
    """The store query for a newcomer and what they narrowed the search to."""
    sector = None if filters.any_field else (filters.sector or me.sector)
    return ConnectorQuery(
        mentee_id=me.id,
        sector=sector,
        own_sector=me.sector,
        stems=stems(me.profession),
        languages=spoken(me),
        only_language=filters.language,
        city_key=search_key(me.city),
        only_city=filters.city_only and bool(search_key(me.city)),
    )


async def page_of(
    ctx: Ctx, filters: SearchFilters, offset: int
) -> tuple[list[ConnectorCard], int | None]:
    """Up to a page of connectors from ``offset``, and where the next page starts (if any).

    One query per page, unless someone on it has reached their monthly limit.
    """
    store = meeting_store(ctx.tx)
    query = query_for(ctx.participant, filters)
    shown: list[ConnectorCard] = []
    while True:
        cards = await store.search(query, ctx.clock.now(), PAGE + 1, offset)
        for index, card in enumerate(cards):
            if len(shown) == PAGE:
                return shown, offset + index
            if card.monthly_capacity is None or await has_room(
                ctx, card.connector, card.next_slots[0]
            ):
                shown.append(card)
        if len(cards) <= PAGE:
            return shown, None
        offset += len(cards)
