"""The built-in demo: a scripted scenario on a throwaway database, printed as a transcript."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from bot.channels.simulator import TranscriptPrinter
from bot.clock import ManualClock
from bot.config import Settings
from bot.simulate import Simulator

START = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)

# Grows with each feature: registration in both languages, meetings with their reminders and
# follow-up, referrals, a job, a mentorship from application to the 3-month follow-up, and the
# coordinator's commands.
SCRIPT = """
# Amina, a civil engineer in Montreal, registers in French from a basic phone.
:persona amina sms
amina: Bonjour
amina: 2
amina: oui
amina: 1
amina: Amina Haddad
amina: Ingénieure civile
amina: 3
amina: Montréal
amina: arabe, français et anglais
amina: 1
amina: 1
# On a basic phone, AIDE (or HELP, INFO) says what the bot is and how to reach the programme.
amina: aide
# Claire, the programme's coordinator, registers on Telegram.
:persona coord telegram
coord: hello
coord #1
coord #1
coord: Claire Tremblay
coord: Programme coordinator
coord #5
coord: Ottawa
coord #3
coord #1
coord #1
# Ben, a civil engineer in Halifax, registers in English on Telegram to offer his time.
:persona ben telegram
ben: /start
ben #1
ben #1
ben #2
ben: Ben Okafor
ben: Civil engineer, City of Halifax
ben #3
ben: Halifax
ben #3
ben #3
ben #1
# Connectors meet newcomers in person, so a coordinator approves them first (CONNECTOR_APPROVAL).
# Claire is told Ben is waiting, looks at who waits, and approves him; Ben is welcomed.
coord: /pending
coord: /approve 3
ben: /menu
# Ben offers a half hour every Thursday at noon, by video with a link the bot creates.
ben #1
ben: thursday 12:00
ben #3
ben #1
ben: 3 weeks
ben #1
# Carla, an architect in Ottawa, joins on Telegram too and offers Fridays at noon.
:persona carla telegram
carla: /start
carla #1
carla #1
carla #2
carla: Carla Moreau
carla: Architect, urban design
carla #3
carla: Ottawa
carla #3
carla #3
carla #1
coord: /approve 4
carla: /menu
carla #1
carla: friday 12:00
carla #3
carla #1
carla: 3 weeks
carla #1
# Amina looks for someone in her field (the default) and asks for Ben's first time, with a
# note after the number.
amina: menu
amina: 1
amina: 1 Ingénieure civile, je vise le secteur municipal
# Ben accepts. Each gets the confirmation in their own language and time zone; on Telegram
# it comes with a calendar file, on SMS as a short text.
ben #1
# Neither has the other's number: they write through the bot, Amina by SMS with the meeting's
# number, Ben with the button; each reads it on their own phone, in their own language.
amina: ECRIRE 1 Merci! J'apporterai mon CV.
ben #1
ben: Great, see you Thursday.
# The clock moves (programme time, Toronto). The day before, both are reminded, each in
# their own time; Amina confirms she is coming.
:clock 2026-12-02T11:00
amina: 1
# An hour before, a last reminder; half an hour after the end, "did you meet?".
:clock 2026-12-03T10:00
:clock 2026-12-03T12:00
# Ben's "yes, we met" leads straight into his three referrals (had Amina answered first, he
# would have been told the meeting was recorded as held and offered "Give referrals").
ben #1
ben #5
ben #1
# By SMS the rating and the private comment come in one message, as the question invites.
amina: oui
amina: 5 Très humain, il m'a donné trois noms à contacter
# Ben's first referral: Carla, in the programme.
ben #1
ben: Carla
ben #1
ben #4
# Amina is told at once and asks Carla for a time; Carla sees that Ben referred her.
amina: 1
amina: 1
amina: 1
carla #1
# The next day Amina and Carla meet: the chain's second generation. Carla refers Amina to a
# contact outside the programme, whose details go to Amina alone, in a message of their own.
:clock 2026-12-04T13:00
carla #1
carla #5
carla #1
amina: oui
amina: 5 Merci
carla #3
carla: Dana Roy
carla: HR director
carla: City of Ottawa
carla: dana.roy@ottawa.ca, 613-555-0100
carla #4
# Ben and Carla each get their one reminder for the rest of their referrals.
:clock 2026-12-09T10:00
# Amina has a job offer, and says which connection helped.
amina: menu
amina: 4
amina: Ingénieure de projet, Ville d'Ottawa
amina: 1
amina: 1
amina: 2
# The coordinator checks the programme numbers, referrals included...
coord: /stats
# ... and Amina's chain: two generations of meetings, ending in the job (on Telegram, also a
# picture of the tree).
coord: /chain 1
# A three-month mentorship, compressed. Amina applies to the Career Mentoring Program from the
# menu (by SMS under More, Plus) and answers the eligibility questions (status, education, CLB,
# region, workshop, objective, resume).
amina: menu
amina: 6
amina: 2
amina: 1
amina: 1
amina: oui
amina: 2
amina: NCLC 7
amina: oui
amina: oui
amina: Ingénieure en infrastructures municipales
amina: oui
# Carla applies as a mentor (years in the region, profession, sector, networks, languages,
# the time commitment).
carla: /menu
carla #6
carla #2
carla: 12 years
carla #1
carla #5
carla: OAA, Urban Land Institute
carla #2
carla #1
# Claire confirms both. Amina takes the orientation in the chat (with one wrong answer, which
# is explained); Carla attended one in person, which Claire records.
coord: /pending
coord: /approve 1
coord: /approve 4
amina: 1
amina: oui
amina: 1
amina: 2
amina: 1
amina: 1
coord: /oriented 4
# Carla attended the first half-day of the mentoring workshop too: Claire records it.
coord: /workshop 4
# Claire asks for the best mentors for Amina, with the reasons, and proposes Carla.
coord: /suggest 1
coord #1
# Both accept within the week; Amina sets out her goals, the usual time and the format, and
# Carla confirms: the mentorship starts, planned for 13 weeks.
carla #1
amina: 1
amina: Comprendre le marché municipal
amina: Préparer les entrevues
amina: 1
amina: 2
amina: 2
amina: 1
amina: 1
carla #1
# A week later the bot asks Amina whether they met; she answers yes and an hour and a half in
# one reply, then what they worked on, two topics in one reply.
:clock 2026-12-16T15:00
amina: oui 1h30
amina: 2 3
# In this compressed run the coordinator closes the mentorship now, as completed (/close 1
# completed; by default it closes at its planned end, with a week's notice to close or extend,
# and one closed early otherwise earns a letter of participation). Both are told, Amina gets
# her certificate's link with the closing message and a short final evaluation, then the
# employment question, asked again 3, 6 and 12 months later.
coord: /close 1 completed
amina: 1
amina: 5
amina: 2 5
amina: oui
amina: Merci Carla, vos contacts m'ont ouvert des portes
amina: 1
amina: Ingénieure de projet
amina: 1
amina: 3
amina: 1
# Three months later the bot asks Amina again how her work is going (then at 6 and 12 months).
# Her first Connector meeting was three months ago too; she is asked once, not once per
# programme.
:clock 2027-03-17T15:00
amina: 1
amina: 1
amina: 3
# The coordinator's numbers now include the mentorship: check-ins, interviews and events, and
# employment at closure and 3, 6 and 12 months with the time to employment.
coord: /stats quarter
"""


async def run_demo(out: TextIO, *, jsonl: bool = False, attachments: Path | None = None) -> None:
    """Play the demo on a fresh database, printed to ``out`` (files into ``attachments``)."""
    await play_demo(TranscriptPrinter(out, jsonl=jsonl, attachments=attachments))


async def play_demo(printer: TranscriptPrinter) -> None:
    """Play the demo script on a fresh database in a temporary folder, told to ``printer``."""
    with tempfile.TemporaryDirectory(prefix="connector-demo-") as folder:
        settings = Settings(
            database_url=f"sqlite+aiosqlite:///{Path(folder) / 'demo.db'}",
            timezone="America/Toronto",
            coordinators="sim:coord",
            programme_contact="613-555-0100",
            # Certificates reach SMS readers as a private link the bot serves from here.
            public_url="https://connector.example.org",
        )
        async with Simulator(settings, ManualClock(START), printer) as simulator:
            await simulator.run_lines(SCRIPT.splitlines())
