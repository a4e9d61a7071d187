"""What the weeks' parts share: its jobs' names, logged time, programme names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from handlers.core.config import HandlerConfig
from handlers.core.context import Ctx
from handlers.core.engine import Answer, Invalid
from handlers.core.ports import Transaction
from handlers.core.values import ArgValue, Choice, Language, Participant, Reply
from handlers.mentorship.matching.notify import subject
from handlers.mentorship.matching.ports import pairing_store
from handlers.mentorship.matching.values import Mentorship, Side

WEEK_JOB = "mentoring_week"
NOTICE_JOB = "mentoring_end_notice"
END_JOB = "mentoring_end"
# Each week's question comes a little before the week is over, so the last week's question
# still comes before the mentorship closes at its end date.
ASK_EARLY = timedelta(hours=2)
NOTICE_BEFORE = timedelta(days=7)


def week_due(pair: Mentorship, week: int, config: HandlerConfig) -> datetime:
    """When the question about week ``week`` (from 1) is asked: a little before the week is
    over, moved out of the quiet hours in the pair's time zone (a question at 7:30 waits
    until the morning is under way)."""
    assert pair.starts_on is not None
    at = pair.starts_on + timedelta(weeks=week) - ASK_EARLY
    return config.daytime(at, pair.meeting_zone or config.default_timezone)


def end_stamp(pair: Mentorship) -> str:
    """The key of the end jobs for the pair's current end date (an extension makes new ones)."""
    assert pair.ends_on is not None
    return f"{pair.id}:{pair.ends_on:%Y%m%d%H%M}"


async def schedule_end(tx: Transaction, pair: Mentorship, config: HandlerConfig) -> None:
    """Schedule the notice a week before the end, and the closing at the end (once each).

    The notice comes in the daytime, after that week's question: by SMS a number answers the
    last options sent, and the weekly question can also be answered in words.
    """
    assert pair.ends_on is not None
    stamp = end_stamp(pair)
    zone = pair.meeting_zone or config.default_timezone
    notice = config.daytime(pair.ends_on - NOTICE_BEFORE + ASK_EARLY / 2, zone)
    await tx.jobs.add(NOTICE_JOB, stamp, notice, subject(pair.id))
    await tx.jobs.add(END_JOB, stamp, pair.ends_on, subject(pair.id))


def logged(minutes: int, target_minutes: int) -> dict[str, ArgValue]:
    """Logged time against the target, as the catalogue shows it ("10 h 30 of 12 hours")."""
    return {"hours": minutes // 60, "minutes": minutes % 60, "target": target_minutes // 60}


def programme_names(config: HandlerConfig, programme: str) -> dict[Language, str]:
    """The programme's name in both languages (its id, if the file no longer lists it)."""
    found = config.programmes.get(programme)
    if found is not None:
        return {"en": found.name("en"), "fr": found.name("fr")}
    return {"en": programme, "fr": programme}


async def their_pair(ctx: Ctx, mentorship_id: int) -> tuple[Mentorship, Side] | None:
    """The mentorship and the person's side of it (None: not theirs)."""
    pair = await pairing_store(ctx.tx).mentorship(mentorship_id)
    side = None if pair is None else pair.side_of(ctx.participant.id)
    return None if pair is None or side is None else (pair, side)


def other_side(pair: Mentorship, participant_id: int) -> int:
    """The participant on the other side from ``participant_id``."""
    return pair.mentor_id if participant_id == pair.mentee_id else pair.mentee_id


async def both(tx: Transaction, pair: Mentorship) -> tuple[Participant, Participant]:
    """The mentee and the mentor."""
    return await tx.participant(pair.mentee_id), await tx.participant(pair.mentor_id)


def named(pair: Mentorship, mentee: Participant, mentor: Participant) -> dict[str, ArgValue]:
    """A pair as coordinators read it: its number and both names."""
    return {"id": pair.id, "mentee": mentee.name or "-", "name": mentor.name or "-"}


@dataclass(frozen=True)
class Several:
    """A question answered with several picks from fixed options, then "that's all".

    The week's topics and what helped in the evaluation ask this way. On Telegram each tap is
    stored, the options left are offered again with "that's all" (once one is picked), and
    picking every option ends the list too. By SMS, where each question costs a message, it
    is asked once: one number, or several in one reply ("2 4", "1, 3 et 5"). Choice ids are
    ``<prefix>:<option>`` and ``<prefix>:done``.
    """

    key: str  # the question's catalogue id (told how many are picked so far)
    prefix: str
    label: str  # an option's label is ``<label><option>`` (the label ends with "-")
    options: tuple[str, ...]
    invalid: str  # the hint when the answer is none of the options

    @property
    def done(self) -> str:
        """The choice id of "that's all"."""
        return f"{self.prefix}:done"

    def ask(self, picked: list[str]) -> Reply:
        """The options not picked yet, and "that's all" once one is."""
        left = tuple(o for o in self.options if o not in picked)
        done = (Choice(id=self.done, label="mentoring-topics-done"),) if picked else ()
        return Reply(
            key=self.key,
            args={"count": len(picked)},
            choices=tuple(Choice(id=f"{self.prefix}:{o}", label=f"{self.label}{o}") for o in left)
            + done,
        )

    def read(self, ctx: Ctx, answer: Answer) -> list[str] | Invalid:
        """The options picked, ending with "" when the list is complete: "that's all", or
        any answer by SMS (asked once there, so several numbers may come in one reply)."""
        picked = answer.choice or ""
        if picked == self.done:
            return [""]
        option = picked.removeprefix(f"{self.prefix}:")
        if option in self.options:
            return [option, ""] if ctx.by_sms else [option]
        numbers = several_numbers(answer.text or "") if not picked else None
        if numbers and all(1 <= n <= len(self.options) for n in numbers):
            return [*(self.options[n - 1] for n in numbers), ""]
        return Invalid(self.invalid)

    def add(self, picked: list[str], options: list[str]) -> tuple[list[str], bool]:
        """The picks with ``options`` added (once each), and whether the list is complete:
        "that's all" ("") after at least one pick, or every option picked."""
        chosen = list(picked)
        for option in options:
            if option and option not in chosen:
                chosen.append(option)
        return chosen, ("" in options and bool(chosen)) or len(chosen) == len(self.options)


_SEVERAL = re.compile(r"\d{1,2}(?:\s*(?:,|;|/|&|\+|\s|\bet\b|\band\b)\s*\d{1,2})+")


def several_numbers(text: str) -> list[int] | None:
    """The numbers of a reply naming several options ("2 4", "1, 3 et 5"); None otherwise."""
    cleaned = text.strip().strip(".!").lower()
    if not _SEVERAL.fullmatch(cleaned):
        return None
    return [int(n) for n in re.findall(r"\d+", cleaned)]
