"""The simulator's script language, shared by scripts, stdin and the interactive prompt.

:persona NAME [sms|telegram]   declare a persona (and make it the current one)
NAME: TEXT                     NAME sends TEXT
NAME #N                        NAME presses choice N of the last menu it received
TEXT  /  #N                    the current persona sends TEXT / presses choice N
:clock +1d2h30m                move the clock forward by a duration
:clock 2026-12-01T09:00        move the clock to a moment (programme timezone unless given)
:restart                       stop the bot and start it again on the same database
:quit                          stop
# comment
"""

from __future__ import annotations

import re
import unicodedata
import uuid
import zlib
from contextlib import AsyncExitStack
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.app import App, open_app
from bot.channels.base import SHARE_CONTACT
from bot.channels.simulator import SimulatorChannel, Style, TranscriptPrinter
from bot.clock import ManualClock, OffsetClock
from bot.config import Settings
from bot.i18n import CATALOGUES, Catalogue
from handlers.core.keywords import carrier_keyword
from handlers.core.ports import ProfileUpdate
from handlers.core.registry import Registry
from handlers.core.values import Address, Inbound

_DURATION = re.compile(r"^\+(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")
# A persona name, or a phone number (+16135550199) for a number the bot texts itself.
_NAME = re.compile(r"^(?:[A-Za-z0-9_-]{1,32}|\+[1-9][0-9]{6,14})$")
# What a carrier keyword does, said in the transcript (a real carrier answers these itself).
CARRIER_NOTES = {
    "stop": "STOP is a carrier keyword: this number is opted out, and nothing more is sent to "
    "it until it sends START",
    "start": "START is a carrier keyword: this number is opted in again",
    "help": "HELP is a carrier keyword: the carrier's help line, and the programme's contact",
}


def _bare(text: str) -> str:
    """``text`` without case or accents, for matching a typed label."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


COORDINATOR = Address(channel="sim", value="coordinator")


class ScriptError(ValueError):
    """A line the simulator cannot understand."""


def parse_duration(text: str) -> timedelta:
    """Parse ``+1d2h30m15s`` (any part optional, at least one given)."""
    match = _DURATION.match(text.strip())
    if match is None or not any(match.groups()):
        raise ScriptError(f"not a duration: {text!r} (try +2h30m)")
    days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


def parse_moment(text: str, zone: str) -> datetime:
    """Parse an ISO datetime; without an offset it is in the programme timezone."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise ScriptError(f"not a date and time: {text!r} (try 2026-12-01T09:00)") from error
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(zone))


# The simulated Telegram bot's username, in invitation links the simulator shows.
SIMULATED_BOT = "connector_bot"


@dataclass
class Simulator:
    """Drives the bot from script lines, printing every delivered message."""

    settings: Settings
    clock: ManualClock | OffsetClock
    printer: TranscriptPrinter
    current: str = "me"
    # The bot's features and catalogue folders (tests add a feature of their own).
    features: Registry | None = None
    catalogues: tuple[Path, ...] = (CATALOGUES,)
    # Whether the simulated deployment has a Telegram bot (its username makes invitation
    # links); False tries a programme reached by SMS alone.
    telegram: bool = True

    def __post_init__(self) -> None:
        # A script's clock stands still unless the script moves it, so all its messages would
        # fall in the same minute: there the flood limits are off unless set explicitly. The
        # interactive simulator runs on the real time and keeps them, as the real channels do.
        if isinstance(self.clock, ManualClock):
            unset = {"inbound_per_minute", "unread_per_hour"} - self.settings.model_fields_set
            self.settings = self.settings.model_copy(update=dict.fromkeys(unset, 0))
        # A coordinator persona is there from the start, so that someone trying the bot can
        # approve (or refuse) themselves: ``coordinator: pending``.
        if not any(address.channel == "sim" for address in self.settings.coordinators):
            coordinators = (*self.settings.coordinators, COORDINATOR)
            self.settings = self.settings.model_copy(update={"coordinators": coordinators})
        # Telegram-style personas talk to a simulated bot, which needs a name for its links.
        if self.telegram and self.settings.telegram_bot_username is None:
            update = {"telegram_bot_username": SIMULATED_BOT}
            self.settings = self.settings.model_copy(update=update)
        self.channel = SimulatorChannel(self.clock, self.printer.delivered)
        self.catalogue = Catalogue(*self.catalogues)
        self._stack = AsyncExitStack()
        self._app: App | None = None

    async def __aenter__(self) -> Simulator:
        await self._open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._stack.aclose()

    async def _open(self) -> None:
        app = await self._stack.enter_async_context(
            # Numbers the bot texts itself (a referral's invitation to a mobile number) reach a
            # persona named by the number, as a phone would get them; it answers as "+1613...".
            open_app(
                self.settings,
                self.clock,
                {"sim": self.channel, "sms": self.channel},
                self.catalogue,
                self.features,
            )
        )
        self._app = app
        await _register_coordinator(app, self.clock)
        # Deliver whatever a previous run committed but did not send.
        await app.sender.drain()

    @property
    def app(self) -> App:
        """The running app."""
        assert self._app is not None, "simulator not started"
        return self._app

    async def run_lines(self, lines: list[str]) -> None:
        """Run a whole script, stopping at ``:quit``."""
        for number, line in enumerate(lines, start=1):
            try:
                if not await self.execute(line, declared_only=False):
                    return
            except ScriptError as error:
                raise ScriptError(f"line {number}: {error}") from None

    async def execute(self, line: str, *, declared_only: bool = True) -> bool:
        """Run one line; return False on ``:quit``."""
        line = line.strip()
        if not line or (line.startswith("#") and not re.fullmatch(r"#\d+", line)):
            return True
        if line.startswith(":"):
            return await self._command(line[1:].split())
        persona, rest = self.current, line
        head, sep, tail = line.partition(":")
        press = re.match(r'^([A-Za-z0-9_-]{1,32})\s+(#\d+|#"[^"]*")$', line)
        if press and (not declared_only or press.group(1) in self.personas()):
            persona, rest = press.group(1), press.group(2)
        elif sep and _NAME.match(head) and (not declared_only or head in self.personas()):
            persona, rest = head, tail.strip()
        self.channel.persona(persona)
        if re.fullmatch(r"#\d+", rest):
            await self.press(persona, int(rest[1:]))
        elif re.fullmatch(r'#"[^"]*"', rest):
            await self.press(persona, self.numbered(persona, rest[2:-1]))
        else:
            await self.say(persona, rest)
        return True

    def numbered(self, persona: str, label: str) -> int:
        """The number of the choice of ``persona``'s last menu whose label is ``label``.

        Case and accents do not matter, and a prefix that only one label starts with will do
        (``#"find"`` for *Find a connector*), so a script survives a menu that gains an entry.
        """
        labels = [choice.label for choice in self.channel.last_choices(persona)]
        wanted = _bare(label)
        exact = [n for n, shown in enumerate(labels, start=1) if _bare(shown) == wanted]
        begins = [n for n, shown in enumerate(labels, start=1) if _bare(shown).startswith(wanted)]
        found = exact or begins
        if len(found) == 1 and wanted:
            return found[0]
        offered = ", ".join(f'"{shown}"' for shown in labels) or "no choices"
        why = "several choices start with" if wanted and len(found) > 1 else "no choice is"
        raise ScriptError(f'{persona}: {why} "{label}"; the last menu offers {offered}')

    def personas(self) -> set[str]:
        """Names of the declared personas."""
        return set(self.channel.styles)

    async def _command(self, words: list[str]) -> bool:
        if not words:
            raise ScriptError("empty command")
        name, args = words[0], words[1:]
        if name == "quit":
            return False
        if name == "persona" and args and _NAME.match(args[0]):
            style = args[1] if len(args) > 1 else None
            if style not in (None, "sms", "telegram"):
                raise ScriptError(f"unknown style {style!r} (sms or telegram)")
            self.current = args[0]
            chosen: Style | None = style  # type: ignore[assignment]
            self.printer.note(f"{args[0]} uses {self.channel.persona(args[0], chosen)}")
        elif name == "clock" and len(args) == 1:
            await self.move_clock(args[0])
        elif name == "restart":
            await self._stack.aclose()
            self.printer.note("restart")
            await self._open()
        else:
            raise ScriptError(f"unknown command :{' '.join(words)}")
        return True

    async def say(self, persona: str, text: str, *, external_id: str | None = None) -> None:
        """Send ``text`` as ``persona`` and deliver the replies."""
        self.printer.said(persona, text)
        payload = None
        if text.startswith("/start ") and len(text.split()) == 2:
            payload = text.split()[1]
        await self._receive(persona, external_id, text=text, start_payload=payload)
        keyword = carrier_keyword(text) if self.channel.persona(persona) == "sms" else None
        if keyword is not None:
            # The carrier acts on these words itself; say what a phone's owner would learn.
            self.printer.note(f"{persona}: {CARRIER_NOTES[keyword]}")

    async def press(self, persona: str, number: int) -> None:
        """Press choice ``number`` of the persona's last menu, as its channel would."""
        choices = self.channel.last_choices(persona)
        if not 1 <= number <= len(choices):
            raise ScriptError(f"{persona} has no choice {number}")
        if self.channel.persona(persona) == "sms":
            # On SMS a press is the person typing the number.
            self.printer.said(persona, str(number))
            await self._receive(persona, None, text=str(number))
        elif choices[number - 1].id == SHARE_CONTACT:
            # Telegram's contact key sends the person's own number; a persona's is made up,
            # in the 555-01xx range kept for fiction, the same each time.
            phone = f"+1613555{100 + zlib.crc32(persona.encode()) % 100:04d}"
            self.printer.said(persona, f"[{choices[number - 1].label}: {phone}]")
            await self._receive(persona, None, shared_phone=phone)
        else:
            self.printer.said(persona, f"[{choices[number - 1].label}]")
            await self._receive(persona, None, choice=choices[number - 1].id)

    async def move_clock(self, spec: str) -> None:
        """Move the clock forward, then run whatever became due."""
        if spec.startswith("+"):
            self.clock.advance(parse_duration(spec))
        else:
            moment = parse_moment(spec, self.settings.timezone)
            if moment < self.clock.now():
                raise ScriptError("the clock only moves forward")
            self.clock.set(moment)
        # Said back in the programme's time zone, as the moment was read.
        local = self.clock.now().astimezone(ZoneInfo(self.settings.timezone))
        self.printer.note(
            f"clock {local.isoformat(timespec='minutes')} ({self.settings.timezone})"
        )
        await self.app.ticker.tick()

    async def _receive(
        self,
        persona: str,
        external_id: str | None,
        *,
        text: str | None = None,
        choice: str | None = None,
        start_payload: str | None = None,
        shared_phone: str | None = None,
    ) -> None:
        inbound = Inbound(
            address=Address(channel="sms" if persona.startswith("+") else "sim", value=persona),
            external_id=external_id or uuid.uuid4().hex,
            received_at=self.clock.now(),
            text=text,
            choice=choice,
            start_payload=start_payload,
            shared_phone=shared_phone,
            # SMS-style personas get the carriers' STOP, START and HELP, as real phones do.
            carrier_keywords=self.channel.persona(persona) == "sms",
        )
        await self.app.receive(inbound)
        await self.app.sender.drain()


async def _register_coordinator(app: App, clock: ManualClock | OffsetClock) -> None:
    """Register the simulator's own coordinator persona, once, if it is configured."""
    if COORDINATOR not in app.settings.coordinators:
        return
    async with app.store.transaction() as tx:
        if await tx.participant_by_address(COORDINATOR) is not None:
            return
        person = await tx.create_participant(
            COORDINATOR,
            language=app.settings.default_language,
            timezone=app.settings.timezone,
            role="coordinator",
        )
        update = ProfileUpdate(status="active", name="Coordinator", consent_at=clock.now())
        await tx.update_participant(person.id, update)
        await tx.audit(person.id, "registered", "coordinator (simulator)")
