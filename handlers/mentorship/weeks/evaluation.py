"""The final evaluation, for both sides at closure: overall 1 to 5, what helped most, whether
they would recommend the programme, and a comment for the coordinator (which may be skipped).
A rating of 2 or less alerts the coordinator. The mentee then goes on to the employment
question (another feature's action) or, until that exists, to the main menu.
"""

from __future__ import annotations

import dataclasses

from pydantic import BaseModel, Field

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step, saves
from handlers.core.menu import main_menu
from handlers.core.parsing import ascii_int, clean_text
from handlers.core.values import Choice, Reply
from handlers.mentorship.matching.notify import tell_coordinator
from handlers.mentorship.weeks.common import Several, both, named, their_pair
from handlers.mentorship.weeks.ports import mentoring_store
from handlers.mentorship.weeks.values import HELPED, Evaluation

HELPED_QUESTION = Several(
    key="mentoring-ask-helped",
    prefix="mhelp",
    label="mentoring-helped-",
    options=HELPED,
    invalid="mentoring-helped-invalid",
)
# A mentor is asked what helped the mentorship, in a mentor's words (same options, same ids).
MENTOR_HELPED_QUESTION = dataclasses.replace(
    HELPED_QUESTION, key="mentoring-ask-helped-mentor", label="mentoring-helped-mentor-"
)
SKIP_COMMENT = "mcomment:skip"
LOW_RATING = 2


class EvaluationAnswers(BaseModel):
    """One side's evaluation in progress."""

    mentorship_id: int = 0
    side: str = "mentee"
    rating: int | None = None
    helped: list[str] = Field(default_factory=list)
    helped_done: bool = False
    recommend: bool | None = None
    comment: str | None = None


async def open_evaluation(ctx: Ctx, rest: str) -> Result | None:
    """``meval:<pair>``: start the final evaluation of a closed mentorship (once per side)."""
    number = ascii_int(rest)
    found = None if number is None else await their_pair(ctx, number)
    if found is None:
        return None
    pair, side = found
    if pair.status != "closed":
        return [Reply(key="mentoring-not-closed")]
    if await mentoring_store(ctx.tx).evaluated(pair.id, side):
        return [Reply(key="mentoring-evaluation-given")]
    return [Open(EVALUATE.id, EvaluationAnswers(mentorship_id=pair.id, side=side))]


def ask_rating(ctx: Ctx, answers: EvaluationAnswers) -> Reply:
    """Ask the overall rating, 1 to 5, in that order: by SMS the number typed is the rating
    (listed 5 first, "5" typed meant option 5, "1 Very poor")."""
    return Reply(
        key="mentoring-ask-rating",
        choices=tuple(Choice(id=f"mrate:{n}", label=f"mentoring-rating-{n}") for n in range(1, 6)),
    )


def on_rating(ctx: Ctx, answer: Answer) -> int | Invalid:
    """Store the rating; ask what helped next."""
    # A tap, a menu number by SMS, or the rating typed ("5") where buttons are shown.
    picked = ascii_int((answer.choice or "").removeprefix("mrate:") or (answer.text or "").strip())
    if picked is not None and 1 <= picked <= 5:
        return picked
    return Invalid("mentoring-rating-invalid")


def ask_helped(ctx: Ctx, answers: EvaluationAnswers) -> Reply:
    """Ask what helped most, several allowed; "that's all" once one is picked."""
    asked = MENTOR_HELPED_QUESTION if answers.side == "mentor" else HELPED_QUESTION
    return asked.ask(answers.helped)


def on_helped(ctx: Ctx, answer: Answer) -> list[str] | Invalid:
    """What helped, ending with "" for that's all (see ``Several.read``)."""
    return HELPED_QUESTION.read(ctx, answer)


def save_helped(answers: EvaluationAnswers, helped: list[str]) -> EvaluationAnswers:
    """Add what helped (once); all of them, or that's all, ends the list."""
    chosen, done = HELPED_QUESTION.add(answers.helped, helped)
    return answers.model_copy(update={"helped": chosen, "helped_done": done})


def ask_recommend(ctx: Ctx, answers: EvaluationAnswers) -> Reply:
    """Would you recommend the programme?"""
    return Reply(
        key="mentoring-ask-recommend",
        choices=(Choice(id="yes", label="mentoring-recommend-yes", means="yes"),
                 Choice(id="no", label="mentoring-recommend-no", means="no")),
    )  # fmt: skip


def on_recommend(ctx: Ctx, answer: Answer) -> bool | Invalid:
    """Store yes or no; ask for a comment next."""
    if answer.choice in ("yes", "no"):
        return answer.choice == "yes"
    return Invalid("mentoring-recommend-invalid")


def ask_comment(ctx: Ctx, answers: EvaluationAnswers) -> Reply:
    """Ask for a comment for the coordinator, which may be skipped."""
    return Reply(
        key="mentoring-ask-comment",
        choices=(Choice(id=SKIP_COMMENT, label="mentoring-comment-skip"),),
    )


def on_comment(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the comment ("" when skipped); the evaluation is complete."""
    if answer.choice == SKIP_COMMENT:
        return ""
    return clean_text(answer.text, minimum=2, maximum=300) or Invalid("mentoring-comment-invalid")


async def finish_evaluation(ctx: Ctx, answers: EvaluationAnswers) -> Result:
    """Store the evaluation, alert on a low rating; the mentee goes on to the employment one."""
    found = await their_pair(ctx, answers.mentorship_id)
    assert answers.rating is not None
    assert answers.recommend is not None
    if found is None:
        return [Reply(key="mentoring-not-closed")]
    pair, side = found
    evaluation = Evaluation(rating=answers.rating, helped=tuple(answers.helped),
                            recommend=answers.recommend,
                            comment=answers.comment or None)  # fmt: skip
    if not await mentoring_store(ctx.tx).save_evaluation(pair.id, ctx.participant.id, side,
                                                         evaluation):  # fmt: skip
        return [Reply(key="mentoring-evaluation-given")]
    if evaluation.rating <= LOW_RATING or evaluation.comment:
        mentee, mentor = await both(ctx.tx, pair)
        key = "mentoring-coordinator-low" if evaluation.rating <= LOW_RATING else (
            "mentoring-coordinator-comment")  # fmt: skip
        await tell_coordinator(ctx.tx, pair, [Reply(
            key=key, args={**named(pair, mentee, mentor), "who": ctx.participant.name or "-",
                           "rating": evaluation.rating, "comment": evaluation.comment or "-"},
        )])  # fmt: skip
    thanks = Reply(key="mentoring-evaluation-thanks")
    if side != "mentee":
        return [thanks, main_menu(ctx)]
    led = await ctx.features.act(ctx, f"employment:{pair.id}")
    return [thanks, *(led if led is not None else [main_menu(ctx)])]


EVALUATE: Dialogue[EvaluationAnswers] = Dialogue(
    id="mentoring_evaluation",
    model=EvaluationAnswers,
    steps=(
        Step(id="ask-eval-rating", ask=ask_rating, parse=on_rating, save=saves("rating"),
             help="mentoring-rating-help"),
        Step(id="ask-eval-helped", ask=ask_helped, parse=on_helped, save=save_helped,
             next=lambda a: "ask-eval-recommend" if a.helped_done else "ask-eval-helped",
             help="mentoring-helped-help"),
        Step(id="ask-eval-recommend", ask=ask_recommend, parse=on_recommend,
             save=saves("recommend"), help="mentoring-recommend-help"),
        Step(id="ask-eval-comment", ask=ask_comment, parse=on_comment, save=saves("comment"),
             help="mentoring-comment-help"),
    ),
    finish=finish_evaluation,
)  # fmt: skip
