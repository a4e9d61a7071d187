"""Agency referrals (the Ottawa document's standard referral procedure).

A person with the agency role types /refer (French /orienter) to mint a code for a client. The
client joins with it as invitations do: a Telegram deep link (t.me/<bot>?start=<code>) or JOIN
and the code by SMS, carried into registration's answers by the core; a client registered
already can send the same. The agency is recorded on the membership, told when the client
starts, and told again when a coordinator accepts the client or refers them back.
"""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Open, Result
from handlers.core.menu import main_menu
from handlers.core.parsing import normalize
from handlers.core.values import Reply
from handlers.mentorship.intake.decisions import programme_name
from handlers.mentorship.intake.join import questions_for, status_reply
from handlers.mentorship.intake.ports import mentorship_store
from handlers.mentorship.intake.values import REOPENED, IntakeAnswers
from handlers.referrals.invite import invitation_link
from handlers.referrals.record import CODE_LETTERS, new_code


def parse_programme(text: str) -> str | Invalid:
    """Nothing (the first mentorship programme), or a programme's id."""
    words = normalize(text).split()
    if len(words) > 1:
        return Invalid("mentorship-refer-usage")
    return words[0] if words else ""


async def refer_first(ctx: Ctx) -> Result:
    """The agency's menu entry: a code for the first mentorship programme, as /refer gives."""
    return await refer(ctx, "")


async def refer(ctx: Ctx, programme_id: str) -> Result:
    """/refer: mint a single-use code that brings a client into a programme's intake."""
    programmes = ctx.config.programmes.of_kind("mentorship")
    programme = next((p for p in programmes if p.id == programme_id or not programme_id), None)
    if programme is None:
        names = ", ".join(p.id for p in programmes) or "-"
        return [Reply(key="mentorship-refer-unknown", args={"programmes": names})]
    code = new_code()
    await mentorship_store(ctx.tx).add_code(code, ctx.participant.id, programme.id, "mentee")
    await ctx.tx.audit(ctx.participant.id, "admin-programme-refer", programme.id)
    return [
        Reply(
            key="mentorship-refer-code",
            args={
                "code": code,
                "link": invitation_link(ctx, code),
                "programme": programme.name(ctx.participant.language),
            },
        )
    ]


def looks_like_code(code: str) -> bool:
    """Whether ``code`` is shaped like the codes minted here (saves a look-up otherwise)."""
    return len(code) == 8 and all(c in CODE_LETTERS for c in code)


async def redeem(ctx: Ctx, typed: str) -> Result | None:
    """A code a client brought: record the agency and open the programme's questions."""
    code = typed.strip().upper()
    if not looks_like_code(code):
        return None
    store = mentorship_store(ctx.tx)
    found = await store.code(code)
    if found is None or found.agency_id == ctx.participant.id:
        return None
    if not await store.use_code(code, ctx.participant.id):
        return [Reply(key="mentorship-code-used"), main_menu(ctx)]
    member = await store.membership(ctx.participant.id, found.programme)
    if member is not None and member.status not in REOPENED:
        return [status_reply(ctx, member), main_menu(ctx)]
    member = await store.join(ctx.participant.id, found.programme, found.role, found.agency_id)
    await ctx.tx.audit(ctx.participant.id, "programme-code-used", found.programme)
    agency = await ctx.tx.participant(found.agency_id)
    me = ctx.participant
    await ctx.tx.enqueue_to(
        agency.id,
        [
            Reply(
                key="mentorship-agency-client-joined",
                args={
                    "id": me.id,
                    "name": me.name or "-",
                    "code": code,
                    "programme": programme_name(ctx, found.programme, agency.language),
                },
            )
        ],
    )
    start = IntakeAnswers(programme=found.programme, role=member.role)
    return [
        Reply(
            key="mentorship-referred-by",
            args={
                "agency": agency.name or "-",
                "programme": programme_name(ctx, found.programme, me.language),
            },
        ),
        Open(questions_for(member.role), start),
    ]
