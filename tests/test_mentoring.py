"""A running mentorship as conversations: weekly logs, My mentorship, closing, the final
evaluation and the certificate, with the clock moved a week at a time."""

from __future__ import annotations

import io
import socket
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from pydantic import AnyHttpUrl
from pypdf import PdfReader

from bot.certificate_link import PATH, CertificateLinks
from bot.channels.simulator import SimMessage
from bot.channels.telegram import TelegramChannel
from bot.clock import ManualClock
from bot.config import Settings
from bot.http import HttpServer
from bot.i18n import Catalogue, Rendering
from bot.render import render_reply
from bot.simulate import Simulator
from handlers.core.programmes import DEFAULT_FILE
from handlers.core.values import Address, Certificate, Reply
from handlers.mentorship.weeks.common import several_numbers
from handlers.mentorship.weeks.duration import parse_duration
from storage.tables import mentorship_evaluations, mentorship_weeks, mentorships
from tests.conftest import Recorder, Transcript, body, confirmed, plain, sent_to, texts
from tests.test_coordination import command, person_id
from tests.test_pairing import propose, set_out
from tests.test_telegram import ANA, Bot, tg

__all__ = ["tg"]

# These transcripts were worked out on a twelve-week programme aiming for twelve hours (the
# built-in Career Mentoring Program runs thirteen): the same programme, with that length.
TWELVE_WEEKS = (
    DEFAULT_FILE.read_text(encoding="utf-8")
    .replace("duration_weeks = 13", "duration_weeks = 12")
    .replace("target_hours = 13", "target_hours = 12")
)


@pytest.fixture
def settings(settings: Settings, tmp_path: Path) -> Settings:
    """The usual settings, with the twelve-week programme."""
    file = tmp_path / "programmes.toml"
    file.write_text(TWELVE_WEEKS, encoding="utf-8")
    return settings.model_copy(update={"programmes_file": str(file)})


async def started(chat: Transcript, style: str, french: bool = False) -> None:
    """Amina and Ben's mentorship, agreed and started (12 weeks, aiming for 12 hours)."""
    await propose(chat, style, french=french)
    await chat.pick("ben", "pairyes:1")
    await chat.pick("amina", "pairyes:1")
    await set_out(chat, french=french)
    await chat.pick("ben", "pairok:1")


async def week(chat: Transcript, weeks: int = 1) -> list[SimMessage]:
    """Move the clock on a week at a time; return what the bot sent."""
    sent: list[SimMessage] = []
    for _ in range(weeks):
        sent += await chat.line(":clock +7d")
    return sent


async def log_week(
    chat: Transcript, week_number: int, duration: str, *topics: str, how: str = "yes"
) -> str:
    """Amina says she met Ben (``how``: "yes" face to face, "remote" by phone or video), for
    how long and on what; return the last reply's text."""
    await chat.pick("amina", f"mweek:1:{week_number}:{how}")
    if duration.startswith("mdur:"):
        await chat.pick("amina", duration)
    else:
        await chat.say("amina", duration)
    return texts(await pick_several(chat, "amina", "mtopic", *topics))


async def pick_several(
    chat: Transcript, name: str, prefix: str, *options: str
) -> list[SimMessage]:
    """``name`` answers a several-picks question: by SMS every number in one reply ("1 3"),
    on Telegram a tap on each, then "that's all"; return the last replies."""
    ids = [c.id for c in chat.simulator.channel.last_choices(name)]
    if chat.simulator.channel.persona(name) == "sms":
        numbers = [str(ids.index(f"{prefix}:{option}") + 1) for option in options]
        return await chat.say(name, " ".join(numbers))
    for option in options:
        await chat.pick(name, f"{prefix}:{option}")
    return await chat.pick(name, f"{prefix}:done")


async def tap(chat: Transcript, name: str, choice: str) -> list[SimMessage]:
    """A Telegram persona taps a button of an older message."""
    return await chat._new(chat.simulator._receive(name, None, choice=choice))


def pdf_text(message: SimMessage) -> str:
    """The text of the PDF that came with ``message``."""
    files = [a for a in message.attachments if a.media_type == "application/pdf"]
    assert len(files) == 1
    page = PdfReader(io.BytesIO(files[0].data)).pages[0]
    return " ".join(page.extract_text().replace("\u00a0", " ").split())


async def status(chat: Transcript) -> tuple[str, str | None]:
    """The first mentorship's status and closing reason."""
    async with chat.simulator.app.engine.connect() as conn:
        row = (
            await conn.execute(sa.select(mentorships.c.status, mentorships.c.close_reason))
        ).one()
        return row.status, row.close_reason


async def test_weekly_log_adds_up_hours_shown_to_both_sides(chat: Transcript, style: str) -> None:
    await started(chat, style)
    asked = sent_to(await week(chat), "amina")
    assert [body(m) for m in asked] == [
        "Week 1: did you meet Ben? If so, add how long: 1 1h30"
        if style == "sms"
        else "Week 1 of your mentorship: did you meet your mentor Ben this week? You can also "
        "type yes and how long: yes 1h30"
    ]
    assert [c.label for c in asked[0].choices] == [
        "Yes, in person",
        "Yes, by phone or video",
        "No, not this week",
    ]
    long = await chat.pick("amina", "mweek:1:1:yes")
    assert texts(long).startswith("How long did you meet?")
    assert [c.label for c in long[-1].choices][:3] == ["30 minutes", "1 hour", "1 h 30"]
    refused = await chat.say("amina", "a while")
    assert texts(refused).startswith("Please pick a duration, or type it like 1h30")
    await chat.say("amina", "1h30")
    if style == "telegram":  # a tap each, the options left offered again
        await chat.pick("amina", "mtopic:resume")
        more = await chat.pick("amina", "mtopic:networking")
        assert "That's all" in [c.label for c in more[-1].choices]
        assert "Résumé" not in [c.label for c in more[-1].choices]
        done = texts(await chat.pick("amina", "mtopic:done"))
    else:  # asked once, every number in one reply
        assert body(sent_to(chat.recorder.messages, "amina")[-1]).startswith(
            "What did you work on? One number or several (e.g. 2 4)."
        )
        refused = await chat.say("amina", "1 9")
        assert texts(refused).startswith("Please pick one of the options, or several numbers")
        done = texts(await chat.say("amina", "1 et 3"))
    assert done == "Logged, thank you: Résumé and 1 more. So far: 1 h 30 of 12 hours."
    await week(chat)
    logged = await log_week(chat, 2, "2 hours", "interview", how="remote")
    assert "So far: 3 h 30 of 12 hours." in logged
    await chat.say("amina", "menu")
    mine = texts(await chat.pick("amina", "menu:my-mentorship"))
    assert "Your mentor: Ben. From Tuesday, December 1 to Tuesday, February 23." in mine
    assert "Time logged: 3 h 30 of 12 hours, 1 h 30 of it in person." in mine
    assert "You usually meet on Tuesday at 6:00" in mine
    assert "- Practise job interviews\n- Understand engineering licences" in mine
    await chat.say("ben", "menu")
    theirs = texts(await chat.pick("ben", "menu:my-mentorship"))
    assert "Your mentee: Amina." in theirs
    assert "Time logged: 3 h 30 of 12 hours, 1 h 30 of it in person." in theirs
    # The mentor's own view, week by week: face to face counted apart.
    weeks = texts(await chat.pick("ben", "mweeks:1"))
    if style == "sms":
        assert weeks.startswith("Week by week:\n1: 1 h 30 in person\n2: 2 h remote")
    else:
        assert weeks.startswith(
            "Week by week:\nWeek 1: 1 h 30 in person, Résumé +1\n"
            "Week 2: 2 h by phone or video, Interview practice"
        )


async def test_weekly_log_in_french_reads_natural_durations(chat: Transcript, style: str) -> None:
    await started(chat, style, french=True)
    asked = texts(sent_to(await week(chat), "amina"))
    assert asked.startswith("Semaine 1")
    assert "avez-vous" in asked
    await chat.pick("amina", "mweek:1:1:yes")
    topics = await chat.say("amina", "une heure et demie")
    assert texts(topics).startswith("Sur quoi avez-vous travaillé?")
    done = texts(await pick_several(chat, "amina", "mtopic", "interview"))
    assert done == "C'est noté, merci : Pratique d'entrevue. Jusqu'ici : 1 h 30 sur 12 heures."
    await chat.say("amina", "menu")
    mine = texts(await chat.pick("amina", "menu:my-mentorship"))
    assert "Votre mentor : Ben." in mine
    assert "Temps noté : 1 h 30 sur 12 heures, dont 1 h 30 en personne." in mine
    weeks = texts(await chat.pick("amina", "mweeks:1"))
    assert ("1 : 1 h 30 en personne" if style == "sms" else
            "Semaine 1 : 1 h 30 en personne, Pratique d'entrevue") in weeks  # fmt: skip


def alerts(messages: list[SimMessage]) -> list[str]:
    """The coordinator's alerts about missed weeks among ``messages``."""
    return [m.text for m in sent_to(messages, "coord") if "in a row" in m.text]


async def test_two_missed_weeks_in_a_row_alert_the_coordinator_once_per_streak(
    chat: Transcript, style: str
) -> None:
    await started(chat, style)
    await week(chat)
    noted = await chat.pick("amina", "mweek:1:1:no")
    assert texts(noted) == "Noted, thank you. I will ask again next week."
    assert not alerts(await week(chat))  # week 2 asked; one miss so far
    alerted = alerts(await week(chat))  # week 2 unanswered by week 3's question
    assert alerted == ["Match #1: Amina has not met Ben for two weeks in a row (up to week 2)."]
    assert not alerts(await week(chat))  # the same streak goes on: told once
    await log_week(chat, 4, "mdur:60", "research")
    await week(chat)
    await chat.pick("amina", "mweek:1:5:no")
    await week(chat)
    again = await chat.pick("amina", "mweek:1:6:no")
    assert alerts(again) == [
        "Match #1: Amina has not met Ben for two weeks in a row (up to week 6)."
    ]
    if style == "telegram":  # an old button for a week already answered
        late = await tap(chat, "amina", "mweek:1:5:yes")
        assert texts(late) == "That week's question is closed. I will ask again next week."


@pytest.mark.parametrize("typo", ["oiu", "ouii", "4"])
async def test_a_typo_to_the_week_question_asks_it_again_not_the_menu(
    chat: Transcript, typo: str
) -> None:
    await started(chat, "sms", french=True)
    await week(chat)
    again = await chat.say("amina", typo)
    assert plain(again[0]).startswith(
        "Désolé, je n'ai pas compris. Semaine 1 : avez-vous vu Ben cette semaine?"
    )
    assert [c.id for c in again[0].choices] == [
        "mweek:1:1:yes",
        "mweek:1:1:remote",
        "mweek:1:1:no",
    ]
    # ... so the 1 that follows answers it, and does not open Find a connector.
    yes = await chat.say("amina", "1")
    assert "Combien de temps" in texts(yes)


async def test_a_typed_answer_to_the_week_question_is_understood(
    chat: Transcript, style: str
) -> None:
    await started(chat, style, french=True)
    await week(chat)
    await chat.say("amina", "menu")  # the question is no longer the last thing on screen
    asked = await chat.say("amina", "oui, mardi soir")
    assert texts(asked).startswith("Combien de temps a duré la rencontre?")
    await chat.say("amina", "45 minutes")
    done = texts(await pick_several(chat, "amina", "mtopic", "other"))
    assert done.endswith("Jusqu'ici : 0 h 45 sur 12 heures.")


async def test_a_weekly_question_is_never_asked_twice_across_a_restart(chat: Transcript) -> None:
    await started(chat, "sms")
    first = sent_to(await week(chat), "amina")
    assert len(first) == 1
    await chat.line(":restart")
    assert not sent_to(await chat.line(":clock +1m"), "amina")
    await chat.simulator.app.due.run_due()
    assert not sent_to(await chat.line(":clock +1h"), "amina")
    async with chat.simulator.app.engine.connect() as conn:
        weeks = (await conn.execute(sa.select(mentorship_weeks.c.week))).scalars().all()
    assert weeks == [1]
    # The question survived the restart and can still be answered.
    assert "So far: 1 h of 12 hours." in await log_week(chat, 1, "mdur:60", "other")


async def test_a_week_before_the_end_both_sides_may_extend(chat: Transcript, style: str) -> None:
    await started(chat, style)
    # The notice comes an hour after that week's question, so its options are the last sent.
    sent = await week(chat, 11) + await chat.line(":clock +1h")
    notice = "Your mentorship with Ben ends on Tuesday, February 23. Close it then as planned"
    assert notice in texts(sent_to(sent, "amina"))
    to_ben = sent_to(sent, "ben")[-1]
    assert [c.label for c in to_ben.choices] == [
        "Close as planned", "Extend by 2 weeks", "Extend by 4 weeks"
    ]  # fmt: skip
    asked = await chat.pick("amina", "mextend:1:2")
    assert texts(sent_to(asked, "amina")) == (
        "I asked Ben to extend by 2 weeks. I will tell you what they say."
    )
    assert "Amina would like to extend your mentorship by 2 weeks, to Tuesday, March 9." in texts(
        sent_to(asked, "ben")
    )
    agreed = await chat.pick("ben", "mextyes:1")
    assert "extended by 2 weeks: it now ends on Tuesday, March 9." in texts(sent_to(agreed, "ben"))
    assert "it now ends on Tuesday, March 9." in texts(sent_to(agreed, "amina"))
    assert "is extended by 2 weeks, to Tuesday, March 9." in texts(sent_to(agreed, "coord"))
    old_end = await week(chat)
    assert "Week 12" in texts(sent_to(old_end, "amina"))
    assert "is now closed" not in texts(old_end)
    assert await status(chat) == ("active", None)
    await week(chat)  # the new notice and week 13
    closed = await week(chat)
    assert "Your mentorship with Ben is now closed (its planned end)." in texts(
        sent_to(closed, "amina")
    )
    assert await status(chat) == ("closed", "planned")


async def test_a_refused_extension_keeps_the_planned_end(chat: Transcript) -> None:
    await started(chat, "sms")
    await week(chat, 11)
    await chat.line(":clock +1h")
    await chat.pick("ben", "mextend:1:4")
    refused = await chat.pick("amina", "mextno:1")
    assert texts(sent_to(refused, "amina")) == (
        "Noted: your mentorship closes on Tuesday, February 23."
    )
    assert "Amina prefers to close as planned, on Tuesday, February 23." in texts(
        sent_to(refused, "ben")
    )
    closed = await week(chat)
    assert "is now closed (its planned end)" in texts(sent_to(closed, "ben"))


async def test_the_planned_end_closes_evaluates_and_hands_the_certificate(
    chat: Transcript, style: str
) -> None:
    await started(chat, style)
    await week(chat)
    await log_week(chat, 1, "mdur:120", "resume")
    sent = await week(chat, 11)
    to_amina = sent_to(sent, "amina")
    assert "Your mentorship with Ben is now closed (its planned end). Time logged: 2 h of 12" in (
        texts(to_amina)
    )
    certificate = next(m for m in to_amina if "certificate" in m.text)
    if style == "telegram":
        assert certificate.text == "Here is your certificate of completion. Congratulations!"
        shown = pdf_text(certificate)
        assert "Amina" in shown
        assert "Career Mentoring Program" in shown
        assert "2 hours of mentoring" in shown
        assert "December 1, 2026" in shown
    else:  # with no public address for a link, the coordinator sends it, and is asked to
        assert certificate.text == (
            "Your certificate of completion is ready; the coordinator will send it to you."
        )
        assert "Please send the certificate of completion to Amina (match #1 with Ben)" in (
            texts(sent_to(sent, "coord"))
        )
    assert "Match #1 of Amina with Ben is closed (its planned end): 2 h of 12 hours logged." in (
        texts(sent_to(sent, "coord"))
    )
    assert "Start the evaluation" in [c.label for c in sent_to(sent, "ben")[-1].choices]
    rating = await chat.pick("amina", "meval:1")
    assert texts(rating).startswith("Overall, how was your mentorship, from 1 (very poor)")
    await chat.pick("amina", "mrate:2")
    await pick_several(chat, "amina", "mhelp", "contacts")
    await chat.pick("amina", "no")
    finished = await chat.say("amina", "We met too rarely")
    assert "Thank you for your evaluation!" in texts(sent_to(finished, "amina"))
    # The newcomer goes on to the employment question (the outcomes feature), ...
    assert "what is your work situation now?" in sent_to(finished, "amina")[-1].text
    alert = texts(sent_to(finished, "coord"))
    assert "Amina rated the mentorship 2 out of 5. Comment: We met too rarely" in alert
    await chat.pick("amina", "emplis:searching")
    if style == "telegram":  # she scrolls up and taps the old button again
        twice = await tap(chat, "amina", "meval:1")
        assert texts(twice) == "You have already given your evaluation. Thank you!"
    async with chat.simulator.app.engine.connect() as conn:
        rows = (await conn.execute(sa.select(mentorship_evaluations.c.rating))).scalars().all()
    assert rows == [2]
    # ... and the closure scheduled the follow-ups: three months later she is asked again.
    later = await week(chat, 13)
    assert "work situation" in texts(sent_to(later, "amina"))


async def test_both_sides_agree_to_end_early_in_french(chat: Transcript, style: str) -> None:
    await started(chat, style, french=True)
    await chat.say("amina", "menu")
    mine = await chat.pick("amina", "menu:my-mentorship")
    assert "Terminer mon mentorat" in [c.label for c in mine[-1].choices]
    asked = await chat.pick("amina", "mend:1")
    assert texts(sent_to(asked, "amina")) == (
        "J'ai demandé à Ben de confirmer. Je vous dirai sa réponse."
    )
    assert "Amina aimerait terminer votre mentorat maintenant. D'accord?" in texts(
        sent_to(asked, "ben")
    )
    closed = await chat.pick("ben", "mendyes:1")
    assert "Votre mentorat avec Amina est maintenant terminé (d'un commun accord)." in texts(
        sent_to(closed, "ben")
    )
    assert "Votre mentorat avec Ben est maintenant terminé" in texts(sent_to(closed, "amina"))
    assert "terminé (d'un commun accord)" in texts(sent_to(closed, "coord"))
    assert await status(chat) == ("closed", "mutual")
    rating = await chat.pick("ben", "meval:1")
    assert texts(rating).startswith("Dans l'ensemble, comment s'est passé votre mentorat, de 1")
    # The number typed is the rating: 5 is excellent, never "option 5, very poor".
    helped = (await chat.say("ben", "5"))[-1]
    # Asked as the mentor he is, not in the mentee's words ("Des conseils de carrière").
    assert body(helped).startswith("Qu'est-ce qui a le plus aidé le mentorat?")
    assert helped.choices[0].label == "Mes conseils de carrière"
    await pick_several(chat, "ben", "mhelp", "advice")
    await chat.pick("ben", "yes")
    done = await chat.pick("ben", "mcomment:skip")
    assert "Merci pour votre évaluation!" in texts(done)
    assert not sent_to(done, "coord")  # no low-rating alert
    async with chat.simulator.app.engine.connect() as conn:
        rows = (await conn.execute(sa.select(mentorship_evaluations.c.rating))).scalars().all()
    assert rows == [5]


async def test_an_early_end_can_be_refused(chat: Transcript) -> None:
    await started(chat, "sms")
    await chat.say("ben", "menu")
    await chat.pick("ben", "menu:my-mentorship")
    await chat.pick("ben", "mend:1")
    kept = await chat.pick("amina", "mendno:1")
    assert texts(sent_to(kept, "amina")) == "Noted: the mentorship goes on."
    assert texts(sent_to(kept, "ben")) == "Amina would rather go on with the mentorship."
    assert await status(chat) == ("active", None)


async def test_the_coordinator_closes_by_the_mentees_number(chat: Transcript, style: str) -> None:
    await started(chat, style)
    amina = await person_id(chat, "amina")
    usage = texts(await chat.say("coord", command(style, "close amina")))
    assert usage.startswith("Type close and the mentee's number")
    assert texts(await chat.say("coord", command(style, "close 999"))) == (
        "Nobody numbered 999 has an active mentorship."
    )
    done = await chat.say("coord", command(style, f"close {amina}"))
    assert sent_to(done, "coord")[-1].text == (
        "Match #1 of Amina with Ben is closed (closed by the coordinator). Both have been told."
    )
    assert "is now closed (closed by the coordinator)" in texts(sent_to(done, "amina"))
    # Closed on its first day with no hours: a letter of participation, not a certificate
    # saying she completed the programme.
    assert "letter of participation" in texts(sent_to(done, "amina"))
    assert "certificate of completion" not in texts(sent_to(done, "amina"))
    if style == "sms":
        assert texts(sent_to(done, "coord")).startswith(
            "Please send the letter of participation (under a week) to Amina (match #1 with "
            "Ben): Tuesday, December 1 to Tuesday, December 1, 0 h. They read by SMS."
        )
    assert await status(chat) == ("closed", "coordinator")
    again = await chat.say("coord", command(style, f"close {amina}"))
    assert "has an active mentorship" in texts(again)


async def test_the_coordinator_may_close_a_mentorship_as_completed(
    chat: Transcript, style: str
) -> None:
    await started(chat, style, french=True)
    amina = await person_id(chat, "amina")
    await week(chat, 4)
    done = await chat.say("coord", command(style, f"cloturer {amina} termine"))
    assert sent_to(done, "coord")[-1].text == (
        "Jumelage #1 d'Amina avec Ben terminé (réussi, selon la coordination). Les deux "
        "personnes ont été avisées."
    )
    assert "certificat de réussite" in texts(sent_to(done, "amina"))
    assert await status(chat) == ("closed", "completed")
    bad = await chat.say("coord", command(style, f"cloturer {amina} peut-etre"))
    assert texts(bad).startswith("Tapez cloturer et le numéro")


async def test_a_withdrawn_mentee_gets_no_certificate(chat: Transcript, style: str) -> None:
    await started(chat, style, french=True)
    done = await chat.say("coord", command(style, "cloturer #1 retrait"))
    assert "terminé (retrait du programme)" in texts(sent_to(done, "coord"))
    assert "certificat" not in texts(sent_to(done, "amina"))
    assert await status(chat) == ("closed", "withdrawn")
    await chat.say("amina", "menu")
    mine = await chat.pick("amina", "menu:my-mentorship")
    assert "Obtenir mon certificat" not in [c.label for c in mine[-1].choices]
    # No evaluation from her: her work situation at closure is asked all the same, two days on.
    asked = sent_to(await chat.line(":clock +2d"), "amina")
    assert [plain(m).split("\n")[0] for m in asked] == [
        "Quelle est votre situation d'emploi maintenant?"
    ]


async def test_by_sms_without_a_public_url_the_coordinator_sends_the_certificate(
    chat: Transcript,
) -> None:
    await started(chat, "sms")
    await week(chat)
    await log_week(chat, 1, "mdur:90", "resume")
    await week(chat, 11)
    await chat.say("amina", "menu")
    await chat.pick("amina", "menu:my-mentorship")
    asked = await chat.pick("amina", "mcert:1")
    assert texts(sent_to(asked, "amina")) == (
        "Your certificate of completion is ready; the coordinator will send it to you."
    )
    told = texts(sent_to(asked, "coord"))
    assert "Please send the certificate of completion to Amina (match #1 with Ben)" in told
    assert "1 h 30" in told


def free_port() -> int:
    """A port nothing listens on, for a loopback server."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_by_sms_a_private_link_serves_the_certificate(
    settings: Settings, clock: ManualClock
) -> None:
    port = free_port()
    linked = settings.model_copy(update={"public_url": AnyHttpUrl(f"http://127.0.0.1:{port}")})
    recorder = Recorder()
    async with Simulator(linked, clock, recorder) as simulator:
        chat = Transcript(simulator, recorder)
        await started(chat, "sms", french=True)
        await week(chat)
        await log_week(chat, 1, "mdur:180", "networking")
        closed = await week(chat, 11)
        prefix = f"Votre certificat de réussite (PDF) : http://127.0.0.1:{port}/certificate/"
        # The link comes with the closure message, and again from My mentorship.
        assert prefix in texts(sent_to(closed, "amina"))
        await chat.say("amina", "menu")
        await chat.pick("amina", "menu:my-mentorship")
        link = plain((await chat.pick("amina", "mcert:1"))[-1])
        assert link.startswith(prefix)
        token = link.removeprefix(prefix).split()[0]
        assert len(token) >= 40
        await chat.say("amina", "menu")
        await chat.pick("amina", "menu:my-mentorship")
        again = plain((await chat.pick("amina", "mcert:1"))[-1])
        assert token in again  # the same link each time
        http = HttpServer("127.0.0.1", port)
        http.get(
            PATH,
            CertificateLinks(simulator.app.engine, simulator.app.catalogue,
                             linked.handler_config()).handle,
        )  # fmt: skip
        await http.start()
        try:
            async with aiohttp.ClientSession() as session:
                url = f"http://127.0.0.1:{port}/certificate/{token}"
                async with session.get(url) as answer:
                    assert answer.status == 200
                    assert answer.content_type == "application/pdf"
                    pdf = await answer.read()
                for wrong in (token[:-1] + ("A" if token[-1] != "A" else "B"), "x"):
                    async with session.get(f"http://127.0.0.1:{port}/certificate/{wrong}") as no:
                        assert no.status == 404
        finally:
            await http.stop()
    shown = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Amina" in shown
    assert "Programme de mentorat professionnel" in shown
    assert "3 heures" in shown


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [("1h30", 90), ("90 min", 90), ("1 h 30", 90), ("une heure et demie", 90), ("2", 120),
     ("45", 45), ("1,5 h", 90), ("deux heures", 120), ("an hour and a half", 90), ("1:15", 75),
     ("une demi-heure", 30), ("1 heure 15", 75), ("2 hours", 120)],
)  # fmt: skip
def test_durations_read_as_people_type_them(typed: str, minutes: int) -> None:
    assert parse_duration(typed) == minutes


@given(st.integers(min_value=0, max_value=9), st.integers(min_value=0, max_value=59))
def test_hours_and_minutes_in_any_spelling_read_the_same(hours: int, minutes: int) -> None:
    total = hours * 60 + minutes
    expected = total if 5 <= total <= 600 else None
    if hours:
        for typed in (f"{hours}h{minutes:02d}", f"{hours} h {minutes}", f"{hours}H{minutes}"):
            assert parse_duration(typed) == expected, typed
    assert parse_duration(f"{total} min") == expected


@given(st.text(max_size=80))
def test_any_text_is_read_or_refused_never_an_error(text: str) -> None:
    minutes = parse_duration(text)
    assert minutes is None or 5 <= minutes <= 600


@given(st.lists(st.integers(min_value=1, max_value=12), min_size=2, max_size=5),
       st.lists(st.sampled_from([" ", ",", ", ", " et ", " and ", "/", " + ", ";"]),
                min_size=4, max_size=4))  # fmt: skip
def test_several_numbers_in_one_reply_read_whatever_joins_them(
    numbers: list[int], joins: list[str]
) -> None:
    typed = str(numbers[0]) + "".join(j + str(n) for j, n in zip(joins, numbers[1:], strict=False))
    assert several_numbers(typed) == numbers
    assert several_numbers(typed + ".") == numbers


@given(st.text(max_size=40))
def test_a_reply_is_several_numbers_or_not_never_an_error(text: str) -> None:
    numbers = several_numbers(text)
    assert numbers is None or len(numbers) >= 2


async def test_on_telegram_the_certificate_goes_as_a_pdf_document(tg: Bot) -> None:
    catalogue = Catalogue()
    reply = Reply(
        key="mentoring-certificate",
        args={"completed": "yes"},
        certificate=Certificate(
            name="Amélie Nguyễn", programme_en="Career Mentoring Program",
            programme_fr="Programme de mentorat professionnel", start=date(2026, 12, 1),
            end=date(2027, 2, 23), hours=13.5, filename="certificate-1.pdf",
        ),
    )  # fmt: skip
    now = datetime(2027, 2, 23, tzinfo=UTC)
    french = Rendering(language="fr", timezone="America/Toronto", channel="telegram")
    message = render_reply(catalogue, reply, french, now)
    assert message.text == "Voici votre certificat de réussite. Félicitations!"
    [pdf] = message.attachments
    assert (pdf.filename, pdf.media_type) == ("certificate-1.pdf", "application/pdf")
    shown = " ".join(PdfReader(io.BytesIO(pdf.data)).pages[0].extract_text().split())
    assert "Amélie" in shown
    assert "Programme de mentorat professionnel" in shown
    assert "13,5 heures" in shown
    sms = Rendering(language="en", timezone="America/Toronto", channel="sms")
    by_sms = render_reply(catalogue, reply, sms, now)
    assert by_sms.attachments == ()  # files do not travel by SMS; the text says how to get it
    assert "Choose My mentorship in the menu" in by_sms.text
    channel = TelegramChannel(tg.application.bot, rate_per_second=0, seconds_per_chat=0)
    await channel.send(Address(channel="telegram", value=str(ANA)), message)
    assert [name for name, _ in tg.api.calls[-2:]] == ["sendMessage", "sendDocument"]
    # A mentorship closed early: a letter of participation, with the weeks it lasted.
    letter = reply.model_copy(update={
        "args": {"completed": "no"},
        "certificate": reply.certificate.model_copy(  # type: ignore[union-attr]
            update={"completed": False, "weeks": 3, "hours": 2.0}),
    })  # fmt: skip
    english = Rendering(language="en", timezone="America/Toronto", channel="telegram")
    shown_letter = render_reply(catalogue, letter, english, now)
    assert shown_letter.text.startswith("Here is your letter of participation")
    words = " ".join(
        PdfReader(io.BytesIO(shown_letter.attachments[0].data)).pages[0].extract_text().split()
    )
    assert "Letter of Participation" in words
    assert "took part in the mentorship programme" in words
    assert "(3 weeks)" in words
    assert "Certificate of Completion" not in words
    assert "successfully" not in words


async def test_an_erasure_clears_the_evaluation_comment(chat: Transcript) -> None:
    await started(chat, "sms")
    amina = await person_id(chat, "amina")
    await chat.say("coord", f"close {amina}")
    await chat.pick("amina", "meval:1")
    await chat.pick("amina", "mrate:4")
    await pick_several(chat, "amina", "mhelp", "advice")
    await chat.pick("amina", "yes")
    await chat.say("amina", "Ben lives near Zanzibar Street")
    await confirmed(chat, "coord", f"erase {amina}")
    async with chat.simulator.app.engine.connect() as conn:
        rows = (await conn.execute(sa.select(mentorship_evaluations))).all()
    assert [(row.rating, row.comment) for row in rows] == [(4, None)]


def test_quiet_hours_move_a_question_to_the_morning_in_the_persons_zone() -> None:
    from handlers.core.config import HandlerConfig

    config = HandlerConfig(default_timezone="America/Toronto", default_language="en")
    toronto = "America/Toronto"

    def at(text: str) -> datetime:  # a Toronto wall-clock time, as UTC
        return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(toronto)).astimezone(UTC)

    assert config.daytime(at("2026-12-08T07:31"), toronto) == at("2026-12-08T09:00")
    assert config.daytime(at("2026-12-08T23:10"), toronto) == at("2026-12-09T09:00")
    assert config.daytime(at("2026-12-08T21:00"), toronto) == at("2026-12-09T09:00")
    assert config.daytime(at("2026-12-08T12:00"), toronto) == at("2026-12-08T12:00")
    assert config.daytime(at("2026-12-08T20:59"), toronto) == at("2026-12-08T20:59")
    # In the person's zone: 7:31 in Toronto is 13:31 in Paris, daytime there.
    assert config.daytime(at("2026-12-08T07:31"), "Europe/Paris") == at("2026-12-08T07:31")
    # Across the change to summer time, 9:00 is still 9:00 on the wall clock.
    assert config.daytime(at("2027-03-14T01:30"), toronto) == at("2027-03-14T09:00")
    # Equal hours: no quiet hours; quiet hours within one day (1 to 6) work too.
    none = HandlerConfig(default_timezone=toronto, default_language="en", quiet_hours=(9, 9))
    assert none.daytime(at("2026-12-08T03:00"), toronto) == at("2026-12-08T03:00")
    night = HandlerConfig(default_timezone=toronto, default_language="en", quiet_hours=(1, 6))
    assert night.daytime(at("2026-12-08T03:00"), toronto) == at("2026-12-08T06:00")
    assert night.daytime(at("2026-12-08T00:30"), toronto) == at("2026-12-08T00:30")


async def test_the_weekly_question_waits_for_the_morning_and_every_check_in_is_asked(
    chat: Transcript,
) -> None:
    # The mentorship starts at 9:00 in Toronto; its weekly question, due a little before the
    # week is over (7:00), waits until the quiet hours end at 9:00.
    await started(chat, "sms")
    assert sent_to(await chat.line(":clock 2026-12-08T08:59"), "amina") == []
    asked = sent_to(await chat.line(":clock +1m"), "amina")
    assert [m.text.splitlines()[0] for m in asked] == [
        "Week 1: did you meet Ben? If so, add how long: 1 1h30"
    ]
    # Three monthly check-ins in a 13-week mentorship: the third, due the day before its end,
    # comes before the closing week instead of being dropped.
    sent = await week(chat, 12)
    invites = [m for m in sent_to(sent, "amina") if any(
        c.id.startswith("checkin:") for c in m.choices)]  # fmt: skip
    assert [m.choices[0].id for m in invites] == ["checkin:1:1", "checkin:1:2", "checkin:1:3"]
    ends = datetime(2027, 2, 23, 14, 0, tzinfo=UTC)  # 13 weeks after the start
    assert invites[-1].at <= ends - timedelta(days=7)
    for message in sent_to(sent, "amina"):
        local = message.at.astimezone(ZoneInfo("America/Toronto"))
        assert 9 <= local.hour < 21, message.text


async def test_an_opt_out_pauses_the_pair_and_tells_the_other_side_and_the_coordinator(
    chat: Transcript,
) -> None:
    await started(chat, "sms")
    amina = await person_id(chat, "amina")
    await chat.say("amina", "STOP")
    told = await chat.line(":clock +1m")
    assert texts(sent_to(told, "ben")) == (
        "Amina can no longer receive messages from the programme, so your mentorship is "
        "paused: no weekly or monthly questions for now. The coordinator will be in touch."
    )
    assert texts(sent_to(told, "coord")) == (
        "Amina can no longer be reached (opted out, or blocked the bot): match #1 of Amina with "
        f"Ben is paused, and the other side was told. To end it: close {amina} withdrawn"
    )
    # Paused: five weeks on, Ben has had no check-in and the coordinator no missed-week alert.
    later = await week(chat, 5)
    assert sent_to(later, "ben") == []
    assert not [m for m in sent_to(later, "coord") if "Amina" in m.text]  # only its digests
    assert sent_to(later, "amina") == []
    # Amina comes back: the next week's question and the next check-in go out as before.
    await chat.say("amina", "START")
    back = await week(chat, 4)
    assert any("did you meet Ben" in m.text for m in sent_to(back, "amina"))
    assert any(c.id == "checkin:1:2" for m in sent_to(back, "ben") for c in m.choices)
    # The coordinator ends it as a withdrawal: neither a certificate nor a letter.
    done = await chat.say("coord", f"close {amina} withdrawn")
    assert "withdrawn from the programme" in texts(sent_to(done, "coord"))


async def test_a_finished_mentee_is_not_nudged_as_a_quiet_newcomer(chat: Transcript) -> None:
    await started(chat, "sms")
    amina = await person_id(chat, "amina")
    await chat.say("coord", f"close {amina}")
    # Six silent weeks: a Connector newcomer would be nudged and named in the digest.
    later = await week(chat, 6)
    assert not [m for m in sent_to(later, "amina") if "Shall we find someone?" in m.text]
    digests = [m.text for m in sent_to(later, "coord") if m.text.startswith("Weekly digest")]
    assert digests
    assert all("no newcomer has gone quiet" in text for text in digests)


@pytest.mark.parametrize("french", [False, True])
async def test_a_week_is_met_and_timed_in_one_reply(
    chat: Transcript, style: str, french: bool
) -> None:
    await started(chat, style, french=french)
    asked = sent_to(await week(chat), "amina")[-1]
    assert "1h30" in asked.text
    if style == "sms":
        assert asked.segments in (1, 2)
    # "1 1h30" by SMS, "yes 1h30" typed anywhere: met, an hour and a half; only the topics
    # are asked next.
    topics = await chat.say("amina", "1 1h30" if style == "sms" else "yes 1h30")
    assert any(c.id.startswith("mtopic:") for c in topics[-1].choices)
    done = texts(await pick_several(chat, "amina", "mtopic", "resume"))
    assert ("1 h 30 sur 12" if french else "1 h 30 of 12") in done
    async with chat.simulator.app.engine.connect() as conn:
        row = (await conn.execute(sa.select(mentorship_weeks.c.outcome,
                                            mentorship_weeks.c.minutes))).one()  # fmt: skip
    assert tuple(row) == ("met", 90)


async def test_a_week_left_before_its_topics_still_counts_and_the_next_week_is_read(
    chat: Transcript,
) -> None:
    await started(chat, "sms", french=True)
    await week(chat)
    await chat.say("amina", "oui mardi")
    topics = await chat.say("amina", "1 2h")  # the option's number with it, as taught
    assert texts(topics).startswith("Sur quoi avez-vous travaillé?")
    # She leaves the topics unanswered; the next week is asked, and week 1 is not missed.
    sent = await week(chat)
    assert "Ben" not in texts(sent_to(sent, "coord"))  # no missed-week alert
    assert await rows_of_weeks(chat) == [(1, "met", 120, True), (2, "asked", 0, None)]
    # Her answer to the new week is read as that, not as week 1's topics.
    logged = await chat.say("amina", "2 90 min")
    assert texts(logged).startswith("Sur quoi avez-vous travaillé?")
    assert await rows_of_weeks(chat) == [(1, "met", 120, True), (2, "met", 90, False)]
    done = await chat.say("amina", "2")
    assert "Jusqu'ici : 3 h 30 sur 12 heures." in texts(done)
    # Week 1's log, left at its topics, does not come back afterwards.
    assert "Sur quoi avez-vous travaillé?" not in texts(done)


async def test_a_duration_alone_answers_the_week_and_a_1_opens_the_check_in(
    chat: Transcript,
) -> None:
    await started(chat, "sms", french=True)
    await week(chat)
    topics = await chat.say("amina", "1h30")  # met, in person, an hour and a half
    assert texts(topics).startswith("Sur quoi avez-vous travaillé?")
    await chat.say("amina", "1 3")
    assert await rows_of_weeks(chat) == [(1, "met", 90, True)]
    # The month's check-in comes (January 1), then week 5's question (January 5), which she
    # answers first; her "1" after it is the check-in's "1. Répondre", never a rating of 1
    # out of 5 sent to the coordinator as an alarm.
    await chat.line(":clock 2027-01-05T15:00")
    await chat.say("amina", "1 1h")
    logged = await chat.say("amina", "2")
    assert texts(logged).startswith("C'est noté")
    opened = await chat.say("amina", "1")
    assert texts(opened).startswith("Jusqu'ici, le mentorat vous satisfait-il?")
    assert sent_to(opened, "coord") == []


async def rows_of_weeks(chat: Transcript) -> list[tuple[int, str, int, bool | None]]:
    """Every week of the first mentorship: its number, outcome, minutes and whether in person."""
    async with chat.simulator.app.engine.connect() as conn:
        found = await conn.execute(
            sa.select(mentorship_weeks.c.week, mentorship_weeks.c.outcome,
                      mentorship_weeks.c.minutes, mentorship_weeks.c.in_person)
            .order_by(mentorship_weeks.c.week)
        )  # fmt: skip
        return [(w, o, m, p) for w, o, m, p in found]


async def test_the_last_weeks_question_is_answered_even_once_the_mentorship_closed(
    chat: Transcript,
) -> None:
    """The last week's question can come with the closing message (its morning was the
    closing day): its answer still counts, rather than "didn't understand" and the menu."""
    await started(chat, "sms", french=True)
    await week(chat)  # week 1 asked
    amina = await person_id(chat, "amina")
    closed = await chat.say("coord", f"cloturer {amina} termine")
    assert "terminé" in texts(sent_to(closed, "amina"))
    topics = await chat.say("amina", "oui 1h")
    assert texts(topics).startswith("Sur quoi avez-vous travaillé?")
    await chat.say("amina", "2")
    assert await rows_of_weeks(chat) == [(1, "met", 60, True)]
