"""Telling the coordinator about a pair, and what a pair's jobs are about."""

from __future__ import annotations

from handlers.core.jobs import Subject
from handlers.core.ports import Transaction
from handlers.core.values import Reply
from handlers.mentorship.matching.values import Mentorship


def subject(mentorship_id: int) -> Subject:
    """What the pair's jobs are about."""
    return Subject(kind="mentorship", id=mentorship_id)


async def tell_coordinator(tx: Transaction, pair: Mentorship, replies: list[Reply]) -> None:
    """Tell the coordinator who proposed the match (or, if they left, the first coordinators)."""
    if pair.coordinator_id is not None and await tx.enqueue_to(pair.coordinator_id, replies):
        return
    for coordinator in await tx.holders("coordinator", 3):
        await tx.enqueue_to(coordinator.id, replies)
