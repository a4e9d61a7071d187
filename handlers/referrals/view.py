"""Seeing referrals: the newcomer's network, and the people a connector referred.

Lists are choices (each opens one referral), so every line is in the reader's language and
leads somewhere: a newcomer sees what to do next, a connector sees what became of it, never
the contact details given for someone else.
"""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.menu import main_menu
from handlers.core.values import Choice, Ref, Reply, When
from handlers.meetings.booking import first_name
from handlers.referrals.chain import OUTSIDE_ANSWERS, book_choice
from handlers.referrals.ports import referral_store
from handlers.referrals.values import Referral

SHOWN = 5
MENU = Choice(id="global:menu", label="dialogue-choice-menu")


def status_ref(referral: Referral) -> Ref:
    """The referral's status, in the reader's language."""
    return Ref(key=f"referrals-status-{referral.status}")


async def my_network(ctx: Ctx) -> Result:
    """The newcomer's people met and referrals, each leading to what to do next."""
    store = referral_store(ctx.tx)
    me = ctx.participant.id
    met = await store.count_met(me)
    given = await store.for_mentee(me, SHOWN)
    if not given:
        return [Reply(key="referrals-network-empty", args={"met": met}), main_menu(ctx)]
    choices = tuple(
        Choice(id=f"refshow:{r.id}", label="referrals-network-item",
               args={"name": r.name, "status": status_ref(r)})
        for r in given
    )  # fmt: skip
    return [Reply(key="referrals-network", args={"met": met}, choices=(*choices, MENU))]


async def people_i_referred(ctx: Ctx) -> Result:
    """The connector's referrals and what became of them (no contact details)."""
    given = await referral_store(ctx.tx).given_by(ctx.participant.id, SHOWN)
    if not given:
        return [Reply(key="referrals-given-empty"), main_menu(ctx)]
    choices = []
    for referral in given:
        mentee = await ctx.tx.participant(referral.mentee_id)
        choices.append(
            Choice(id=f"refshow:{referral.id}", label="referrals-given-item",
                   args={"name": referral.name, "mentee": first_name(mentee),
                         "status": status_ref(referral)})
        )  # fmt: skip
    return [Reply(key="referrals-given", choices=(*choices, MENU))]


async def show_referral(ctx: Ctx, referral_id: int) -> Result | None:
    """One referral: to the newcomer with what to do next, to the connector what became of it."""
    referral = await referral_store(ctx.tx).referral(referral_id)
    if referral is None:
        return None
    me = ctx.participant.id
    if referral.connector_id == me and referral.mentee_id != me:
        mentee = await ctx.tx.participant(referral.mentee_id)
        args = {
            "name": referral.name,
            "mentee": first_name(mentee),
            "status": status_ref(referral),
            "when": When(at=referral.created_at, style="date"),
        }
        return [Reply(key="referrals-show-given", args=args), main_menu(ctx)]  # fmt: skip
    if referral.mentee_id != me:
        return None
    referrer = await ctx.tx.participant(referral.connector_id)
    about = Reply(
        key="referrals-show",
        args={"name": referral.name, "connector": referrer.name or "",
              "status": status_ref(referral), "when": When(at=referral.created_at, style="date")},
    )  # fmt: skip
    if referral.kind == "outside":
        details = Reply(
            key="referrals-contact-details",
            args={"name": referral.name, "contact": referral.contact},
        )
        ask = Reply(key="referrals-outside-next", args={"name": referral.name}, choices=(
            *(Choice(id=f"refout:{referral.id}:{answer}", label=f"referrals-outside-{answer}")
              for answer in OUTSIDE_ANSWERS),
            MENU,
        ))  # fmt: skip
        return [about, details, ask]
    if referral.person_id and referral.status in ("suggested", "joined"):
        return [about.model_copy(update={"choices": (book_choice(referral), MENU)})]
    return [about, main_menu(ctx)]
