"""The certificate of completion, handed to a mentee whose mentorship was completed, or a
letter of participation to one whose mentorship ended before that.

Completed means the programme's weeks were met (the mentorship reached its planned end), its
hours were logged, or the coordinator closed it as completed (``/close 12 completed``). A pair
closed early otherwise (by both sides, or by the coordinator) gets a letter of participation
saying how many weeks it lasted and the hours logged; a withdrawal gets neither.

On Telegram (and Telegram-style personas) it travels as a PDF, drawn by the channel layer from
a plain ``Certificate`` value. By SMS it is a private link the bot serves when it has a public
URL (an unguessable token stored with the mentorship); without one, the coordinator is asked to
deliver it and the mentee is told so. A mentorship the coordinator closed as "withdrawn" earns
no certificate.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal
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
Earned = Literal["completion", "participation", "none"]


def earned(reason: str | None, minutes: int, target_minutes: int) -> Earned:
    """What a closed mentorship earns its mentee (see the module's docstring)."""
    if reason == "withdrawn" or reason is None:
        return "none"
    if reason in ("planned", "completed") or (target_minutes > 0 and minutes >= target_minutes):
        return "completion"
    return "participation"


def weeks_between(start: datetime, end: datetime) -> int:
    """Whole weeks from ``start`` to ``end`` (0: less than a week)."""
    return max((end - start).days // 7, 0)


async def certificate_replies(
    tx: Transaction, config: HandlerConfig, pair: Mentorship, mentee: Participant, by_sms: bool
) -> list[Reply]:
    """What the mentee is sent for their certificate (and the coordinator, without a link)."""
    store = mentoring_store(tx)
    closing = await store.closing(pair.id)
    assert pair.starts_on is not None
    ended = closing.closed_at or pair.ends_on
    assert ended is not None
    minutes = await store.minutes(pair.id)
    kind = earned(closing.reason, minutes, pair.target_minutes)
    if kind == "none":
        return [Reply(key="mentoring-certificate-none")]
    completed = "yes" if kind == "completion" else "no"
    weeks = weeks_between(pair.starts_on, ended)
    if by_sms and config.public_url:
        token = await store.certificate_token(pair.id, mentee.id)
        return [Reply(key="mentoring-certificate-link",
                      args={"url": f"{config.public_url}{LINK_PATH}{token}",
                            "completed": completed})]  # fmt: skip
    if by_sms:
        mentor = await tx.participant(pair.mentor_id)
        await tell_coordinator(
            tx, pair,
            [Reply(key="mentoring-coordinator-certificate",
                   args={**named(pair, mentee, mentor),
                         "start": When(at=pair.starts_on, style="date"),
                         "end": When(at=ended, style="date"), "hours": minutes // 60,
                         "minutes": minutes % 60, "completed": completed,
                         "weeks": weeks})],
        )  # fmt: skip
        return [Reply(key="mentoring-certificate-by-coordinator",
                      args={"completed": completed})]  # fmt: skip
    zone = ZoneInfo(mentee.timezone)
    names = programme_names(config, pair.programme)
    coordinator = (
        await tx.participant(pair.coordinator_id) if pair.coordinator_id is not None else None
    )
    certificate = Certificate(
        name=mentee.name or "", programme_en=names["en"], programme_fr=names["fr"],
        start=pair.starts_on.astimezone(zone).date(), end=ended.astimezone(zone).date(),
        hours=round(minutes / 60, 1), signatory=(coordinator.name if coordinator else None) or "",
        filename=f"{'certificate' if kind == 'completion' else 'participation'}-{pair.id}.pdf",
        completed=kind == "completion", weeks=weeks,
    )  # fmt: skip
    return [Reply(key="mentoring-certificate", args={"completed": completed},
                  certificate=certificate)]  # fmt: skip


async def certificate_again(ctx: Ctx, rest: str) -> Result | None:
    """``mcert:<pair>``: the mentee asks for their certificate again."""
    number = ascii_int(rest)
    found = None if number is None else await their_pair(ctx, number)
    if found is None or found[1] != "mentee":
        return None
    pair = found[0]
    if pair.status != "closed":
        return [Reply(key="mentoring-certificate-none")]
    return await certificate_replies(ctx.tx, ctx.config, pair, ctx.participant, ctx.by_sms)
