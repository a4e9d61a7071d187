"""Values for Connector meetings: slots, meetings, connector preferences."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime

from handlers.core.values import Frozen, Participant

MeetingFormat = Literal["in_person", "phone", "video"]
SlotStatus = Literal["open", "taken", "withdrawn"]
# "disputed": each side says the other did not come; "unconfirmed": neither side ever said
# whether it took place.
MeetingStatus = Literal[
    "requested",
    "confirmed",
    "declined",
    "cancelled",
    "held",
    "no_show",
    "expired",
    "disputed",
    "unconfirmed",
]
ACTIVE: tuple[MeetingStatus, ...] = ("requested", "confirmed")


class NewSlot(Frozen):
    """A slot a connector is about to offer."""

    starts_at: AwareDatetime
    ends_at: AwareDatetime
    format: MeetingFormat
    place: str | None = None
    link: str | None = None
    series: str | None = None


class Slot(NewSlot):
    """An offered slot."""

    id: int
    connector_id: int
    status: SlotStatus


class Meeting(Frozen):
    """A request for a slot, and what became of it."""

    id: int
    slot_id: int
    connector_id: int
    mentee_id: int
    starts_at: datetime
    ends_at: datetime
    status: MeetingStatus
    format: MeetingFormat
    place: str | None = None
    link: str | None = None
    note: str | None = None
    # Another slot the newcomer asked to move to, waiting for the connector's answer.
    proposed_slot_id: int | None = None


class MeetingEvent(Frozen):
    """One line of a meeting's history: who did what, and the words if any (a relayed
    message, a cancellation's reason; cleared after the retention period)."""

    id: int
    meeting_id: int
    actor_id: int | None
    action: str
    detail: str
    at: datetime


class ConnectorPrefs(Frozen):
    """How a connector takes requests."""

    paused: bool = False
    monthly_capacity: int | None = None
    auto_accept: bool = False


class ConnectorCard(Frozen):
    """A connector as a search result: who they are and their next open slots."""

    connector: Participant
    next_slots: tuple[Slot, ...]
    # Their monthly limit, if they set one (checked against their meetings before showing).
    monthly_capacity: int | None = None


class ConnectorQuery(Frozen):
    """Whom a newcomer is looking for: filters, and what ranks a connector first."""

    mentee_id: int
    # None: every field.
    sector: str | None
    # The newcomer's own field: a close profession counts only within it.
    own_sector: str | None = None
    # Word stems of the newcomer's profession, folded ("civil", "engin").
    stems: tuple[str, ...] = ()
    # Language codes the newcomer speaks: connectors sharing one come first.
    languages: tuple[str, ...] = ()
    # Only connectors who speak this language.
    only_language: str | None = None
    # The newcomer's city, folded; with ``only_city``, only in-person times in that city.
    city_key: str | None = None
    only_city: bool = False
