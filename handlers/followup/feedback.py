"""After a meeting: did you meet? A rating and a private comment, or what happened instead."""

from __future__ import annotations

import re

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Result, Step, saves
from handlers.core.menu import main_menu, menu_after
from handlers.core.parsing import clean_text
from handlers.core.values import Choice, Participant, Reply, When, display_name
from handlers.followup.digest import coordinators
from handlers.followup.ports import NoShowReason, follow_up_store
from handlers.meetings.booking import first_name
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import Meeting, MeetingStatus

RATINGS = ("feedback-rating-1", "feedback-rating-2", "feedback-rating-3", "feedback-rating-4",
           "feedback-rating-5")  # fmt: skip
GENTLE_AT = 2
PAUSE_AT = 3
REASONS: dict[str, NoShowReason] = {
    "why:other_absent": "other_absent",
    "why:self_absent": "self_absent",
    "why:rescheduled": "rescheduled",
}


class FeedbackAnswers(BaseModel):
    """One side's answer about one meeting."""

    meeting_id: int
    met: bool
    rating: int | None = None
    comment: str | None = None
    reason: NoShowReason | None = None


# A rating with a comment after it, in one message: "5 very kind", "4, super", "5/5 merci".
RATED = re.compile(r"([1-5])(?:\s*/\s*5)?(?:\s*[-,;:.!]\s*|\s+)(.+)", re.DOTALL)


def rating_and_comment(text: str) -> tuple[int, str | None] | None:
    """A 1-5 rating, and the comment after it if any ("5", "5 very kind", "4, super")."""
    text = text.strip()
    if text in {"1", "2", "3", "4", "5"}:
        return int(text), None
    rated = RATED.fullmatch(text)
    if rated is None:
        return None
    return int(rated[1]), clean_text(rated[2], minimum=2, maximum=500)


# "yes 5 very kind" to "did you meet?": the yes word, then the rating and the comment.
SAID_YES = re.compile(r"\s*\w+[\s,.;:!-]+(.+)", re.DOTALL)


def met_and_rated(text: str) -> tuple[int, str | None] | None:
    """The rating (and comment) that follow a yes in one answer to "did you meet?", if any;
    the caller has read the yes."""
    after = SAID_YES.fullmatch(text)
    return None if after is None else rating_and_comment(after[1])


def on_rating(ctx: Ctx, answer: Answer) -> tuple[int, str | None] | Invalid:
    """Store the 1-5 rating, and the private comment when one follows it ("5 very kind"); ask
    for a comment next only where none came (by SMS it is offered in this question, saving
    the person a message)."""
    text = (answer.choice or "").removeprefix("rate:") if answer.choice else (answer.text or "")
    return rating_and_comment(text) or Invalid("feedback-rating-invalid")


def save_rating(answers: FeedbackAnswers, value: tuple[int, str | None]) -> FeedbackAnswers:
    """Keep the rating, and the comment given with it."""
    return answers.model_copy(update={"rating": value[0], "comment": value[1]})


def on_comment(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the optional comment (coordinators only); thank them next."""
    if answer.choice == "comment:none":
        return ""
    return clean_text(answer.text, minimum=2, maximum=500) or Invalid("feedback-comment-invalid")


def on_reason(ctx: Ctx, answer: Answer) -> NoShowReason | Invalid:
    """Store what happened instead; thank them next."""
    return REASONS.get(answer.choice or "") or Invalid("feedback-why-invalid")


async def finish_feedback(ctx: Ctx, answers: FeedbackAnswers) -> Result:
    """Record the answer, settle the meeting as held or no-show, and watch no-show streaks."""
    meetings, schedule = meeting_store(ctx.tx), follow_up_store(ctx.tx)
    meeting = await meetings.meeting(answers.meeting_id)
    if meeting is None:
        return [main_menu(ctx)]
    me = ctx.participant.id
    other = meeting.mentee_id if me == meeting.connector_id else meeting.connector_id
    first = await schedule.record_feedback(
        meeting.id, me, answers.met, answers.rating, answers.comment or None, answers.reason
    )
    if not first:
        return [Reply(key="feedback-already"), main_menu(ctx)]
    if answers.met:
        # One "yes" is enough: the meeting happened, unless the other side said it did not.
        if meeting.status == "no_show":
            return await _dispute(ctx, meeting, said_met=me)
        if await meetings.set_status(meeting.id, ("confirmed", "no_show", "unconfirmed"), "held"):
            await meetings.record(meeting.id, me, "held", "")
            # A newcomer's first held meeting starts their employment follow-ups, when a
            # feature takes them.
            await ctx.features.act(ctx, f"employment-held:{meeting.id}")
            if me != meeting.connector_id:
                # The connector may never answer: they are asked for referrals all the same,
                # when a feature takes them.
                await ctx.features.act(ctx, f"refheld:{meeting.id}")
    elif answers.reason == "rescheduled":
        await meetings.record(meeting.id, me, "rescheduled-outside", "")
    elif meeting.status == "held":
        # The other side said they met; this side says they did not: a coordinator looks.
        return await _dispute(ctx, meeting, said_met=other)
    else:
        absent = other if answers.reason == "other_absent" else me
        if await meetings.set_status(meeting.id, ("confirmed", "unconfirmed"), "no_show"):
            await schedule.set_absent(meeting.id, absent)
            await meetings.record(meeting.id, me, "no-show", f"absent {absent}")
            await watch_streak(ctx, absent)
        elif meeting.status == "no_show" and await schedule.absent_of(meeting.id) != absent:
            return await _dispute(ctx, meeting, said_met=None)
    if answers.met and me == meeting.connector_id:
        # The connector goes straight on to their referrals, when a feature takes them.
        led = await ctx.features.act(ctx, f"refer:{meeting.id}")
        if led is not None:
            return [Reply(key="feedback-thanks"), *led]
    return [Reply(key="feedback-thanks"), *menu_after(ctx)]


async def _dispute(ctx: Ctx, meeting: Meeting, said_met: int | None) -> list[Reply]:
    """The two sides contradict each other: the meeting is disputed and counts against no one.

    Either each says the other did not come (``said_met`` None), or one (``said_met``) says
    they met and the other that they did not, in either order. Coordinators are told and find
    it in ``settle``; both sides hear that it is being checked. The answer to the one who spoke
    last is returned.
    """
    meetings, schedule = meeting_store(ctx.tx), follow_up_store(ctx.tx)
    was: MeetingStatus = "held" if said_met is not None and meeting.status == "held" else "no_show"
    if await meetings.set_status(meeting.id, (was,), "disputed") is None:
        return [Reply(key="feedback-thanks"), *menu_after(ctx)]
    accused = await schedule.absent_of(meeting.id)
    await schedule.set_absent(meeting.id, None)
    detail = f"first said {accused}" if said_met is None else f"met said by {said_met}"
    await meetings.record(meeting.id, ctx.participant.id, "disputed", detail)
    connector = await ctx.tx.participant(meeting.connector_id)
    mentee = await ctx.tx.participant(meeting.mentee_id)
    choices: tuple[Choice, ...] = ()
    if accused is not None and await _paused(ctx, await ctx.tx.participant(accused)):
        # The first report may have paused them; the coordinators decide.
        choices = (Choice(id=f"lift:{accused}", label="feedback-lift"),)
    args: dict[str, object] = {
        "connector": display_name(connector),
        "mentee": display_name(mentee),
        "when": When(at=meeting.starts_at),
        "paused": "yes" if choices else "no",
    }
    if said_met is None:
        alert = Reply(key="feedback-disputed", args=args, choices=choices)
    else:
        says_met = connector if said_met == connector.id else mentee
        says_not = mentee if says_met is connector else connector
        alert = Reply(
            key="feedback-disputed-met",
            args={**args, "says": display_name(says_met), "denies": display_name(says_not)},
            choices=choices,
        )
    for coordinator in await coordinators(ctx.tx):
        await ctx.tx.enqueue_to(coordinator.id, [alert])
    # Both sides: a coordinator checks; nobody is blamed meanwhile.
    me = ctx.participant.id
    other = mentee if me == connector.id else connector
    checked = Reply(
        key="feedback-being-checked",
        args={"name": first_name(other), "when": When(at=meeting.starts_at)},
    )
    await ctx.tx.enqueue_to(
        other.id,
        [Reply(key="feedback-being-checked", args={
            "name": first_name(ctx.participant), "when": When(at=meeting.starts_at)
        })],
    )  # fmt: skip
    return [checked, main_menu(ctx)]


async def _paused(ctx: Ctx, person: Participant) -> bool:
    """Whether new requests (or offers, for a connector) are paused for ``person``."""
    if person.role == "connector":
        return (await meeting_store(ctx.tx).prefs(person.id)).paused
    return person.requests_paused


async def watch_streak(ctx: Ctx, person_id: int) -> None:
    """Two no-shows in a row: a gentle word. Three: pause requests and tell coordinators."""
    recent = await follow_up_store(ctx.tx).recent_attendance(person_id, PAUSE_AT)
    streak = 0
    for meeting in recent:
        if (
            meeting.status != "no_show"
            or await follow_up_store(ctx.tx).absent_of(meeting.id) != person_id
        ):
            break
        streak += 1
    person = await ctx.tx.participant(person_id)
    if streak == GENTLE_AT:
        await ctx.tx.enqueue_to(person_id, [Reply(key="feedback-gentle")])
    elif streak >= PAUSE_AT:
        if person.role == "connector":
            prefs = await meeting_store(ctx.tx).prefs(person_id)
            await meeting_store(ctx.tx).set_prefs(
                person_id, prefs.model_copy(update={"paused": True})
            )
        else:
            await follow_up_store(ctx.tx).set_requests_paused(person_id, True)
        await ctx.tx.audit(person_id, "paused-no-shows", str(streak))
        await ctx.tx.enqueue_to(person_id, [Reply(key="feedback-paused")])
        alert = Reply(
            key="feedback-alert",
            args={"name": person.name or "", "count": streak},
            choices=(Choice(id=f"lift:{person_id}", label="feedback-lift"),),
        )
        for coordinator in await coordinators(ctx.tx):
            await ctx.tx.enqueue_to(coordinator.id, [alert])


async def on_lift(ctx: Ctx, person_id: int) -> list[Reply] | None:
    """A coordinator lifts a no-show pause (the action is declared for coordinators only)."""
    person = await ctx.tx.participant(person_id)
    await follow_up_store(ctx.tx).set_requests_paused(person_id, False)
    if person.role == "connector":
        prefs = await meeting_store(ctx.tx).prefs(person_id)
        await meeting_store(ctx.tx).set_prefs(
            person_id, prefs.model_copy(update={"paused": False})
        )
    await ctx.tx.audit(person_id, "pause-lifted", str(ctx.participant.id))
    await ctx.tx.enqueue_to(person_id, [Reply(key="feedback-unpaused")])
    return [Reply(key="feedback-lifted", args={"name": first_name(person)})]


async def on_confirm_attendance(ctx: Ctx, meeting_id: int) -> list[Reply] | None:
    """Someone answers a reminder with "I'll be there"."""
    meeting = await meeting_store(ctx.tx).meeting(meeting_id)
    if meeting is None or ctx.participant.id not in (meeting.connector_id, meeting.mentee_id):
        return None
    me = ctx.participant
    # Both reminders offer it; the other side hears it once.
    told = await follow_up_store(ctx.tx).said(meeting.id, me.id, "will-attend")
    await meeting_store(ctx.tx).record(meeting.id, me.id, "will-attend", "")
    if not told and meeting.status == "confirmed" and meeting.starts_at > ctx.clock.now():
        other = meeting.mentee_id if me.id == meeting.connector_id else meeting.connector_id
        coming = Reply(
            key="feedback-other-coming",
            args={"name": first_name(me), "when": When(at=meeting.starts_at)},
        )
        await ctx.tx.enqueue_to(other, [coming])
    return [Reply(key="feedback-see-you")]


FEEDBACK: Dialogue[FeedbackAnswers] = Dialogue(
    id="meeting_feedback",
    model=FeedbackAnswers,
    steps=(
        Step(
            id="ask-rating",
            ask=lambda ctx, a: Reply(
                key="feedback-ask-rating",
                choices=tuple(
                    Choice(id=f"rate:{n}", label=label) for n, label in enumerate(RATINGS, start=1)
                ),
            ),
            parse=on_rating,
            save=save_rating,
            help="feedback-rating-help",
            # Skipped when the rating came with the yes ("oui 5 très humain").
            skip=lambda ctx, a: not a.met or a.rating is not None,
        ),
        Step(
            id="ask-comment",
            ask=lambda ctx, a: Reply(
                key="feedback-ask-comment",
                choices=(Choice(id="comment:none", label="feedback-no-comment"),),
            ),
            parse=on_comment,
            save=saves("comment"),
            help="feedback-comment-help",
            skip=lambda ctx, a: not a.met or a.comment is not None or ctx.by_sms,
        ),
        Step(
            id="ask-why",
            ask=lambda ctx, a: Reply(
                key="feedback-ask-why",
                choices=(
                    Choice(id="why:other_absent", label="feedback-why-other"),
                    Choice(id="why:self_absent", label="feedback-why-self"),
                    Choice(id="why:rescheduled", label="feedback-why-rescheduled"),
                ),
            ),
            parse=on_reason,
            save=saves("reason"),
            help="feedback-why-help",
            skip=lambda ctx, a: a.met,
        ),
    ),
    finish=finish_feedback,
)
