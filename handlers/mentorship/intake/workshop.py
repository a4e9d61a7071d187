"""The mentoring workshop mentors take after their orientation (two half-day sessions in the
Ottawa model): a coordinator records each session a mentor attended with /workshop, the mentor
is told, and /stats counts the mentors who attended every session."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Result
from handlers.core.parsing import one_number
from handlers.core.values import Reply
from handlers.mentorship.intake.decisions import programme_name
from handlers.mentorship.intake.ports import mentorship_store
from handlers.mentorship.intake.values import WORKSHOP_SESSIONS, MemberStatus

# A mentor accepted into a programme (approved, oriented, or mentoring already).
ACCEPTED: tuple[MemberStatus, ...] = ("eligible", "oriented", "active")


def parse_mentor(text: str) -> int | Invalid:
    """The argument of /workshop: the mentor's number."""
    number = one_number(text)
    return number if number is not None else Invalid("mentorship-workshop-usage")


async def record_workshop(ctx: Ctx, participant_id: int) -> Result:
    """``/workshop <id>``: the mentor attended one more session of the mentoring workshop."""
    store = mentorship_store(ctx.tx)
    mentoring = [m for m in await store.memberships(participant_id)
                 if m.role == "mentor" and m.status in ACCEPTED]  # fmt: skip
    person = await ctx.tx.participant(participant_id) if mentoring else None
    if person is None or not mentoring:
        return [Reply(key="mentorship-workshop-none", args={"id": participant_id})]
    replies: list[Reply] = []
    for member in mentoring:
        name = programme_name(ctx, member.programme, ctx.participant.language)
        count = await store.attend_workshop(member.id, WORKSHOP_SESSIONS)
        args = {"id": person.id, "name": person.name or "-", "programme": name,
                "of": WORKSHOP_SESSIONS}  # fmt: skip
        if count is None:
            replies.append(Reply(key="mentorship-workshop-full", args=args))
            continue
        await ctx.tx.audit(ctx.participant.id, "admin-workshop", f"{person.id} {member.id}")
        await ctx.tx.enqueue_to(person.id, [Reply(
            key="mentorship-workshop-told",
            args={"count": count, "of": WORKSHOP_SESSIONS,
                  "programme": programme_name(ctx, member.programme, person.language)},
        )])  # fmt: skip
        replies.append(Reply(key="mentorship-workshop-recorded", args={**args, "count": count}))
    return replies
