"""Mentorship pairs as conversations: a coordinator proposes a match, both sides answer."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.channels.simulator import SimMessage
from bot.clock import ManualClock
from bot.config import Settings
from bot.simulate import Simulator
from storage.tables import mentorships, scheduled
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
from tests.test_mentorship_intake import (
    EMPLOYER_FILE,
    enrol_mentee,
    enrol_mentor,
    open_menu_entry,
)


async def pool(chat: Transcript, style: str, *, french: bool = False) -> tuple[int, int]:
    """Amina (newcomer, civil engineer) and Ben (connector, bridge engineer), both confirmed
    in the career programme and through its orientation; their numbers."""
    await register(chat, "amina", style=style, french=french, profession="Civil engineer")
    await register(chat, "ben", style=style, french=french, connector=True,
                   profession="Bridge engineer", city="Ottawa")  # fmt: skip
    await coordinator(chat, style, french=french)
    return await enrol_mentee(chat, "amina"), await enrol_mentor(chat, "ben")


async def propose(chat: Transcript, style: str, french: bool = False) -> list[SimMessage]:
    """The coordinator matches Amina with Ben; return everything the bot sent."""
    amina, ben = await pool(chat, style, french=french)
    word = "jumeler" if french else "match"
    return await chat.say("coord", command(style, f"{word} {amina} {ben}"))


async def stored_status(chat: Transcript) -> list[str]:
    """Every mentorship's status, oldest first."""
    async with chat.simulator.app.engine.connect() as conn:
        rows = await conn.execute(sa.select(mentorships.c.status).order_by(mentorships.c.id))
        return list(rows.scalars())


async def test_both_accept_and_the_coordinator_hears(chat: Transcript, style: str) -> None:
    sent = await propose(chat, style)
    told = sent_to(sent, "coord")
    assert "Match #1 proposed: Amina with Ben." in texts(told)
    to_amina = sent_to(sent, "amina")[-1]
    assert body(to_amina).startswith(
        wording(to_amina, sms="Proposed mentor: Ben, Bridge engineer, Ottawa",
                telegram="The Career Mentoring Program proposes a mentor for you: Ben, "
                "Bridge engineer, Ottawa")
    )  # fmt: skip
    assert [c.label for c in to_amina.choices] == ["Yes, I accept", "No, thank you"]
    to_ben = sent_to(sent, "ben")[-1]
    assert wording(to_ben, sms="Proposed mentee: Amina, Civil engineer, Ottawa",
                   telegram="proposes a mentee for you: Amina, Civil engineer, Ottawa") in (
        body(to_ben)
    )  # fmt: skip

    waiting = await chat.pick("amina", "pairyes:1")
    assert texts(waiting).startswith("Thank you! Now we wait for Ben to answer.")
    again = await chat.say("amina", "menu")
    assert again  # the menu, nothing else happens
    both = await chat.pick("ben", "pairyes:1")
    assert "you and Amina both said yes" in texts(sent_to(both, "ben"))
    assert "you and Ben both said yes" in texts(sent_to(both, "amina"))
    assert "Match #1: Amina and Ben both accepted." in texts(sent_to(both, "coord"))
    assert await stored_status(chat) == ["agreeing"]


async def test_a_decline_goes_to_the_coordinator_with_the_reason(
    chat: Transcript, style: str
) -> None:
    await propose(chat, style)
    asked = await chat.pick("ben", "pairno:1")
    # A no is a no at once: Amina and the coordinator know before any reason is given.
    assert texts(sent_to(asked, "ben")).startswith(
        "Noted: this match will not go ahead. May I ask why?"
    )
    assert "will not go ahead" in texts(sent_to(asked, "amina"))
    assert "Match #1 of Amina with Ben was declined by the mentor." in texts(
        sent_to(asked, "coord")
    )
    assert await stored_status(chat) == ["declined"]
    refused = await chat.say("ben", "x")
    assert "Please pick a reason or type a few words" in texts(refused)
    done = await chat.say("ben", "I am moving to Vancouver next month")
    assert "Thank you for answering." in texts(sent_to(done, "ben"))
    assert sent_to(done, "amina") == []
    coord = texts(sent_to(done, "coord"))
    assert "Match #1: Ben's reason for saying no: I am moving to Vancouver next month" in coord
    if style == "telegram":  # by SMS the old numbers went with the news
        late = await chat.pick("amina", "pairyes:1")
        assert texts(late).startswith("This proposal is no longer open.")
    assert await stored_status(chat) == ["declined"]


async def test_a_picked_reason_is_named_in_french(chat: Transcript, style: str) -> None:
    sent = await propose(chat, style, french=True)
    assert "Jumelage #1 proposé : Amina avec Ben." in plain(sent_to(sent, "coord")[-1])
    to_amina = sent_to(sent, "amina")[-1]
    expected = wording(
        to_amina,
        sms="Mentor proposé : Ben, Bridge engineer, Ottawa",
        telegram="Programme de mentorat professionnel vous propose un mentor : Ben",
    )
    assert expected in plain(to_amina)
    declined = await chat.pick("amina", "pairno:1")
    assert "refusé par la personne mentorée" in texts(sent_to(declined, "coord"))
    done = await chat.pick("amina", "pairwhy:no-time")
    assert "Merci de votre réponse." in texts(sent_to(done, "amina"))
    coord = texts(sent_to(done, "coord"))
    assert "la raison du refus d'Amina : Je n'ai pas le temps en ce moment" in coord


async def test_a_no_with_no_reason_is_not_lost(chat: Transcript, style: str) -> None:
    await propose(chat, style)
    await chat.pick("ben", "pairno:1")
    # Ben never answers "May I ask why?"; a week later nothing lapses in his name.
    later = await chat.line(":clock +8d")
    assert "lapsed" not in texts(later)
    assert await stored_status(chat) == ["declined"]


async def test_no_answer_in_seven_days_tells_the_coordinator_once(
    chat: Transcript, style: str
) -> None:
    await propose(chat, style)
    await chat.pick("amina", "pairyes:1")
    early = await chat.line(":clock +6d")
    assert not sent_to(early, "coord")
    await chat.line(":restart")
    lapsed = await chat.line(":clock +1d1h")
    coord = texts(sent_to(lapsed, "coord"))
    assert "Match #1 of Amina with Ben lapsed: no answer within 7 days from Ben." in coord
    assert "has lapsed without an answer" in texts(sent_to(lapsed, "amina"))
    assert "lapsed" not in texts(await chat.line(":clock +7d"))
    assert await stored_status(chat) == ["expired"]
    if style == "telegram":  # the old button still shows; by SMS the numbers moved on
        answered = await chat.pick("ben", "pairyes:1")
        assert "This proposal is no longer open." in texts(answered)


async def test_an_answered_proposal_cancels_its_expiry(chat: Transcript) -> None:
    await propose(chat, "sms")
    await chat.pick("amina", "pairyes:1")
    await chat.pick("ben", "pairyes:1")
    async with chat.simulator.app.engine.connect() as conn:
        jobs = await conn.execute(
            sa.select(scheduled.c.status).where(scheduled.c.kind == "pairing_proposal_expiry")
        )
        assert list(jobs.scalars()) == ["cancelled"]
    assert not sent_to(await chat.line(":clock +8d"), "coord")


async def test_match_refuses_what_it_cannot_do(chat: Transcript, style: str) -> None:
    amina, ben = await pool(chat, style)
    usage = await chat.say("coord", command(style, "match amina ben"))
    assert texts(usage).startswith("Type match, the mentee's number, then the mentor's number")
    assert texts(await chat.say("coord", command(style, f"match {amina} 999"))) == (
        "Nobody has the number 999."
    )
    wrong = texts(await chat.say("coord", command(style, f"match {ben} {amina}")))
    assert f"#{ben} Ben is not a mentee of a mentorship programme yet" in wrong
    await register(chat, "carla", style=style, connector=True, profession="Architect")
    carla = await person_id(chat, "carla")
    outsider = texts(await chat.say("coord", command(style, f"match {amina} {carla}")))
    assert f"#{carla} Carla is not a mentor of the Career Mentoring Program yet" in outsider
    await confirmed(chat, "coord", command(style, f"pause {amina}"))
    paused = texts(await chat.say("coord", command(style, f"match {amina} {ben}")))
    assert f"#{amina} Amina is paused or has left" in paused
    await chat.say("coord", command(style, f"resume {amina}"))
    await chat.say("coord", command(style, f"match {amina} {ben}"))
    twice = texts(await chat.say("coord", command(style, f"match {amina} {ben}")))
    assert twice == "These two already have a match in progress."


async def test_match_is_for_coordinators_only(chat: Transcript) -> None:
    amina, ben = await pool(chat, "sms")
    unknown = texts(await chat.say("amina", "frobnicate"))
    assert texts(await chat.say("amina", f"match {amina} {ben}")) == unknown
    assert await stored_status(chat) == []


async def test_suggest_ranks_mentors_with_reasons_and_proposes_one(
    chat: Transcript, style: str
) -> None:
    amina, ben = await pool(chat, style)
    await register(chat, "carla", connector=True, profession="Architect", city="Toronto",
                   sector=1)  # fmt: skip
    await enrol_mentor(chat, "carla", sector=1)
    sent = await chat.say("coord", command(style, f"suggest {amina}"))
    shown = [plain(m) for m in sent]
    assert shown[0] == "The 2 best mentors for Amina:"
    assert shown[1].startswith(f"#{ben} Ben, Bridge engineer, Ottawa")
    assert "same sector" in shown[1]
    assert "close profession" in shown[1]
    assert "same city" in shown[1]
    assert shown[2].startswith("#")
    assert "Carla" in shown[2]
    assert "same sector" not in shown[2]
    pick = sent[-1]
    assert [c.label for c in pick.choices] == ["Ben", "Carla"]
    proposed = await chat.pick("coord", f"pairmatch:{amina}:{ben}")
    assert "Match #1 proposed: Amina with Ben." in texts(sent_to(proposed, "coord"))
    assert await stored_status(chat) == ["proposed"]


async def test_suggest_in_french_names_the_reasons_in_french(chat: Transcript, style: str) -> None:
    amina, _ = await pool(chat, style, french=True)
    shown = texts(await chat.say("coord", command(style, f"suggerer {amina}")))
    assert "Le meilleur mentor pour Amina" in shown
    assert "francophone, comme demandé" in shown
    assert "profession proche" in shown
    usage = texts(await chat.say("coord", command(style, "suggerer x")))
    assert usage.startswith("Tapez suggerer et le numéro")


@pytest.mark.parametrize("style", ["telegram"])
async def test_proposal_buttons_work_in_the_middle_of_another_dialogue(
    chat: Transcript, style: str
) -> None:
    await propose(chat, style)
    await chat.say("amina", "menu")
    asked = await chat.pick("amina", "menu:job")
    assert texts(asked).startswith("Congratulations! What is the job?")
    # Amina scrolls up and taps Yes on the proposal, in the middle of the job question.
    tap = chat.simulator._receive("amina", None, choice="pairyes:1")
    accepted = await chat._new(tap)
    assert "Now we wait for Ben" in texts(accepted)
    assert "What is the job?" in texts(accepted)  # and she is back where she was


async def set_out(chat: Transcript, *, french: bool = False) -> list[SimMessage]:
    """Amina sets out two goals, Tuesdays at 18:00 by video, and sends it; return the replies."""
    await chat.say("amina", "S'exercer aux entrevues" if french else "Practise job interviews")
    await chat.say("amina", "Licence d'ingénieur" if french else "Understand engineering licences")
    await chat.pick("amina", "pairgoals:done")
    await chat.pick("amina", "pairday:1")
    await chat.pick("amina", "pairtime:18:00")
    await chat.pick("amina", "format:video")
    return await chat.pick("amina", "yes")


async def test_the_agreement_then_the_mentor_confirms_and_it_starts(
    chat: Transcript, style: str
) -> None:
    await propose(chat, style)
    await chat.pick("ben", "pairyes:1")
    opened = await chat.pick("amina", "pairyes:1")
    assert "you and Ben both said yes" in texts(sent_to(opened, "amina"))
    assert body(opened[-1]).startswith("Goal 1 of 3: what would you like to reach")
    assert "Amina will now set out their goals" in texts(sent_to(opened, "ben"))
    await chat.say("amina", "Practise job interviews")
    await chat.say("amina", "Understand engineering licences")
    day = await chat.pick("amina", "pairgoals:done")
    assert texts(day).startswith("Which day of the week")
    refused = await chat.say("amina", "someday")
    assert texts(refused).startswith("Please pick a day of the week.")
    await chat.pick("amina", "pairday:4")
    assert texts(await chat.say("amina", "back")).startswith("Which day of the week")
    await chat.pick("amina", "pairday:1")
    await chat.pick("amina", "pairtime:18:00")
    summary = await chat.pick("amina", "format:video")
    assert texts(summary).startswith(
        "Your agreement with Ben: 2 goals, and you usually meet on Tuesday at 6:00"
    )
    assert "by video. Send it to Ben to confirm?" in texts(summary)
    sent = await chat.pick("amina", "yes")
    assert "Sent. I will tell you when Ben confirms." in texts(sent_to(sent, "amina"))
    to_ben = sent_to(sent, "ben")
    assert texts(to_ben[:1]) == (
        "Goals set out by Amina:\n1. Practise job interviews\n2. Understand engineering licences"
    )
    assert texts(to_ben[1:]).startswith("Usually on Tuesday at 6:00")
    started = await chat.pick("ben", "pairok:1")
    news = "has started: from Tuesday, December 1 to Tuesday, March 2"
    assert news in texts(sent_to(started, "ben"))
    assert "with Ben has started" in texts(sent_to(started, "amina"))
    assert "aiming for 13 hours" in texts(sent_to(started, "amina"))
    # Each is told what they will be asked: the weekly question goes to the mentee alone.
    assert "Each week I will ask Amina whether you met" in texts(sent_to(started, "ben"))
    assert "Each week I will ask whether you met" in texts(sent_to(started, "amina"))
    assert "the mentorship runs until" in texts(sent_to(started, "coord"))
    assert await stored_status(chat) == ["active"]


async def test_the_mentor_asks_a_change_in_french(chat: Transcript, style: str) -> None:
    await propose(chat, style, french=True)
    await chat.pick("amina", "pairyes:1")
    invited = await chat.pick("ben", "pairyes:1")
    assert "Indiquez d'abord vos objectifs" in texts(sent_to(invited, "amina"))
    opened = await chat.pick("amina", "pairagree:1")
    assert texts(opened).startswith("Objectif 1 sur 3")
    sent = await set_out(chat, french=True)
    assert texts(sent_to(sent, "ben")).startswith("Objectifs d'Amina :\n1. S'exercer")
    asked = await chat.pick("ben", "pairchange:1")
    assert texts(asked).startswith("Que voulez-vous changer?")
    done = await chat.say("ben", "Le jeudi, si possible?")
    assert "Envoyé à Amina." in texts(sent_to(done, "ben"))
    assert 'Ben aimerait un changement à votre entente : "Le jeudi, si possible?"' in texts(
        sent_to(done, "amina")
    )
    again = await chat.pick("amina", "pairagree:1")
    assert texts(again).startswith("Objectif 1 sur 3")
    await set_out(chat, french=True)
    started = await chat.pick("ben", "pairok:1")
    assert "Votre mentorat avec Amina a commencé" in texts(started)
    assert await stored_status(chat) == ["active"]


async def test_an_employer_hosted_programme_suggests_only_that_employers_mentors(
    settings: Settings, clock: ManualClock, tmp_path: Path
) -> None:
    file = tmp_path / "programmes.toml"
    file.write_text(EMPLOYER_FILE, encoding="utf-8")
    recorder = Recorder()
    configured = settings.model_copy(update={"programmes_file": str(file)})
    async with Simulator(configured, clock, recorder) as simulator:
        chat = Transcript(simulator, recorder)
        await coordinator(chat, "sms")
        await register(chat, "amina", profession="Civil engineer")
        await open_menu_entry(chat, "amina")
        await chat.pick("amina", "programme:city")
        await chat.pick("amina", "as:mentee")
        await chat.pick("amina", "status:pr")
        await chat.pick("amina", "yes")  # lives in British Columbia
        amina = await person_id(chat, "amina")
        # Ben works for the city, Carla does not (she says so, and is referred to it).
        for name, works_there in (("ben", True), ("carla", False)):
            await register(chat, name, connector=True, profession="Civil engineer")
            await open_menu_entry(chat, name)
            await chat.pick(name, "programme:city")
            await chat.pick(name, "as:mentor")
            await chat.pick(name, "yes" if works_there else "no")
            await chat.pick(name, "yes")
        ben, carla = await person_id(chat, "ben"), await person_id(chat, "carla")
        for number in (amina, ben, carla):
            await chat.say("coord", f"approve {number}")
            await chat.say("coord", f"oriented {number}")
        shown = [plain(m) for m in await chat.say("coord", f"suggest {amina}")]
        assert shown[0] == "The best mentor for Amina:"
        assert shown[1].startswith(f"#{ben} Ben, Civil engineer")
        assert "works for the employer" in shown[1]
        assert not any("Carla" in line for line in shown)
        # A match with her is refused too: the ranking's rule, not only the list.
        await chat.say("coord", f"match {amina} {carla}")
        assert await stored_status(chat) in ([], ["proposed"])


async def test_a_mentor_with_two_proposals_by_sms_answers_either_by_name(
    chat: Transcript,
) -> None:
    amina, ben = await pool(chat, "sms")
    await register(chat, "yara", profession="Civil engineer")
    yara = await enrol_mentee(chat, "yara")
    await chat.say("coord", f"match {amina} {ben}")
    second = await chat.say("coord", f"match {yara} {ben}")
    assert "Match #2 proposed" in texts(sent_to(second, "coord"))
    # The newest proposal's numbers are on Ben's screen; he says yes to the first by name.
    said = await chat.say("ben", "yes Amina")
    assert "Now we wait for Amina to answer" in texts(sent_to(said, "ben"))
    # A bare yes, with one open proposal left, is that one's.
    bare = await chat.say("ben", "Yes")
    assert "Now we wait for Yara to answer" in texts(sent_to(bare, "ben"))
    async with chat.simulator.app.engine.connect() as conn:
        answers = (
            (await conn.execute(sa.select(mentorships.c.mentor_answer).order_by(mentorships.c.id)))
            .scalars()
            .all()
        )
    assert answers == ["accepted", "accepted"]


async def test_a_bare_no_with_two_proposals_open_asks_which(chat: Transcript) -> None:
    amina, ben = await pool(chat, "sms", french=True)
    await register(chat, "yara", profession="Civil engineer", french=True)
    yara = await enrol_mentee(chat, "yara")
    await chat.say("coord", f"jumeler {amina} {ben}")
    await chat.say("coord", f"jumeler {yara} {ben}")
    await chat.say("ben", "menu")  # the proposals' options are no longer on screen
    which = (await chat.say("ben", "non"))[0]
    assert plain(which).startswith("Non à quelle proposition?")
    assert [c.id for c in which.choices] == ["pairno:1", "pairno:2"]
    declined = await chat.press("ben", 2)
    assert "Jumelage #2 de Yara avec Ben refusé" in texts(sent_to(declined, "coord"))
    assert await stored_status(chat) == ["proposed", "declined"]


async def test_a_mentor_of_two_sees_and_can_close_either_mentorship(chat: Transcript) -> None:
    amina, ben = await pool(chat, "sms")
    await register(chat, "yara", profession="Civil engineer")
    yara = await enrol_mentee(chat, "yara")
    await chat.say("coord", f"match {amina} {ben}")
    await chat.say("coord", f"match {yara} {ben}")
    await chat.pick("ben", "pairyes:2")  # on his screen
    await chat.say("ben", "yes Amina")  # the other, by name
    for mentee, pair in (("amina", 1), ("yara", 2)):
        await chat.pick(mentee, f"pairyes:{pair}")
        await chat.say(mentee, "Practise job interviews")
        await chat.pick(mentee, "pairgoals:done")
        await chat.pick(mentee, "pairday:1")
        await chat.pick(mentee, "pairtime:18:00")
        await chat.pick(mentee, "format:video")
        await chat.pick(mentee, "yes")
        await chat.pick("ben", f"pairok:{pair}")
    assert await stored_status(chat) == ["active", "active"]
    await chat.say("ben", "menu")
    which = (await chat.pick("ben", "menu:my-mentorship"))[0]
    assert plain(which).startswith("You mentor 2 people now. Which mentorship?")
    assert [c.label for c in which.choices] == ["Amina (match #1)", "Yara (match #2)"]
    yaras = await chat.press("ben", 2)
    assert "Yara" in texts(yaras)
    assert "mend:2" in [c.id for m in yaras for c in m.choices]  # he can close this one too
