"""Invitations: one SMS to an invited number, or a personal link the connector forwards.

A bot cannot write first to someone on Telegram, so a Telegram username gets the connector a
deep link to send themselves. By SMS the bot sends one invitation per referral, never to a
number that opted out; the person joins by replying JOIN and the code, and declines with a no
in words ("NO", "Non merci"), which opts them out of nothing else.
"""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.jobs import Subject
from handlers.core.parsing import read_generously, shorten
from handlers.core.values import Address, MenuEntry, Reply
from handlers.referrals.chain import INVITE_EXPIRY, INVITE_LASTS, tell_invite_ended
from handlers.referrals.ports import referral_store
from handlers.referrals.values import Referral

NAME_ROOM = 20
PROFESSION_ROOM = 24
# A number invited by several connectors at once declines them all with one "no".
OPEN_INVITATIONS = 10
# The one answer an invitation takes in words, read like any answer to a notification.
DECLINE = MenuEntry(id="decline", label="", means="no")


def invitation_link(ctx: Ctx, code: str) -> str | None:
    """The personal Telegram link that carries ``code`` into registration (None: no Telegram)."""
    if ctx.config.bot_username is None:
        return None
    return f"https://t.me/{ctx.config.bot_username}?start={code}"


async def invite(ctx: Ctx, referral: Referral) -> list[Reply]:
    """Invite the person referred; return what the connector is told."""
    assert referral.code is not None
    channel, _, value = referral.contact.partition(":")
    link = invitation_link(ctx, referral.code)
    # Unanswered, an invitation (text or link) expires in two weeks; the job runs once.
    due = ctx.clock.now() + INVITE_LASTS
    subject = Subject(kind="referral", id=referral.id)
    await ctx.tx.jobs.add(INVITE_EXPIRY, str(referral.id), due, subject)
    if link is None:
        # The programme is not on Telegram: the person joins by texting the code instead.
        join = {"name": referral.name, "code": referral.code}
        if channel != "sms":
            return [Reply(key="referrals-invite-join-by-sms", args=join)]
    elif channel != "sms":
        return [Reply(key="referrals-invite-link", args={"name": referral.name, "link": link})]
    if not ctx.config.sends_sms:
        # A Telegram-only programme texts nobody: say so, and give the link to forward.
        args = {"name": referral.name, "link": link or "none", "code": referral.code}
        return [Reply(key="referrals-invite-no-sms", args=args)]
    address = Address(channel="sms", value=value)
    if await ctx.tx.address_status(address) == "opted_out":
        if link is None:
            return [Reply(key="referrals-invite-opted-out-by-sms", args=join)]
        args = {"name": referral.name, "link": link}
        return [Reply(key="referrals-invite-opted-out", args=args)]
    store = referral_store(ctx.tx)
    if not await store.mark_invited(referral.id):
        return []  # at most one invitation per referral
    person = await ctx.tx.participant_by_address(address)
    if person is None:
        # The number becomes a person who has not registered yet; their reply finds them.
        person = await ctx.tx.create_participant(
            address,
            language=ctx.participant.language,
            timezone=ctx.config.default_timezone,
            role=None,
        )
    await store.set_person(referral.id, person.id)
    mentee = await ctx.tx.participant(referral.mentee_id)
    invitation = Reply(
        key="referrals-invitation",
        args={
            # Cut to fit one SMS segment in English (two in French) whatever was typed.
            "connector": shorten(ctx.participant.name or "", NAME_ROOM),
            "profession": shorten(mentee.profession or "", PROFESSION_ROOM),
            "code": referral.code,
            "minutes": ctx.config.slot_minutes,
        },
    )
    await ctx.tx.enqueue_to(person.id, [invitation])
    return [Reply(key="referrals-invite-sent", args={"name": referral.name})]


async def read_invitation_answer(ctx: Ctx, text: str) -> str | None:
    """``refno:<id>`` when someone invited by SMS, not registered, answers no in words."""
    if ctx.participant.status == "active":
        return None  # a registered person is referred as a member, never invited
    waiting = await referral_store(ctx.tx).open_invitations(ctx.participant.id, 1)
    if not waiting:
        return None
    return f"refno:{waiting[0].id}" if says_no(text) else None


def says_no(text: str) -> bool:
    """Whether an invited person's reply declines ("NO", "Non merci", "no thanks")."""
    return read_generously(text, [DECLINE], numbered=False) is not None


async def decline_invitation(ctx: Ctx, referral_id: int) -> Result | None:
    """``refno:<id>``: the invited person said no; their open invitations end, nothing else."""
    store = referral_store(ctx.tx)
    referral = await store.referral(referral_id)
    if referral is None or referral.person_id != ctx.participant.id:
        return None
    if referral.status != "invited":
        return None  # answered, joined or expired already
    for each in await store.open_invitations(ctx.participant.id, OPEN_INVITATIONS):
        me = ctx.participant.id
        declined = await store.set_status(each.id, ("invited",), "declined", me, "said no")
        if declined is not None:
            await tell_invite_ended(ctx.tx, declined, "declined")
    await ctx.tx.audit(ctx.participant.id, "invitation-declined", str(referral.id))
    return [Reply(key="referrals-invite-declined")]


async def known_invitation(ctx: Ctx, code: str) -> Result | None:
    """A code from an invitation: known, with nothing more to do at the end of registration
    (the chain links the person to it by their profile); None for any other code."""
    return [] if await referral_store(ctx.tx).by_code(code) is not None else None
