"""The certificate of completion, handed to a mentee whose mentorship was completed.

On Telegram (and Telegram-style personas) it travels as a PDF, drawn by the channel layer from
a plain ``Certificate`` value. By SMS it is a private link the bot serves when it has a public
URL (an unguessable token stored with the mentorship); without one, the coordinator is asked to
deliver it and the mentee is told so. A mentorship the coordinator closed as "withdrawn" earns
no certificate.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from handlers.core.config import HandlerConfig
from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.parsing import ascii_int
from handlers.core.ports import Transaction
from handlers.core.values import Certificate, Participant, Reply, When
from handlers.mentorship.matching.notify import tell_coordinator
from handlers.mentorship.matching.values import Mentorship
from handlers.mentorship.weeks.common import named, programme_names, their_pair
from handlers.mentorship.weeks.ports import mentoring_store

LINK_PATH = "/certificate/"


async def certificate_replies(
    tx: Transaction, config: HandlerConfig, pair: Mentorship, mentee: Participant, by_sms: bool
) -> list[Reply]:
    """What the mentee is sent for their certificate (and the coordinator, without a link)."""
    store = mentoring_store(tx)
    closing = await store.closing(pair.id)
    assert pair.starts_on is not None
    ended = closing.closed_at or pair.ends_on
    assert ended is not None
    if by_sms and config.public_url:
        token = await store.certificate_token(pair.id, mentee.id)
        return [Reply(key="mentoring-certificate-link",
                      args={"url": f"{config.public_url}{LINK_PATH}{token}"})]  # fmt: skip
    minutes = await store.minutes(pair.id)
    if by_sms:
        mentor = await tx.participant(pair.mentor_id)
        await tell_coordinator(
            tx, pair,
            [Reply(key="mentoring-coordinator-certificate",
                   args={**named(pair, mentee, mentor),
                         "start": When(at=pair.starts_on, style="date"),
                         "end": When(at=ended, style="date"), "hours": minutes // 60,
                         "minutes": minutes % 60})],
        )  # fmt: skip
        return [Reply(key="mentoring-certificate-by-coordinator")]
    zone = ZoneInfo(mentee.timezone)
    names = programme_names(config, pair.programme)
    coordinator = (
        await tx.participant(pair.coordinator_id) if pair.coordinator_id is not None else None
    )
    certificate = Certificate(
        name=mentee.name or "", programme_en=names["en"], programme_fr=names["fr"],
        start=pair.starts_on.astimezone(zone).date(), end=ended.astimezone(zone).date(),
        hours=round(minutes / 60, 1), signatory=(coordinator.name if coordinator else None) or "",
        filename=f"certificate-{pair.id}.pdf",
    )  # fmt: skip
    return [Reply(key="mentoring-certificate", certificate=certificate)]


async def certificate_again(ctx: Ctx, rest: str) -> Result | None:
    """``mcert:<pair>``: the mentee asks for their certificate again."""
    number = ascii_int(rest)
    found = None if number is None else await their_pair(ctx, number)
    if found is None or found[1] != "mentee":
        return None
    pair = found[0]
    closing = await mentoring_store(ctx.tx).closing(pair.id)
    if pair.status != "closed" or closing.reason == "withdrawn":
        return [Reply(key="mentoring-certificate-none")]
    return await certificate_replies(ctx.tx, ctx.config, pair, ctx.participant, ctx.by_sms)
