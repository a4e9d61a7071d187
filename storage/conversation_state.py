"""Where a person is in the conversation: open dialogues, their last menu and keyboard."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.ports import Clock, DialogueState
from handlers.core.values import Address, MenuEntry, MenuTokenState
from storage.tables import channel_addresses, dialogue_states


class ConversationState:
    """The conversation-state part of the SQL transaction (a mixin of ``SqlTransaction``)."""

    _conn: AsyncConnection
    _clock: Clock

    async def load_dialogue(self, participant_id: int) -> DialogueState:
        """Return the participant's open dialogues (empty when none)."""
        query = sa.select(dialogue_states.c.state).where(
            dialogue_states.c.participant_id == participant_id
        )
        state = (await self._conn.execute(query)).scalar_one_or_none()
        return DialogueState.model_validate(state) if state is not None else DialogueState()

    async def save_dialogue(self, participant_id: int, state: DialogueState) -> None:
        """Persist the participant's open dialogues (an empty state deletes the row)."""
        await self._conn.execute(
            sa.delete(dialogue_states).where(dialogue_states.c.participant_id == participant_id)
        )
        if state.frames:
            await self._conn.execute(
                sa.insert(dialogue_states).values(
                    participant_id=participant_id,
                    state=state.model_dump(mode="json"),
                    updated_at=self._clock.now(),
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
        query = sa.select(channel_addresses.c.menu).where(
            channel_addresses.c.channel == address.channel,
            channel_addresses.c.value == address.value,
        )
        menu = (await self._conn.execute(query)).scalar_one_or_none()
        return [MenuEntry.model_validate(entry) for entry in menu or ()]
