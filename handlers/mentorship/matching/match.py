"""Proposing a match: a coordinator's ``/match``, each side's yes or no, and the 7-day expiry.

Both sides see a short profile of the other person and answer with a button (or a number by
SMS). A no asks for a reason, which goes to the coordinator only. The expiry is a stored job,
so a restart neither loses it nor sends it twice.
"""

from __future__ import annotations

import re
from datetime import timedelta

from pydantic import BaseModel

from handlers.core.context import Ctx, Scope
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step, saves
from handlers.core.jobs import Job
from handlers.core.parsing import (
    ascii_int,
    clean_text,
    leading_yes_no,
    normalize,
    one_number,
    yes_no,
)
from handlers.core.values import ArgValue, Choice, Languages, Participant, Ref, Reply
from handlers.mentorship.matching.agreement import AGREE, AgreementAnswers
from handlers.mentorship.matching.members import as_member, programme_of
from handlers.mentorship.matching.notify import subject, tell_coordinator
from handlers.mentorship.matching.ports import pairing_store
from handlers.mentorship.matching.values import Mentorship, MentorshipStatus, Side

EXPIRY = "pairing_proposal_expiry"
ANSWER_WITHIN = timedelta(days=7)
REASONS = ("no-time", "not-fit", "none")


def parse_pair(text: str) -> tuple[int, int] | Invalid:
    """The arguments of /match: the mentee's number, then the mentor's."""
    parts = [ascii_int(part.removeprefix("#")) for part in text.split()]
    if len(parts) != 2 or parts[0] is None or parts[1] is None:
        return Invalid("pairing-match-usage")
    return parts[0], parts[1]


def parse_match(text: str) -> tuple[int, bool] | Invalid:
    """The arguments of /introduced: the match's number (``#3`` or ``3``), then "no" ("non")
    when the introduction showed the match should not go ahead."""
    parts = text.split()
    number = one_number(parts[0]) if 1 <= len(parts) <= 2 else None
    said = yes_no(normalize(parts[1])) if len(parts) == 2 else True
    if number is None or said is None:
        return Invalid("pairing-introduced-usage")
    return number, said


def profile(person: Participant) -> dict[str, ArgValue]:
    """A short profile of a person, for the other side of a proposal."""
    return {
        "name": person.name or "-",
        "profession": person.profession or "-",
        "city": person.city or "-",
        "languages": Languages(items=person.languages_spoken),
    }


def answer_choices(mentorship_id: int) -> tuple[Choice, ...]:
    """Accept or decline a proposal."""
    return (
        Choice(id=f"pairyes:{mentorship_id}", label="pairing-accept", means="yes"),
        Choice(id=f"pairno:{mentorship_id}", label="pairing-decline", means="no"),
    )


async def match(ctx: Ctx, pair: tuple[int, int]) -> Result:
    """``/match <mentee> <mentor>``: propose the match to both, with 7 days to answer."""
    store = pairing_store(ctx.tx)
    for number in pair:
        if not await store.known(number):
            return [Reply(key="pairing-unknown", args={"id": number})]
    mentee, mentor = [await ctx.tx.participant(number) for number in pair]
    if mentee.id == mentor.id:
        return [Reply(key="pairing-match-same")]
    as_mentee = await as_member(ctx, mentee, "mentee")
    if isinstance(as_mentee, Reply):
        return [as_mentee]
    programme = programme_of(ctx, as_mentee)
    as_mentor = await as_member(ctx, mentor, "mentor", programme)
    if isinstance(as_mentor, Reply):
        return [as_mentor]
    proposed = await store.propose(
        programme.id, mentee.id, mentor.id, ctx.participant.id, programme.target_minutes
    )
    if proposed is None:
        return [Reply(key="pairing-match-exists")]
    await ctx.tx.jobs.add(
        EXPIRY, str(proposed.id), ctx.clock.now() + ANSWER_WITHIN, subject(proposed.id)
    )
    for person, other, key in ((mentee, mentor, "pairing-proposed-mentee"),
                               (mentor, mentee, "pairing-proposed-mentor")):  # fmt: skip
        args = {**profile(other), "programme": programme.name(person.language)}
        await ctx.tx.enqueue_to(
            person.id, [Reply(key=key, args=args, choices=answer_choices(proposed.id))]
        )
    await ctx.tx.audit(ctx.participant.id, "match-proposed", str(proposed.id))
    return [
        Reply(
            key="pairing-match-sent",
            args={"id": proposed.id, "mentee": mentee.name or "-", "name": mentor.name or "-"},
        )
    ]


async def their_proposal(ctx: Ctx, mentorship_id: int) -> tuple[Mentorship, Side] | None:
    """The proposal and the person's side of it (None: not theirs)."""
    pair = await pairing_store(ctx.tx).mentorship(mentorship_id)
    side = None if pair is None else pair.side_of(ctx.participant.id)
    return None if pair is None or side is None else (pair, side)


async def accept(ctx: Ctx, mentorship_id: int) -> Result | None:
    """``pairyes:<id>``: one side says yes; when both have, the pair is formed."""
    found = await their_proposal(ctx, mentorship_id)
    if found is None:
        return None
    pair, side = found
    store = pairing_store(ctx.tx)
    answered = await store.answer(pair.id, side, "accepted")
    if answered is None:
        return [Reply(key="pairing-proposal-closed")]
    other = await ctx.tx.participant(pair.other(side))
    if answered.mentee_answer != "accepted" or answered.mentor_answer != "accepted":
        return [Reply(key="pairing-accepted-waiting", args={"name": other.name or "-"})]
    programme = ctx.config.programmes.get(pair.programme)
    introduced = programme is not None and programme.introduction
    formed = await store.set_status(pair.id, ("proposed",),
                                    "introducing" if introduced else "agreeing")  # fmt: skip
    if formed is None:
        return [Reply(key="pairing-proposal-closed")]
    await ctx.tx.jobs.cancel_for(subject(pair.id))
    if introduced:
        return await to_introduce(ctx, formed, other)
    return await both_accepted(ctx, formed, other)


async def to_introduce(ctx: Ctx, pair: Mentorship, other: Participant) -> Result:
    """Both said yes where the programme has a staff member meet them first: both hear that
    the coordination sets up that meeting, and the coordinator how to record it."""
    me = ctx.participant
    mentee, mentor = (me, other) if pair.mentee_id == me.id else (other, me)
    names = {"id": pair.id, "mentee": mentee.name or "-", "name": mentor.name or "-"}
    await tell_coordinator(ctx.tx, pair, [Reply(key="pairing-coordinator-introduce", args=names)])
    await ctx.tx.audit(me.id, "match-formed", str(pair.id))
    side = "mentee" if me.id == mentee.id else "mentor"
    other_side = "mentor" if side == "mentee" else "mentee"
    await ctx.tx.enqueue_to(
        other.id,
        [
            Reply(
                key="pairing-introduction-wait", args={"name": me.name or "-", "side": other_side}
            )
        ],
    )
    return [Reply(key="pairing-introduction-wait", args={"name": other.name or "-", "side": side})]


async def record_introduction(ctx: Ctx, given: tuple[int, bool]) -> Result:
    """``/introduced #3``: the staff member met both sides; their agreement opens (the mentee
    is invited to set it out, the mentor told). ``/introduced #3 no``: the match does not go
    ahead; both are told, and the mentee can be matched again."""
    mentorship_id, going_ahead = given
    store = pairing_store(ctx.tx)
    status: MentorshipStatus = "agreeing" if going_ahead else "declined"
    pair = await store.set_status(mentorship_id, ("introducing",), status,
                                  None if going_ahead else "introduction")  # fmt: skip
    if pair is None:
        return [Reply(key="pairing-introduced-none", args={"id": mentorship_id})]
    mentee = await ctx.tx.participant(pair.mentee_id)
    mentor = await ctx.tx.participant(pair.mentor_id)
    names: dict[str, ArgValue] = {"id": pair.id, "mentee": mentee.name or "-",
                                  "name": mentor.name or "-"}  # fmt: skip
    if not going_ahead:
        await ctx.tx.audit(ctx.participant.id, "admin-match-not-introduced", str(pair.id))
        for person, other in ((mentee, mentor), (mentor, mentee)):
            ended = Reply(key="pairing-introduction-ended", args={"name": other.name or "-"})
            await ctx.tx.enqueue_to(person.id, [ended])
        return [Reply(key="pairing-introduced-ended", args=names)]
    await ctx.tx.audit(ctx.participant.id, "admin-match-introduced", str(pair.id))
    await ctx.tx.enqueue_to(mentor.id, [Reply(key="pairing-introduced-mentor",
                                              args={"name": mentee.name or "-"})])  # fmt: skip
    await ctx.tx.enqueue_to(mentee.id, [Reply(
        key="pairing-introduced-mentee", args={"name": mentor.name or "-"},
        choices=(Choice(id=f"pairagree:{pair.id}", label="pairing-agreement-start"),),
    )])  # fmt: skip
    return [Reply(key="pairing-introduced", args=names)]


async def both_accepted(ctx: Ctx, pair: Mentorship, other: Participant) -> Result:
    """Tell both and the coordinator; the mentee goes on to set out the agreement."""
    me = ctx.participant
    mentee, mentor = (me, other) if pair.mentee_id == me.id else (other, me)
    await tell_coordinator(
        ctx.tx,
        pair,
        [Reply(key="pairing-coordinator-accepted",
               args={"id": pair.id, "mentee": mentee.name or "-", "name": mentor.name or "-"})],
    )  # fmt: skip
    await ctx.tx.audit(me.id, "match-formed", str(pair.id))
    to_mentor = Reply(key="pairing-both-accepted-mentor", args={"name": mentee.name or "-"})
    if me.id == mentor.id:
        invite = Reply(
            key="pairing-both-accepted",
            args={"name": mentor.name or "-"},
            choices=(Choice(id=f"pairagree:{pair.id}", label="pairing-agreement-start"),),
        )
        await ctx.tx.enqueue_to(mentee.id, [invite])
        return [to_mentor]
    await ctx.tx.enqueue_to(mentor.id, [to_mentor])
    return [
        Reply(key="pairing-both-accepted", args={"name": mentor.name or "-"}),
        Open(AGREE.id, AgreementAnswers(mentorship_id=pair.id)),
    ]


class DeclineAnswers(BaseModel):
    """A no to a proposal, and why."""

    mentorship_id: int = 0
    reason: str | None = None


async def decline(ctx: Ctx, mentorship_id: int) -> Result | None:
    """``pairno:<id>``: one side says no. A no counts at once: the proposal ends, the other side
    and the coordinator are told; then the person may say why (optional, for the coordinator)."""
    found = await their_proposal(ctx, mentorship_id)
    if found is None:
        return None
    pair, side = found
    store = pairing_store(ctx.tx)
    if pair.status != "proposed" or await store.answer(pair.id, side, "declined") is None:
        return [Reply(key="pairing-proposal-closed")]
    if await store.set_status(pair.id, ("proposed",), "declined", "none") is None:
        return [Reply(key="pairing-proposal-closed")]
    await ctx.tx.jobs.cancel_for(subject(pair.id))
    me, other = ctx.participant, await ctx.tx.participant(pair.other(side))
    await ctx.tx.enqueue_to(
        other.id, [Reply(key="pairing-other-declined", args={"name": me.name or "-"})]
    )
    mentee, mentor = (me, other) if side == "mentee" else (other, me)
    await tell_coordinator(
        ctx.tx,
        pair,
        [Reply(key="pairing-coordinator-declined",
               args={"id": pair.id, "mentee": mentee.name or "-", "name": mentor.name or "-",
                     "who": Ref(key=f"pairing-side-{side}"),
                     "reason": Ref(key="pairing-reason-asked")})],
    )  # fmt: skip
    await ctx.tx.audit(me.id, "match-declined", str(pair.id))
    return [Open(DECLINE.id, DeclineAnswers(mentorship_id=pair.id))]


def ask_reason(ctx: Ctx, answers: DeclineAnswers) -> Reply:
    """Ask why, with the usual reasons offered."""
    return Reply(
        key="pairing-ask-reason",
        choices=tuple(Choice(id=f"pairwhy:{r}", label=f"pairing-reason-{r}") for r in REASONS),
    )


def on_reason(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store a reason picked ("pairwhy:no-time") or typed in a few words."""
    picked = (answer.choice or "").removeprefix("pairwhy:")
    if picked in REASONS:
        return picked
    typed = clean_text(answer.text, minimum=2, maximum=200)
    return f"text:{typed}" if typed else Invalid("pairing-reason-invalid")


def reason_arg(reason: str) -> ArgValue:
    """A stored reason as the coordinator reads it: a catalogue line, or what was typed."""
    if reason.startswith("text:"):
        return reason.removeprefix("text:")
    return Ref(key=f"pairing-reason-{reason}")


async def finish_decline(ctx: Ctx, answers: DeclineAnswers) -> Result:
    """The no is recorded already; keep the reason given and pass it to the coordinator."""
    found = await their_proposal(ctx, answers.mentorship_id)
    reason = answers.reason or "none"
    if found is not None and reason != "none":
        pair, _ = found
        kept = await pairing_store(ctx.tx).set_status(pair.id, ("declined",), "declined",
                                                       reason[:200])  # fmt: skip
        if kept is not None:
            await tell_coordinator(
                ctx.tx,
                pair,
                [Reply(key="pairing-coordinator-reason",
                       args={"id": pair.id, "name": ctx.participant.name or "-",
                             "reason": reason_arg(reason)})],
            )  # fmt: skip
    return [Reply(key="pairing-declined-thanks")]


DECLINE: Dialogue[DeclineAnswers] = Dialogue(
    id="pairing_decline",
    model=DeclineAnswers,
    steps=(
        Step(id="ask-decline-reason", ask=ask_reason, parse=on_reason, save=saves("reason"),
             help="pairing-reason-help"),
    ),
    finish=finish_decline,
)  # fmt: skip


async def expire_proposal(scope: Scope, job: Job) -> str | None:
    """Seven days without both answers: the proposal lapses and the coordinator is told."""
    assert job.subject is not None
    store = pairing_store(scope.tx)
    expired = await store.set_status(job.subject.id, ("proposed",), "expired")
    if expired is None:
        return None  # answered in time
    mentee = await scope.tx.participant(expired.mentee_id)
    mentor = await scope.tx.participant(expired.mentor_id)
    answers = ((mentee, expired.mentee_answer), (mentor, expired.mentor_answer))
    silent = [person.name or "-" for person, said in answers if said is None]
    await tell_coordinator(
        scope.tx,
        expired,
        [Reply(key="pairing-coordinator-expired",
               args={"id": expired.id, "mentee": mentee.name or "-", "name": mentor.name or "-",
                     "names": ", ".join(silent)})],
    )  # fmt: skip
    for person, other in ((mentee, mentor), (mentor, mentee)):
        await scope.tx.enqueue_to(
            person.id, [Reply(key="pairing-expired", args={"name": other.name or "-"})]
        )
    return None


# Open proposals a typed yes or no is read against (a mentor's capacity is a few at most).
OPEN_AT_MOST = 5


async def read_proposal_answer(ctx: Ctx, text: str) -> str | Reply | None:
    """A typed yes or no to a proposal, when the proposal's own options are not on screen.

    With several proposals open (a mentor of two, by SMS: each new proposal's numbered options
    replace the last), "yes Yara" or "no 12" names one; a bare yes or no asks which.
    """
    said = leading_yes_no(text)
    if said is None:
        return None
    waiting = await pairing_store(ctx.tx).open_proposals(ctx.participant.id, OPEN_AT_MOST)
    if not waiting:
        return None
    verb = "pairyes" if said else "pairno"
    if len(waiting) == 1:
        return f"{verb}:{waiting[0].id}"
    words = set(re.findall(r"[a-z0-9]+", normalize(text)))
    others = {pair.id: await ctx.tx.participant(pair.other(pair.side_of(ctx.participant.id)
                                                               or "mentor"))
              for pair in waiting}  # fmt: skip
    named = [
        pair.id
        for pair in waiting
        if str(pair.id) in words or normalize((others[pair.id].name or "").split(" ")[0]) in words
    ]
    if len(named) == 1:
        return f"{verb}:{named[0]}"
    return Reply(
        key="pairing-which",
        args={"answer": "yes" if said else "no"},
        choices=tuple(
            Choice(id=f"{verb}:{pair.id}", label="pairing-which-item",
                   args={"name": others[pair.id].name or "-", "id": pair.id})
            for pair in waiting
        ),
    )  # fmt: skip
