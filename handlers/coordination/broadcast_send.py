"""What a broadcast sent now and one sent later share: naming the audience, and queuing."""

from __future__ import annotations

from collections.abc import Mapping

from handlers.coordination.broadcast_ports import Audience, broadcast_store
from handlers.core.ports import Transaction
from handlers.core.values import LANGUAGES, Language, Ref, Reply
from handlers.registration.sectors import SECTORS

MESSAGE = "broadcast-message"
ROLE_NAMES = {"mentee": "broadcast-audience-mentees", "connector": "broadcast-audience-connectors"}


def audience_ref(audience: Audience) -> Ref | str:
    """Name the audience in the reader's language."""
    if audience.kind == "sector":
        return Ref(key=SECTORS[audience.value])
    if audience.kind == "role":
        return Ref(key=ROLE_NAMES[audience.value])
    if audience.kind == "language":
        return Ref(key=f"broadcast-audience-language-{audience.value}")
    if audience.kind == "city":
        return audience.value
    return Ref(key="broadcast-audience-all")


def audience_words(audience: Audience) -> str:
    """The audience as the audit log writes it: ``role connector``, ``all``."""
    return f"{audience.kind} {audience.value}".strip()


async def send_now(tx: Transaction, audience: Audience, texts: Mapping[Language, str]) -> int:
    """Queue one message per reachable person of the audience, in their language."""
    replies = {lang: Reply(key=MESSAGE, args={"text": texts[lang]}) for lang in LANGUAGES}
    return await broadcast_store(tx).queue(audience, replies)
