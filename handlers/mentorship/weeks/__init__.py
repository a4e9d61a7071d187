"""The weeks, a mentorship's third stage (feature ``mentoring``): an active mentorship's life.

Weekly logs (``weekly.py``), My mentorship (``summary.py``), extension and closing at the
planned end, by both sides or by the coordinator (``requests.py``, ``closing.py``), the final
evaluation (``evaluation.py``) and the certificate of completion (``certificate.py``). The pair
itself, from proposal to start, is the matching stage's (handlers/mentorship/matching).
"""

from __future__ import annotations

from handlers.core.feature import Action, Command, Feature, JobKind, MenuItem
from handlers.core.jobs import PERSON_GONE
from handlers.core.values import Role
from handlers.meetings import by_id
from handlers.mentorship.weeks.certificate import certificate_again
from handlers.mentorship.weeks.closing import close_command, end_notice, end_planned, parse_close
from handlers.mentorship.weeks.common import END_JOB, NOTICE_JOB, WEEK_JOB
from handlers.mentorship.weeks.evaluation import EVALUATE, open_evaluation
from handlers.mentorship.weeks.exports import EXPORTS
from handlers.mentorship.weeks.gone import pause_for_gone
from handlers.mentorship.weeks.numbers import mentoring_in_period
from handlers.mentorship.weeks.requests import (
    agree_end,
    agree_extension,
    ask_end,
    ask_extension,
    plan_kept,
    refuse_end,
    refuse_extension,
)
from handlers.mentorship.weeks.summary import in_a_mentorship, my_mentorship, on_show, on_weeks
from handlers.mentorship.weeks.weekly import (
    LOG,
    ask_week,
    on_week,
    read_week_answer,
    schedule_new_pairs,
)

COORDINATORS: frozenset[Role] = frozenset({"coordinator"})
PAIRED: frozenset[Role] = frozenset({"mentee", "mentor", "connector"})

FEATURE = Feature(
    name="mentoring",
    package=__name__,
    builds_on=("registration", "meetings", "mentorship", "pairing"),
    dialogues=(LOG, EVALUATE),
    menu=(
        MenuItem(id="menu:my-mentorship", label="mentoring-menu", order=22, roles=PAIRED,
                 run=my_mentorship, shown=in_a_mentorship),
    ),
    commands=(
        Command(names={"en": "close", "fr": "cloturer"}, about="mentoring-close-about",
                parse=parse_close, usage="mentoring-close-usage", run=close_command,
                roles=COORDINATORS),
    ),
    actions=(
        # They come with notifications, so they work in the middle of another dialogue too.
        Action("mweek", on_week, anytime=True),
        Action("mplan", plan_kept, anytime=True),
        Action("mextend", ask_extension, anytime=True),
        Action("mextyes", agree_extension, anytime=True),
        Action("mextno", refuse_extension, anytime=True),
        Action("mend", ask_end),
        Action("mshow", by_id(on_show)),
        Action("mweeks", by_id(on_weeks)),
        Action("mendyes", agree_end, anytime=True),
        Action("mendno", refuse_end, anytime=True),
        Action("meval", open_evaluation, anytime=True),
        Action("mcert", certificate_again),
    ),
    jobs=(
        # However late, a week's question is still worth asking (the next one follows it), a
        # notice still lets the pair extend, and a planned end still closes.
        JobKind(WEEK_JOB, ask_week),
        JobKind(NOTICE_JOB, end_notice),
        JobKind(END_JOB, end_planned),
        # A side can no longer be reached: the pair pauses, the other side and the
        # coordinator are told (after the meetings feature has cancelled what was coming).
        JobKind(PERSON_GONE, pause_for_gone),
    ),
    scans=(schedule_new_pairs,),
    numbers=(mentoring_in_period,),
    exports=EXPORTS,
    # "yes, we met on Tuesday" typed to the open week's question, outside any dialogue.
    readers=(read_week_answer,),
)  # fmt: skip
