"""Mentorship intake: joining from the menu, agency referral codes, the eligibility questions in
both languages and both renderings, and coordinators confirming or referring back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from bot.channels.simulator import SimMessage
from bot.clock import ManualClock
from bot.config import Settings
from bot.simulate import Simulator
from handlers.core.keywords import typed_start_payload
from handlers.core.programmes import load_programmes
from handlers.core.values import Address
from handlers.mentorship.intake.criteria import missing, parse_clb, parse_years
from handlers.mentorship.intake.values import IntakeAnswers
from storage.tables import audit_log, programme_members
from tests.conftest import (
    Recorder,
    Transcript,
    body,
    confirmed,
    plain,
    register,
    sent_to,
    texts,
    wording,
)
from tests.test_coordination import command, coordinator, person_id

CAREER = load_programmes().get("career")
assert CAREER is not None


async def members(chat: Transcript) -> list[tuple[int, str, str, str, int | None]]:
    """Every membership row: (person, programme, role, status, agency)."""
    async with chat.simulator.app.engine.connect() as conn:
        rows = await conn.execute(
            sa.select(
                programme_members.c.participant_id, programme_members.c.programme,
                programme_members.c.role, programme_members.c.status,
                programme_members.c.agency_id,
            ).order_by(programme_members.c.id)
        )  # fmt: skip
        return [tuple(row) for row in rows]


async def open_menu_entry(chat: Transcript, name: str) -> list[SimMessage]:
    """``name`` opens the menu and picks the mentoring programme."""
    await chat.say(name, "menu")
    return await chat.pick(name, "menu:mentorship")


async def answer_as_mentee(
    chat: Transcript, name: str, *, status: str = "pr", educated: bool = True,
    clb: str = "CLB 7", workshop: bool = True, resume: bool = True,
    objective: str = "Civil engineer in transportation",
) -> list[SimMessage]:  # fmt: skip
    """``name`` answers every mentee question from the first; return the last replies."""
    await chat.pick(name, f"status:{status}")
    await chat.pick(name, "yes" if educated else "no")
    if educated:
        await chat.pick(name, "credential:master")
    if clb == "none" and chat.simulator.channel.persona(name) == "sms":
        await chat.say(name, "aucun")  # by SMS a word: a numbered option would take "1"
    elif clb == "none":
        await chat.pick(name, "clb:none")
    else:
        await chat.say(name, clb)
    await chat.pick(name, "yes")  # lives in Ontario
    await chat.pick(name, "yes" if workshop else "no")
    await chat.say(name, objective)
    return await chat.pick(name, "yes" if resume else "no")


async def orient(chat: Transcript, name: str) -> list[SimMessage]:
    """``name`` takes the career programme's orientation in the chat, answering right."""
    await chat.pick(name, "orientgo:career")
    await chat.pick(name, "ori:read")
    await chat.pick(name, "oft:week")
    await chat.pick(name, "len:right")
    return await chat.pick(name, "abs:tell")


async def enrol_mentee(chat: Transcript, name: str, objective: str = "Civil engineer") -> int:
    """``name`` (registered) applies as a mentee, is approved and takes the orientation.

    A coordinator ("coord") must be registered. Returns the person's number.
    """
    await open_menu_entry(chat, name)
    await chat.pick(name, "as:mentee")
    await answer_as_mentee(chat, name, objective=objective)
    number = await person_id(chat, name)
    await chat.say("coord", command("sms", f"approve {number}"))
    await orient(chat, name)
    return number


async def enrol_mentor(
    chat: Transcript, name: str, languages: str = "langs:en-fr", sector: int = 2
) -> int:
    """``name`` (registered, with a profession) applies as a mentor, is approved, and a
    coordinator records an orientation they attended in person. Returns their number."""
    await open_menu_entry(chat, name)
    await chat.pick(name, "as:mentor")
    await chat.say(name, "10")
    await chat.pick(name, "profession:same")
    await chat.pick(name, f"sector:{sector}")
    await chat.say(name, "PEO")
    await chat.pick(name, languages)
    await chat.pick(name, "yes")
    number = await person_id(chat, name)
    await chat.say("coord", command("sms", f"approve {number}"))
    await chat.say("coord", command("sms", f"oriented {number}"))
    return number


async def agency(chat: Transcript, style: str = "sms", french: bool = False) -> int:
    """Lasi registers as a professional and a coordinator grants them the agency role."""
    await register(chat, "lasi", style=style, french=french, connector=True,
                   profession="Employment counsellor")  # fmt: skip
    lasi = await person_id(chat, "lasi")
    await confirmed(chat, "coord", command("sms", f"grant {lasi} agency"))
    return lasi


def code_in(message: SimMessage) -> str:
    """The referral code a /refer answer gives."""
    found = re.search(r"(?:JOIN|REJOINDRE) ([A-Z2-9]{8})", message.text)
    assert found is not None, message.text
    return found.group(1)


async def joins_with(chat: Transcript, name: str, first: str, style: str, french: bool) -> None:
    """``name`` sends ``first`` (a code), then registers as a newcomer; return at status."""
    chat.persona(name, style)
    await chat.say(name, first)
    await chat.press(name, 2 if french else 1)
    await chat.press(name, 1)  # consent
    await chat.press(name, 1)  # newcomer
    await chat.say(name, name.capitalize())
    await chat.say(name, "Civil engineer")
    await chat.press(name, 3)
    await chat.say(name, "Ottawa")
    await chat.press(name, 3)
    await chat.press(name, 1)


@pytest.mark.parametrize("french", [False, True])
async def test_a_newcomer_applies_from_the_menu_and_a_coordinator_confirms(
    chat: Transcript, style: str, french: bool
) -> None:
    await coordinator(chat, "sms", french=french)
    await register(chat, "amina", style=style, french=french)
    role = await open_menu_entry(chat, "amina")
    # One mentoring programme in the default file: straight to the role question.
    assert body(role[-1]) == ("Voulez-vous un mentor, ou en devenir un?" if french
                              else "Would you like a mentor, or to be one?")  # fmt: skip
    started = await chat.pick("amina", "as:mentee")
    assert ("Programme de mentorat professionnel" if french else "Career Mentoring Program") in (
        plain(started[0])
    )
    assert [c.id for c in started[-1].choices] == ["status:pr", "status:refugee", "status:other"]
    done = await answer_as_mentee(chat, "amina")
    told = texts(sent_to(done, "amina"))
    assert ("sont transmises à la coordination, qui confirmera" if french
            else "are with a coordinator, who will confirm your place") in told  # fmt: skip
    amina = await person_id(chat, "amina")
    notice = texts(sent_to(done, "coord"))
    assert f"#{amina} Amina" in notice
    assert await members(chat) == [(amina, "career", "mentee", "waiting", None)]
    listed = texts(await chat.say("coord", "attente" if french else "pending"))
    assert f"#{amina} Amina, {'mentoré' if french else 'mentee'}" in listed
    assert ("NCLC 7" if french else "CLB 7") in listed  # the coordinator reads by SMS
    assert "Civil engineer in transportation" in listed
    assert ("Manque" if french else "Missing") not in listed
    approved = await chat.say("coord", f"{'approuver' if french else 'approve'} {amina}")
    assert ("Bonne nouvelle, Amina" if french else "Good news, Amina") in texts(
        sent_to(approved, "amina")
    )
    assert f"Amina (#{amina})" in texts(sent_to(approved, "coord"))
    assert await members(chat) == [(amina, "career", "mentee", "eligible", None)]
    where = texts(await open_menu_entry(chat, "amina"))
    assert ("comme mentoré : accepté" if french else "as mentee: accepted") in where


async def test_the_level_and_back_are_read_generously_and_nothing_is_lost(
    chat: Transcript, style: str
) -> None:
    await register(chat, "amina", style=style)
    await open_menu_entry(chat, "amina")
    await chat.pick("amina", "as:mentee")
    await chat.pick("amina", "status:refugee")
    await chat.pick("amina", "yes")
    await chat.pick("amina", "credential:doctorate")
    wrong = await chat.say("amina", "²")
    assert body(wrong[0]).startswith("Type a CLB level from 1 to 12")
    assert body(wrong[-1]).startswith("What is your Canadian Language Benchmark")
    region = await chat.say("amina", "CLB 8 speaking, 6 writing")
    assert body(region[-1]) == "Do you live in Ontario?"
    back = await chat.say("amina", "back")
    assert body(back[-1]).startswith("What is your Canadian Language Benchmark")
    await chat.say("amina", "6")
    await chat.pick("amina", "yes")
    await chat.pick("amina", "yes")
    await chat.say("amina", "Geotechnical engineer")
    await chat.pick("amina", "yes")
    async with chat.simulator.app.engine.connect() as conn:
        answers = (await conn.execute(sa.select(programme_members.c.answers))).scalar_one()
    assert answers["clb"] == 6
    assert answers["status"] == "refugee"
    assert answers["credential"] == "doctorate"


@pytest.mark.parametrize("french", [False, True])
async def test_an_agency_client_joins_by_sms_misses_criteria_and_is_referred_back(
    chat: Transcript, french: bool
) -> None:
    await coordinator(chat, "sms", french=french)
    lasi = await agency(chat, french=french)
    minted = await chat.say("lasi", "orienter" if french else "refer")
    code = code_in(minted[0])
    assert f"https://t.me/connector_bot?start={code}" in minted[0].text
    await joins_with(chat, "omar", f"{'REJOINDRE' if french else 'JOIN'} {code}", "sms", french)
    started = await chat.press("omar", 1)  # confirms the registration summary
    omar = await person_id(chat, "omar")
    told = texts(sent_to(started, "omar"))
    assert ("Lasi vous oriente vers le Programme de mentorat professionnel" if french
            else "Lasi referred you to the Career Mentoring Program") in told  # fmt: skip
    assert sent_to(started, "omar")[-1].choices[0].id == "status:pr"
    assert f"(#{omar})" in texts(sent_to(started, "lasi"))
    done = await answer_as_mentee(chat, "omar", educated=True, clb="none", workshop=False)
    help_given = texts(sent_to(done, "omar"))
    assert ("2 critères ne sont pas encore remplis" if french
            else "2 criteria are not met yet") in help_given  # fmt: skip
    assert ("NCLC 5 ou plus" if french else "CLB 5 or higher") in help_given
    assert ("Les organismes d'emploi en offrent gratuitement" if french
            else "Employment agencies offer them free") in help_given  # fmt: skip
    assert ("Ce n'est pas une impasse" if french else "This is not a dead end") in help_given
    assert ("Lasi, qui vous a orienté" if french else "Lasi, who referred you") in help_given
    assert await members(chat) == [(omar, "career", "mentee", "waiting", lasi)]
    pending = await chat.say("coord", "attente" if french else "pending")
    listed = texts(pending)
    assert ("Organisme : Lasi" if french else "Agency: Lasi") in listed
    # Both missed criteria on one line, "not assessed" rather than a level of 0, and the
    # case's page within 2 SMS segments.
    assert ("Manque : NCLC, atelier" if french else "Missing: CLB, workshop") in listed
    assert ("NCLC non évalué" if french else "CLB not assessed") in listed
    case = next(m for m in pending if "Lasi" in m.text)
    assert case.segments in (1, 2), case.text
    reason = "niveau de langue à confirmer" if french else "we need a language assessment first"
    back = await confirmed(chat, "coord", f"{'refuser' if french else 'reject'} {omar} {reason}")
    assert reason in texts(sent_to(back, "omar"))
    assert ("Lasi peut vous aider" if french else "Lasi can help you prepare") in texts(
        sent_to(back, "omar")
    )
    agency_told = texts(sent_to(back, "lasi"))
    assert f"Omar (#{omar})" in agency_told
    assert reason in agency_told
    assert await members(chat) == [(omar, "career", "mentee", "ineligible", lasi)]
    async with chat.simulator.app.engine.connect() as conn:
        detail = (
            await conn.execute(
                sa.select(audit_log.c.detail).where(audit_log.c.action == "admin-programme-reject")
            )
        ).scalar_one()
    assert reason not in detail  # ids only
    # Referred back is not the end: the menu entry says so and asks the questions again.
    again = await open_menu_entry(chat, "omar")
    assert ("réorienté pour l'instant" if french else "referred back for now") in texts(again)
    assert again[-1].choices[0].id == "status:pr"
    # Accepted later after all (a coordinator may confirm someone referred back).
    accepted = await chat.say("coord", f"{'approuver' if french else 'approve'} {omar}")
    assert f"Omar (#{omar})" in texts(sent_to(accepted, "lasi"))


async def test_a_client_joins_with_a_telegram_deep_link(chat: Transcript) -> None:
    await coordinator(chat, "sms")
    lasi = await agency(chat, style="telegram")
    code = code_in((await chat.say("lasi", "/refer career"))[0])
    await joins_with(chat, "nadia", f"/start {code}", "telegram", False)
    started = await chat.press("nadia", 1)
    assert "Lasi referred you" in texts(sent_to(started, "nadia"))
    nadia = await person_id(chat, "nadia")
    assert await members(chat) == [(nadia, "career", "mentee", "intake", lasi)]
    # The same code does not bring anyone else in.
    used = await chat.say("coord", f"JOIN {code}")
    assert "used already" in texts(used)


async def test_someone_registered_already_can_text_the_code(chat: Transcript) -> None:
    await coordinator(chat, "sms")
    lasi = await agency(chat)
    code = code_in((await chat.say("lasi", "refer"))[0])
    await register(chat, "amina")
    started = await chat.say("amina", f"join {code.lower()}")
    assert "Lasi referred you" in texts(started)
    assert body(started[-1]) == "What is your immigration status in Canada?"
    amina = await person_id(chat, "amina")
    assert await members(chat) == [(amina, "career", "mentee", "intake", lasi)]


async def test_refer_is_for_agencies_and_names_programmes(chat: Transcript) -> None:
    await coordinator(chat, "sms")
    await register(chat, "amina")
    unknown = [m.text for m in await chat.say("amina", "frobnicate")]
    assert [m.text for m in await chat.say("amina", "refer")] == unknown
    await agency(chat)
    wrong = await chat.say("lasi", "refer connector")
    assert texts(wrong) == "There is no mentoring programme by that id. The programmes: career."
    usage = await chat.say("lasi", "refer a b")
    assert texts(usage).startswith("Type refer alone")


@pytest.mark.parametrize("french", [False, True])
async def test_a_professional_applies_as_a_mentor(
    chat: Transcript, style: str, french: bool
) -> None:
    await coordinator(chat, "sms")
    await register(chat, "ben", style=style, french=french, connector=True,
                   profession="Bridge engineer")  # fmt: skip
    await open_menu_entry(chat, "ben")
    years = await chat.pick("ben", "as:mentor")
    assert ("travaillez-vous en Ontario" if french else "worked in Ontario") in plain(years[-1])
    wrong = await chat.say("ben", "lots")
    assert body(wrong[0]).startswith("Tapez le nombre" if french else "Type the number")
    profession = await chat.say("ben", "10 ans" if french else "10 years")
    assert [c.label for c in profession[-1].choices] == ["Bridge engineer"]
    await chat.pick("ben", "profession:same")
    await chat.pick("ben", "sector:2")
    await chat.say("ben", "PEO, IEEE Ottawa")
    await chat.pick("ben", "langs:en-fr")
    done = await chat.pick("ben", "yes")
    assert ("qui confirmera votre place" if french else "who will confirm your place") in texts(
        sent_to(done, "ben")
    )
    ben = await person_id(chat, "ben")
    assert await members(chat) == [(ben, "career", "mentor", "waiting", None)]
    listed = texts(await chat.say("coord", "pending"))
    assert "Years in region: 10. Bridge engineer" in listed
    assert "Networks: PEO, IEEE Ottawa" in listed
    await chat.say("coord", f"approve {ben}")
    async with chat.simulator.app.store.transaction() as tx:
        assert "mentor" in (await tx.participant(ben)).roles


async def test_a_mentor_without_the_time_hears_what_the_programme_asks(chat: Transcript) -> None:
    await register(chat, "ben", connector=True)
    await open_menu_entry(chat, "ben")
    await chat.pick("ben", "as:mentor")
    await chat.say("ben", "1")
    await chat.say("ben", "Structural engineer")
    await chat.pick("ben", "sector:2")
    await chat.pick("ben", "networks:none")
    await chat.pick("ben", "langs:en")
    done = texts(await chat.pick("ben", "no"))
    assert "3 criteria are not met yet" in done
    assert "at least 2 years of work in the region" in done
    assert "at least 60 minutes every week for 13 weeks" in done
    # A mentor's wording: not the mentee's "an agency can help you prepare".
    assert "They will tell you what the programme needs of its mentors." in done
    assert "agency" not in done


def test_the_ottawa_criteria_are_read_from_the_answers() -> None:
    assert CAREER is not None
    ready = IntakeAnswers(
        programme="career", role="mentee", status="pr", educated=True, clb=5, region=True,
        workshop=True, objective="x", resume=True,
    )  # fmt: skip
    assert missing(CAREER, ready) == ()
    assert missing(CAREER, ready.model_copy(update={"clb": 4, "status": "other"})) == (
        "status", "clb"
    )  # fmt: skip
    assert missing(CAREER, IntakeAnswers(role="mentee")) == (
        "status", "education", "clb", "region", "workshop", "resume"
    )  # fmt: skip
    mentor = IntakeAnswers(role="mentor", years=2, networks=["PEO"], commitment=True)
    assert missing(CAREER, mentor) == ()
    assert missing(CAREER, mentor.model_copy(update={"networks": []})) == ("networks",)


@given(level=st.integers(min_value=1, max_value=12),
       form=st.sampled_from(["{}", "CLB {}", "clb{}", "NCLC {}", "niveau {}", "Level {}.",
                             " {} ", "CLB {} in speaking"]))  # fmt: skip
def test_a_level_typed_any_usual_way_is_read(level: int, form: str) -> None:
    assert parse_clb(form.format(level)) == level


@given(st.text(max_size=40))
def test_no_typed_level_breaks_the_reader(text: str) -> None:
    level = parse_clb(text)
    assert level is None or 0 <= level <= 12


YEAR_FORMS = ["{}", "{} years", "{} ans", "about {} years", "{}+", "{} yrs"]


@given(years=st.integers(min_value=0, max_value=60), form=st.sampled_from(YEAR_FORMS))
def test_years_typed_any_usual_way_are_read(years: int, form: str) -> None:
    assert parse_years(form.format(years)) == years


@given(st.text(max_size=40))
def test_no_typed_years_break_the_reader(text: str) -> None:
    years = parse_years(text)
    assert years is None or 0 <= years <= 60


@pytest.mark.parametrize("text", ["²", "٣", "13", "0", "CLB 7 and 15", "seven", "-"])
def test_levels_that_are_not_levels_are_refused(text: str) -> None:
    assert parse_clb(text) is None


def test_words_for_not_assessed_and_numbers_in_words() -> None:
    assert parse_clb("Not assessed") == 0
    assert parse_clb("pas évalué") == 0
    assert parse_years("cinq ans") == 5
    assert parse_years("none") == 0
    assert parse_years("2 or 3") is None


async def test_erasing_a_profile_erases_the_eligibility_answers(chat: Transcript) -> None:
    await register(chat, "amina")
    await open_menu_entry(chat, "amina")
    await chat.pick("amina", "as:mentee")
    await answer_as_mentee(chat, "amina", objective="Glassblower of oddities")
    amina = await person_id(chat, "amina")
    async with chat.simulator.app.store.transaction() as tx:
        await tx.erase_profile(amina)
    async with chat.simulator.app.engine.connect() as conn:
        row = (await conn.execute(sa.select(programme_members))).one()
    assert row.answers is None
    assert row.status == "waiting"  # the numbers stay


async def test_cases_come_one_a_page_by_sms_with_more(chat: Transcript) -> None:
    await coordinator(chat, "sms")
    for name in ("amina", "omar"):
        await register(chat, name)
        await open_menu_entry(chat, name)
        await chat.pick(name, "as:mentee")
        await answer_as_mentee(chat, name)
    first = await chat.say("coord", "pending")
    assert "Nobody is waiting" not in texts(first)
    assert "Amina" in texts(first)
    assert "Omar" not in texts(first)
    assert [c.id for c in first[-1].choices] == ["mmore:cases:all:1"]
    second = await chat.pick("coord", "mmore:cases:all:1")
    assert "Omar" in texts(second)
    assert second[-1].choices == ()


EMPLOYER_FILE = """
[[programme]]
id = "connector"
kind = "connector"
name = { en = "Connector Program", fr = "Programme Connecteur" }
region = { en = "British Columbia", fr = "Colombie-Britannique" }

[[programme]]
id = "city"
kind = "mentorship"
access = "employer"
employer = "City of Vancouver"
name = { en = "Newcomers Mentorship", fr = "Mentorat des nouveaux arrivants" }
region = { en = "British Columbia", fr = "Colombie-Britannique" }
duration_weeks = 17
cadence = { every = "week", min_minutes = 90, target_hours = 24 }
eligibility = { mentee = ["status", "region"], mentor = ["employer", "commitment"] }

[[programme]]
id = "career"
kind = "mentorship"
name = { en = "Career Mentoring Program", fr = "Programme de mentorat professionnel" }
region = { en = "Ontario", fr = "Ontario" }
duration_weeks = 13
eligibility = { mentee = ["status"], mentor = ["years"] }
"""


async def test_an_employer_hosted_programme_asks_mentors_about_the_employer(
    settings: Settings, clock: ManualClock, tmp_path: Path
) -> None:
    file = tmp_path / "programmes.toml"
    file.write_text(EMPLOYER_FILE, encoding="utf-8")
    recorder = Recorder()
    configured = settings.model_copy(update={"programmes_file": str(file)})
    async with Simulator(configured, clock, recorder) as simulator:
        chat = Transcript(simulator, recorder)
        await register(chat, "ben", connector=True)
        asked = await open_menu_entry(chat, "ben")
        # Two mentoring programmes: which one first.
        assert [c.label for c in asked[-1].choices] == [
            "Newcomers Mentorship", "Career Mentoring Program"
        ]  # fmt: skip
        await chat.pick("ben", "programme:city")
        employer = await chat.pick("ben", "as:mentor")
        assert body(employer[-1]) == "Do you work for City of Vancouver?"
        commitment = await chat.pick("ben", "no")
        assert "at least 90 minutes every week for 17 weeks" in body(commitment[-1])
        done = texts(await chat.pick("ben", "yes"))
        assert "every mentor in this programme works for City of Vancouver" in done
        # The other programme is still open to join; this one shows where Ben stands.
        again = await open_menu_entry(chat, "ben")
        assert "Newcomers Mentorship, as mentor: a coordinator is checking" in texts(again)
        assert body(again[-1]) == "Would you like a mentor, or to be one?"


@pytest.mark.parametrize("french", [False, True])
async def test_the_orientation_checks_three_points_and_readies_the_match(
    chat: Transcript, style: str, french: bool
) -> None:
    await coordinator(chat, "sms", french=french)
    await register(chat, "amina", style=style, french=french)
    await open_menu_entry(chat, "amina")
    await chat.pick("amina", "as:mentee")
    await answer_as_mentee(chat, "amina")
    amina = await person_id(chat, "amina")
    too_soon = texts(await chat.say("coord", f"{'suggerer' if french else 'suggest'} {amina}"))
    assert ("n'est pas encore dans un programme" if french else "is not a mentee") in too_soon
    approved = await chat.say("coord", f"{'approuver' if french else 'approve'} {amina}")
    news = sent_to(approved, "amina")[-1]
    assert [c.id for c in news.choices] == ["orientgo:career"]
    not_yet = texts(await chat.say("coord", f"{'suggerer' if french else 'suggest'} {amina}"))
    assert ("pas encore fait l'orientation" if french else "not been through the orientation") in (
        not_yet
    )
    expectations = (await chat.pick("amina", "orientgo:career"))[-1]
    if french:
        assert wording(
            expectations,
            sms="rencontres chaque semaine, 60 min ou plus, pendant 13 "
            "semaines (environ 13 h en tout)",
            telegram="chaque semaine, au moins 60 minutes, pendant 13 semaines, environ 13 heures",
        ) in plain(expectations)
    else:
        assert wording(expectations, sms="meet every week, 60 min or more, for 13 weeks (about "
                       "13 h in all)", telegram="every week for at least 60 minutes, for 13 "
                       "weeks, about 13 hours") in plain(expectations)  # fmt: skip
    await chat.say("amina", "oui" if french else "ok")
    wrong = await chat.pick("amina", "oft:month")
    assert plain(wrong[0]) == (
        "Pas tout à fait : dans ce programme, on se rencontre chaque semaine. Essayez encore."
        if french
        else "Not quite: in this programme you meet every week. Try again."
    )
    await chat.pick("amina", "oft:week")
    wrong = await chat.pick("amina", "len:year")
    assert ("13 semaines, environ 13 heures" if french else "13 weeks, about 13 hours") in (
        plain(wrong[0])
    )
    await chat.pick("amina", "len:right")
    # Nothing given is lost on a wrong answer: the third question comes after the second.
    done = await chat.pick("amina", "abs:tell")
    assert ("votre orientation pour le Programme de mentorat professionnel est terminée"
            if french else "your orientation for the Career Mentoring Program is complete"
            ) in texts(done)  # fmt: skip
    assert await members(chat) == [(amina, "career", "mentee", "oriented", None)]
    where = texts(await open_menu_entry(chat, "amina"))
    assert ("en attente de jumelage" if french else "ready to be matched") in where


async def test_a_coordinator_records_an_orientation_attended_in_person(
    chat: Transcript, style: str
) -> None:
    await coordinator(chat, style)
    await register(chat, "ben", connector=True, profession="Bridge engineer")
    nobody = texts(await chat.say("coord", command(style, "oriented 99")))
    assert "#99 has no place waiting for an orientation" in nobody
    ben = await enrol_mentor(chat, "ben")
    assert await members(chat) == [(ben, "career", "mentor", "oriented", None)]
    assert "among the mentors suggested" in texts(chat.recorder.messages[-2:])
    again = texts(await chat.say("coord", command(style, f"oriented {ben}")))
    assert f"#{ben} has no place waiting" in again
    usage = texts(await chat.say("coord", command(style, "oriented Ben")))
    assert "Type oriented and the person's number" in usage
    refused = texts(await chat.say("ben", command("sms", f"oriented {ben}")))
    assert "Orientation recorded" not in refused


async def test_a_reply_after_being_referred_back_reaches_the_coordinators(
    chat: Transcript,
) -> None:
    await coordinator(chat, "sms", french=True)
    await register(chat, "amina", french=True)
    await open_menu_entry(chat, "amina")
    await chat.pick("amina", "as:mentee")
    await answer_as_mentee(chat, "amina", clb="none")
    amina = await person_id(chat, "amina")
    back = await confirmed(chat, "coord", f"refuser {amina} Niveau de langue à confirmer.")
    told = texts(sent_to(back, "amina"))
    assert "Raison : Niveau de langue à confirmer. Répondez ici pour en parler." in told
    assert ".." not in told
    # Her answer goes to the coordination, not into "Sorry, I didn't understand".
    replied = await chat.say("amina", "J'ai passé le test NCLC la semaine dernière")
    assert texts(sent_to(replied, "amina")).startswith("Merci. J'ai transmis votre message")
    assert (
        f"#{amina} Amina, réorienté par le programme de mentorat, écrit : "
        '"J\'ai passé le test NCLC la semaine dernière"'
    ) in texts(sent_to(replied, "coord"))


@pytest.mark.parametrize("french", [False, True])
async def test_a_mangled_code_is_read_and_an_unknown_one_is_said(
    chat: Transcript, french: bool
) -> None:
    await coordinator(chat, "sms", french=french)
    await agency(chat, french=french)
    code = code_in((await chat.say("lasi", "orienter" if french else "refer"))[0])
    join = "REJOINDRE" if french else "JOIN"
    # Typed from an SMS with a colon, in lower case and split in two: still the code.
    spaced = f"{join.lower()}: {code[:4].lower()} {code[4:].lower()}"
    await joins_with(chat, "omar", spaced, "sms", french)
    led = await chat.press("omar", 1)
    assert ("Lasi vous oriente" if french else "Lasi referred you") in texts(sent_to(led, "omar"))
    # A code nobody knows: registered all the same, and told so, with what to do.
    wrong = "ZZZZ9999"
    await joins_with(chat, "yara", f"{join} {wrong}", "sms", french)
    done = texts(sent_to(await chat.press("yara", 1), "yara"))
    assert (f"Le code que vous avez envoyé, {wrong}, ne me dit rien" if french
            else f"The code you came with, {wrong}, is not one I know") in done  # fmt: skip
    assert ("envoyez REJOINDRE et le code" if french else "send JOIN and the code") in done


@given(st.text(max_size=60))
def test_a_typed_join_is_read_or_ignored_never_an_error(text: str) -> None:
    code = typed_start_payload(text)
    assert code is None or (code.isascii() and code.isalnum() and code == code.upper())
    if code is None:
        return
    # The same code however it was typed: case, a colon, spaces inside.
    spaced = " ".join(code.lower()[i : i + 4] for i in range(0, len(code), 4))
    assert typed_start_payload(f"Rejoindre: {spaced}") == code


@pytest.mark.parametrize("french", [False, True])
async def test_an_agency_refers_a_client_from_its_menu(
    chat: Transcript, style: str, french: bool
) -> None:
    await coordinator(chat, "sms")
    await agency(chat, style=style, french=french)
    menu = (await chat.say("lasi", "menu"))[-1]
    label = "Orienter une personne vers le mentorat" if french else "Refer a client to mentoring"
    assert label in [c.label for c in menu.choices]
    given = await chat.pick("lasi", "menu:agency-refer")
    assert len(code_in(given[-1])) == 8


@pytest.mark.postgresql  # the count is a conditional update, on both databases
@pytest.mark.parametrize("french", [False, True])
async def test_a_mentors_workshop_sessions_are_recorded_and_counted(
    chat: Transcript, style: str, french: bool
) -> None:
    await coordinator(chat, style, french=french)
    await register(chat, "ben", style=style, french=french, connector=True)
    ben = await enrol_mentor(chat, "ben")
    word = "atelier" if french else "workshop"
    first = await chat.say("coord", command(style, f"{word} {ben}"))
    assert texts(sent_to(first, "ben")) == (
        "La coordination a noté votre séance d'atelier de mentorat (1 sur 2) pour le "
        "Programme de mentorat professionnel. Merci!" if french else
        "A coordinator recorded your mentoring workshop session (1 of 2) for the Career "
        "Mentoring Program. Thank you!"
    )  # fmt: skip
    assert texts(sent_to(first, "coord")).startswith(
        f"Séance d'atelier 1 sur 2 notée pour #{ben} Ben" if french
        else f"Workshop session 1 of 2 recorded for #{ben} Ben"
    )  # fmt: skip
    second = await chat.say("coord", command(style, f"{word} {ben}"))
    assert ("(2 sur 2)" if french else "(2 of 2)") in texts(sent_to(second, "ben"))
    # A third is refused, and nobody is told anything.
    third = await chat.say("coord", command(style, f"{word} {ben}"))
    assert sent_to(third, "ben") == []
    assert texts(third).startswith(
        f"Toutes les séances d'atelier de #{ben} Ben" if french
        else f"#{ben} Ben has every workshop session recorded already"
    )  # fmt: skip
    # Someone who is no accepted mentor has no workshop to record.
    await register(chat, "amina", french=french)
    amina = await person_id(chat, "amina")
    none = await chat.say("coord", command(style, f"{word} {amina}"))
    assert texts(none).startswith(f"#{amina} n'est pas un mentor" if french
                                  else f"#{amina} is no accepted mentor")  # fmt: skip
    async with chat.simulator.app.engine.connect() as conn:
        sessions = await conn.execute(
            sa.select(programme_members.c.workshop_sessions).where(
                programme_members.c.participant_id == ben
            )
        )
        assert list(sessions.scalars()) == [2]


@pytest.mark.parametrize("french", [False, True])
async def test_by_sms_a_typed_1_is_a_language_level_and_a_word_says_not_assessed(
    chat: Transcript, french: bool
) -> None:
    await coordinator(chat, "sms", french=french)
    await register(chat, "amina", french=french)
    await open_menu_entry(chat, "amina")
    await chat.pick("amina", "as:mentee")
    await chat.pick("amina", "status:pr")
    await chat.pick("amina", "yes")
    asked = (await chat.pick("amina", "credential:master"))[-1]
    assert asked.choices == ()  # no "1. Not assessed" to take a typed 1 for itself
    assert ("ou AUCUN si vous n'avez pas d'évaluation" if french
            else "or NONE if you were not assessed") in asked.text  # fmt: skip
    await chat.say("amina", "1")
    assert await clb_of(chat, "amina") == 1
    await chat.say("amina", "retour" if french else "back")
    await chat.say("amina", "aucun" if french else "none")
    assert await clb_of(chat, "amina") == 0


async def clb_of(chat: Transcript, name: str) -> int | None:
    """The language level ``name`` gave so far (0: not assessed), from the open intake."""
    async with chat.simulator.app.store.transaction() as tx:
        person = await tx.participant_by_address(Address(channel="sim", value=name))
        assert person is not None
        state = await tx.load_dialogue(person.id)
    clb = state.frames[-1].answers.get("clb")
    return None if clb is None else int(str(clb))
