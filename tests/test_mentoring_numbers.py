"""/stats gives the mentorship programmes' figures as funders ask for them, worked out by hand
from seeded rows: people at each stage, how mentorships ended, hours against the target, the
evaluations, the mentors taking part, and what became of each agency's referrals."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from storage.seeding import seed_people
from storage.tables import (
    mentorship_evaluations,
    mentorship_weeks,
    mentorships,
    participants,
    programme_members,
)
from tests.conftest import Transcript, plain, whole_report
from tests.test_coordination import command, coordinator
from tests.test_numbers import csv_rows

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

TARGET = 13 * 60  # the Career Mentoring Program aims at 13 hours
# mentee: (member status, referred by the agency, mentorship status, close reason, minutes)
PEOPLE = [
    ("closed", True, "closed", "planned", TARGET),  # completed
    ("closed", True, "closed", "withdrawn", 60),  # withdrew
    ("active", False, "active", None, 120),  # running
    ("waiting", True, "declined", None, 0),  # waiting for a new match: not matched
    ("closed", False, "closed", "mutual", 120),  # ended early: a letter of participation
]


async def seed(chat: Transcript) -> None:
    """Five mentees, each with a mentor, as in PEOPLE; an agency referred three of them."""
    app = chat.simulator.app
    now = chat.simulator.clock.now()
    mentees = await seed_people(app.engine, now, 2 * len(PEOPLE) + 1, connector_every=2)
    agency = mentees[-1] + 1  # the last person seeded: a connector, here the agency
    async with app.engine.begin() as conn:
        await conn.execute(
            sa.update(participants).where(participants.c.id == agency).values(name="ACCES")
        )
        for mentee, (member, referred, status, reason, minutes) in zip(
            mentees, PEOPLE, strict=False
        ):
            mentor = mentee - 1
            await conn.execute(
                sa.insert(programme_members).values(
                    participant_id=mentee, programme="career", role="mentee", status=member,
                    agency_id=agency if referred else None, created_at=now, updated_at=now,
                )
            )  # fmt: skip
            pair = (
                await conn.execute(
                    sa.insert(mentorships)
                    .values(
                        programme="career", mentee_id=mentee, mentor_id=mentor, status=status,
                        target_minutes=TARGET, proposed_at=now - timedelta(days=100),
                        updated_at=now, close_reason=reason,
                        starts_on=now - timedelta(days=90),
                        closed_at=now - timedelta(days=2) if status == "closed" else None,
                    )
                    .returning(mentorships.c.id)
                )
            ).scalar_one()  # fmt: skip
            # The first week face to face, the second by phone or video.
            for week, logged in enumerate((minutes // 2, minutes - minutes // 2), start=1):
                await conn.execute(
                    sa.insert(mentorship_weeks).values(
                        mentorship_id=pair, week=week, outcome="met", minutes=logged,
                        in_person=week == 1, asked_at=now,
                    )
                )  # fmt: skip
            # The first mentor attended both workshop sessions, the second only one.
            sessions = {mentees[0]: 2, mentees[1]: 1}.get(mentee, 0)
            await conn.execute(
                sa.insert(programme_members).values(
                    participant_id=mentor, programme="career", role="mentor",
                    status="active" if status == "active" else "oriented",
                    workshop_sessions=sessions, created_at=now, updated_at=now,
                )
            )  # fmt: skip
            if reason in ("planned", "mutual"):  # their mentees evaluated it
                rating, recommend = (5, True) if reason == "planned" else (3, False)
                await conn.execute(
                    sa.insert(mentorship_evaluations).values(
                        mentorship_id=pair, participant_id=mentee, side="mentee",
                        rating=rating, recommend=recommend, created_at=now,
                    )
                )  # fmt: skip
            if reason == "planned":
                await conn.execute(
                    sa.insert(mentorship_evaluations).values(
                        mentorship_id=pair, participant_id=mentor, side="mentor", rating=4,
                        recommend=True, created_at=now,
                    )
                )  # fmt: skip


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_stats_give_the_funders_figures_of_the_mentorship_programmes(
    chat: Transcript, style: str
) -> None:
    await coordinator(chat, style)
    await seed(chat)
    report = [plain(m) for m in await whole_report(chat, "coord", command(style, "stats"))]
    report = [text.split("\n1. ")[0] for text in report]  # by SMS, a page ends with More
    stages, said = (
        next(text for text in report if text.startswith(start))
        for start in ("Mentorship", ("Mentors taking", "Mentors:"))
    )
    if style == "telegram":
        assert stages == (
            "Mentorship programmes since the start:\n"
            "Mentees who applied: 5 (referred by an agency: 3)\n"
            "Found eligible: 4; oriented: 4; matched: 4\n"
            "Mentorships running now: 1\n"
            "Ended: 3 (completed 1, took part 1, withdrawn 1); completion rate 33%\n"
            "Time logged: 18 h of 52 hours aimed at (35%), 9 h of it face to face"
        )
        assert said == (
            "Mentors taking part: 4 in all, 1 mentoring now; 1 attended the whole mentoring "
            "workshop\n"
            "Final evaluations by mentees: 2, average 4.0/5, would recommend 50%\n"
            "By mentors: 1, average 4.0/5, would recommend 100%\n"
            "Referrals by agency: ACCES 3 (2 eligible, 2 matched)"
        )
    else:  # the same figures, compact
        assert stages == (
            "Mentorship since the start: 5 mentees applied (3 via agencies), 4 eligible, "
            "4 oriented, 4 matched, 1 running. Ended 3: 1 completed, 1 took part, 1 withdrew "
            "(33% completion). Hours 18/52 (35%)."
        )
        assert said == (
            "Mentors: 4 in all, 1 now, 1 trained. Mentees rate it 4.0/5 (2), 50% would recommend; "
            "mentors 4.0/5 (1), 100%. Agencies: ACCES 3 (2 eligible, 2 matched)"
        )


async def test_without_a_mentorship_the_figures_say_none_yet(chat: Transcript) -> None:
    await coordinator(chat, "telegram")
    report = [plain(m) for m in await whole_report(chat, "coord", "/stats")]
    said = next(text for text in report if text.startswith("Mentors taking part"))
    assert said == (
        "Mentors taking part: 0 in all, 0 mentoring now; 0 attended the whole mentoring "
        "workshop\n"
        "Final evaluations by mentees: none yet\n"
        "By mentors: none yet\n"
        "Referrals by agency: none yet"
    )


async def test_the_mentorships_export_gives_the_same_figures_row_by_row(
    chat: Transcript,
) -> None:
    await coordinator(chat, "telegram")
    await seed(chat)
    sent = await chat.say("coord", "/export mentorships quarter")
    assert plain(sent[0]) == "The mentorships table, 4 rows, without contact details:"
    rows = csv_rows(sent[0])
    assert rows[0] == [
        "id", "programme", "newcomer", "referred by agency", "mentor", "status", "started",
        "ended", "close reason", "result", "minutes logged", "minutes aimed at",
        "mentee rating", "mentee would recommend", "mentor rating", "mentor would recommend",
    ]  # fmt: skip
    # The declined proposal never ran: four rows, oldest first (all started the same day).
    assert [(row[3], row[5], row[8], row[9], row[10]) for row in rows[1:]] == [
        ("ACCES", "closed", "planned", "completion", str(TARGET)),
        ("ACCES", "closed", "withdrawn", "none", "60"),
        ("", "active", "", "", "120"),
        ("", "closed", "mutual", "participation", "120"),
    ]
    assert rows[1][12:] == ["5", "yes", "4", "yes"]
    assert rows[4][12:] == ["3", "no", "", ""]
