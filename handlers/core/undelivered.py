"""Coordinators hear about messages the outbox could not deliver, and to whom."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.core.config import HandlerConfig
from handlers.core.ports import Transaction
from handlers.core.values import ChannelName, Frozen, Reply

NOTICE = "sending-undelivered"
# Names shown in one notice; the count says how many there were in all.
MAX_NAMES = 5
MAX_COORDINATORS = 50


class Undelivered(Frozen):
    """A message the outbox gave up on: to whom, by which channel, and which message."""

    participant_id: int
    channel: ChannelName
    key: str


async def tell_coordinators(
    tx: Transaction, config: HandlerConfig, failures: Sequence[Undelivered]
) -> int:
    """Queue one notice to each coordinator naming who missed messages; return how many.

    A notice that itself could not be delivered is not reported again, so a coordinator
    who cannot be reached does not start a loop.
    """
    missed = [failure for failure in failures if failure.key != NOTICE]
    if not missed:
        return 0
    names: list[str] = []
    for failure in missed:
        person = await tx.participant(failure.participant_id)
        first = (person.name or "").split(" ", 1)[0]
        name = f"{first or f'#{person.id}'} ({failure.channel})"
        if name not in names:
            names.append(name)
    if len(names) > MAX_NAMES:
        names = [*names[:MAX_NAMES], "..."]
    notice = Reply(key=NOTICE, args={"undelivered": len(missed), "names": ", ".join(names)})
    told = await tx.holders("coordinator", MAX_COORDINATORS)
    for coordinator in told:
        await tx.enqueue_to(coordinator.id, [notice])
    return len(told)
