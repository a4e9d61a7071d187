"""Reminders and follow-up, driven by moving the clock (no real waiting)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.channels.simulator import SimMessage
from handlers.core.values import Address, Reply
from storage.participants import SqlTransaction
from storage.tables import meeting_feedback, meetings, scheduled, slots
from tests.conftest import Transcript, body, labels, numbered, register, sent_to, wording
from tests.test_meetings import book, offer

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql


async def confirmed_meeting(
    chat: Transcript, day: int = 3, time: str = "14:00", style: str = "sms"
) -> None:
    """Ben (Toronto) offers a time, Amina (Toronto) books it, Ben accepts; both use ``style``."""
    await register(chat, "ben", connector=True, style=style)
    await offer(chat, "ben", day, time)
    await register(chat, "amina", style=style)
    await book(chat, "amina")
    await chat.pick("ben", "accept:")


async def clock(chat: Transcript, moment: str) -> list[SimMessage]:
    """Move the clock to a moment in programme time (Toronto) and return what was sent."""
    return await chat.line(f":clock {moment}")


async def jobs(chat: Transcript) -> list[tuple[str, str]]:
    """Every scheduled job's kind and status, in due order."""
    async with chat.simulator.app.engine.connect() as conn:
        rows = await conn.execute(
            sa.select(scheduled.c.kind, scheduled.c.status).order_by(scheduled.c.due_at)
        )
        return [(row.kind, row.status) for row in rows]


async def test_each_reminder_arrives_once_at_the_right_local_time(
    chat: Transcript, style: str
) -> None:
    await confirmed_meeting(chat, style=style)  # Thursday Dec 3, 14:00 Toronto
    assert await clock(chat, "2026-12-02T13:59") == []
    day_before = await clock(chat, "2026-12-02T14:00")
    assert sorted(m.to for m in day_before) == ["amina", "ben"]
    reminded = sent_to(day_before, "amina")[0]
    assert body(reminded) == (
        "Tomorrow: Ben, Thursday, December 3 at 2:00 p.m., by phone. Still on?"
    )
    assert labels(reminded) == ["Yes, I'll be there", "I need another time", "Cancel the meeting"]
    coming = await chat.pick("amina", "confirm:")
    assert [body(m) for m in sent_to(coming, "amina")] == [
        "Great, thank you! They will be glad to hear it."
    ]
    assert [body(m) for m in sent_to(coming, "ben")] == [
        "Amina says they will be there (Thursday, December 3 at 2:00 p.m.)."
    ]
    assert await clock(chat, "2026-12-03T12:59") == []
    hour_before = await clock(chat, "2026-12-03T13:00")
    reminded = sent_to(hour_before, "ben")[0]
    assert body(reminded) == "In one hour: Amina, by phone. Still on?"
    assert labels(reminded) == ["Yes, I'll be there", "I need another time", "Cancel the meeting"]
    assert await clock(chat, "2026-12-03T14:59") == []
    after = await clock(chat, "2026-12-03T15:00")  # 30 minutes after the end
    asked = sent_to(after, "amina")[0]
    assert body(asked) == wording(
        asked,
        sms="Did you meet Ben (Thursday, December 3 at 2:00 p.m.)? To say yes and how useful "
        "it was (1 to 5) at once, reply e.g. YES 5",
        telegram="Did you meet Ben (Thursday, December 3 at 2:00 p.m.)?",
    )
    assert labels(asked) == ["Yes", "No"]
    assert await clock(chat, "2026-12-04T14:59") == []  # nothing twice
    assert await jobs(chat) == [
        ("request_nudge", "cancelled"),  # the request was answered in time
        ("reminder_24h", "done"),
        ("request_expiry", "cancelled"),
        ("reminder_1h", "done"),
        ("follow_up", "done"),
        ("follow_up_again", "pending"),  # unanswered: asked once more a day later
        ("digest", "pending"),
    ]


async def test_a_meeting_booked_less_than_a_day_ahead_skips_the_day_before(
    chat: Transcript,
) -> None:
    await confirmed_meeting(chat, day=1, time="16:00")  # today, 7 hours ahead
    live = [kind for kind, status in await jobs(chat) if status == "pending"]
    assert live == ["reminder_1h", "follow_up"]


async def test_reminders_follow_the_meeting_across_a_dst_change(chat: Transcript) -> None:
    # Clocks in Toronto move forward on Sunday 14 March 2027 at 2:00.
    await clock(chat, "2027-03-12T09:00")
    await register(chat, "ben", connector=True)
    menu = (await chat.say("ben", "menu"))[-1]
    await chat.press("ben", numbered(menu, "menu:offer"))
    await chat.say("ben", "monday 10:00")  # Monday 15 March, the day after the change
    await chat.press("ben", 2)
    await chat.press("ben", 1)
    await chat.press("ben", 1)
    await register(chat, "amina")
    await book(chat, "amina")
    await chat.press("ben", 1)
    assert await clock(chat, "2027-03-14T09:59") == []
    reminded = await clock(chat, "2027-03-14T10:00")  # 10:00 local, not an hour off
    assert sent_to(reminded, "amina")[0].text.startswith(
        "Tomorrow: Ben, Monday, March 15 at 10:00 a.m."
    )


async def test_cancelling_removes_reminders_and_moving_moves_them(
    chat: Transcript, style: str
) -> None:
    await register(chat, "ben", connector=True, style=style)
    await offer(chat, "ben", 3, "14:00")
    await offer(chat, "ben", 4, "11:00")
    await register(chat, "amina", style=style)
    await book(chat, "amina")
    await chat.pick("ben", "accept:")
    await chat.say("ben", "menu")
    await chat.pick("ben", "menu:slots")
    await chat.pick("ben", "meeting:")
    times = (await chat.pick("ben", "move:"))[0]
    assert labels(times) == ["Fri Dec 4, 11:00 a.m.", "Go to the menu"]
    moved = await chat.pick("ben", "moveto:")
    told = sent_to(moved, "amina")[0]
    assert body(told) == wording(
        told,
        sms="New time: Friday, December 4 at 11:00 a.m. with Ben, by phone.",
        telegram="Your meeting with Ben moved to Friday, December 4 at 11:00 a.m., by phone.",
    )
    assert await clock(chat, "2026-12-02T14:00") == []  # the old day-before is gone
    moved = await clock(chat, "2026-12-03T11:00")
    assert body(sent_to(moved, "amina")[0]) == (
        "Tomorrow: Ben, Friday, December 4 at 11:00 a.m., by phone. Still on?"
    )
    await chat.say("amina", "menu")
    await chat.pick("amina", "menu:meetings")
    await chat.pick("amina", "meeting:")
    await chat.pick("amina", "cancel:")
    await chat.pick("amina", "reason:none")
    assert await clock(chat, "2026-12-05T09:00") == []
    assert {status for kind, status in await jobs(chat) if kind != "digest"} == {
        "cancelled",
        "done",
    }


async def test_after_a_restart_the_late_policy_applies(chat: Transcript) -> None:
    await confirmed_meeting(chat)  # Thursday Dec 3, 14:00
    await chat.line(":restart")
    # Down until Wednesday 17:00: the day-before reminder (due 14:00) is 3 hours late, dropped.
    assert await clock(chat, "2026-12-02T17:00") == []
    # Down again across the meeting: the hour-before reminder is dropped once it started,
    # and the follow-up still goes out however late.
    late = await clock(chat, "2026-12-04T09:00")
    assert [m.text.split("?")[0] for m in sent_to(late, "amina")] == [
        "Did you meet Ben (Thursday, December 3 at 2:00 p.m.)"
    ]
    async with chat.simulator.app.engine.connect() as conn:
        rows = await conn.execute(
            sa.select(scheduled.c.kind, scheduled.c.detail).where(scheduled.c.status == "dropped")
        )
        assert sorted((r.kind, r.detail) for r in rows) == [
            ("reminder_1h", "meeting already started"),
            ("reminder_24h", "more than 2 hours late"),
        ]


async def test_a_reminder_a_little_late_is_still_sent(chat: Transcript) -> None:
    await confirmed_meeting(chat)
    late = await clock(chat, "2026-12-02T15:30")  # 90 minutes after it was due
    assert sorted(m.to for m in late) == ["amina", "ben"]


class PowerCut(BaseException):
    """The process stops where it stands: no handler of the bot's catches it (a job that
    merely fails, an Exception, is set aside; see test_health.py)."""


async def test_a_crash_while_running_reminders_loses_and_repeats_nothing(
    chat: Transcript, monkeypatch: pytest.MonkeyPatch
) -> None:
    await confirmed_meeting(chat)
    original = SqlTransaction.enqueue_to
    calls = {"n": 0}

    async def crashing(self: SqlTransaction, participant_id: int, replies: list[Reply]) -> bool:
        calls["n"] += 1
        if calls["n"] == 2:  # the first reminder is queued, then the power goes
            raise PowerCut("power cut")
        return await original(self, participant_id, replies)

    monkeypatch.setattr(SqlTransaction, "enqueue_to", crashing)
    with pytest.raises(PowerCut, match="power cut"):
        await clock(chat, "2026-12-02T14:05")
    monkeypatch.setattr(SqlTransaction, "enqueue_to", original)
    assert ("reminder_24h", "pending") in await jobs(chat)  # rolled back, nothing half-done
    await chat.line(":restart")
    sent = await clock(chat, "2026-12-02T14:10")
    assert sorted(m.to for m in sent) == ["amina", "ben"]  # each side exactly once
    assert await clock(chat, "2026-12-02T15:00") == []


async def test_an_unanswered_request_is_nudged_then_expires(chat: Transcript, style: str) -> None:
    await register(chat, "ben", connector=True, style=style)
    await offer(chat, "ben", 5, "14:00")
    await offer(chat, "ben", 6, "14:00")
    await register(chat, "amina", style=style)
    await book(chat, "amina")  # Tuesday 9:00
    nudged = sent_to(await clock(chat, "2026-12-02T09:00"), "ben")
    assert [body(m) for m in nudged] == [
        "Reminder: Amina is still waiting for your answer.",
        "Amina (Civil engineer) asks to meet you on Saturday, December 5 at 2:00 p.m.",
    ]
    assert labels(nudged[1]) == ["Accept", "Decline"]  # the request again, to answer at once
    expired = await clock(chat, "2026-12-03T09:00")
    told = sent_to(expired, "amina")
    assert body(told[0]) == (
        "Ben did not answer your request in time (Saturday, December 5 at 2:00 p.m.), "
        "so it has expired."
    )
    assert body(told[1]) == "Other times you could ask for:"
    assert labels(told[1]) == ["Sun Dec 6, 2:00 p.m.", "Find another connector", "Go to the menu"]
    assert body(sent_to(expired, "ben")[0]) == (
        "Amina's request (Saturday, December 5 at 2:00 p.m.) expired without an answer; "
        "the time is open again."
    )
    async with chat.simulator.app.engine.connect() as conn:
        status = (await conn.execute(sa.select(meetings.c.status))).scalar_one()
        query = sa.select(sa.func.count()).where(slots.c.status == "open")
        open_slots = (await conn.execute(query)).scalar_one()
    assert (status, open_slots) == ("expired", 2)


async def test_did_you_meet_yes_with_a_rating_and_a_private_comment(
    chat: Transcript, style: str
) -> None:
    await confirmed_meeting(chat, style=style)
    await clock(chat, "2026-12-03T15:00")
    rating = (await chat.pick("amina", "met:"))[0]  # yes
    assert body(rating) == wording(
        rating,
        sms="Glad you met! How useful, 1 (not much) to 5 (very)? A note for the coordinators "
        "may follow: 5 so kind",
        telegram="Glad you met! How useful was it, from 1 (not much) to 5 (very)? You can add a "
        "comment for the coordinators after the number (5 so kind).",
    )
    assert labels(rating) == ["1 - not much", "2", "3", "4", "5 - very useful"]
    if style == "sms":  # the note comes with the number, in one message
        thanks = await chat.say("amina", "5 Very kind, gave me three names to contact")
    else:
        comment = (await chat.pick("amina", "rate:5"))[0]
        assert body(comment) == "Anything the coordinators should know? Only they will read it."
        assert labels(comment) == ["Nothing to add"]
        thanks = await chat.say("amina", "Very kind, gave me three names to contact")
    told = sent_to(thanks, "amina")
    assert body(told[0]) == "Thank you, that helps the programme a lot."
    # By SMS nothing follows the thanks (MENU brings the menu); on Telegram, its buttons.
    assert len(told) == (1 if style == "sms" else 2)
    async with chat.simulator.app.engine.connect() as conn:
        status = (await conn.execute(sa.select(meetings.c.status))).scalar_one()
        row = (await conn.execute(sa.select(meeting_feedback))).one()
    assert status == "held"
    assert (row.met, row.rating) == (True, 5)
    assert row.comment == "Very kind, gave me three names to contact"
    assert all("three names" not in m.text for m in chat.recorder.messages if m.to == "ben")


@pytest.mark.parametrize(
    ("typed", "rating", "comment"),
    [("4, super", 4, "super"), ("5/5 merci beaucoup", 5, "merci beaucoup"), ("3", 3, None),
     ("2 - so-so", 2, "so-so")],
)  # fmt: skip
async def test_a_rating_may_carry_its_comment_on_either_channel(
    chat: Transcript, style: str, typed: str, rating: int, comment: str | None
) -> None:
    await confirmed_meeting(chat, style=style)
    await clock(chat, "2026-12-03T15:00")
    await chat.pick("amina", "met:")
    after = await chat.say("amina", typed)
    if comment is None and style == "telegram":  # asked next, on Telegram only
        assert body(after[0]).startswith("Anything the coordinators should know?")
        await chat.pick("amina", "comment:none")
    async with chat.simulator.app.engine.connect() as conn:
        row = (await conn.execute(sa.select(meeting_feedback))).one()
    assert (row.rating, row.comment) == (rating, comment)


async def test_did_you_meet_no_records_who_did_not_come(chat: Transcript, style: str) -> None:
    await confirmed_meeting(chat, style=style)
    asked = sent_to(await clock(chat, "2026-12-03T15:00"), "ben")[0]
    assert body(asked) == wording(
        asked,
        sms="Did you meet Amina (Thursday, December 3 at 2:00 p.m.)? To say yes and how useful "
        "it was (1 to 5) at once, reply e.g. YES 5",
        telegram="Did you meet Amina (Thursday, December 3 at 2:00 p.m.)?",
    )
    assert labels(asked) == ["Yes", "No"]
    why = (await chat.press("ben", 2))[0]  # No
    assert body(why) == "Sorry to hear that. What happened?"
    assert labels(why) == [
        "The other person did not come",
        "I could not make it",
        "We moved it to another time",
    ]
    await chat.pick("ben", "why:other_absent")
    async with chat.simulator.app.store.transaction() as tx:
        amina = await tx.participant_by_address(Address(channel="sim", value="amina"))
    async with chat.simulator.app.engine.connect() as conn:
        row = (await conn.execute(sa.select(meetings.c.status, meetings.c.absent_id))).one()
    assert amina is not None
    assert (row.status, row.absent_id) == ("no_show", amina.id)


async def no_show(chat: Transcript, day: int) -> list[SimMessage]:
    """Amina books Ben's slot on ``day``, Ben accepts, and Ben reports she did not come."""
    menu = (await chat.say("ben", "menu"))[-1]
    await chat.press("ben", numbered(menu, "menu:offer"))
    await chat.say("ben", f"2026-12-{day:02d} 10:00")  # a date can be typed too
    await chat.press("ben", 2)  # by phone
    await chat.press("ben", 1)  # once
    await chat.press("ben", 1)  # offer it
    await book(chat, "amina")
    await chat.press("ben", 1)
    await clock(chat, f"2026-12-{day:02d}T11:00")
    await chat.press("ben", 2)  # did not meet
    return await chat.press("ben", 1)  # the other person did not come


async def test_no_show_streak_a_gentle_word_then_a_pause_a_coordinator_lifts(
    chat: Transcript,
) -> None:
    await register(chat, "coord")
    await register(chat, "ben", connector=True)
    await register(chat, "amina")
    first = await no_show(chat, 2)
    assert sent_to(first, "amina") == []
    second = await no_show(chat, 3)
    assert sent_to(second, "amina")[0].text.startswith("We noticed two meetings in a row")
    third = await no_show(chat, 4)
    assert sent_to(third, "amina")[0].text.startswith("After three missed meetings in a row")
    alert = sent_to(third, "coord")[0]
    assert alert.text.startswith(
        "Amina missed 3 meetings in a row; their new requests are paused."
    )
    await offer(chat, "ben", 8, "10:00")
    refused = await book(chat, "amina")
    assert refused[0].text.startswith("Your new requests are paused for now.")
    lifted = await chat.press("coord", 1)
    assert sent_to(lifted, "coord")[0].text == "Pause lifted for Amina."
    assert sent_to(lifted, "amina")[0].text.startswith(
        "Good news: you can take new meetings again."
    )
    again = await book(chat, "amina")
    assert sent_to(again, "amina")[0].text.startswith("Your request (")


async def test_coordinators_get_a_monday_digest_once(chat: Transcript) -> None:
    await register(chat, "coord")
    await confirmed_meeting(chat, day=7)  # Monday Dec 7, 14:00
    assert sent_to(await clock(chat, "2026-12-07T08:59"), "coord") == []
    digest = sent_to(await clock(chat, "2026-12-07T09:00"), "coord")
    assert digest[0].text == (
        "Weekly digest: no newcomer has gone quiet. 1 Connector meeting this week:"
    )
    assert digest[1].text == "Mon Dec 7, 2:00 p.m.: Ben with Amina"
    assert sent_to(await clock(chat, "2026-12-07T12:00"), "coord") == []


async def test_a_quiet_newcomer_is_nudged_once_per_silence(chat: Transcript) -> None:
    await register(chat, "coord")
    await register(chat, "amina")
    assert sent_to(await clock(chat, "2026-12-22T08:00"), "amina") == []  # 21 days less an hour
    nudged = sent_to(await clock(chat, "2026-12-22T09:00"), "amina")
    assert nudged[0].text.startswith("Hello Amina! It has been a while.")
    assert [c.id for c in nudged[0].choices] == ["menu:find", "global:menu"]
    digest = await clock(chat, "2026-12-28T09:00")  # a Monday: coordinators see who is quiet
    assert sent_to(digest, "coord")[0].text.startswith(
        "Weekly digest: 1 newcomer has been quiet for 3 weeks (Amina)."
    )
    assert sent_to(await clock(chat, "2026-12-29T10:00"), "amina") == []
    await chat.say("amina", "menu")  # she comes back, then goes quiet again
    later = sent_to(await clock(chat, "2027-01-20T10:00"), "amina")
    assert later[0].text.startswith("Hello Amina!")


async def test_a_newcomer_who_found_a_job_in_their_field_is_not_nudged(chat: Transcript) -> None:
    await register(chat, "coord")
    await register(chat, "amina")
    await register(chat, "omar")
    await chat.say("amina", "menu")
    await chat.pick("amina", "menu:job")
    await chat.say("amina", "Ingénieure civile junior")
    await chat.pick("amina", "field:yes")
    helped = (await chat.say("amina", "01/2027"))[0]
    await chat.pick("amina", helped.choices[-1].id)  # no one in particular
    three_weeks = await clock(chat, "2026-12-22T09:00")
    assert sent_to(three_weeks, "amina") == []  # she is done, not stalled
    assert sent_to(three_weeks, "omar")[0].text.startswith("Hello Omar! It has been a while.")
    digest = await clock(chat, "2026-12-28T09:00")
    assert sent_to(digest, "coord")[0].text.startswith(
        "Weekly digest: 1 newcomer has been quiet for 3 weeks (Omar)."
    )


@pytest.mark.parametrize(
    ("typed", "rating", "comment"),
    [("yes 5 very kind", 5, "very kind"), ("Oui, 4", 4, None), ("YES 3 - ok", 3, "ok")],
)
async def test_did_you_meet_yes_and_the_rating_in_one_reply(
    chat: Transcript, style: str, typed: str, rating: int, comment: str | None
) -> None:
    await confirmed_meeting(chat, style=style)
    await clock(chat, "2026-12-03T15:00")
    done = sent_to(await chat.say("amina", typed), "amina")
    if comment is None and style == "telegram":  # the comment is still offered there
        assert body(done[0]).startswith("Anything the coordinators should know?")
        done = sent_to(await chat.pick("amina", "comment:none"), "amina")
    assert body(done[0]) == "Thank you, that helps the programme a lot."
    async with chat.simulator.app.engine.connect() as conn:
        row = (await conn.execute(sa.select(meeting_feedback))).one()
        status = (await conn.execute(sa.select(meetings.c.status))).scalar_one()
    assert (row.met, row.rating, row.comment) == (True, rating, comment)
    assert status == "held"
