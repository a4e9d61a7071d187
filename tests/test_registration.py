"""Registration transcripts, in both languages and both renderings."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.clock import ManualClock
from handlers.core.values import Address, Participant
from tests.conftest import Transcript, plain, texts


async def stored(chat: Transcript, name: str) -> Participant | None:
    """Read the participant behind a simulator persona from the database."""
    async with chat.simulator.app.store.transaction() as tx:
        return await tx.participant_by_address(Address(channel="sim", value=name))


async def test_french_sms_registration_by_numbers(chat: Transcript) -> None:
    chat.persona("amina", "sms")
    welcome = await chat.say("amina", "Bonjour")
    assert "Choose your language" not in welcome[0].text  # the SMS wording is the short one
    assert "Bienvenue" in welcome[0].text
    assert "STOP" in welcome[0].text
    assert welcome[0].text.endswith("1. ENGLISH\n2. FRANÇAIS")
    assert welcome[0].segments == 1  # Ç is in GSM-7, ç is not

    consent = await chat.say("amina", "2")
    assert "D'accord?" in consent[0].text
    assert consent[0].text.endswith("1. Oui\n2. Non")
    role = await chat.say("amina", "oui")
    assert "Laquelle de ces phrases vous décrit?" in role[0].text
    assert "1. Je viens d'arriver au Canada et je cherche à élargir mon réseau" in role[0].text
    assert "Quel nom" in (await chat.say("amina", "1."))[0].text
    assert "profession" in (await chat.say("amina", "Amina"))[0].text
    sector = await chat.say("amina", "Ingénieure civile")
    assert "10. Fabrication, services publics" in sector[0].text
    assert "ville" in (await chat.say("amina", "3"))[0].text
    assert "langues" in (await chat.say("amina", "Montréal"))[0].text
    assert "fuseau horaire" in (await chat.say("amina", "arabe, français et anglais"))[0].text
    summary = await chat.say("amina", " 1 ")
    # "français" would make the whole message UCS-2 (two segments): on SMS it is spelled in
    # GSM-7; the profile keeps the codes, and Telegram shows the name as it is.
    assert summary[0].text == (
        "Vérifiez : Amina, Ingénieure civile, Montréal. Langues : arabe, francais, anglais. "
        "C'est exact?\n1. Oui\n2. Modifier (RETOUR)"
    )
    assert summary[0].segments == 1
    done = await chat.say("amina", "Oui")
    assert done[0].text == "Merci, Amina! Votre inscription est terminée."
    assert done[1].text.startswith("Que souhaitez-vous faire?\n1. Trouver un connecteur")

    amina = await stored(chat, "amina")
    assert amina is not None
    assert (amina.status, amina.role, amina.language) == ("active", "mentee", "fr")
    assert (amina.profession, amina.sector, amina.city) == ("Ingénieure civile", "2", "Montréal")
    assert amina.languages_spoken == ("ar", "fr", "en")  # codes; shown in each reader's language
    assert amina.timezone == "America/Toronto"
    assert amina.consent_at is not None


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_english_registration_by_presses_in_both_renderings(
    chat: Transcript, style: str
) -> None:
    chat.persona("ben", style)
    welcome = await chat.say("ben", "/start")
    numbered = "\n1. ENGLISH\n2. FRANÇAIS" in welcome[0].text
    assert numbered is (style == "sms")
    assert [c.label for c in welcome[0].choices] == (
        ["ENGLISH", "FRANÇAIS"] if style == "sms" else ["English", "Français"]
    )
    consent = (await chat.press("ben", 1))[0]
    assert [c.id for c in consent.choices] == ["yes", "no"]
    if style == "sms":  # the short wording, with the choices as a numbered list
        # What it says is true: coordinators see profiles, connectors see who asks them.
        assert consent.text == (
            "We keep your name, profession, city and languages to suggest contacts. Programme "
            "coordinators see your profile; people you ask to meet see your name and profession, "
            "and your number only once a meeting is agreed. OK to store this and contact you?"
            "\n1. Yes\n2. No"
        )
        assert consent.segments == 2
    else:  # the full notice, with the choices as buttons
        assert consent.text.startswith("Before we start: we keep your name, profession, sector")
        assert consent.text.endswith("Do you agree that we store this and contact you?")
    await chat.press("ben", 1)  # consent: yes
    await chat.press("ben", 2)  # role: connector
    await chat.say("ben", "Ben")
    await chat.say("ben", "Chartered accountant")
    await chat.press("ben", 2)  # sector: business
    await chat.say("ben", "Halifax")
    await chat.press("ben", 3)  # English and French
    summary = await chat.press("ben", 3)  # Atlantic
    if style == "sms":  # the short SMS wording
        assert summary[0].text.startswith(
            "Check: Ben, Chartered accountant, Halifax. Languages: English, French. Right?"
        )
    else:
        assert "Role: Professional connector" in summary[0].text
        assert "Time zone: Atlantic (Halifax)" in summary[0].text
    done = await chat.press("ben", 1)
    assert done[0].text == "Thank you, Ben! You are registered."
    # No My mentorship before one; by SMS 5 entries and More, which lists the rest.
    entries = [
        "menu:offer",
        "menu:slots",
        "menu:settings",
        "menu:refer",
        "menu:referred",
        "menu:mentorship",
        "menu:profile",
        "menu:my-data",
        "global:language",
        "global:help",
    ]
    if style == "sms":
        assert [c.id for c in done[1].choices] == [*entries[:5], "menu:more"]
        more = await chat.press("ben", 6)
        assert [c.id for c in more[0].choices] == [*entries[5:], "global:menu"]
    else:  # and the number to give, change or remove, which SMS has
        entries.insert(7, "menu:share-phone")
        assert [c.id for c in done[1].choices] == entries
    ben = await stored(chat, "ben")
    assert ben is not None
    assert ben.role == "connector"
    assert ben.timezone == "America/Halifax"


async def test_refusing_consent_keeps_nothing_but_the_refusal(chat: Transcript) -> None:
    chat.persona("sam", "sms")
    await chat.say("sam", "hello")
    await chat.say("sam", "1")
    refused = await chat.say("sam", "no")
    assert refused[0].text.startswith("Understood. We have not kept any of your information.")
    sam = await stored(chat, "sam")
    assert sam is not None
    assert sam.status == "consent_refused"
    assert (sam.name, sam.role, sam.consent_at, sam.referral_code) == (None, None, None, None)
    async with chat.simulator.app.store.transaction() as tx:
        assert (await tx.load_dialogue(sam.id)).frames == []
    again = await chat.say("sam", "hi again")
    assert "Bienvenue" in again[0].text  # a change of mind starts over, politely


async def test_invalid_answers_get_a_hint_then_help_and_keep_earlier_answers(
    chat: Transcript,
) -> None:
    chat.persona("lea", "telegram")
    await chat.say("lea", "salut")
    await chat.say("lea", "français")
    await chat.say("lea", "oui")
    await chat.say("lea", "nouvelle arrivante")
    await chat.say("lea", "Léa")
    first = await chat.say("lea", "!")
    assert first[0].text.startswith("Décrivez votre profession")
    assert "Quelle est votre profession" in first[1].text
    await chat.say("lea", "?!")
    stuck = await chat.say("lea", "12")
    assert [c.id for c in stuck[1].choices] == ["global:help", "global:continue", "global:menu"]
    helped = await chat.press("lea", 1)
    assert "titre de poste" in helped[0].text
    assert "Quelle est votre profession" in helped[-1].text
    await chat.say("lea", "Infirmière")
    back = await chat.say("lea", "retour")
    assert "Quelle est votre profession" in back[0].text
    await chat.say("lea", "Infirmière auxiliaire")
    await chat.press("lea", 4)
    await chat.say("lea", "Gatineau")
    await chat.say("lea", "français")
    summary = await chat.say("lea", "Montréal")
    # On Telegram, French typography: a no-break space before the colon.
    assert summary[0].text == "Montréal\u00a0: Est (Toronto, Montréal), il est 9 h."
    assert "Nom\u00a0: Léa" in summary[1].text
    assert "Rôle\u00a0: Personne nouvellement arrivée" in summary[1].text
    assert "Profession\u00a0: Infirmière auxiliaire (Santé)" in summary[1].text
    assert "Fuseau horaire\u00a0: Est (Toronto, Montréal)" in summary[1].text


async def test_language_word_switches_mid_question_and_resumes_it(chat: Transcript) -> None:
    await chat.to_name_question("omar")
    switch = await chat.say("omar", "LANGUE")
    assert switch[0].text.startswith("Choose your language / Choisissez votre langue")
    resumed = await chat.say("omar", "2")
    assert resumed[0].text == "C'est noté : je vous écrirai désormais dans cette langue."
    assert resumed[1].text.startswith("Quel nom voulez-vous afficher?")
    omar = await stored(chat, "omar")
    assert omar is not None
    assert omar.language == "fr"


async def test_leaving_registration_pauses_and_the_next_message_resumes(chat: Transcript) -> None:
    await chat.to_name_question("ana")
    await chat.say("ana", "Ana")
    paused = await chat.say("ana", "menu")
    assert paused[0].text.startswith("Your answers are saved.")
    resumed = await chat.say("ana", "I'm back")
    assert resumed[0].text.startswith("Welcome back!")
    assert resumed[1].text.startswith("What is your profession")


async def test_a_stale_button_is_refused_and_the_question_asked_again(chat: Transcript) -> None:
    chat.persona("kim", "telegram")
    await chat.say("kim", "/start")
    await chat.press("kim", 1)
    stale = await chat._new(chat.simulator._receive("kim", None, choice="lang:fr"))
    assert stale[0].text == "That option is no longer available. Here is the current question."
    assert "Do you agree" in stale[1].text


async def test_coordinator_skips_role_and_sees_programme_numbers(chat: Transcript) -> None:
    chat.persona("coord", "telegram")
    chat.persona("eve", "telegram")
    await chat.say("coord", "hello")
    for step in ("#1", "#1", "Claire", "Coordinator", "#5", "Ottawa", "#3", "#1"):
        replies = await chat.line(f"coord {step}" if step.startswith("#") else f"coord: {step}")
    assert "Role: Coordinator" in replies[0].text
    menu = (await chat.press("coord", 1))[1]
    assert menu.choices[0].id == "coord:stats"
    numbers = await chat.press("coord", 1)
    assert "Newcomers taking part: 0" in numbers[0].text

    await chat.say("eve", "hi")
    forged = await chat._new(chat.simulator._receive("eve", None, choice="coord:stats"))
    assert "Programme numbers" not in texts(forged)


async def test_typed_city_sets_the_timezone_and_referral_code_is_kept(chat: Transcript) -> None:
    chat.persona("raj", "telegram")
    await chat.say("raj", "/start ref-42")
    for answer in ("english", "yes", "newcomer", "Raj", "Data analyst", "#3", "Calgary", "#1"):
        await chat.line(f"raj {answer}" if answer.startswith("#") else f"raj: {answer}")
    summary = await chat.say("raj", "Calgary")
    assert summary[0].text == "Calgary: Mountain (Calgary), now 7:00 a.m."
    assert "Time zone: Mountain (Calgary)" in summary[1].text
    await chat.say("raj", "yes")
    raj = await stored(chat, "raj")
    assert raj is not None
    assert (raj.timezone, raj.referral_code) == ("America/Edmonton", "ref-42")


async def to_zone_question(chat: Transcript, name: str, style: str, french: bool) -> None:
    """Register ``name`` up to the time zone question."""
    chat.persona(name, style)
    await chat.say(name, "hi")
    for number in (2 if french else 1, 1, 1):
        await chat.press(name, number)
    await chat.say(name, name.capitalize())
    await chat.say(name, "Nurse")
    await chat.press(name, 4)
    await chat.say(name, "Thunder Bay")
    await chat.press(name, 3)


@pytest.mark.parametrize("style", ["sms", "telegram"])
@pytest.mark.parametrize(
    ("french", "typed", "said", "zone"),
    [
        (False, "Thunder Bay", "Thunder Bay: Eastern (Toronto, Montreal), now 9:00 a.m.",
         "America/Toronto"),
        (True, "Thunder Bay", "Thunder Bay : Est (Toronto, Montréal), il est 9 h.",
         "America/Toronto"),
        (False, "Kenora", "Kenora: Central (Winnipeg), now 8:00 a.m.", "America/Winnipeg"),
        (False, "Timmins, Ontario", "Timmins, Ontario: Eastern (Toronto, Montreal), now 9:00 a.m.",
         "America/Toronto"),
        (True, "Fort McMurray", "Fort McMurray : Rocheuses (Calgary), il est 7 h.",
         "America/Edmonton"),
        (False, "Corner Brook", "Corner Brook: Newfoundland, now 10:30 a.m.", "America/St_Johns"),
        (False, "Moncton", "Moncton: Atlantic Standard Time, now 10:00 a.m.", "America/Moncton"),
        (True, "Moncton", "Moncton : heure normale de l'Atlantique, il est 10 h.",
         "America/Moncton"),
        (False, "Lagos", "Lagos: West Africa Time, now 3:00 p.m.", "Africa/Lagos"),
        (True, "Lagos", "Lagos : heure d'Afrique de l'Ouest, il est 15 h.", "Africa/Lagos"),
    ],
)  # fmt: skip
async def test_a_typed_city_gets_its_real_zone_said_back_in_words(
    chat: Transcript, style: str, french: bool, typed: str, said: str, zone: str
) -> None:
    await to_zone_question(chat, "kim", style, french)
    replies = await chat.say("kim", typed)
    shown = said if style == "sms" else said.replace("l'", "l\u2019").replace("d'", "d\u2019")
    assert plain(replies[0]) == shown
    summary = plain(replies[1])
    words = shown.split(": " if not french else " : ", 1)[1].split(",")[0]
    if style == "telegram":
        assert words in summary  # the summary names the zone in words, never its raw id
    assert "/" not in summary
    await chat.say("kim", "oui" if french else "yes")
    kim = await stored(chat, "kim")
    assert kim is not None
    assert kim.timezone == zone


@pytest.mark.parametrize(
    ("french", "said"),
    [
        (False, "Paris: Central European Summer Time, now 4:00 p.m."),
        (True, "Paris : heure avancée de l'Europe centrale, il est 16 h."),
    ],
)
async def test_a_zone_is_named_as_it_is_on_that_date(
    chat: Transcript, clock: ManualClock, french: bool, said: str
) -> None:
    # In July Paris keeps summer time: the name says so, where December's says standard time.
    clock.set(datetime(2027, 7, 1, 14, 0, tzinfo=UTC))
    await to_zone_question(chat, "kim", "sms", french)
    replies = await chat.say("kim", "Paris")
    assert plain(replies[0]) == said


@pytest.mark.parametrize("french", [False, True])
async def test_the_sms_languages_menu_looks_alike_in_both_languages(
    chat: Transcript, french: bool
) -> None:
    chat.persona("amina", "sms")
    await chat.say("amina", "hi")
    await chat.press("amina", 2 if french else 1)
    await chat.press("amina", 1)
    await chat.press("amina", 1)
    await chat.say("amina", "Amina")
    await chat.say("amina", "Civil engineer")
    await chat.press("amina", 3)
    asked = (await chat.say("amina", "Ottawa"))[-1]
    labels = [c.label for c in asked.choices]
    # Capitals in both, as the first language menu (ENGLISH / FRANÇAIS): FRANÇAIS stays in
    # the basic SMS alphabet, where "ç" would not.
    assert labels == (["ANGLAIS", "FRANÇAIS", "LES DEUX"] if french
                      else ["ENGLISH", "FRENCH", "ENGLISH AND FRENCH"])  # fmt: skip
    assert asked.segments == 1
