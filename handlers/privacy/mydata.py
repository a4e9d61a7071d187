""" "My data": a copy of everything stored about the person, and a way to ask for more.

On Telegram the copy comes as a JSON file with a short summary; by SMS, where files cannot
travel, the summary says what is kept and offers to have a coordinator follow up.
"""

from __future__ import annotations

import json

from handlers.core.context import Ctx
from handlers.core.engine import Open, Result
from handlers.core.menu import main_menu
from handlers.core.values import Attachment, Choice, Reply
from handlers.privacy.erase import DELETE_ME
from handlers.privacy.ports import Record, privacy_store

# Coordinators told of a follow-up request, at most.
TOLD_AT_MOST = 20


def _count(records: list[Record], table: str) -> int:
    """How many rows of ``table`` the copy holds."""
    return next((len(record.rows) for record in records if record.table == table), 0)


async def my_data(ctx: Ctx) -> Result:
    """Send the person a copy of their data (a file where files travel) and the options."""
    records = await privacy_store(ctx.tx).records(ctx.participant.id)
    await ctx.tx.audit(ctx.participant.id, "data-copy")
    copy = {
        "participant": ctx.participant.id,
        "tables": {record.table: list(record.rows) for record in records},
    }
    data = json.dumps(copy, ensure_ascii=False, indent=1, sort_keys=True).encode()
    person = ctx.participant
    return [
        Reply(
            key="privacy-your-data",
            args={
                "name": person.name or "-",
                "profession": person.profession or "-",
                "city": person.city or "-",
                "meetings": _count(records, "meetings"),
                "messages": _count(records, "outbox"),
            },
            attachments=(
                Attachment(filename="my-data.json", media_type="application/json", data=data),
            ),
            choices=(
                Choice(id="datahelp:ask", label="privacy-ask-coordinator"),
                Choice(id="datahelp:delete", label="privacy-delete-label"),
                Choice(id="global:menu", label="dialogue-choice-menu"),
            ),
        )
    ]


async def on_data_choice(ctx: Ctx, rest: str) -> Result | None:
    """After the copy: ask a coordinator to follow up, or start deleting."""
    if rest == "delete":
        return [Open(DELETE_ME.id)]
    if rest != "ask":
        return None
    coordinators = [
        person
        for person in await ctx.tx.holders("coordinator", TOLD_AT_MOST)
        if person.id != ctx.participant.id
    ]
    for coordinator in coordinators:
        await ctx.tx.enqueue_to(
            coordinator.id,
            [Reply(key="privacy-follow-up-asked", args={"id": ctx.participant.id})],
        )
    await ctx.tx.audit(ctx.participant.id, "data-follow-up")
    return [Reply(key="privacy-follow-up-sent"), main_menu(ctx)]
