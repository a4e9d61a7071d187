"""Broadcasts scheduled for later: ``broadcast all at 2026-12-10 09:00 Hello | Bonjour``.

A confirmed broadcast with a time is kept (storage's ``broadcasts``) with a ``broadcast_due``
job at that moment; the job queues it then, exactly as one sent at once, and tells the
coordinator who scheduled it how many it went to. Until then any coordinator can list the
broadcasts still to leave (``broadcast scheduled``) and cancel one by its number
(``broadcast cancel 7``). Once sent or cancelled, the texts are cleared and only the count is
kept; the audit log has the audience, the time and the number, never the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from handlers.coordination.broadcast_ports import Audience, broadcast_store
from handlers.coordination.broadcast_send import (
    audience_ref,
    audience_words,
    send_now,
)
from handlers.coordination.paging import cut, next_page, page, page_size
from handlers.core.context import Ctx, Scope
from handlers.core.engine import Result
from handlers.core.jobs import Job, Subject
from handlers.core.parsing import shorten
from handlers.core.values import Language, Line, Reply, When

BROADCAST_DUE = "broadcast_due"
# How much of the English text a scheduled broadcast's line shows, to recognise it by,
# "..." included.
LINE_TEXT = 33


def _subject(broadcast_id: int) -> Subject:
    return Subject(kind="broadcast", id=broadcast_id)


async def schedule(
    ctx: Ctx, audience: Audience, texts: Mapping[Language, str], at: datetime
) -> Result:
    """Keep a confirmed broadcast and its job; say when it leaves and how to cancel it."""
    store = broadcast_store(ctx.tx)
    number = await store.schedule(ctx.participant.id, audience, texts, at)
    await ctx.tx.jobs.add(BROADCAST_DUE, str(number), at, _subject(number))
    detail = f"{number} {audience_words(audience)} {at.isoformat()}"
    await ctx.tx.audit(ctx.participant.id, "admin-broadcast-scheduled", detail)
    return [Reply(key="broadcast-scheduled",
                  args={"number": number, "at": When(at=at),
                        "audience": audience_ref(audience)})]  # fmt: skip


async def cancel(ctx: Ctx, number: int) -> Result:
    """Drop a broadcast still to leave (one that has left cannot be called back)."""
    if not await broadcast_store(ctx.tx).settle(number, None):
        return [Reply(key="broadcast-not-scheduled", args={"number": number})]
    await ctx.tx.jobs.cancel_for(_subject(number))
    await ctx.tx.audit(ctx.participant.id, "admin-broadcast-cancelled", str(number))
    return [Reply(key="broadcast-scheduled-cancelled", args={"number": number})]


async def listed(ctx: Ctx, scope: str, offset: int) -> Result:
    """One page of the broadcasts still to leave, soonest first (``more:broadcasts:-:3``)."""
    size = page_size(ctx)
    found = await broadcast_store(ctx.tx).scheduled(size + 1, offset)
    rows, more = cut(found, size)
    if not rows:
        return [Reply(key="broadcast-none-scheduled")]
    lines = [
        Line(key="broadcast-scheduled-line",
             args={"number": row.id, "at": When(at=row.due_at, style="short"),
                   "audience": audience_ref(row.audience), "text": shorten(row.en, LINE_TEXT)})
        for row in rows
    ]  # fmt: skip
    return [page("broadcast-scheduled-list", {}, lines,
                 more=next_page("broadcasts", scope, offset, size, more))]  # fmt: skip


async def send_due(scope: Scope, job: Job) -> str | None:
    """The time has come: queue the broadcast as if sent now, and tell who scheduled it."""
    if job.subject is None:
        return "no subject"
    store = broadcast_store(scope.tx)
    due = await store.due(job.subject.id)
    if due is None:
        return "cancelled"
    texts: dict[Language, str] = {"en": due.en, "fr": due.fr}
    queued = await send_now(scope.tx, due.audience, texts)
    await store.settle(due.id, queued)
    detail = f"{due.id} {audience_words(due.audience)} {queued}"
    await scope.tx.audit(due.coordinator_id, "admin-broadcast", detail)
    told = Reply(key="broadcast-sent-later",
                 args={"number": due.id, "count": queued,
                       "audience": audience_ref(due.audience)})  # fmt: skip
    await scope.tx.enqueue_to(due.coordinator_id, [told])
    return None
