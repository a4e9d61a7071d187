"""The outbox as the sender sees it: claim due messages, then record what happened."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Literal

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.ports import Clock
from handlers.core.values import Address, AddressStatus, Language, MenuEntry, Reply
from storage.db import writing
from storage.sql import set_address_status
from storage.tables import QUEUED, channel_addresses, outbox

ClaimCheck = Literal["go", "withdrawn", "lost"]
# Repeats the condition of the partial index ix_outbox_queue word for word, with literal values:
# SQLite (and PostgreSQL's generic plans) use a partial index only for a query that does.
IN_QUEUE = sa.text(f"outbox.{QUEUED}")


# Records one delivery (``mark_sent``), run for a group of them at once.
SENT = (
    sa.update(outbox)
    .where(outbox.c.id == sa.bindparam("row"))
    .values(
        status="sent",
        sent_at=sa.bindparam("at"),
        provider_id=sa.bindparam("provider"),
        claimed_until=None,
        uncertain=False,
    )
)


class OutboxItem(BaseModel):
    """One claimed message, with everything needed to render and send it."""

    model_config = ConfigDict(frozen=True)

    id: int
    participant_id: int
    address_id: int
    address: Address
    reply: Reply
    language: Language
    timezone: str
    attempts: int
    created_at: datetime
    useful_until: datetime | None = None
    # An earlier send may have reached the provider: look for it before sending again.
    uncertain: bool = False


def still_ours(item: OutboxItem) -> sa.ColumnElement[bool]:
    """The row of ``item`` while its claim is still this one: a status report may have settled
    it, or another drain taken it over. Every claim increments the attempts, which name it."""
    return sa.and_(
        outbox.c.id == item.id,
        outbox.c.status == "sending",
        outbox.c.attempts == item.attempts,
    )


class OutboxStore:
    """Claims and settles outbox rows; each call is its own short transaction."""

    def __init__(self, engine: AsyncEngine, clock: Clock, lease: timedelta) -> None:
        self._engine = engine
        self._clock = clock
        self._lease = lease
        # Deliveries waiting to be recorded together (see ``mark_sent``), and their writers.
        self._sent: list[tuple[dict[str, object], asyncio.Future[None]]] = []
        self._writers: set[asyncio.Task[None]] = set()

    async def claim_due(self, limit: int, channels: Sequence[str]) -> list[OutboxItem]:
        """Claim up to ``limit`` due messages, oldest first, at most one per address.

        A later message to an address waits until the earlier ones are settled, so a person
        never receives replies out of order. A claim whose sender died is reclaimed once its
        lease ends, marked uncertain: the dead sender may have sent it. Only rows for
        ``channels`` (those this process serves) are claimed. Several processes may claim at
        once (PostgreSQL): the claim's condition includes the lease, so of two processes
        taking over an expired claim only the first does.
        """
        now = self._clock.now()
        earlier = outbox.alias("earlier")
        due = sa.or_(
            sa.and_(outbox.c.status == "pending", outbox.c.next_attempt_at <= now),
            sa.and_(outbox.c.status == "sending", outbox.c.claimed_until < now),
        )
        # One EXISTS per status, not ``status IN ('pending', 'sending')``: SQLite 3.40 (Debian
        # 12's, the one Python links there) answers ``address_id=? AND status IN (...) AND
        # id < ?`` on the index (address_id, status, id) with a wrong row once ANALYZE says
        # about one row per status, so a message found itself "earlier" and its person's queue
        # stopped for good after a crash. With one status each, the search is the same
        # (address_id=?, status=?, id<?) and the answer right on every version
        # (tests/test_sqlite_planner.py).
        blocked = sa.or_(
            *(
                sa.select(earlier.c.id)
                .where(
                    earlier.c.address_id == outbox.c.address_id,
                    earlier.c.status == status,
                    earlier.c.id < outbox.c.id,
                )
                .exists()
                for status in ("pending", "sending")
            )
        )
        query = (
            sa.select(
                outbox,
                channel_addresses.c.channel.label("a_channel"),
                channel_addresses.c.value.label("a_value"),
            )
            .join(channel_addresses, channel_addresses.c.id == outbox.c.address_id)
            .where(
                IN_QUEUE,
                due,
                ~blocked,
                channel_addresses.c.status == "ok",
                outbox.c.channel.in_(channels),
            )
            .order_by(outbox.c.id)
            .limit(limit)
            # PostgreSQL: rows another process is claiming right now are passed over, never
            # waited for (SQLite has no row locks and ignores this; it has one writer).
            .with_for_update(of=outbox, skip_locked=True)
        )
        # Read, then claim the rows in one conditional UPDATE: the writer lock is held for two
        # statements instead of one a row (fifty a batch), so the other channel's sends, the
        # due-scan and inbound messages wait that much less. (Reading outside the lock would
        # not help: every transaction here begins IMMEDIATE, see storage/db.py.)
        claim = (
            sa.update(outbox)
            .where(IN_QUEUE, due)
            .values(
                status="sending",
                claimed_until=now + self._lease,
                attempts=outbox.c.attempts + 1,
                # A lease that ran out: the dead sender may have sent it.
                uncertain=sa.case((outbox.c.status == "sending", True), else_=outbox.c.uncertain),
            )
            .returning(outbox.c.id, outbox.c.attempts, outbox.c.uncertain)
        )
        async with writing(self._engine) as conn:
            found = {row.id: row for row in (await conn.execute(query)).all()}
            if not found:
                return []
            result = await conn.execute(claim.where(outbox.c.id.in_(list(found))))
            taken = {row.id: row for row in result.all()}
        claimed: list[OutboxItem] = []
        for row_id, row in found.items():  # oldest first, as read
            mine = taken.get(row_id)
            if mine is None:
                continue
            claimed.append(
                OutboxItem(
                    id=row.id,
                    participant_id=row.participant_id,
                    address_id=row.address_id,
                    address=Address(channel=row.a_channel, value=row.a_value),
                    reply=Reply.model_validate_json(row.payload),
                    language=row.language,
                    timezone=row.timezone,
                    attempts=mine.attempts,
                    created_at=row.created_at,
                    useful_until=row.useful_until,
                    uncertain=bool(mine.uncertain),
                )
            )
        return claimed

    async def confirm_claim(
        self,
        item: OutboxItem,
        menu: list[MenuEntry] | None = None,
        keyboard_token: str | None = None,
        *,
        buttons: bool = False,
    ) -> ClaimCheck:
        """Right before the provider call: renew the claim if the message may still go out,
        and record what the person is about to see, in one transaction.

        ``menu`` is what typed text is read against: SMS's numbered options, or keys that send
        their label (an empty list clears it, but for a notice: news sent unasked, without
        options, leaves the last list in place). Channels with ``buttons`` also pass
        ``keyboard_token`` (None when the message has no keyboard). Both are recorded before
        the send, so a reply or tap arriving right after delivery already finds them.

        Returns "go" (claim renewed for another lease), "withdrawn" (the address no longer
        takes messages: a STOP, a block or a dead number arrived while the message waited its
        turn) or "lost" (the row is no longer this claim's: a status report settled it, or its
        lease ran out while it waited and another drain took it over, which then sends it).
        The claim's attempt number names it, since every claim increments it.
        """
        now = self._clock.now()
        mine = still_ours(item)
        reachable = (
            sa.select(channel_addresses.c.id)
            .where(channel_addresses.c.id == item.address_id, channel_addresses.c.status == "ok")
            .exists()
        )
        async with writing(self._engine) as conn:
            renewed = await conn.execute(
                sa.update(outbox).where(mine, reachable).values(claimed_until=now + self._lease)
            )
            if renewed.rowcount == 1:
                values: dict[str, object] = {}
                if menu is not None and (menu or not item.reply.notice):
                    values["menu"] = [entry.model_dump() for entry in menu] or None
                if buttons and (keyboard_token is not None or not item.reply.notice):
                    values.update(menu_token=keyboard_token, menu_token_used=False)
                if values:
                    await conn.execute(
                        sa.update(channel_addresses)
                        .where(channel_addresses.c.id == item.address_id)
                        .values(**values)
                    )
                return "go"
            still_mine = (await conn.execute(sa.select(outbox.c.id).where(mine))).first()
        return "withdrawn" if still_mine is not None else "lost"

    async def mark_sent(self, item: OutboxItem, provider_id: str | None) -> None:
        """Record a delivery; return once it is committed.

        Deliveries are recorded in groups (a group commit): the first one waiting takes the
        writer lock, and once it has it writes every delivery that arrived meanwhile in one
        transaction. A wave of sends then takes the lock a few times a second instead of once
        a message, which leaves it to the due-scan and inbound messages.
        """
        values: dict[str, object] = {
            "row": item.id,
            "at": self._clock.now(),
            "provider": provider_id,
        }
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._sent.append((values, done))
        if len(self._sent) == 1:
            # The first of a group starts its writer, a task of its own: a caller cancelled at
            # shutdown does not take the others' records with it.
            writer = asyncio.create_task(self._write_sent())
            self._writers.add(writer)
            writer.add_done_callback(self._writers.discard)
        await done

    async def _write_sent(self) -> None:
        """Write every delivery waiting once the writer lock is ours, in one transaction."""
        group: list[tuple[dict[str, object], asyncio.Future[None]]] = []
        try:
            async with writing(self._engine) as conn:
                group, self._sent = self._sent, []
                await conn.execute(SENT, [values for values, _ in group])
        except Exception as error:
            for _, waiting in group or self._sent:
                if not waiting.done():
                    waiting.set_exception(error)
            if not group:
                self._sent = []
            return
        except BaseException:
            for _, waiting in group or self._sent:
                waiting.cancel()
            if not group:
                self._sent = []
            raise
        for _, waiting in group:
            if not waiting.done():
                waiting.set_result(None)

    async def record_delivery(
        self, outbox_id: int, provider_id: str, status: str, rank: int
    ) -> bool:
        """Record a provider's status report unless a later one is already recorded.

        A report proves the provider accepted the message, so a row still waiting for a retry
        (its send timed out without an answer) is settled as sent instead of sent again.
        Returns False for a report older than what is recorded (it is ignored).
        """
        async with writing(self._engine) as conn:
            result = await conn.execute(
                sa.update(outbox)
                .where(outbox.c.id == outbox_id, outbox.c.delivery_rank < rank)
                .values(
                    delivery_status=status,
                    delivery_rank=rank,
                    provider_id=sa.func.coalesce(outbox.c.provider_id, provider_id),
                    status=sa.case(
                        (outbox.c.status.in_(("pending", "sending")), "sent"),
                        else_=outbox.c.status,
                    ),
                    sent_at=sa.func.coalesce(outbox.c.sent_at, self._clock.now()),
                )
            )
            return result.rowcount == 1

    async def mark_address(self, outbox_id: int, status: str) -> None:
        """Mark the address a message went to (a late report of an opt-out or a bad number)."""
        async with writing(self._engine) as conn:
            address_id = sa.select(outbox.c.address_id).where(outbox.c.id == outbox_id)
            await set_address_status(conn, address_id.scalar_subquery(), status, self._clock.now())

    async def mark_retry(
        self, item: OutboxItem, error: str, at: datetime, uncertain: bool = False
    ) -> None:
        """Put a message back in the queue for another attempt at ``at``.

        ``uncertain`` when this attempt may have reached the provider (a timeout).
        """
        async with writing(self._engine) as conn:
            # Only while still ours: a provider's status report may have settled it meanwhile,
            # or another drain taken it over.
            await conn.execute(
                sa.update(outbox)
                .where(still_ours(item))
                .values(
                    status="pending",
                    next_attempt_at=at,
                    last_error=error[:200],
                    claimed_until=None,
                    uncertain=uncertain,
                )
            )

    async def release(self, item: OutboxItem, uncertain: bool, tried: bool = True) -> None:
        """Give back a claim at shutdown, due again at once (uncertain if the send had begun).

        A claim never tried (it was waiting for its turn) does not count as an attempt.
        """
        async with writing(self._engine) as conn:
            await conn.execute(
                sa.update(outbox)
                .where(still_ours(item))
                .values(
                    status="pending",
                    next_attempt_at=self._clock.now(),
                    last_error="released at shutdown",
                    claimed_until=None,
                    uncertain=uncertain,
                    attempts=item.attempts if tried else item.attempts - 1,
                )
            )

    async def known_provider_ids(self, provider_ids: Sequence[str]) -> set[str]:
        """Return which of these provider ids other outbox rows already carry."""
        if not provider_ids:
            return set()
        query = sa.select(outbox.c.provider_id).where(outbox.c.provider_id.in_(provider_ids))
        async with self._engine.connect() as conn:
            return {str(value) for value in (await conn.execute(query)).scalars()}

    async def mark_failed(
        self, item: OutboxItem, error: str, address_status: AddressStatus | None
    ) -> None:
        """Give up on a message; optionally mark its address unreachable or opted out."""
        async with writing(self._engine) as conn:
            # Only while still ours: a provider's status report may have settled it meanwhile.
            await conn.execute(
                sa.update(outbox)
                .where(still_ours(item))
                .values(status="failed", last_error=error[:200], claimed_until=None)
            )
            if address_status is not None:
                await set_address_status(conn, item.address_id, address_status, self._clock.now())

    async def oldest_waiting(self, channels: Sequence[str]) -> datetime | None:
        """When the oldest message not yet settled on ``channels`` was queued (None if none)."""
        query = (
            sa.select(outbox.c.created_at)
            .where(IN_QUEUE, outbox.c.channel.in_(channels))
            .order_by(outbox.c.id)
            .limit(1)
        )
        async with self._engine.connect() as conn:
            found: datetime | None = (await conn.execute(query)).scalar_one_or_none()
            return found

    async def pending_count(self) -> int:
        """Count messages not yet settled (for shutdown and tests)."""
        async with self._engine.connect() as conn:
            query = sa.select(sa.func.count()).select_from(outbox).where(IN_QUEUE)
            return int((await conn.execute(query)).scalar_one())
