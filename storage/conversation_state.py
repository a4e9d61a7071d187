"""Where a person is in the conversation: open dialogues, their last menu and keyboard.

One inbound message reads the person, their address (its id, status and last menu) and their
open dialogues in one query (``participant_by_address``); what it read is kept for the rest of
the transaction, so the later questions about the same address and dialogue cost no statement.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.ports import Clock, DialogueState
from handlers.core.values import Address, AddressStatus, MenuEntry, MenuTokenState
from storage.tables import channel_addresses, dialogue_states

# Read with the person: the address and the open dialogues, in the same query.
ADDRESS_COLUMNS = (
    channel_addresses.c.id.label("address_id"),
    channel_addresses.c.status.label("address_status"),
    channel_addresses.c.menu.label("address_menu"),
    dialogue_states.c.state.label("dialogue_state"),
    dialogue_states.c.participant_id.label("dialogue_owner"),
)


@dataclass
class KnownAddress:
    """An address as read in this transaction."""

    id: int
    status: AddressStatus
    menu: Any


class ConversationState:
    """The conversation-state part of the SQL transaction (a mixin of ``SqlTransaction``)."""

    _conn: AsyncConnection
    _clock: Clock

    def _init_state(self) -> None:
        self._addresses: dict[Address, KnownAddress] = {}
        # Participant id -> their stored state, None when they had no row.
        self._dialogues: dict[int, DialogueState | None] = {}

    def _remember(self, address: Address, participant_id: int, row: Any) -> None:
        """Keep what ``participant_by_address`` read about the address and the dialogues."""
        known = KnownAddress(row.address_id, row.address_status, row.address_menu)
        self._addresses[address] = known
        self._dialogues[participant_id] = (
            DialogueState.model_validate(row.dialogue_state)
            if row.dialogue_owner is not None
            else None
        )

    async def load_dialogue(self, participant_id: int) -> DialogueState:
        """Return the participant's open dialogues (empty when none)."""
        if participant_id in self._dialogues:
            known = self._dialogues[participant_id]
            return known.model_copy(deep=True) if known is not None else DialogueState()
        query = sa.select(dialogue_states.c.state).where(
            dialogue_states.c.participant_id == participant_id
        )
        state = (await self._conn.execute(query)).scalar_one_or_none()
        return DialogueState.model_validate(state) if state is not None else DialogueState()

    async def save_dialogue(self, participant_id: int, state: DialogueState) -> None:
        """Persist the participant's open dialogues (an empty state deletes the row)."""
        # Unknown (not read in this transaction) counts as a row that may exist.
        had_row = self._dialogues.get(participant_id, DialogueState()) is not None
        self._dialogues[participant_id] = state.model_copy(deep=True) if state.frames else None
        if not state.frames:
            if had_row:
                await self._conn.execute(
                    sa.delete(dialogue_states).where(
                        dialogue_states.c.participant_id == participant_id
                    )
                )
            return
        values = {
            "participant_id": participant_id,
            "state": state.model_dump(mode="json"),
            "updated_at": self._clock.now(),
        }
        module = postgresql if self._conn.dialect.name == "postgresql" else sqlite
        insert = module.insert(dialogue_states).values(**values)
        await self._conn.execute(
            insert.on_conflict_do_update(
                index_elements=["participant_id"],
                set_={"state": insert.excluded.state, "updated_at": insert.excluded.updated_at},
            )
        )

    async def consume_menu_token(self, address: Address, token: str) -> MenuTokenState:
        """Use up the current keyboard of ``address`` if ``token`` names it."""
        where = (
            channel_addresses.c.channel == address.channel,
            channel_addresses.c.value == address.value,
            channel_addresses.c.menu_token == token,
        )
        # A conditional update, so two taps racing on one keyboard cannot both win.
        claimed = await self._conn.execute(
            sa.update(channel_addresses)
            .where(*where, channel_addresses.c.menu_token_used.is_(False))
            .values(menu_token_used=True)
        )
        if claimed.rowcount == 1:
            return "fresh"
        current = await self._conn.execute(sa.select(channel_addresses.c.id).where(*where))
        return "used" if current.first() is not None else "stale"

    async def last_menu(self, address: Address) -> list[MenuEntry]:
        """Return the numbered menu last rendered to ``address`` (empty when none)."""
        known = self._addresses.get(address)
        if known is not None:
            menu = known.menu
        else:
            query = sa.select(channel_addresses.c.menu).where(
                channel_addresses.c.channel == address.channel,
                channel_addresses.c.value == address.value,
            )
            menu = (await self._conn.execute(query)).scalar_one_or_none()
        return [MenuEntry.model_validate(entry) for entry in menu or ()]
