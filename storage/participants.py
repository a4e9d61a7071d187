"""The SQL transaction behind the handlers' ``Transaction`` port."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any, TypeVar, cast

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from handlers.core.parsing import search_key
from handlers.core.ports import Clock, ParticipantCount, ProfileUpdate, StoreKey
from handlers.core.values import (
    Address,
    AddressStatus,
    Inbound,
    Language,
    Participant,
    Reply,
    Role,
)
from storage.conversation_state import ADDRESS_COLUMNS, ConversationState
from storage.db import writing
from storage.erasure import erase_free_text
from storage.jobs import SqlJobs
from storage.rows import ROLES, participant_from_row
from storage.sql import (
    PERSON_LOCKS,
    TASK_LOCKS,
    hold_until_commit,
    insert_ignoring_conflict,
    set_address_status,
    try_hold_until_commit,
)
from storage.stores import Bindings
from storage.tables import (
    audit_log,
    channel_addresses,
    dialogue_states,
    inbound_messages,
    outbox,
    participant_roles,
    participants,
    rate_windows,
)

T = TypeVar("T")

_PERSONAL = (
    "name", "profession", "sector", "city", "languages_spoken", "referral_code",
    "profession_key", "city_key",
)  # fmt: skip


class SqlTransaction(ConversationState):
    """Implements ``handlers.core.ports.Transaction`` on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock, bindings: Bindings) -> None:
        self._conn = conn
        self._clock = clock
        self._bindings = bindings
        self._stores: dict[str, object] = {}
        self._jobs = SqlJobs(conn, clock)
        self._init_state()

    @property
    def jobs(self) -> SqlJobs:
        """Scheduled jobs in this transaction."""
        return self._jobs

    def store(self, key: StoreKey[T]) -> T:
        """The feature store named by ``key``, on this transaction (made on first use)."""
        found = self._stores.get(key.name)
        if found is None:
            if key.name not in self._bindings:
                raise LookupError(f"no storage module binds {key!r}")
            found = self._stores[key.name] = self._bindings[key.name].factory(
                self._conn, self._clock
            )
        return cast(T, found)

    async def participant(self, participant_id: int) -> Participant:
        """Return a participant by id."""
        query = sa.select(participants, ROLES).where(participants.c.id == participant_id)
        return participant_from_row((await self._conn.execute(query)).one())

    async def reach(self, participant_id: int) -> Address | None:
        """Where to write to a participant: their first address that can still be reached."""
        row = (
            await self._conn.execute(
                sa.select(channel_addresses.c.channel, channel_addresses.c.value)
                .where(
                    channel_addresses.c.participant_id == participant_id,
                    channel_addresses.c.status == "ok",
                )
                .order_by(channel_addresses.c.id)
                .limit(1)
            )
        ).first()
        return Address(channel=row.channel, value=row.value) if row is not None else None

    async def bump(self, participant_id: int, kind: str, window: timedelta) -> int:
        """Count one more ``kind`` for the participant; return the count in the current window."""
        now = self._clock.now()
        fresh = {"participant_id": participant_id, "kind": kind, "started_at": now, "count": 1}
        if await insert_ignoring_conflict(
            self._conn, rate_windows, fresh, ["participant_id", "kind"]
        ):
            return 1
        row = rate_windows.c
        current = (row.participant_id == participant_id) & (row.kind == kind)
        restart = row.started_at <= now - window
        result = await self._conn.execute(
            sa.update(rate_windows)
            .where(current)
            .values(
                started_at=sa.case((restart, now), else_=row.started_at),
                count=sa.case((restart, 1), else_=row.count + 1),
            )
            .returning(row.count)
        )
        return int(result.scalar_one())

    async def grant(self, participant_id: int, role: Role, granted_by: int | None) -> bool:
        """Give a participant a role (False if they held it already)."""
        values = {"participant_id": participant_id, "role": role, "granted_by": granted_by,
                  "granted_at": self._clock.now()}  # fmt: skip
        keys = ["participant_id", "role"]
        return await insert_ignoring_conflict(self._conn, participant_roles, values, keys)

    async def revoke(self, participant_id: int, role: Role) -> bool:
        """Take a role away (False if they did not hold it)."""
        result = await self._conn.execute(
            sa.delete(participant_roles).where(
                participant_roles.c.participant_id == participant_id,
                participant_roles.c.role == role,
            )
        )
        return bool(result.rowcount)

    async def holders(self, role: Role, limit: int) -> list[Participant]:
        """Active participants holding ``role``, oldest first."""
        query = (
            sa.select(participants, ROLES)
            .join(participant_roles, participant_roles.c.participant_id == participants.c.id)
            .where(participant_roles.c.role == role, participants.c.status == "active")
            # The same order as participants.id, but named on the role's index (role,
            # participant_id), so the page is read from it and stops at its end; ordered by
            # participants.id, SQLite walked every participant for a rare role.
            .order_by(participant_roles.c.participant_id)
            .limit(limit)
        )
        return [participant_from_row(row) for row in await self._conn.execute(query)]

    async def alone(self, task: str) -> bool:
        """True when no other process is doing ``task``; it stays this one's until commit."""
        return await try_hold_until_commit(self._conn, TASK_LOCKS, task)

    async def touch(self, participant_id: int) -> None:
        """Remember that the participant just wrote (stalled newcomers are nudged later)."""
        await self._conn.execute(
            sa.update(participants)
            .where(participants.c.id == participant_id)
            .values(last_active_at=self._clock.now())
        )

    async def enqueue_to(self, participant_id: int, replies: list[Reply]) -> bool:
        """Queue replies to another participant at their reachable address; False if none.

        One query finds their language, zone and first reachable address (the same address
        ``reach`` gives): a reminder wave queues two of these per meeting.
        """
        row = (
            await self._conn.execute(
                sa.select(
                    participants.c.language,
                    participants.c.timezone,
                    channel_addresses.c.id,
                    channel_addresses.c.channel,
                )
                .join(channel_addresses, channel_addresses.c.participant_id == participants.c.id)
                .where(participants.c.id == participant_id, channel_addresses.c.status == "ok")
                .order_by(channel_addresses.c.id)
                .limit(1)
            )
        ).first()
        if row is None:
            return False
        # News sent unasked: see ``Reply.notice``.
        notices = [reply.model_copy(update={"notice": True}) for reply in replies]
        await self._queue(participant_id, row.language, row.timezone, row.id, row.channel, notices)
        return True

    async def record_inbound(self, inbound: Inbound) -> bool:
        """Log an inbound message; return False if it was already processed.

        With several processes (PostgreSQL), it first waits for any other transaction handling
        a message from the same address: a person's messages are handled one at a time, in the
        order they reached the bot, whichever process got each. A provider's retry of the same
        message, arriving at another process meanwhile, waits too and then finds it logged.
        """
        address = inbound.address
        await hold_until_commit(self._conn, PERSON_LOCKS, f"{address.channel}:{address.value}")
        return await insert_ignoring_conflict(
            self._conn,
            inbound_messages,
            {
                "channel": inbound.address.channel,
                "external_id": inbound.external_id,
                "received_at": self._clock.now(),
            },
            ["channel", "external_id"],
        )

    async def participant_by_address(self, address: Address) -> Participant | None:
        """Return the participant reached at ``address``, if any."""
        query = (
            sa.select(participants, ROLES, *ADDRESS_COLUMNS)
            .join(channel_addresses, channel_addresses.c.participant_id == participants.c.id)
            .outerjoin(dialogue_states, dialogue_states.c.participant_id == participants.c.id)
            .where(
                channel_addresses.c.channel == address.channel,
                channel_addresses.c.value == address.value,
            )
        )
        row = (await self._conn.execute(query)).first()
        if row is None:
            return None
        # The address and the open dialogues come with the person: no statement later.
        self._remember(address, row.id, row)
        return participant_from_row(row)

    async def create_participant(
        self, address: Address, *, language: Language, timezone: str, role: Role | None
    ) -> Participant:
        """Create a participant in the ``registering`` state with one address."""
        now = self._clock.now()
        result = await self._conn.execute(
            sa.insert(participants)
            .values(
                role=role,
                language=language,
                timezone=timezone,
                status="registering",
                created_at=now,
                updated_at=now,
                # Registering counts as writing, for the stalled-newcomer scan's index.
                last_active_at=now,
            )
            .returning(participants.c.id)
        )
        participant_id = result.scalar_one()
        await self._conn.execute(
            sa.insert(channel_addresses).values(
                participant_id=participant_id,
                channel=address.channel,
                value=address.value,
                created_at=now,
            )
        )
        if role is not None:
            await self.grant(participant_id, role, granted_by=None)
        return await self.participant(participant_id)

    async def update_participant(self, participant_id: int, update: ProfileUpdate) -> Participant:
        """Apply ``update`` and return the participant as stored."""
        values: dict[str, Any] = update.model_dump(exclude_none=True)
        if "languages_spoken" in values:
            values["languages_spoken"] = list(values["languages_spoken"])
        # Search matches and ranks on these folded copies (see storage/slots.py).
        for field in ("profession", "city"):
            if field in values:
                values[f"{field}_key"] = search_key(values[field])
        values["updated_at"] = self._clock.now()
        await self._conn.execute(
            sa.update(participants).where(participants.c.id == participant_id).values(**values)
        )
        return await self.participant(participant_id)

    async def address_status(self, address: Address) -> AddressStatus | None:
        """Return whether ``address`` can be written to (None for an unknown address)."""
        known = self._addresses.get(address)
        if known is not None:
            return known.status
        query = sa.select(channel_addresses.c.status).where(
            channel_addresses.c.channel == address.channel,
            channel_addresses.c.value == address.value,
        )
        status = (await self._conn.execute(query)).scalar_one_or_none()
        return None if status is None else status

    async def set_address_status(self, address: Address, status: AddressStatus) -> None:
        """Mark ``address``; opting out also drops whatever was still queued for it."""
        known = self._addresses.get(address)
        if known is not None:
            known.status = status
        address_id = sa.select(channel_addresses.c.id).where(
            channel_addresses.c.channel == address.channel,
            channel_addresses.c.value == address.value,
        )
        await set_address_status(
            self._conn, address_id.scalar_subquery(), status, self._clock.now()
        )

    async def add_address(self, participant_id: int, address: Address) -> bool:
        """Give a participant another address; False if someone else already has it."""
        await insert_ignoring_conflict(
            self._conn,
            channel_addresses,
            {
                "participant_id": participant_id,
                "channel": address.channel,
                "value": address.value,
                "created_at": self._clock.now(),
            },
            ["channel", "value"],
        )
        owner = await self._conn.execute(
            sa.select(channel_addresses.c.participant_id).where(
                channel_addresses.c.channel == address.channel,
                channel_addresses.c.value == address.value,
            )
        )
        return bool(owner.scalar_one() == participant_id)

    async def phone(self, participant_id: int) -> str | None:
        """The participant's SMS number, if they give one (shared only after a confirmation)."""
        value = (
            await self._conn.execute(
                sa.select(channel_addresses.c.value)
                .where(
                    channel_addresses.c.participant_id == participant_id,
                    channel_addresses.c.channel == "sms",
                    # Neither a number taken back (or erased) nor one that said STOP.
                    channel_addresses.c.status != "opted_out",
                )
                .order_by(channel_addresses.c.id)
                .limit(1)
            )
        ).scalar_one_or_none()
        return str(value) if value is not None else None

    async def set_phone(self, participant_id: int, phone: str | None) -> bool:
        """Make ``phone`` the participant's number (None: they give none any more); False if
        someone else has it. The row is changed in place, never deleted: messages already
        sent or queued to it keep their address, and queued ones go to the new number."""
        rows = channel_addresses.c
        mine = (rows.participant_id == participant_id) & (rows.channel == "sms")
        current = (
            await self._conn.execute(sa.select(rows.id, rows.value).where(mine)
                                     .order_by(rows.id).limit(1))
        ).first()  # fmt: skip
        if phone is None:
            if current is not None:
                await self._conn.execute(
                    sa.update(channel_addresses).where(rows.id == current.id)
                    .values(value=f"removed-{current.id}", status="opted_out", menu=None,
                            menu_token=None)
                )  # fmt: skip
            return True
        if current is None:
            return await self.add_address(participant_id, Address(channel="sms", value=phone))
        if current.value == phone:
            return True
        owner = (
            await self._conn.execute(
                sa.select(rows.participant_id).where(rows.channel == "sms", rows.value == phone)
            )
        ).scalar_one_or_none()
        if owner is not None:
            return bool(owner == participant_id)
        await self._conn.execute(
            sa.update(channel_addresses).where(rows.id == current.id)
            .values(value=phone, status="ok", menu=None, menu_token=None)
        )  # fmt: skip
        return True

    async def erase_profile(self, participant_id: int) -> None:
        """Forget everything personal about a participant, keeping only id and status."""
        values: dict[str, Any] = dict.fromkeys(_PERSONAL)
        values.update(consent_at=None, role=None, updated_at=self._clock.now())
        await self._conn.execute(
            sa.update(participants).where(participants.c.id == participant_id).values(**values)
        )
        await self._conn.execute(
            sa.delete(participant_roles).where(
                participant_roles.c.participant_id == participant_id
            )
        )
        await erase_free_text(self._conn, participant_id)

    async def count_participants(self) -> list[ParticipantCount]:
        """Count participants by role, status and approval (an aggregate, never a full load).

        A number invited by a referral that never wrote is no registration in progress: it has
        a row (so its reply finds it) but no conversation, and is not counted.
        """
        columns = (participants.c.role, participants.c.status, participants.c.approval)
        talked = sa.exists().where(dialogue_states.c.participant_id == participants.c.id)
        never_wrote = sa.and_(participants.c.status == "registering", ~talked)
        query = (
            sa.select(*columns, sa.func.count().label("n")).where(~never_wrote).group_by(*columns)
        )
        rows = (await self._conn.execute(query)).all()
        return [
            ParticipantCount(role=r.role, status=r.status, approval=r.approval, count=r.n)
            for r in rows
        ]

    async def count_unreachable_addresses(self) -> int:
        """Count addresses the channels could not deliver to (blocked, invalid, opted out)."""
        query = sa.select(sa.func.count()).where(channel_addresses.c.status != "ok")
        return int((await self._conn.execute(query)).scalar_one())

    async def enqueue(
        self, participant: Participant, address: Address, replies: list[Reply]
    ) -> None:
        """Queue replies in the outbox, rendered later in the participant's language and zone."""
        if not replies:
            return
        known = self._addresses.get(address)
        address_id = (
            known.id
            if known is not None
            else (
                await self._conn.execute(
                    sa.select(channel_addresses.c.id).where(
                        channel_addresses.c.channel == address.channel,
                        channel_addresses.c.value == address.value,
                    )
                )
            ).scalar_one()
        )
        await self._queue(
            participant.id,
            participant.language,
            participant.timezone,
            address_id,
            address.channel,
            replies,
        )

    async def _queue(
        self,
        participant_id: int,
        language: str,
        timezone: str,
        address_id: int,
        channel: str,
        replies: list[Reply],
    ) -> None:
        """Insert the outbox rows, due now."""
        now = self._clock.now()
        await self._conn.execute(
            sa.insert(outbox),
            [
                {
                    "participant_id": participant_id,
                    "address_id": address_id,
                    "channel": channel,
                    "payload": reply.model_dump_json(),
                    "language": language,
                    "timezone": timezone,
                    "status": "pending",
                    "attempts": 0,
                    "next_attempt_at": now,
                    "created_at": now,
                    "useful_until": reply.useful_until,
                }
                for reply in replies
            ],
        )

    async def audit(self, participant_id: int | None, action: str, detail: str = "") -> None:
        """Append to the audit log (never message bodies or full phone numbers)."""
        await self._conn.execute(
            sa.insert(audit_log).values(
                participant_id=participant_id,
                action=action,
                detail=detail[:200],
                at=self._clock.now(),
            )
        )


class SqlStore:
    """Implements ``handlers.core.ports.Store``: one write transaction per unit of work."""

    def __init__(self, engine: AsyncEngine, clock: Clock, bindings: Bindings) -> None:
        self._engine = engine
        self._clock = clock
        self._bindings = bindings

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[SqlTransaction]:
        """Open a write transaction that commits on success and rolls back on error."""
        async with writing(self._engine) as conn:
            yield SqlTransaction(conn, self._clock, self._bindings)
