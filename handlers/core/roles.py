"""Roles per person: the configured coordinators are seeded from configuration.

At start-up every configured address that already belongs to a participant is granted the
coordinator role; an address nobody has used yet is granted it on its first message, when its
participant is created. After that the database is the one source of truth: a role is held
because it is stored, with who granted it and when, never because of a display name or a
self-declared answer, and removing an address from the configuration takes no role away.
"""

from __future__ import annotations

from handlers.core.config import HandlerConfig
from handlers.core.ports import Store


async def seed_coordinators(store: Store, config: HandlerConfig) -> int:
    """Grant the coordinator role to each configured address already known; return how many."""
    granted = 0
    async with store.transaction() as tx:
        for address in sorted(config.coordinators, key=str):
            person = await tx.participant_by_address(address)
            if person is not None and await tx.grant(person.id, "coordinator", granted_by=None):
                await tx.audit(person.id, "grant", "coordinator (configuration)")
                granted += 1
    return granted
