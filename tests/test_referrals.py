"""Referrals as conversations: a connector refers the newcomer they met to three people."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.channels.segments import count_segments
from bot.channels.simulator import SimMessage
from bot.clock import ManualClock
from bot.config import Settings
from bot.i18n import Catalogue, Rendering
from bot.simulate import Simulator
from handlers.core.values import Address, Inbound, Reply
from storage.tables import (
    channel_addresses,
    job_reports,
    meetings,
    outbox,
    referral_events,
    referrals,
)
from tests.conftest import (
    Recorder,
    Transcript,
    body,
    labels,
    rate,
    register,
    sent_to,
    texts,
    whole_report,
)
from tests.test_coordination import command, coordinator, person_id
from tests.test_meetings import book, offer


async def meeting_over(chat: Transcript, style: str = "sms", *, french: bool = False) -> None:
    """Ben (connector) and Amina (newcomer) meet on Thursday Dec 3; both are asked if they met.

    Carla, another connector (an architect), is in the programme too.
    """
    await register(chat, "carla", connector=True, style=style, profession="Architect")
    await register(chat, "ben", connector=True, style=style, french=french)
    await offer(chat, "ben", 3, "14:00")
    await register(chat, "amina", style=style, french=french)
    await book(chat, "amina")
    await chat.pick("ben", "accept:")
    await chat.line(":clock 2026-12-03T15:00")


async def held_meeting(
    chat: Transcript, style: str = "sms", *, french: bool = False
) -> list[SimMessage]:
    """After ``meeting_over``, Amina says they met (Ben is offered his referrals).

    Returns Ben's menu.
    """
    await meeting_over(chat, style, french=french)
    await chat.pick("amina", "met:")  # yes
    await chat.pick("amina", "rate:5")
    await chat.say("amina", "Very helpful")
    return await chat.say("ben", "menu")


def fr(message: SimMessage) -> str:
    """The words of a French message with Telegram's no-break spaces read as spaces."""
    return body(message).replace("\xa0", " ").replace("\u202f", " ")


def fr_labels(message: SimMessage) -> list[str]:
    """The labels of a French message, no-break spaces read as spaces."""
    return [label.replace("\xa0", " ").replace("\u202f", " ") for label in labels(message)]


async def stored(chat: Transcript) -> list[tuple[str, str, str]]:
    """Every referral's kind, status and name, oldest first."""
    async with chat.simulator.app.engine.connect() as conn:
        rows = await conn.execute(
            sa.select(referrals.c.kind, referrals.c.status, referrals.c.name).order_by(
                referrals.c.id
            )
        )
        return [(row.kind, row.status, row.name) for row in rows]


async def test_a_pick_the_member_search_did_not_offer_is_not_recorded(chat: Transcript) -> None:
    # The pick is checked on the person's own row rather than by running the search again.
    await held_meeting(chat, "telegram")
    await chat.pick("ben", "menu:refer")
    await chat.pick("ben", "kind:member")
    await chat.say("ben", "archi")
    app = chat.simulator.app

    async def tap(choice: str) -> list[SimMessage]:
        inbound = Inbound(
            address=Address(channel="sim", value="ben"),
            external_id=f"tap-{choice}",
            received_at=app.clock.now(),
            choice=choice,
        )

        async def handled() -> None:
            await app.receive(inbound)
            await app.sender.drain()

        return await chat._new(handled())

    for who in ("amina", "ben"):  # the newcomer, and the connector themselves
        refused = await tap(f"person:{await person_id(chat, who)}")
        assert [body(m) for m in refused] == [
            "That option is no longer available. Here is the current question.",
            "Who should the newcomer meet?",
        ]
        assert await stored(chat) == []
    done = await tap(f"person:{await person_id(chat, 'carla')}")
    assert body(sent_to(done, "ben")[0]) == "Thank you: Carla is referral 1 of 3."
    assert await stored(chat) == [("member", "suggested", "Carla")]


async def test_a_connector_refers_someone_in_the_programme(chat: Transcript, style: str) -> None:
    menu = (await held_meeting(chat, style))[-1]
    assert "Give referrals" in labels(menu)
    kind = (await chat.pick("ben", "menu:refer"))[0]
    assert body(kind) == "Referral 1 of 3 for Amina (Civil engineer). Who is it?"
    assert labels(kind) == [
        "Someone in the programme",
        "Invite someone new",
        "A contact outside it",
        "That's all for now",
    ]
    search = (await chat.pick("ben", "kind:member"))[0]
    assert body(search).startswith("Type part of their name or profession")
    found = (await chat.say("ben", "archi"))[0]
    assert body(found) == "Who should the newcomer meet?"
    assert labels(found) == ["Carla, Architect", "Search again"]
    done = await chat.pick("ben", "person:")
    mine = sent_to(done, "ben")
    assert body(mine[0]) == "Thank you: Carla is referral 1 of 3."
    assert body(mine[1]).startswith("Referral 2 of 3 for Amina")
    told = sent_to(done, "amina")
    assert len(told) == 1
    assert body(told[0]) == (
        "Ben referred you to Carla (Architect), who is in the programme. "
        "You can ask for a time now."
    )
    assert labels(told[0]) == ["Ask Carla for a time"]
    assert sent_to(done, "carla") == []
    assert await stored(chat) == [("member", "suggested", "Carla")]
    async with chat.simulator.app.engine.connect() as conn:
        events = (await conn.execute(sa.select(referral_events.c.status))).scalars().all()
    assert events == ["suggested"]


async def test_the_search_never_offers_the_connector_or_the_newcomer(chat: Transcript) -> None:
    await held_meeting(chat)
    await chat.pick("ben", "menu:refer")
    await chat.pick("ben", "kind:member")
    found = (await chat.say("ben", "Ben"))[0]
    assert body(found) == (
        "Nobody in the programme matches. Try other words, or go back to invite them."
    )
    assert labels(found) == ["Search again"]
    field = (await chat.pick("ben", "search:again"))[0]
    assert body(field).startswith("Type part of their name")
    same_field = (await chat.pick("ben", "search:field"))[0]
    assert labels(same_field) == ["Carla, Architect", "Search again"]


async def test_in_french_an_outside_contact_goes_to_the_newcomer_only(
    chat: Transcript, style: str
) -> None:
    await held_meeting(chat, style, french=True)
    kind = (await chat.pick("ben", "menu:refer"))[0]
    assert fr(kind) == "Contact 1 sur 3 pour Amina (Civil engineer). Qui est-ce?"
    name = (await chat.pick("ben", "kind:outside"))[0]
    assert fr(name) == "Quel est le nom de votre contact?"
    position = (await chat.say("ben", "Dana Roy"))[0]
    assert fr(position) == "Quel est le poste de Dana Roy?"
    where = (await chat.say("ben", "gestionnaire RH"))[0]
    assert fr(where) == "Où travaille Dana Roy?"
    reach = (await chat.say("ben", "Ville d'Ottawa"))[0]
    assert fr(reach).startswith("Comment le nouvel arrivant peut-il joindre Dana Roy?")
    done = await chat.say("ben", "dana.roy@ottawa.ca")
    assert fr(sent_to(done, "ben")[0]) == "Merci : Dana Roy est le contact 1 sur 3."
    told = sent_to(done, "amina")
    assert [fr(m) for m in told] == [
        "Ben vous suggère de contacter Dana Roy, gestionnaire RH chez Ville d'Ottawa. "
        "Ses coordonnées suivent; mentionnez Ben.",
        "Dana Roy : dana.roy@ottawa.ca",
    ]
    others = [m for m in chat.recorder.messages if m.to != "amina"]
    assert all("dana.roy@" not in m.text for m in others)
    assert await stored(chat) == [("outside", "given", "Dana Roy")]


async def test_the_same_person_twice_is_one_referral(chat: Transcript) -> None:
    await held_meeting(chat)
    for _ in range(2):
        await chat.say("ben", "menu")
        await chat.pick("ben", "menu:refer")
        await chat.pick("ben", "kind:member")
        await chat.say("ben", "Carla")
        again = await chat.pick("ben", "person:")
    assert body(again[0]) == "Carla was already referred to this newcomer, so it counts once."
    assert body(again[1]).startswith("Referral 2 of 3 for Amina")
    assert await stored(chat) == [("member", "suggested", "Carla")]


async def test_an_invited_person_and_fewer_than_three_with_one_reminder(
    chat: Transcript, style: str
) -> None:
    await held_meeting(chat, style)
    await chat.pick("ben", "menu:refer")
    asked = (await chat.pick("ben", "kind:invite"))[0]
    assert body(asked) == "What is the name of the person you want to invite?"
    await chat.say("ben", "Omar Said")
    contact = (await chat.say("ben", "Project manager"))[0]
    assert body(contact).startswith("How do we reach Omar Said? Type their mobile number")
    wrong = await chat.say("ben", "next week")
    assert body(wrong[0]) == "That is not a phone number or a Telegram username."
    done = await chat.say("ben", "@omar_said")
    told = sent_to(done, "amina")
    assert body(told[0]) == (
        "Ben is inviting Omar Said (Project manager) to the programme for you. "
        "We will tell you when they join."
    )
    assert "@omar_said" not in told[0].text
    stop = await chat.pick("ben", "kind:done")
    assert body(stop[0]) == "Thank you. You have given 1 of 3; we will remind you in two days."
    assert await stored(chat) == [("invite", "invited", "Omar Said")]
    assert sent_to(await chat.line(":clock 2026-12-05T14:59"), "ben") == []
    later = sent_to(await chat.line(":clock 2026-12-05T15:00"), "ben")
    assert [body(m) for m in later] == [
        "You met Amina and gave 1 of 3 referrals. Could you give the rest?"
    ]
    assert labels(later[0]) == ["Give referrals", "Go to the menu"]
    # Amina said they met; Ben never rated the meeting: he is asked that first, once.
    rating = await chat.pick("ben", "refer:")
    assert body(rating[0]).startswith("Glad you met!")
    more = sent_to(await rate(chat, "ben", 4), "ben")
    assert body(more[-1]).startswith("Referral 2 of 3 for Amina")
    assert sent_to(await chat.line(":clock +5d"), "ben") == []  # once


async def test_without_a_held_meeting_there_is_nothing_to_refer(chat: Transcript) -> None:
    await register(chat, "ben", connector=True)
    await chat.say("ben", "menu")
    none = await chat.pick("ben", "menu:refer")
    assert body(none[0]).startswith("No meeting is waiting for referrals.")


async def test_the_newcomer_asks_a_referred_connector_for_a_time(
    chat: Transcript, style: str
) -> None:
    await held_meeting(chat, style)
    await offer(chat, "carla", 5, "10:00")
    await chat.say("ben", "menu")
    await chat.pick("ben", "menu:refer")
    await chat.pick("ben", "kind:member")
    await chat.say("ben", "Carla")
    await chat.pick("ben", "person:")
    times = (await chat.pick("amina", "refbook:"))[0]
    assert body(times).startswith("Carla")
    assert labels(times) == ["Mon Dec 7, 10:00 a.m."]
    await chat.press("amina", 1)
    sent = await chat.pick("amina", "note:none")
    assert body(sent_to(sent, "amina")[0]).startswith("Your request")
    request, referred = sent_to(sent, "carla")
    assert body(request).startswith("Amina (Civil engineer) asks to meet you on Monday")
    assert body(referred) == "Ben referred Amina to you, after meeting them. Accept the request?"
    assert await stored(chat) == [("member", "requested", "Carla")]
    async with chat.simulator.app.engine.connect() as conn:
        linked = (
            (
                await conn.execute(
                    sa.select(meetings.c.referral_id).where(meetings.c.connector_id != 2)
                )
            )
            .scalars()
            .all()
        )
    assert 1 in linked
    assert labels(referred) == ["Accept", "Decline"]  # the request's own, still current
    accepted = await chat.pick("carla", "accept:")
    assert body(accepted[0]).startswith("Confirmed")
    await chat.line(":clock 2026-12-07T11:00")
    await chat.pick("carla", "met:")  # yes: the meeting was held
    await chat.pick("carla", "rate:4")
    await chat.say("carla", "Good talk")
    await chat.line(":clock +1m")
    assert await stored(chat) == [("member", "met", "Carla")]


async def code_of(chat: Transcript) -> str:
    """The invitation code of the last referral."""
    async with chat.simulator.app.engine.connect() as conn:
        query = sa.select(referrals.c.code).order_by(referrals.c.id.desc()).limit(1)
        return str((await conn.execute(query)).scalar_one())


async def invitations(chat: Transcript, number: str) -> list[str]:
    """The messages queued for an SMS number, as they read in English on SMS."""
    async with chat.simulator.app.engine.connect() as conn:
        rows = await conn.execute(
            sa.select(outbox.c.payload, outbox.c.language)
            .join(channel_addresses, channel_addresses.c.id == outbox.c.address_id)
            .where(channel_addresses.c.channel == "sms", channel_addresses.c.value == number)
            # Oldest first: PostgreSQL returns updated rows in no particular order otherwise.
            .order_by(outbox.c.id)
        )
        found = [(payload, language) for payload, language in rows]
    catalogue = Catalogue()
    texts = []
    for payload, language in found:
        reply = Reply.model_validate_json(payload)
        to = Rendering(language=language, timezone="America/Toronto", channel="sms")
        texts.append(catalogue.render(reply.key, dict(reply.args), to))
    return texts


async def joins(chat: Transcript, name: str, first: str, style: str) -> None:
    """``name`` writes ``first`` (a code), then registers as a connector in English."""
    chat.persona(name, style)
    await chat.say(name, first)
    await chat.press(name, 1)  # English
    await chat.press(name, 1)  # consent
    await chat.press(name, 2)  # professional
    await chat.say(name, name.capitalize())
    await chat.say(name, "Project manager")
    await chat.press(name, 3)
    await chat.say(name, "Ottawa")
    await chat.press(name, 3)
    await chat.press(name, 1)
    await chat.press(name, 1)


async def invite(chat: Transcript, contact: str) -> list[SimMessage]:
    """Ben invites Omar Said, a project manager, reached at ``contact``."""
    await chat.say("ben", "menu")
    await chat.pick("ben", "menu:refer")
    await chat.pick("ben", "kind:invite")
    await chat.say("ben", "Omar Said")
    await chat.say("ben", "Project manager")
    return await chat.say("ben", contact)


async def test_an_invited_number_gets_one_sms_and_joins_by_replying(chat: Transcript) -> None:
    await held_meeting(chat)
    done = await invite(chat, "613-555-0199")
    assert body(sent_to(done, "ben")[0]) == (
        "We sent Omar Said one text inviting them to join. We will tell the newcomer when they do."
    )
    code = await code_of(chat)
    sms = await invitations(chat, "+16135550199")
    assert sms == [
        f"Ben invites you to meet a newcomer (Civil engineer) for 30 min. Reply JOIN "
        f"{code} to accept or NO to decline. STOP to opt out."
    ]
    assert count_segments(sms[0]) == 1
    await joins(chat, "omar", f"JOIN {code}", "sms")
    told = sent_to(await chat.line(":clock +1m"), "amina")
    assert [body(m) for m in told] == [
        "Omar (Project manager) has joined the programme. You can ask them for a time now."
    ]
    assert labels(told[0]) == ["Ask Omar for a time"]
    assert await stored(chat) == [("invite", "joined", "Omar Said")]


async def test_a_telegram_invitation_is_a_link_to_forward(chat: Transcript, style: str) -> None:
    await held_meeting(chat, style)
    done = await invite(chat, "@omar_said")
    code = await code_of(chat)
    link = f"https://t.me/connector_bot?start={code}"
    assert body(sent_to(done, "ben")[0]) == (
        f"Send Omar Said this personal link to join the programme on Telegram: {link} "
        "It tells us you referred them."
    )
    await joins(chat, "omar", f"/start {code}", "telegram")
    told = sent_to(await chat.line(":clock +1m"), "amina")
    assert body(told[0]).startswith("Omar (Project manager) has joined the programme.")
    assert await stored(chat) == [("invite", "joined", "Omar Said")]


async def test_without_telegram_a_telegram_contact_is_asked_to_text_the_code(
    settings: Settings, clock: ManualClock
) -> None:
    # A programme on SMS alone has no bot to link to: the connector passes on the code instead.
    recorder = Recorder()
    async with Simulator(settings, clock, recorder, telegram=False) as simulator:
        chat = Transcript(simulator, recorder)
        await held_meeting(chat)
        done = await invite(chat, "@omar_said")
        code = await code_of(chat)
        assert body(sent_to(done, "ben")[0]) == (
            f"Omar Said uses Telegram, which this programme does not. Ask them to text JOIN "
            f"{code} to this programme's number to join. It tells us you referred them."
        )
        await joins(chat, "omar", f"JOIN {code}", "sms")
        told = sent_to(await chat.line(":clock +1m"), "amina")
        assert body(told[0]).startswith("Omar (Project manager) has joined the programme.")


async def test_an_opted_out_number_is_never_texted(chat: Transcript) -> None:
    await held_meeting(chat)
    async with chat.simulator.app.store.transaction() as tx:
        address = Address(channel="sms", value="+16135550199")
        await tx.create_participant(address, language="en", timezone="UTC", role=None)
        await tx.set_address_status(address, "opted_out")
    done = await invite(chat, "+1 613 555 0199")
    assert body(sent_to(done, "ben")[0]).startswith(
        "Omar Said's number has asked not to get our texts, so we did not write."
    )
    assert await invitations(chat, "+16135550199") == []


async def test_a_week_later_the_newcomer_is_asked_once_about_an_outside_contact(
    chat: Transcript, style: str
) -> None:
    await held_meeting(chat, style, french=True)
    await chat.pick("ben", "menu:refer")
    await chat.pick("ben", "kind:outside")
    for text in ("Dana Roy", "gestionnaire RH", "Ville d'Ottawa", "dana.roy@ottawa.ca"):
        await chat.say("ben", text)
    assert sent_to(await chat.line(":clock 2026-12-10T14:59"), "amina") == []
    asked = sent_to(await chat.line(":clock 2026-12-10T15:00"), "amina")
    assert [fr(m) for m in asked] == [
        "Il y a une semaine, on vous a donné Dana Roy comme contact. L'avez-vous joint(e)?"
    ]
    assert fr_labels(asked[0]) == ["Oui, on s'est vus", "Je l'ai contacté(e)", "Pas encore"]
    thanks = await chat.pick("amina", "refout:1:contacted")
    assert fr(thanks[0]) == "Bien. Nous espérons que vous rencontrerez Dana Roy sous peu."
    assert await stored(chat) == [("outside", "contacted", "Dana Roy")]
    assert sent_to(await chat.line(":clock +14d"), "amina") == []


async def refer_carla_and_dana(chat: Transcript) -> None:
    """Ben refers Amina to Carla (in the programme) and to Dana Roy (outside)."""
    await chat.say("ben", "menu")
    await chat.pick("ben", "menu:refer")
    await chat.pick("ben", "kind:member")
    await chat.say("ben", "Carla")
    await chat.pick("ben", "person:")
    await chat.pick("ben", "kind:outside")
    for text in ("Dana Roy", "HR manager", "City of Ottawa", "dana.roy@ottawa.ca"):
        await chat.say("ben", text)


async def test_my_network_says_what_to_do_next(chat: Transcript, style: str) -> None:
    await held_meeting(chat, style)
    await refer_carla_and_dana(chat)
    await chat.say("amina", "menu")
    network = (await chat.pick("amina", "menu:network"))[0]
    assert body(network) == (
        "Your network: you have met one person. Your referrals (pick one to see what to do next):"
    )
    assert labels(network) == ["Carla: to contact", "Dana Roy: to contact", "Go to the menu"]
    carla = (await chat.pick("amina", "refshow:1"))[0]
    assert body(carla) == "Carla, referred by Ben on Thursday, December 3: to contact."
    assert labels(carla) == ["Ask Carla for a time", "Go to the menu"]
    await chat.say("amina", "menu")
    await chat.pick("amina", "menu:network")
    dana = await chat.pick("amina", "refshow:2")
    assert [body(m) for m in dana] == [
        "Dana Roy, referred by Ben on Thursday, December 3: to contact.",
        "Dana Roy: dana.roy@ottawa.ca",
        "Have you reached Dana Roy?",
    ]
    assert labels(dana[2]) == ["Yes, we met", "I contacted them", "Not yet", "Go to the menu"]


async def test_people_i_referred_never_shows_contact_details(chat: Transcript, style: str) -> None:
    await held_meeting(chat, style, french=True)
    await refer_carla_and_dana(chat)
    await chat.say("ben", "menu")
    given = (await chat.pick("ben", "menu:referred"))[0]
    assert fr(given) == "Personnes que vous avez recommandées (choisissez-en une) :"
    assert fr_labels(given) == [
        "Dana Roy pour Amina : à contacter",
        "Carla pour Amina : à contacter",
        "Aller au menu",
    ]
    shown = await chat.pick("ben", "refshow:2")
    assert fr(shown[0]).startswith("Dana Roy, recommandé(e) à Amina le ")
    mine = [m.text for m in chat.recorder.messages if m.to == "ben"]
    assert all("dana.roy@" not in text for text in mine)


@pytest.mark.postgresql  # a whole chain through every table it touches, on both engines
async def test_a_three_generation_chain_for_coordinators(chat: Transcript, style: str) -> None:
    await register(chat, "coord", style=style)
    await held_meeting(chat, style)  # Amina meets Ben
    await offer(chat, "carla", 5, "10:00")
    await refer_carla_and_dana(chat)  # Ben refers Carla (and Dana, outside)
    await chat.say("amina", "menu")
    await chat.pick("amina", "menu:network")
    await chat.pick("amina", "refshow:1")
    await chat.pick("amina", "refbook:1")  # Amina asks Carla for a time
    await chat.press("amina", 1)
    await chat.pick("amina", "note:none")
    await chat.pick("carla", "accept:")
    await chat.line(":clock 2026-12-07T11:00")
    await chat.pick("carla", "met:")  # held
    await chat.pick("carla", "rate:5")
    await chat.say("carla", "Good")
    await chat.say("carla", "menu")
    await chat.pick("carla", "menu:refer")  # Carla refers Omar, a newcomer's third generation
    await chat.pick("carla", "kind:invite")
    for text in ("Omar Said", "Project manager", "@omar_said"):
        await chat.say("carla", text)
    await chat.line(":clock +1m")  # the scan marks Carla's referral met
    amina = await participant_id(chat, "amina")
    tree = await chat.say("coord", f"/chain {amina}" if style == "telegram" else f"chain {amina}")
    pictures = [a for a in tree[0].attachments if a.media_type == "image/png"]
    if style == "sms":
        assert body(tree[0]) == "Amina: generations 2, people 4, meetings held 2, jobs 0."
        assert pictures == []  # SMS shows no image
    else:
        assert [a.filename for a in pictures] == ["chain.png"]
        assert pictures[0].data.startswith(b"\x89PNG")
        width, height = (
            int.from_bytes(pictures[0].data[16:20]),
            int.from_bytes(pictures[0].data[20:24]),
        )
        assert 800 <= width <= 1100  # phone-sized
        assert height > 500  # one row per node
        assert body(tree[0]) == (
            "Chain of Amina: generations 2, people 4, meetings held 2, jobs 0.\n"
            "● Ben, 2026-12-03 ✓\n"
            "  → Carla ✓\n"
            "    ● Carla, 2026-12-07 ✓\n"
            "      → Omar Said ✉\n"
            "  → Dana Roy ↗ …\n"
            "✓ met or held, … waiting, ✉ invited, ☎ contacted, ✗ declined or cancelled, "
            "↗ outside contact, ★ led to a job"
        )
    numbers = [
        body(m)
        for m in await whole_report(chat, "coord", "/stats" if style == "telegram" else "stats")
    ]
    # Three referrals this month (Carla, Omar, Dana): one followed up and met, none before.
    if style == "sms":
        assert "Referrals: made 3 (0), followed up 1 (0), met 1 (0)." in numbers
        assert "Jobs reported: in field 0 (0), related 0 (0), other 0 (0)." in numbers
    else:
        assert (
            "Referrals made: 3 (0)\nFollowed up by the newcomer: 1 (0)\nBecame a meeting: 1 (0)"
            in numbers
        )
    assert (
        "Since the start: referrals per held meeting: 1.5. Referrals that became meetings: 33%. "
        "Deepest chain (generations): 2. Referrals leading to most meetings/jobs: Ben (1/0)"
    ) in numbers
    wrong = await chat.say("coord", "chain Amina")
    assert body(wrong[0]) == "Type chain and a participant number, for example: chain 12"
    nobody = await chat.say("coord", "chain 999")
    assert body(nobody[0]) == "Nobody has the number 999."
    refused = await chat.say("amina", f"chain {amina}")
    assert "Chain of" not in texts(refused)


async def participant_id(chat: Transcript, name: str) -> int:
    """The participant id of persona ``name``."""
    async with chat.simulator.app.store.transaction() as tx:
        person = await tx.participant_by_address(Address(channel="sim", value=name))
    assert person is not None
    return person.id


async def test_a_newcomer_reports_a_job_credited_to_a_connection(
    chat: Transcript, style: str
) -> None:
    await register(chat, "coord", style=style)
    await held_meeting(chat, style)
    await refer_carla_and_dana(chat)
    await chat.say("amina", "menu")
    role = (await chat.pick("amina", "menu:job"))[0]
    assert body(role).startswith("Congratulations! What is the job?")
    field = (await chat.say("amina", "Junior civil engineer"))[0]
    assert labels(field) == ["Yes, in my field", "In a related field", "In another field"]
    start = (await chat.pick("amina", "field:yes"))[0]
    assert labels(start) == ["This month", "Next month"]
    wrong = await chat.say("amina", "soon")
    assert body(wrong[0]) == "Please type the month and year, for example: 03/2027."
    helped = (await chat.say("amina", "01/2027"))[0]
    assert body(helped) == "Which connection helped you most to get it?"
    assert labels(helped) == ["Ben", "Carla", "Dana Roy", "No one in particular"]
    thanks = await chat.pick("amina", "helped:r:")  # Carla, a referral
    assert body(thanks[0]).startswith("Thank you, and congratulations!")
    async with chat.simulator.app.engine.connect() as conn:
        row = (await conn.execute(sa.select(job_reports))).one()
    assert (row.role, row.in_field, row.start_month) == ("Junior civil engineer", "yes", "2027-01")
    assert row.referral_id == 1
    assert row.meeting_id is None
    amina = await participant_id(chat, "amina")
    tree = await chat.say("coord", f"/chain {amina}" if style == "telegram" else f"chain {amina}")
    assert "generations 1, people 3, meetings held 1, jobs 1." in tree[0].text
    if style == "telegram":
        assert "  → Carla … ★\n" in tree[0].text


async def test_in_french_a_job_with_nobody_in_particular(chat: Transcript) -> None:
    await register(chat, "amina", french=True)
    await chat.say("amina", "menu")
    role = (await chat.pick("amina", "menu:job"))[0]
    assert fr(role).startswith("Félicitations! Quel est le poste?")
    await chat.say("amina", "Technicienne")
    await chat.pick("amina", "field:related")
    helped = (await chat.pick("amina", "start:"))[0]
    assert fr_labels(helped) == ["Personne en particulier"]
    thanks = await chat.pick("amina", "helped:none")
    assert fr(thanks[0]).startswith("Merci, et félicitations!")
    async with chat.simulator.app.engine.connect() as conn:
        row = (await conn.execute(sa.select(job_reports))).one()
    assert (row.in_field, row.start_month, row.meeting_id, row.referral_id) == (
        "related", "2026-12", None, None,
    )  # fmt: skip


async def test_did_you_meet_yes_leads_the_connector_into_referrals(
    chat: Transcript, style: str
) -> None:
    await meeting_over(chat, style)
    await chat.pick("ben", "met:")  # yes
    after = sent_to(await rate(chat, "ben", 4), "ben")
    assert body(after[0]) == "Thank you, that helps the programme a lot."
    assert body(after[1]) == "Referral 1 of 3 for Amina (Civil engineer). Who is it?"
    await chat.say("ben", "menu")  # not now: nothing given
    assert sent_to(await chat.line(":clock 2026-12-05T14:59"), "ben") == []
    later = sent_to(await chat.line(":clock 2026-12-05T15:00"), "ben")
    assert [body(m) for m in later] == [
        "You met Amina and gave 0 of 3 referrals. Could you give the rest?"
    ]
    assert sent_to(await chat.line(":clock +5d"), "ben") == []  # once


async def test_in_french_did_you_meet_yes_leads_into_referrals(chat: Transcript) -> None:
    await meeting_over(chat, french=True)
    await chat.pick("ben", "met:")
    after = sent_to(await rate(chat, "ben", 5), "ben")
    assert fr(after[1]) == "Contact 1 sur 3 pour Amina (Civil engineer). Qui est-ce?"


async def statuses(chat: Transcript) -> list[tuple[str, int | None]]:
    """Every referral event's status and who made it, oldest first."""
    async with chat.simulator.app.engine.connect() as conn:
        query = sa.select(referral_events.c.status, referral_events.c.actor_id).order_by(
            referral_events.c.id
        )
        return [(row[0], row[1]) for row in await conn.execute(query)]


async def test_stop_from_an_invited_number_declines_once(chat: Transcript) -> None:
    await held_meeting(chat)
    await invite(chat, "613-555-0199")
    async with chat.simulator.app.store.transaction() as tx:
        address = Address(channel="sms", value="+16135550199")
        await tx.set_address_status(address, "opted_out")  # they replied STOP
        omar = await tx.participant_by_address(address)
    assert omar is not None
    told = sent_to(await chat.line(":clock +1m"), "amina")
    assert [body(m) for m in told] == [
        "Omar Said has declined the invitation to join the programme. "
        "Your other referrals still stand."
    ]
    assert await stored(chat) == [("invite", "declined", "Omar Said")]
    assert (await statuses(chat))[-1] == ("declined", omar.id)
    assert sent_to(await chat.line(":clock +20d"), "amina") == []  # no expiry after it
    assert len(await invitations(chat, "+16135550199")) == 1  # the one invitation, no more


async def test_an_unanswered_invitation_expires_in_two_weeks(chat: Transcript, style: str) -> None:
    await held_meeting(chat, style, french=True)
    await invite(chat, "@omar_said")
    assert sent_to(await chat.line(":clock +13d23h"), "amina") == []
    told = sent_to(await chat.line(":clock +2h"), "amina")
    assert [fr(m) for m in told] == [
        "Omar Said n'a pas répondu à l'invitation au programme en deux semaines; elle a pris "
        "fin. Vos autres contacts restent valables."
    ]
    assert await stored(chat) == [("invite", "expired", "Omar Said")]
    assert (await statuses(chat))[-1] == ("expired", None)


async def test_erasing_the_newcomer_erases_the_referrals_they_received(chat: Transcript) -> None:
    await held_meeting(chat)
    await refer_carla_and_dana(chat)
    amina = await participant_id(chat, "amina")
    async with chat.simulator.app.store.transaction() as tx:
        await tx.erase_profile(amina)
    async with chat.simulator.app.engine.connect() as conn:
        rows = (await conn.execute(sa.select(referrals))).all()
        found = [
            (await conn.execute(sa.select(table))).all()
            for table in (referrals, referral_events, outbox, channel_addresses)
        ]
    every = "\n".join(repr(tuple(row)) for table_rows in found for row in table_rows)
    assert len(rows) == 2  # the chain's shape is kept: who referred whom, and how it went
    assert [(row.kind, row.status) for row in rows] == [
        ("member", "suggested"),
        ("outside", "given"),
    ]
    for typed in ("dana.roy@ottawa.ca", "City of Ottawa", "HR manager"):
        assert typed not in every
    assert all(row.name == "" for row in rows)


async def meeting_number(chat: Transcript) -> int:
    """The number of the one meeting."""
    async with chat.simulator.app.engine.connect() as conn:
        return int((await conn.execute(sa.select(meetings.c.id))).scalar_one())


@pytest.mark.parametrize("french", [False, True])
async def test_the_newcomers_yes_alone_offers_the_connector_referrals(
    chat: Transcript, style: str, french: bool
) -> None:
    await meeting_over(chat, style, french=french)
    await chat.pick("amina", "met:")  # yes; Ben never answers
    told = sent_to(await chat.say("amina", "5 Very helpful"), "ben")
    assert len(told) == 1
    if french:
        assert fr(told[0]) == (
            "Amina nous a confirmé votre rencontre du jeudi 3 décembre à 14 h; elle est "
            "donc notée comme tenue. Pourriez-vous donner à Amina trois contacts de votre réseau?"
        )
        assert fr_labels(told[0]) == ["Donner des contacts", "Aller au menu"]
    else:
        assert body(told[0]) == (
            "Amina told us you met on Thursday, December 3 at 2:00 p.m., so the meeting is "
            "recorded as held. Could you refer Amina to three people in your network?"
        )
        assert labels(told[0]) == ["Give referrals", "Go to the menu"]
    # He is asked his own rating first (never asked otherwise), then goes on to his referrals.
    rating = (await chat.pick("ben", "refer:"))[0]
    assert fr(rating).startswith("Tant mieux" if french else "Glad you met!")
    after = await rate(chat, "ben", 4)
    kind = sent_to(after, "ben")[-1]
    assert fr(kind).startswith("Contact 1 sur 3" if french else "Referral 1 of 3 for Amina")
    await chat.say("ben", "menu")  # not now
    assert sent_to(await chat.line(":clock 2026-12-05T14:59"), "ben") == []
    later = sent_to(await chat.line(":clock 2026-12-05T15:00"), "ben")
    assert len(later) == 1
    assert fr(later[0]).startswith("Vous avez rencontré Amina" if french else "You met Amina")
    assert sent_to(await chat.line(":clock +5d"), "ben") == []  # once


async def test_the_connector_answering_after_the_newcomer_is_asked_once(
    chat: Transcript, style: str
) -> None:
    await meeting_over(chat, style)
    await chat.pick("amina", "met:")
    assert len(sent_to(await chat.say("amina", "5 Great"), "ben")) == 1
    # Ben answers "did you meet?" later, in words: straight into his referrals, no second offer.
    await chat.say("ben", "Yes we did")
    after = sent_to(await rate(chat, "ben", 4), "ben")
    assert [body(m) for m in after] == [
        "Thank you, that helps the programme a lot.",
        "Referral 1 of 3 for Amina (Civil engineer). Who is it?",
    ]
    await chat.say("ben", "menu")
    # A coordinator settling it as held again asks nobody again.
    await coordinator(chat, style)
    meeting = await meeting_number(chat)
    settled = await chat.say("coord", command(style, f"settle {meeting} held"))
    assert sent_to(settled, "ben") == []
    later = sent_to(await chat.line(":clock 2026-12-05T15:00"), "ben")
    assert [body(m) for m in later] == [
        "You met Amina and gave 0 of 3 referrals. Could you give the rest?"
    ]
    assert sent_to(await chat.line(":clock +5d"), "ben") == []


@pytest.mark.parametrize("french", [False, True])
async def test_a_coordinator_settling_a_meeting_as_held_offers_the_connector_referrals(
    chat: Transcript, style: str, french: bool
) -> None:
    await meeting_over(chat, style, french=french)
    meeting = await meeting_number(chat)
    await chat.pick("amina", f"met:{meeting}:no")
    await chat.pick("amina", "why:other_absent")  # a no-show, Ben says nothing
    await coordinator(chat, style)
    settled = await chat.say("coord", command(style, f"settle {meeting} held"))
    told = sent_to(settled, "ben")
    assert len(told) == 1
    if french:
        assert fr(told[0]).startswith(
            "La coordination a noté votre rencontre avec Amina du jeudi 3 décembre à 14 h "
            "comme tenue."
        )
    else:
        assert body(told[0]).startswith(
            "A coordinator recorded your meeting with Amina on Thursday, December 3 at 2:00 p.m. "
            "as held."
        )
    assert [c.id for c in told[0].choices] == [f"refer:{meeting}", "global:menu"]
    assert sent_to(await chat.say("coord", command(style, f"settle {meeting} held")), "ben") == []
    kind = (await chat.pick("ben", "refer:"))[0]
    assert fr(kind).startswith("Contact 1 sur 3" if french else "Referral 1 of 3 for Amina")


async def invited_says(chat: Transcript, text: str, sid: str = "SM-no-1") -> None:
    """The invited number (613-555-0199) texts the bot."""
    app = chat.simulator.app
    inbound = Inbound(
        address=Address(channel="sms", value="+16135550199"),
        external_id=sid,
        received_at=app.clock.now(),
        text=text,
        carrier_keywords=True,
    )
    await app.receive(inbound)


@pytest.mark.parametrize(
    ("french", "answer"),
    [(False, "NO"), (False, "No thanks"), (True, "Non"), (True, "non merci")],
)
async def test_an_invited_number_declines_in_words_without_opting_out(
    chat: Transcript, french: bool, answer: str
) -> None:
    await held_meeting(chat, french=french)
    await invite(chat, "613-555-0199")
    invitation = (await invitations(chat, "+16135550199"))[0]
    assert ("NON pour refuser" if french else "NO to decline") in invitation
    assert count_segments(invitation) <= (2 if french else 1)
    await invited_says(chat, answer)
    sms = await invitations(chat, "+16135550199")
    assert sms[1:] == [
        "Merci de votre réponse. Nous ne vous écrirons plus au sujet de cette invitation."
        if french
        else "Thank you for your answer. We will not write to you about this invitation again."
    ]
    assert await stored(chat) == [("invite", "declined", "Omar Said")]
    async with chat.simulator.app.store.transaction() as tx:
        address = Address(channel="sms", value="+16135550199")
        assert await tx.address_status(address) == "ok"  # not opted out of anything
        omar = await tx.participant_by_address(address)
    assert omar is not None
    assert (await statuses(chat))[-1] == ("declined", omar.id)
    told = sent_to(await chat.line(":clock +1m"), "amina")
    assert [fr(m) for m in told] == [
        "Omar Said a décliné l'invitation au programme. Vos autres contacts restent valables."
        if french
        else "Omar Said has declined the invitation to join the programme. "
        "Your other referrals still stand."
    ]
    assert sent_to(await chat.line(":clock +20d"), "amina") == []  # no expiry after it


async def test_other_words_from_an_invited_number_still_start_registration(
    chat: Transcript,
) -> None:
    await held_meeting(chat)
    await invite(chat, "613-555-0199")
    await invited_says(chat, "Hello, who is this?")
    sms = await invitations(chat, "+16135550199")
    assert len(sms) == 2
    assert sms[1].startswith("Welcome to Connector!")  # registration, as before
    assert await stored(chat) == [("invite", "invited", "Omar Said")]


@pytest.mark.parametrize(
    ("french", "said"),
    [
        (False, "You have not met anyone yet. Nobody has been referred to you yet"),
        (True, "Vous n'avez encore rencontré personne. Personne ne vous a encore été recommandé"),
    ],
)
async def test_my_network_before_any_meeting_says_nobody_yet(
    chat: Transcript, french: bool, said: str
) -> None:
    # French counts 0 as one: "Vous avez rencontré une personne" to someone who had met nobody.
    await register(chat, "amina", french=french)
    network = await chat.pick("amina", "menu:network")
    assert body(network[0]).startswith(said)


async def test_the_invitation_says_the_programmes_meeting_length_and_marks_a_cut_profession(
    settings: Settings, clock: ManualClock
) -> None:
    recorder = Recorder()
    longer = settings.model_copy(update={"slot_minutes": 45})
    async with Simulator(longer, clock, recorder) as simulator:
        chat = Transcript(simulator, recorder)
        await meeting_over(chat)
        await chat.line(":clock +15m")  # a 45-minute meeting ends a quarter hour later
        await chat.pick("amina", "met:")
        await chat.pick("amina", "rate:5")
        await chat.say("amina", "Very helpful")
        await invite(chat, "613-555-0199")
        (sms,) = await invitations(chat, "+16135550199")
    assert "for 45 min." in sms


@pytest.mark.parametrize(
    ("profession", "shown"),
    [
        ("Civil engineer", "Civil engineer"),
        ("Civil engineer specialised in bridges, tunnels and heavy civil works",
         "Civil engineer specialised..."),
        ("Ingénieure-en-structures-ponts-et-ouvrages-d'art", "Ingénieure-en-structures-pont..."),
    ],
)  # fmt: skip
def test_a_long_profession_is_cut_at_a_word_with_an_ellipsis(profession: str, shown: str) -> None:
    from handlers.core.parsing import shorten

    assert shorten(profession, 32) == shown
    assert len(shorten(profession, 32)) <= 32


async def test_a_referred_connector_with_no_open_times_is_no_dead_end(
    chat: Transcript, style: str
) -> None:
    await held_meeting(chat, style)
    await refer_carla_and_dana(chat)
    await chat.say("amina", "menu")
    await chat.pick("amina", "menu:network")
    await chat.pick("amina", "refshow:1")
    asked = (await chat.pick("amina", "refbook:1"))[0]
    # Not "Pick a time:" with nothing to pick.
    assert body(asked).startswith("Carla (")
    assert body(asked).endswith("has no open times right now.")
    assert labels(asked) == ["Ask them for times", "Find another connector"]
    done = await chat.pick("amina", "times:ask")
    assert body(sent_to(done, "amina")[0]) == (
        "I asked Carla to offer some times. I will tell you as soon as they do."
    )
    to_carla = sent_to(done, "carla")
    assert body(to_carla[0]).startswith("Amina (Civil engineer) would like to meet you")
    assert labels(to_carla[0]) == ["Offer a time"]
    # Asking again does not write to Carla twice.
    await chat.say("amina", "menu")
    await chat.pick("amina", "menu:network")
    await chat.pick("amina", "refshow:1")
    await chat.pick("amina", "refbook:1")
    assert sent_to(await chat.pick("amina", "times:ask"), "carla") == []
    # Carla opens a time from that message: Amina hears it, with the time to ask for.
    await chat.pick("carla", "menu:offer")  # the button on that message
    await chat.press("carla", 5)  # a day
    await chat.say("carla", "10:00")
    if any(
        c.id == "phone:none" for c in sent_to(await chat.press("carla", 2), "carla")[-1].choices
    ):
        await chat.pick("carla", "phone:none")  # on Telegram, asked for a number to call: none
    await chat.press("carla", 1)  # just once
    opened = await chat.press("carla", 1)
    told = sent_to(opened, "amina")
    assert body(told[0]) == "Carla has opened times. Pick one to ask for it:"
    assert [c.id.split(":")[0] for c in told[0].choices] == ["book"]


async def test_coordinators_list_newcomers_with_a_held_meeting_and_no_referral_yet(
    chat: Transcript,
) -> None:
    await held_meeting(chat)
    await coordinator(chat, "telegram")
    amina = await person_id(chat, "amina")
    waiting = await chat.say("coord", "/find no referral")
    assert waiting[0].text.splitlines()[1].startswith(f"#{amina} Amina")
    await refer_carla_and_dana(chat)
    after = await chat.say("coord", "/find no referral")
    assert after[0].text == "Nobody matches that."


async def test_in_the_simulator_an_invited_number_gets_the_text_and_joins(
    chat: Transcript,
) -> None:
    await held_meeting(chat)
    await invite(chat, "613-555-0199")
    # The number the bot texted is a persona of its own, as a phone would be.
    got = [m for m in chat.recorder.messages if m.to == "+16135550199"]
    assert [m.text.split(" invites you")[0] for m in got] == ["Ben"]
    code = await code_of(chat)
    joined = await chat.line(f"+16135550199: JOIN {code}")
    assert sent_to(joined, "+16135550199")[0].text.startswith("Welcome to Connector")


async def test_a_telegram_only_programme_says_it_cannot_text_and_gives_the_link(
    settings: Settings, clock: ManualClock
) -> None:
    from pydantic import SecretStr

    from tests.telegram_fakes import TOKEN

    recorder = Recorder()
    telegram_only = settings.model_copy(update={"telegram_token": SecretStr(TOKEN)})
    async with Simulator(telegram_only, clock, recorder) as simulator:
        chat = Transcript(simulator, recorder)
        await held_meeting(chat)
        done = await invite(chat, "613-555-0199")
        code = await code_of(chat)
        assert body(sent_to(done, "ben")[0]) == (
            "This programme does not send text messages, so we did not write to Omar Said. "
            "Send them this link to join; it tells us you referred them: "
            f"https://t.me/connector_bot?start={code}"
        )
        assert await invitations(chat, "+16135550199") == []  # nothing waits for ever


async def test_an_invited_number_that_never_wrote_is_no_registration_in_progress(
    chat: Transcript,
) -> None:
    await held_meeting(chat)
    await invite(chat, "613-555-0199")
    await coordinator(chat, "telegram")
    shown = texts(await chat.say("coord", "/stats"))
    assert "Registration in progress: 0\n" in shown
    await chat.line("+16135550199: Hello")  # now they are registering
    assert "Registration in progress: 1\n" in texts(await chat.say("coord", "/stats"))
