"""A whole mentorship, three months and a year after it, by moving the clock.

One transcript from the agency's referral to the twelve-month follow-up: referral code, intake,
approval, orientation, suggestion, match, agreement, a weekly log every week, the monthly
check-ins, the planned closure, the evaluation and the employment question, the certificate,
and the follow-ups at 3, 6 and 12 months. Everyone is on Telegram here, so an answer can go to
an older message's button (``tap``) the way a person scrolls up; each dialogue has transcripts
of its own in both languages and renderings.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from storage.tables import checkin_answers, employment_asks, mentorship_weeks, mentorships
from tests.conftest import Transcript, register, sent_to, texts
from tests.test_coordination import coordinator, person_id
from tests.test_mentoring import pdf_text, tap
from tests.test_mentorship_intake import (
    agency,
    answer_as_mentee,
    code_in,
    enrol_mentor,
    joins_with,
    members,
    orient,
)
from tests.test_outcomes import rows
from tests.test_pairing import set_out

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql


async def test_a_whole_mentorship_from_the_agency_referral_to_the_twelve_month_follow_up(
    chat: Transcript,
) -> None:
    # The referral: an agency mints a code, Amina joins with it and answers the questions.
    await coordinator(chat, "telegram")
    lasi = await agency(chat, style="telegram")
    code = code_in((await chat.say("lasi", "/refer career"))[0])
    await joins_with(chat, "amina", f"/start {code}", "telegram", False)
    await chat.press("amina", 1)
    await answer_as_mentee(chat, "amina", objective="Bridge engineer")
    amina = await person_id(chat, "amina")
    assert await members(chat) == [(amina, "career", "mentee", "waiting", lasi)]
    # Approval (the agency is told), then the orientation in the chat.
    approved = await chat.say("coord", f"/approve {amina}")
    assert "accepted" in texts(sent_to(approved, "lasi"))
    await orient(chat, "amina")
    # A mentor, suggested with reasons, proposed, and both say yes.
    await register(chat, "ben", style="telegram", connector=True,
                   profession="Bridge engineer", city="Ottawa")  # fmt: skip
    ben = await enrol_mentor(chat, "ben")
    suggested = texts(await chat.say("coord", f"/suggest {amina}"))
    assert f"#{ben} Ben" in suggested
    await chat.pick("coord", f"pairmatch:{amina}:{ben}")
    await chat.pick("ben", "pairyes:1")
    await chat.pick("amina", "pairyes:1")
    await set_out(chat)
    started = await chat.pick("ben", "pairok:1")
    assert "aiming for 13 hours" in texts(started)
    # Twelve weeks: each week Amina logs an hour; each month both answer the check-in. (The
    # thirteenth week's question comes with the closure.)
    months_answered = 0
    for week_number in range(1, 13):
        sent = await chat.line(":clock +7d")
        asked = {c.id for m in sent_to(sent, "amina") for c in m.choices}
        if f"mweek:1:{week_number}:yes" in asked:
            await tap(chat, "amina", f"mweek:1:{week_number}:yes")
            await tap(chat, "amina", "mdur:60")
            await tap(chat, "amina", "mtopic:interview")
            await tap(chat, "amina", "mtopic:done")
        for name in ("amina", "ben"):
            month = next((c.id for m in sent_to(sent, name) for c in m.choices
                          if c.id.startswith("checkin:")), None)  # fmt: skip
            if month is None:
                continue
            await tap(chat, name, month)
            await tap(chat, name, "checkinrate:4")
            await tap(chat, name, "progress:some")
            await tap(chat, name, "progress:some")
            await chat.say(name, "Nothing to add" if name == "ben" else "All good")
            months_answered += 1
    weeks = await rows(chat, sa.select(sa.func.count(), sa.func.sum(mentorship_weeks.c.minutes))
                       .where(mentorship_weeks.c.outcome == "met"))  # fmt: skip
    assert weeks == [(12, 720)]
    checkins = await rows(chat, sa.select(sa.func.count()).select_from(checkin_answers))
    assert months_answered >= 4  # at least two months, both sides
    assert checkins == [(months_answered,)]
    # The planned end: closed, certificate, evaluation, employment question.
    closing = await chat.line(":clock +7d")
    status = await rows(chat, sa.select(mentorships.c.status))
    assert status == [("closed",)]
    to_amina = sent_to(closing, "amina")
    certificate = next(m for m in to_amina if m.attachments)
    shown = pdf_text(certificate)
    assert "Amina" in shown
    assert "Career Mentoring Program" in shown
    await tap(chat, "amina", "meval:1")
    await tap(chat, "amina", "mrate:5")
    await tap(chat, "amina", "mhelp:contacts")
    await tap(chat, "amina", "mhelp:done")
    await tap(chat, "amina", "yes")
    employment = await chat.say("amina", "Thank you Ben")
    assert "what is your work situation now?" in texts(employment)
    await tap(chat, "amina", "emplis:searching")
    # The follow-ups: 3, 6 and 12 months after the closure, each asked once.
    for months, days, answer in ((3, 92, "emplis:searching"), (6, 92, "emplis:related"),
                                 (12, 184, "emplis:field")):  # fmt: skip
        later = await chat.line(f":clock +{days}d")
        question = [m for m in sent_to(later, "amina") if "work situation" in m.text]
        assert len(question) == 1, months
        assert f"Your mentorship ended {months} months ago" in question[0].text
        await tap(chat, "amina", next(c.id for c in question[0].choices
                                      if c.id.endswith(answer.split(":")[1])))  # fmt: skip
    answered = await rows(chat, sa.select(employment_asks.c.source, employment_asks.c.months,
                                          employment_asks.c.status)
                          .where(employment_asks.c.source == "mentorship")
                          .order_by(employment_asks.c.months))  # fmt: skip
    assert [(m, s) for _, m, s in answered] == [
        (0, "searching"),
        (3, "searching"),
        (6, "related"),
        (12, "field"),
    ]


async def test_a_french_sms_mentees_whole_programme_costs_at_most_120_segments(
    chat: Transcript,
) -> None:
    """Intake to the twelve-month follow-up by SMS, in French, answering as the questions
    invite (a week's log in one reply, "1 1h30"): the mentee's cost stays within 120 SMS
    segments, and no message is over 2."""
    await coordinator(chat, "telegram")
    await agency(chat, style="telegram")
    code = code_in((await chat.say("lasi", "/refer career"))[0])
    await joins_with(chat, "amina", f"REJOINDRE {code}", "sms", True)
    start = len(chat.recorder.messages)  # the programme's cost from here
    await chat.press("amina", 1)  # confirms her registration: the intake's questions follow
    await answer_as_mentee(chat, "amina", objective="Ingénieure en génie civil")
    amina = await person_id(chat, "amina")
    await chat.say("coord", f"/approve {amina}")
    await orient(chat, "amina")
    await register(chat, "ben", style="telegram", connector=True,
                   profession="Bridge engineer", city="Ottawa")  # fmt: skip
    ben = await enrol_mentor(chat, "ben")
    await chat.say("coord", f"/suggest {amina}")
    await chat.pick("coord", f"pairmatch:{amina}:{ben}")
    await chat.pick("ben", "pairyes:1")
    await chat.pick("amina", "pairyes:1")
    await set_out(chat)
    await chat.pick("ben", "pairok:1")
    week_number = 0
    for _ in range(12 * 7):  # day by day, answering what comes as it comes
        sent = sent_to(await chat.line(":clock +1d"), "amina")
        asked = {c.id for m in sent for c in m.choices}
        if f"mweek:1:{week_number + 1}:yes" in asked:
            week_number += 1
            await chat.say("amina", "1 1h30")  # met, and for how long, in one reply
            await chat.say("amina", "2 4")  # the topics, several in one reply
        month = next((i for i in asked if i.startswith("checkin:")), None)
        if month is not None:
            if f"mweek:1:{week_number}:yes" in asked:  # both at once: the rating typed
                await chat.say("amina", "4")
            else:
                await chat.pick("amina", month)
            await answer_checkin(chat, "amina", month)
    await chat.line(":clock +7d")  # the planned end
    for step in ("meval:1", "mrate:5", "mhelp:contacts", "mhelp:done", "yes"):
        if any(c.id == step for c in chat.simulator.channel.last_choices("amina")):
            await chat.pick("amina", step)
    await chat.say("amina", "Merci Ben")
    await chat.pick("amina", "emplis:searching")
    for days in (92, 92, 184):
        await chat.line(f":clock +{days}d")
        ids = [c.id for c in chat.simulator.channel.last_choices("amina")]
        await chat.pick("amina", next(i for i in ids if i.endswith(":related")))
    received = [m for m in chat.recorder.messages[start:] if m.to == "amina"]
    total = sum(m.segments or 0 for m in received)
    lines = "\n".join(f"{m.segments} | {' / '.join(m.text.splitlines())[:110]}" for m in received)
    assert all((m.segments or 0) <= 2 for m in received), lines
    assert await rows(chat, sa.select(sa.func.count()).select_from(mentorship_weeks)
                      .where(mentorship_weeks.c.outcome == "met")) == [(12,)]  # fmt: skip
    assert total <= 120, f"{len(received)} messages, {total} segments\n{lines}"


async def answer_checkin(chat: Transcript, name: str, month: str) -> None:
    """``name`` answers a monthly check-in as it asks, whatever its rendering folds together:
    things are going well (4), some progress, and a last word."""
    for _ in range(6):
        ids = [c.id for c in chat.simulator.channel.last_choices(name)]
        picked = next((i for i in ids if i == month or i in ("checkinrate:4", "progress:some")),
                      None)  # fmt: skip
        if picked is None:
            break
        await chat.pick(name, picked)
    await chat.say(name, "Rien à ajouter")
