"""Outcomes as conversations: monthly check-ins, interviews and events, employment follow-ups.

Mentorships are written through storage (building one by dialogue is tests/test_pairing.py's
job); the clock is moved by months and the due-scan runs as it would in production.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from handlers.mentorship.outcomes.checkins import months_after
from handlers.mentorship.outcomes.dates import parse_past_day
from storage.tables import (
    checkin_answers,
    employment_asks,
    job_reports,
    meetings,
    mentorships,
    outcome_events,
    participants,
    scheduled,
    slots,
)
from tests.conftest import (
    START,
    Transcript,
    body,
    labels,
    plain,
    register,
    sent_to,
    texts,
    whole_report,
)
from tests.test_coordination import command, coordinator, person_id

GOALS = ("Practise interviews", "Meet engineers")


async def active_pair(
    chat: Transcript, style: str, *, french: bool = False, goals: tuple[str, ...] = GOALS,
    weeks: int = 13,
) -> tuple[int, int, int]:  # fmt: skip
    """Amina (newcomer) and Ben (connector) in an active mentorship from now; the ids."""
    await register(chat, "amina", style=style, french=french)
    await register(chat, "ben", style=style, french=french, connector=True,
                   profession="Bridge engineer")  # fmt: skip
    await coordinator(chat, style, french=french)
    amina, ben, coord = [await person_id(chat, name) for name in ("amina", "ben", "coord")]
    async with chat.simulator.app.engine.begin() as conn:
        inserted = await conn.execute(sa.insert(mentorships).values(
            programme="career", mentee_id=amina, mentor_id=ben, coordinator_id=coord,
            status="active", target_minutes=780, proposed_at=START, starts_on=START,
            ends_on=START + timedelta(weeks=weeks), goals=list(goals), meeting_day=1,
            meeting_time="18:00", meeting_zone="America/Toronto", meeting_format="video",
            agreed_at=START, updated_at=START,
        ))  # fmt: skip
        assert inserted.inserted_primary_key is not None
        return int(inserted.inserted_primary_key[0]), amina, ben


async def rows(chat: Transcript, query: Any) -> list[tuple[object, ...]]:
    """Every row ``query`` returns."""
    async with chat.simulator.app.engine.connect() as conn:
        return [tuple(row) for row in await conn.execute(query)]


async def set_status(chat: Transcript, pair: int, status: str) -> None:
    """Close (or otherwise move) a mentorship, as the closure would."""
    async with chat.simulator.app.engine.begin() as conn:
        await conn.execute(
            sa.update(mentorships).where(mentorships.c.id == pair).values(status=status)
        )


# Monthly check-ins


async def test_a_monthly_check_in_alerts_the_coordinator_on_a_low_score(
    chat: Transcript, style: str
) -> None:
    pair, _, _ = await active_pair(chat, style)
    early = await chat.line(":clock +30d")
    assert "check-in" not in texts(early)
    sent = await chat.line(":clock +1d")
    assert "Monthly check-in (month 1) of your mentorship with Ben" in texts(
        sent_to(sent, "amina")
    ) or "monthly check-in of your mentorship with Ben (month 1)" in texts(sent_to(sent, "amina"))
    assert "with Amina" in texts(sent_to(sent, "ben"))
    asked = await chat.pick("amina", f"checkin:{pair}:1")
    assert "How satisfied are you" in texts(asked)
    refused = await chat.say("amina", "7")
    assert "Please pick a number from 1 to 5." in texts(refused)
    goal = await chat.pick("amina", "checkinrate:2")
    assert "Goal 1: Practise interviews. How far along is it?" in texts(goal)
    second = await chat.pick("amina", "progress:some")
    assert "Goal 2: Meet engineers." in texts(second)
    concern = await chat.pick("amina", "progress:none")
    assert "anything the coordinator should know?" in texts(concern)
    done = await chat.say("amina", "Ben missed our last two meetings")
    assert "I passed your answer on to the coordinator" in texts(sent_to(done, "amina"))
    alert = texts(sent_to(done, "coord"))
    assert "Amina (the newcomer) rated the mentorship 2/5." in alert
    assert "Their words: Ben missed our last two meetings" in alert
    assert f"Check-in of match #{pair} (month 1): Amina (the newcomer)" in alert
    stored = await rows(chat, sa.select(checkin_answers.c.satisfaction, checkin_answers.c.progress,
                                        checkin_answers.c.alerted))  # fmt: skip
    assert stored == [(2, ["some", "none"], True)]
    # Ben is happy: no alert.
    await chat.pick("ben", f"checkin:{pair}:1")
    await chat.pick("ben", "checkinrate:5")
    await chat.pick("ben", "progress:achieved")
    await chat.pick("ben", "progress:some")
    fine = await chat.pick("ben", "checkin:nothing")
    assert "Thank you for your check-in!" in texts(fine)
    assert not sent_to(fine, "coord")


async def test_check_ins_come_monthly_once_across_a_restart_and_stop_at_closure(
    chat: Transcript,
) -> None:
    pair, _, _ = await active_pair(chat, "sms", weeks=26)
    await chat.line(":clock +28d")  # the weekly logs ask first
    first = await chat.line(":clock +3d")
    assert len([m for m in sent_to(first, "amina") if "check-in" in m.text]) == 1
    await chat.line(":restart")
    assert "check-in" not in texts(await chat.line(":clock +1d"))
    second = await chat.line(":clock 2027-02-01T10:00")
    assert "(month 2)" in texts(sent_to(second, "amina"))
    assert "(month 2)" in texts(sent_to(second, "ben"))
    await set_status(chat, pair, "closed")
    assert "check-in" not in texts(await chat.line(":clock +40d"))
    jobs = await rows(chat, sa.select(scheduled.c.key, scheduled.c.status)
                      .where(scheduled.c.kind == "outcomes_checkin")
                      .order_by(scheduled.c.id))  # fmt: skip
    assert jobs == [(f"{pair}:1", "done"), (f"{pair}:2", "done"), (f"{pair}:3", "done")]


async def test_an_old_check_in_button_says_it_was_answered(chat: Transcript) -> None:
    pair, _, _ = await active_pair(chat, "telegram", goals=())
    await chat.line(":clock +28d")  # the weekly logs ask first
    await chat.line(":clock +3d")
    await chat.pick("amina", f"checkin:{pair}:1")
    concern = await chat.pick("amina", "checkinrate:4")
    assert "anything the coordinator should know?" in texts(concern)  # no goals: none asked
    await chat.pick("amina", "checkin:nothing")
    tap = chat.simulator._receive("amina", None, choice=f"checkin:{pair}:1")
    again = await chat._new(tap)
    assert "You have already answered this check-in." in texts(again)


async def test_check_in_in_french_with_a_concern(chat: Transcript, style: str) -> None:
    pair, _, _ = await active_pair(chat, style, french=True, goals=("Pratiquer les entrevues",))
    await chat.line(":clock +28d")  # the weekly logs ask first
    sent = await chat.line(":clock +3d")
    assert "avec Ben" in texts(sent_to(sent, "amina"))
    asked = await chat.pick("amina", f"checkin:{pair}:1")
    assert "le mentorat vous satisfait-il?" in texts(asked)
    goal = await chat.pick("amina", "checkinrate:4")
    assert "Objectif 1 : Pratiquer les entrevues. Où en est-il?" in texts(goal)
    await chat.pick("amina", "progress:achieved")
    done = await chat.say("amina", "J'aimerais changer l'heure de nos rencontres")
    assert "J'ai transmis votre réponse à la coordination" in texts(sent_to(done, "amina"))
    alert = texts(sent_to(done, "coord"))
    assert "(la personne mentorée) donne 4/5 au mentorat" in alert
    assert "Ses mots : J'aimerais changer l'heure de nos rencontres" in alert


# Interviews and events


async def test_a_mentee_logs_an_interview_and_an_event(chat: Transcript, style: str) -> None:
    await register(chat, "amina", style=style)
    await chat.say("amina", "menu")
    asked = await chat.pick("amina", "menu:interview")
    assert texts(asked) == "Good for you! Which employer was the interview with?"
    day = await chat.say("amina", "City of Ottawa")
    assert "When was the interview?" in texts(day)
    bad = await chat.say("amina", "next friday")
    assert "Please type a day in the past year" in texts(bad)
    role = await chat.say("amina", "Nov 27")
    assert "What was the role?" in texts(role)
    done = await chat.say("amina", "Junior civil engineer")
    assert "Interview noted. Good luck!" in texts(done)
    await chat.pick("amina", "menu:event")
    await chat.say("amina", "Engineers job fair")
    noted = await chat.pick("amina", "day:yesterday")
    assert "Event noted." in texts(noted)
    logged = await rows(chat, sa.select(
        outcome_events.c.kind, outcome_events.c.programme, outcome_events.c.name,
        outcome_events.c.role, outcome_events.c.on_day,
    ).order_by(outcome_events.c.id))  # fmt: skip
    assert logged == [
        ("interview", "connector", "City of Ottawa", "Junior civil engineer", date(2026, 11, 27)),
        ("event", "connector", "Engineers job fair", "", date(2026, 11, 30)),
    ]


async def test_events_in_french_count_for_the_mentorship(chat: Transcript, style: str) -> None:
    await active_pair(chat, style, french=True)
    await chat.say("amina", "menu")
    asked = await chat.pick("amina", "menu:event")
    assert "Quel était l'événement?" in texts(asked)
    await chat.say("amina", "Salon de l'emploi")
    done = await chat.say("amina", "hier")
    assert "Événement noté." in texts(done)
    await chat.pick("amina", "menu:interview")
    await chat.say("amina", "Ville d'Ottawa")
    await chat.say("amina", "le 15 mars")
    role = await chat.pick("amina", "role:none")
    assert "Entrevue notée. Bonne chance!" in texts(role)
    logged = await rows(chat, sa.select(outcome_events.c.programme, outcome_events.c.on_day))
    assert logged == [("career", date(2026, 11, 30)), ("career", date(2026, 3, 15))]


# Employment follow-ups


async def test_closure_asks_now_and_after_3_6_and_12_months(chat: Transcript, style: str) -> None:
    pair, _, _ = await active_pair(chat, style)
    await set_status(chat, pair, "closed")
    # The closure code runs these two actions; here the mentee's closure is a tap on a button.
    asked = await chat._new(chat.simulator._receive("amina", None, choice=f"employment:{pair}"))
    assert "One last question: what is your work situation now?" in texts(asked)
    done = await chat.pick("amina", "emplis:searching")
    assert "Keep going" in texts(done)
    assert await act_as(chat, "amina", f"employment-due:{pair}") == []
    assert await act_as(chat, "amina", f"employment-due:{pair}") == []  # idempotent
    asks = await rows(chat, sa.select(employment_asks.c.months, employment_asks.c.status)
                      .order_by(employment_asks.c.months))  # fmt: skip
    assert asks == [(0, "searching"), (3, None), (6, None), (12, None)]
    assert "work situation" not in texts(await chat.line(":clock +89d"))
    await chat.line(":restart")
    three = await chat.line(":clock +3d")
    question = sent_to(three, "amina")
    assert "Your mentorship ended 3 months ago. What is your work situation now?" in texts(
        question
    )
    # No answer: one reminder a week later, and no more.
    again = await chat.line(":clock +7d")
    assert "A gentle reminder: what is your work situation now?" in texts(sent_to(again, "amina"))
    assert "work situation" not in texts(await chat.line(":clock +14d"))
    job = await chat.pick("amina", "empl:")  # the first choice: employed in my field
    assert "Congratulations! What is the job?" in texts(job)
    start = await chat.say("amina", "Junior civil engineer")
    assert "When did you start" in texts(start)
    thanks = await chat.say("amina", "02/2027")
    assert "Thank you, and congratulations!" in texts(thanks)
    asks = await rows(chat, sa.select(employment_asks.c.months, employment_asks.c.status,
                                      employment_asks.c.role, employment_asks.c.start_month)
                      .where(employment_asks.c.months == 3))  # fmt: skip
    assert asks == [(3, "field", "Junior civil engineer", "2027-02")]


async def act_as(chat: Transcript, name: str, choice: str) -> list[str]:
    """Run an action as ``name`` the way another feature's code would; return reply keys."""
    from handlers.core.context import Ctx

    app = chat.simulator.app
    number = await person_id(chat, name)
    async with app.store.transaction() as tx:
        person = await tx.participant(number)
        address = await tx.reach(person.id)
        assert address is not None
        ctx = Ctx(tx, app.clock, app.settings.handler_config(), address, person, app.features)
        result = await app.features.act(ctx, choice)
        assert result is not None
        return [getattr(item, "key", getattr(item, "dialogue", "")) for item in result]


async def test_an_erased_or_opted_out_person_is_never_asked(chat: Transcript) -> None:
    pair, amina, _ = await active_pair(chat, "sms")
    await set_status(chat, pair, "closed")
    assert await act_as(chat, "amina", f"employment-due:{pair}") == []
    async with chat.simulator.app.engine.begin() as conn:
        await conn.execute(
            sa.update(participants).where(participants.c.id == amina).values(status="erased")
        )
    sent = await chat.line(":clock +400d")
    assert not sent_to(sent, "amina")
    jobs = await rows(chat, sa.select(scheduled.c.status, scheduled.c.detail)
                      .where(scheduled.c.kind == "outcomes_employment_ask"))  # fmt: skip
    # At closure (two days on), 3, 6 and 12 months: none of them asked.
    assert jobs == [("dropped", "erased or no consent")] * 4


async def test_a_connector_newcomer_is_asked_after_the_first_held_meeting(
    chat: Transcript, style: str
) -> None:
    await register(chat, "amina", style=style, french=True)
    await register(chat, "ben", style=style, connector=True)
    await coordinator(chat, style)
    amina, ben = await person_id(chat, "amina"), await person_id(chat, "ben")
    meeting = await seed_meeting(chat, ben, amina, START - timedelta(days=1))
    settled = await chat.say("coord", command(style, f"settle {meeting} held"))
    assert texts(settled)
    second = await seed_meeting(chat, ben, amina, START + timedelta(days=20))
    await chat.say("coord", command(style, f"settle {second} held"))
    asks = await rows(chat, sa.select(employment_asks.c.source, employment_asks.c.months,
                                      employment_asks.c.due_at)
                      .order_by(employment_asks.c.months))  # fmt: skip
    first = START - timedelta(days=1)
    assert asks == [("connector", m, months_after(first, m)) for m in (3, 6, 12)]
    sent = await chat.line(":clock 2027-03-01T10:00")
    question = texts(sent_to(sent, "amina"))
    assert (
        "Votre première rencontre du programme date de 3 mois. Quelle est votre situation "
        "d'emploi maintenant?"
    ) in question
    assert labels(sent_to(sent, "amina")[-1])[-1] == "Toujours en recherche"
    done = await chat.pick("amina", "empl:")
    assert "Félicitations! Quel est le poste?" in texts(done)


async def seed_meeting(chat: Transcript, connector: int, mentee: int, starts: datetime) -> int:
    """A confirmed Connector meeting between the two; its id."""
    async with chat.simulator.app.engine.begin() as conn:
        ends = starts + timedelta(minutes=30)
        slot = await conn.execute(sa.insert(slots).values(
            connector_id=connector, starts_at=starts, ends_at=ends, format="phone",
            status="taken", created_at=starts - timedelta(days=2),
        ))  # fmt: skip
        assert slot.inserted_primary_key is not None
        made = await conn.execute(sa.insert(meetings).values(
            slot_id=slot.inserted_primary_key[0], connector_id=connector, mentee_id=mentee,
            starts_at=starts, ends_at=ends, status="confirmed",
            created_at=starts - timedelta(days=2), updated_at=starts - timedelta(days=2),
        ))  # fmt: skip
        assert made.inserted_primary_key is not None
        return int(made.inserted_primary_key[0])


# Numbers


@pytest.mark.postgresql  # grouped counts and correlated subqueries, on both databases
async def test_stats_count_outcomes_worked_out_by_hand(chat: Transcript, style: str) -> None:
    pair, amina, ben = await active_pair(chat, style)
    await register(chat, "carla", style=style)
    carla = await person_id(chat, "carla")
    week = START - timedelta(days=3)
    before = START - timedelta(days=10)
    async with chat.simulator.app.engine.begin() as conn:
        # Check-ins: two this week (one alerted), one the week before.
        for who, month, score, alerted, at in ((amina, 1, 2, True, week), (ben, 1, 5, False, week),
                                               (amina, 0, 4, False, before)):  # fmt: skip
            await conn.execute(sa.insert(checkin_answers).values(
                mentorship_id=pair, participant_id=who, month=month, satisfaction=score,
                progress=[], concern="", alerted=alerted, answered_at=at))  # fmt: skip
        # Interviews: two this week, none before; events: one before.
        for kind, at in (("interview", week), ("interview", week), ("event", before)):
            await conn.execute(sa.insert(outcome_events).values(
                participant_id=amina, programme="career", kind=kind, name="X",
                on_day=at.date(), created_at=at))  # fmt: skip
        # Employment: Amina's mentorship started 100 days before her "field" answer at closure;
        # Carla (Connector) started 200 days ago (May 15), searched at 3 months, reported 60
        # days after her start a job that began in July (July 1: 46.4 days after her start),
        # and said "related" at 6 months. Times to a job: 100 and 46.4 days (when the job
        # began, where said, not when it was reported): the median is 73 days, for 2 people.
        start_a = START - timedelta(days=101)
        start_c = START - timedelta(days=200)
        for who, source, source_id, months, started, status, answered in (
            (amina, "mentorship", pair, 0, start_a, "field", START - timedelta(days=1)),
            (amina, "mentorship", pair, 3, start_a, None, None),
            (carla, "connector", carla, 3, start_c, "searching", start_c + timedelta(days=91)),
            (carla, "connector", carla, 6, start_c, "related", start_c + timedelta(days=182)),
        ):
            await conn.execute(sa.insert(employment_asks).values(
                participant_id=who, programme="career", source=source, source_id=source_id,
                months=months, started_at=started, due_at=started, status=status,
                answered_at=answered))  # fmt: skip
        await conn.execute(sa.insert(job_reports).values(
            mentee_id=carla, role="Technician", in_field="related", start_month="2026-07",
            created_at=start_c + timedelta(days=60)))  # fmt: skip
    report = await whole_report(chat, "coord", command(style, "stats week"))
    period, employment = report[-2], report[-1]
    if style == "sms":
        assert body(period) == "Check-ins 2 (1), alerts 1 (0). Interviews 2 (0), events 0 (1)."
        assert employment.text == (
            "Employment since the start, at closure/3/6/12 months: answered 1/1/1/0; in field "
            "1/0/0/0; related 0/0/1/0; other 0/0/0/0; studying 0/0/0/0; searching 0/1/0/0. "
            "Median time to a job: 73 days (2)."
        )
        assert all(m.segments is not None and m.segments <= 2 for m in (period, employment))
    else:
        assert period.text.splitlines() == [
            "Monthly check-ins answered: 2 (1)", "Alerts to the coordinator: 1 (0)",
            "Interviews logged: 2 (0)", "Events logged: 0 (1)",
        ]  # fmt: skip
        assert "Median time to a job from the programme start: 73 days (2 people)." in (
            employment.text
        )
        assert "Still searching: 0/1/0/0" in employment.text
        # The answers given this week, for a spreadsheet: Amina's at closure only.
        exported = await chat.say("coord", "/export employment week")
        table = exported[0].attachments[0].data.decode("utf-8-sig").splitlines()
        assert table[0] == ("id,newcomer,programme,months after,programme start,answered,status,"
                            "job,start month")  # fmt: skip
        assert len(table) == 2
        assert table[1].split(",")[1:4] == [str(amina), "career", "0"]
        assert table[1].split(",")[6] == "field"


async def test_stats_in_french_with_nobody_employed_yet(chat: Transcript) -> None:
    await coordinator(chat, "sms", french=True)
    report = await whole_report(chat, "coord", "stats")
    assert "Suivis 0 (0), alertes 0 (0)." in report[-2].text
    assert report[-1].text.endswith("Délai avant un emploi : aucun encore.")


# Parsers


TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("hier", date(2026, 11, 22)), ("Yesterday", date(2026, 11, 22)),
        ("aujourd'hui", TODAY), ("15 août", date(2026, 8, 15)), ("le 15 aout", date(2026, 8, 15)),
        ("August 15th", date(2026, 8, 15)), ("aug. 15", date(2026, 8, 15)),
        ("1er novembre", date(2026, 11, 1)), ("15/08", date(2026, 8, 15)),
        ("2026-08-15", date(2026, 8, 15)), ("24 décembre", date(2025, 12, 24)),
        ("demain", None), ("30 février", None), ("15 août 2024", None), ("soon", None),
    ],
)  # fmt: skip
def test_past_days_as_people_type_them(typed: str, expected: date | None) -> None:
    assert parse_past_day(typed, TODAY) == expected


@given(st.text(max_size=40))
def test_any_text_is_a_past_day_within_a_year_or_nothing(text: str) -> None:
    found = parse_past_day(text, TODAY)
    assert found is None or TODAY - timedelta(days=366) <= found <= TODAY


FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")  # fmt: skip


@given(st.dates(min_value=TODAY - timedelta(days=300), max_value=TODAY))
def test_a_day_written_in_french_reads_back(day: date) -> None:
    assert parse_past_day(f"{day.day} {FR_MONTHS[day.month - 1]}", TODAY) == day
    assert parse_past_day(f"{day:%d/%m/%Y}", TODAY) == day
    assert parse_past_day(day.strftime("%B %d").lower(), TODAY) == day


@given(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),  # noqa: DTZ001
       st.integers(min_value=0, max_value=24))  # fmt: skip
def test_months_after_stays_in_the_right_month(start: datetime, months: int) -> None:
    moved = months_after(start.replace(tzinfo=UTC), months)
    assert (moved.year * 12 + moved.month) - (start.year * 12 + start.month) == months
    assert moved.day <= start.day


async def test_erasure_clears_the_words_in_check_ins_events_and_jobs(chat: Transcript) -> None:
    from storage.erasure import erase_free_text

    pair, amina, _ = await active_pair(chat, "sms")
    await chat.line(":clock +28d")  # the weekly logs ask first
    await chat.line(":clock +3d")
    await chat.pick("amina", f"checkin:{pair}:1")
    await chat.pick("amina", "checkinrate:3")
    await chat.pick("amina", "progress:some")
    await chat.pick("amina", "progress:some")
    await chat.say("amina", "Quibblesworth worries me")
    await chat.say("amina", "menu")
    await chat.pick("amina", "menu:interview")
    await chat.say("amina", "Puddingham Works")
    await chat.say("amina", "today")
    await chat.say("amina", "Glassblower")
    await set_status(chat, pair, "closed")
    await chat._new(chat.simulator._receive("amina", None, choice=f"employment:{pair}"))
    await chat.pick("amina", "emplis:field")
    await chat.say("amina", "Chief Zoltan")
    await chat.pick("amina", "emplstart:none")
    tables = (checkin_answers, outcome_events, employment_asks)

    async def stored() -> str:
        found = [await rows(chat, sa.select(table)) for table in tables]
        return repr(found)

    before = await stored()
    assert all(word in before for word in ("Quibblesworth", "Puddingham", "Glassblower", "Zoltan"))
    async with chat.simulator.app.engine.begin() as conn:
        await erase_free_text(conn, amina)
    after = await stored()
    assert not any(word in after for word in ("Quibblesworth", "Puddingham", "Glassblower",
                                               "Zoltan"))  # fmt: skip
    assert "'field'" in after  # the answers themselves still count


async def test_a_newcomer_saying_we_met_starts_the_follow_ups_once(chat: Transcript) -> None:
    await register(chat, "amina", style="telegram")
    await register(chat, "ben", connector=True)
    amina, ben = await person_id(chat, "amina"), await person_id(chat, "ben")
    meeting = await seed_meeting(chat, ben, amina, START - timedelta(hours=2))
    await chat._new(chat.simulator._receive("amina", None, choice=f"met:{meeting}:yes"))
    await chat.pick("amina", "rate:5")
    thanks = await chat.pick("amina", "comment:none")
    assert "Thank you" in texts(thanks)
    asks = await rows(chat, sa.select(employment_asks.c.source, employment_asks.c.months))
    assert asks == [("connector", 3), ("connector", 6), ("connector", 12)]
    # Ben's "yes" about the same meeting changes nothing.
    await chat._new(chat.simulator._receive("ben", None, choice=f"met:{meeting}:yes"))
    assert len(await rows(chat, sa.select(employment_asks.c.id))) == 3


async def test_a_typo_after_the_check_in_invite_opens_the_check_in_not_the_menu(
    chat: Transcript, style: str
) -> None:
    await active_pair(chat, style)
    await chat.line(":clock +31d")  # the first monthly check-in goes to both
    again = (await chat.say("ben", "ouii"))[0]
    assert plain(again).startswith(
        "Sorry, I didn't understand. Your monthly check-in (month 1) of your mentorship with "
        "Amina is waiting"
    )
    assert [c.id.split(":")[0] for c in again.choices] == ["checkin"]
    asked = await chat.pick("ben", again.choices[0].id)
    assert texts(asked).startswith("How satisfied are you with the mentorship so far")


async def test_a_rating_typed_before_answer_now_is_kept(chat: Transcript, style: str) -> None:
    await active_pair(chat, style)
    await chat.line(":clock +31d")  # the first monthly check-in goes to both
    # Ben types his satisfaction straight away: kept, and the check-in goes on to its goals.
    went_on = await chat.say("ben", "4")
    assert texts(went_on).startswith("Goal 1: Practise interviews. How far along is it?")
    await chat.pick("ben", "progress:achieved")
    await chat.pick("ben", "progress:some")
    done = await chat.pick("ben", "checkin:nothing")
    assert "Thank you for your check-in!" in texts(done)
    stored = await rows(chat, sa.select(checkin_answers.c.satisfaction))
    assert stored == [(4,)]
