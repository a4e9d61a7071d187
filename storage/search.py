"""Finding connectors in SQL: filters and ranking over every candidate, one query a page."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa

from handlers.meetings.values import ConnectorCard, ConnectorQuery, Slot
from storage.rows import ROLES, participant_from_row
from storage.slots import SqlSlots, not_declined
from storage.tables import connector_prefs, participants, slots

NEXT_SLOTS = 3
# A score that does not apply: a plain 0 in the SQL (a bound parameter would leave PostgreSQL
# guessing its type), and never put in ORDER BY, where a number means a column position.
ZERO: sa.ColumnElement[int] = sa.literal_column("0", sa.Integer)


class SqlSearch(SqlSlots):
    """Connector search on one open connection."""

    async def search(
        self, query: ConnectorQuery, after: datetime, limit: int, offset: int
    ) -> list[ConnectorCard]:
        """One page of available connectors matching ``query``, best first, in one query."""
        usable = _usable_slots(query, after)
        # Driven from the connectors who match (an index on role, status and field), each
        # with their soonest usable time found by an index seek on (connector, start): the
        # work follows the candidates, never every open time of the programme.
        soonest = (
            sa.select(slots.c.starts_at)
            .where(slots.c.connector_id == participants.c.id, *usable)
            .order_by(slots.c.starts_at)
            .limit(1)
            .correlate(participants)
            .scalar_subquery()
        )
        shares, close, near = _scores(query)
        # Ranked on narrow rows (id, scores, soonest), each candidate's soonest time looked up
        # once; both steps materialised, so the page is computed once and used twice.
        ranked = (
            _candidates(query)
            .with_only_columns(
                participants.c.id,
                soonest.label("soonest"),
                shares.label("shares"),
                close.label("close"),
                near.label("near"),
            )
            .cte("ranked")
            .prefix_with("MATERIALIZED")
        )
        page = (
            sa.select(ranked)
            .where(ranked.c.soonest.is_not(None))
            .order_by(
                *(
                    ranked.c[name].desc()
                    for name, score in (("shares", shares), ("close", close), ("near", near))
                    if score is not ZERO
                ),
                ranked.c.soonest,
                ranked.c.id,
            )
            .limit(limit)
            .offset(offset)
            .cte("page")
            .prefix_with("MATERIALIZED")
        )
        # The page's next three usable times each, numbered per connector, in the same query.
        number = sa.func.row_number().over(
            partition_by=slots.c.connector_id, order_by=(slots.c.starts_at, slots.c.id)
        )
        upcoming = (
            sa.select(
                *(column.label(f"slot_{column.name}") for column in slots.c), number.label("n")
            )
            .where(*usable, slots.c.connector_id.in_(sa.select(page.c.id)))
            .subquery("upcoming")
        )
        # Whole rows (and roles) only for the page's few people.
        rows = await self._conn.execute(
            sa.select(participants, ROLES, connector_prefs.c.monthly_capacity, upcoming)
            .select_from(page)
            .join(participants, participants.c.id == page.c.id)
            .outerjoin(connector_prefs, connector_prefs.c.participant_id == page.c.id)
            .join(upcoming, upcoming.c.slot_connector_id == page.c.id)
            .where(upcoming.c.n <= NEXT_SLOTS)
            .order_by(
                page.c.shares.desc(),
                page.c.close.desc(),
                page.c.near.desc(),
                page.c.soonest,
                page.c.id,
                upcoming.c.n,
            )
        )
        cards: dict[int, ConnectorCard] = {}
        for row in rows:
            slot = _slot_from(row)
            card = cards.get(row.id)
            if card is None:
                cards[row.id] = ConnectorCard(
                    connector=participant_from_row(row),
                    next_slots=(slot,),
                    monthly_capacity=row.monthly_capacity,
                )
            else:
                cards[row.id] = card.model_copy(update={"next_slots": (*card.next_slots, slot)})
        return list(cards.values())

    async def offered(self, query: ConnectorQuery, after: datetime, slot_id: int) -> bool:
        """Whether the search for ``query`` could show ``slot_id``: one row, not the search.

        The same conditions as a result (a usable time of a connector who matches), so a
        pick from an earlier page is checked without running the whole search again.
        """
        found = await self._conn.execute(
            _candidates(query)
            .with_only_columns(participants.c.id)
            .join(slots, slots.c.connector_id == participants.c.id)
            .where(slots.c.id == slot_id, *_usable_slots(query, after))
        )
        return found.first() is not None


def _candidates(query: ConnectorQuery) -> sa.Select[Any]:
    """Connectors the newcomer may ask: active, approved, not paused, matching the filters."""
    people = participants.c
    candidates = (
        sa.select(participants, connector_prefs.c.monthly_capacity)
        .outerjoin(connector_prefs, connector_prefs.c.participant_id == people.id)
        .where(
            people.role == "connector",
            people.status == "active",
            people.approval.is_(None),  # nobody waiting for a coordinator's approval
            people.id != query.mentee_id,
            sa.or_(connector_prefs.c.paused.is_(None), connector_prefs.c.paused.is_(False)),
        )
    )
    if query.sector is not None:
        candidates = candidates.where(people.sector == query.sector)
    if query.only_language is not None:
        candidates = candidates.where(_speaks(query.only_language))
    if query.only_city:
        candidates = candidates.where(people.city_key == query.city_key)
    return candidates


def _usable_slots(query: ConnectorQuery, after: datetime) -> list[sa.ColumnElement[bool]]:
    """Open future times the newcomer may ask for (in person only, when narrowed to the city)."""
    usable = [
        slots.c.status == "open",
        slots.c.starts_at > after,
        not_declined(query.mentee_id),
    ]
    if query.only_city:
        usable.append(slots.c.format == "in_person")
    return usable


def _speaks(code: str) -> sa.ColumnElement[bool]:
    """The connector lists ``code`` among their languages (stored as a JSON list of codes)."""
    return sa.cast(participants.c.languages_spoken, sa.Text).like(f'%"{code}"%')


def _scores(query: ConnectorQuery) -> tuple[sa.ColumnElement[int], ...]:
    """Shares a language; how many profession stems match within the field; same city."""
    people = participants.c
    zero = ZERO
    shares = (
        sa.case((sa.or_(*(_speaks(code) for code in query.languages)), 1), else_=0)
        if query.languages
        else zero
    )
    close = zero
    if query.own_sector is not None:
        for stem in query.stems:
            # Keys are " word word ": a stem after a space matches a word's start.
            match = sa.and_(people.sector == query.own_sector,
                            people.profession_key.like(f"% {stem}%"))  # fmt: skip
            close = close + sa.case((match, 1), else_=0)
    near = sa.case((people.city_key == query.city_key, 1), else_=0) if query.city_key else zero
    return shares, close, near


def _slot_from(row: sa.Row[Any]) -> Slot:
    """The slot columns of a search row (prefixed ``slot_``)."""
    return Slot(
        id=row.slot_id,
        connector_id=row.slot_connector_id,
        starts_at=row.slot_starts_at,
        ends_at=row.slot_ends_at,
        format=row.slot_format,
        place=row.slot_place,
        link=row.slot_link,
        series=row.slot_series,
        status=row.slot_status,
    )
