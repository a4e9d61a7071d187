"""Draw the README's pictures from the demo: two phone screens and the coordinator's charts.

    python3 dev.py pictures    # writes docs/pictures/: sms.svg, telegram.svg, stats.png, chain.png

It plays the demo (bot/demo.py) on a throwaway database, records what each person said and was
sent, and draws one stretch of that real conversation: Amina, on a basic phone, finding Ben by
SMS in French, and Ben accepting on Telegram in English, up to the day-before reminder. The
screens are plain SVG written here; text is measured with the DejaVu Sans that matplotlib ships
(the bot draws its charts with it), so lines wrap where they are drawn. The charts are the PNG
files the bot sent the coordinator for ``/stats`` and ``/chain 1``.
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextToPath

from bot.channels.simulator import SimMessage, TranscriptPrinter
from bot.demo import START, play_demo

OUT = Path(__file__).resolve().parent / "pictures"
# The stretch drawn: from Amina's "1" (Find a connector) before her request, up to the clock
# moving to the hour-before reminder.
FIRST_SAID = ("amina", "1")
REQUEST = ("amina", "1 Ingénieure civile, je vise le secteur municipal")
LAST_CLOCK = "2026-12-03T10:00"
# The video room the bot creates has a random name; a fixed one keeps the pictures unchanged
# from one run to the next.
ROOM = re.compile(r"(https://meet\.jit\.si/connector-)[A-Za-z0-9_-]+")
FIXED_ROOM = r"\g<1>Yq3Fw8ZkR2tV"

FONT = FontProperties(family="DejaVu Sans", size=14)
FONT_FAMILY = "'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif"
LINE = 19  # px between two lines of text
WIDTH = 380  # the phone, outside
SCREEN = WIDTH - 24
BUBBLE = 262  # the widest a bubble's text may be
PAD = 10  # inside a bubble
_measure = TextToPath()


@dataclass
class Said:
    """What a persona typed, or the label of the button they tapped."""

    persona: str
    text: str


@dataclass
class Clock:
    """The simulator's clock moved to ``at``."""

    at: datetime


class Recorder(TranscriptPrinter):
    """Keeps everything the demo said and sent, in order, instead of printing it."""

    def __init__(self) -> None:
        super().__init__(io.StringIO())
        self.events: list[Said | Clock | SimMessage] = []

    def said(self, persona: str, what: str) -> None:
        """Record what a persona sent."""
        self.events.append(Said(persona, what))

    def note(self, text: str) -> None:
        """Record the clock's moves (the other notes are not drawn)."""
        if text.startswith("clock "):
            self.events.append(Clock(datetime.fromisoformat(text.split()[1])))

    def delivered(self, message: SimMessage) -> None:
        """Record a message the bot sent."""
        self.events.append(message)


@dataclass(frozen=True)
class Person:
    """Whose screen is drawn, as they registered in the demo."""

    name: str
    style: str
    locale: str
    zone: str
    title: str
    subtitle: str


AMINA = Person("amina", "sms", "fr_CA", "America/Toronto", "Connecteur", "SMS · 613-555-0100")
BEN = Person("ben", "telegram", "en_CA", "America/Halifax", "Connector", "bot")


@dataclass
class Bubble:
    """One message on a screen: from the bot (left) or from the person (right)."""

    text: str
    mine: bool
    buttons: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    caption: str = ""


@dataclass
class Divider:
    """The day and time, between messages."""

    text: str


def stretch(events: list[Said | Clock | SimMessage]) -> list[Said | Clock | SimMessage]:
    """The events drawn: from ``FIRST_SAID`` just before ``REQUEST`` to ``LAST_CLOCK``."""
    request = next(i for i, e in enumerate(events) if e == Said(*REQUEST))
    first = max(i for i, e in enumerate(events[:request]) if e == Said(*FIRST_SAID))
    last = next(
        i
        for i, e in enumerate(events)
        if i > request and isinstance(e, Clock) and e.at.isoformat().startswith(LAST_CLOCK)
    )
    return events[first:last]


def screen(events: list[Said | Clock | SimMessage], person: Person) -> list[Bubble | Divider]:
    """What ``person``'s phone shows of ``events``, with the day and time where it changes."""
    zone = ZoneInfo(person.zone)
    now = START
    shown: list[Bubble | Divider] = []
    stamp = ""
    for event in events:
        if isinstance(event, Clock):
            now = event.at
            continue
        if isinstance(event, Said) and event.persona != person.name:
            continue
        if isinstance(event, SimMessage):
            if event.to != person.name:
                continue
            now = event.at
        when = _when(now.astimezone(zone), person.locale)
        if when != stamp:
            shown.append(Divider(when))
            stamp = when
        if isinstance(event, Said):
            if person.style == "telegram" and event.text.startswith("["):
                _tap(shown, event.text.strip("[]"))
            else:
                shown.append(Bubble(event.text, mine=True))
            continue
        text = ROOM.sub(FIXED_ROOM, event.text)
        segments = event.segments or 0
        shown.append(
            Bubble(
                text,
                mine=False,
                buttons=[c.label for c in event.choices] if person.style == "telegram" else [],
                files=[a.filename for a in event.attachments],
                caption=f"{segments} segment{'s' if segments > 1 else ''}" if segments else "",
            )
        )
    return shown


def _when(moment: datetime, locale: str) -> str:
    pattern = "EEEE d MMMM, HH:mm" if locale.startswith("fr") else "EEEE, MMMM d, h:mm a"
    return format_datetime(moment, pattern, locale=locale)


def _tap(shown: list[Bubble | Divider], label: str) -> None:
    """A tap on Telegram sends no message: the keyboard becomes the option taken."""
    for item in reversed(shown):
        if isinstance(item, Bubble) and label in item.buttons:
            item.buttons = [f"✓ {label}"]
            return


def width(text: str) -> float:
    """How wide ``text`` is drawn, in px."""
    return float(_measure.get_text_width_height_descent(text, FONT, ismath=False)[0])


def wrap(text: str, limit: float) -> list[str]:
    """``text`` in lines no wider than ``limit``, breaking a long link where it must."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if width(candidate) <= limit:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while width(line) > limit:
                cut = max(n for n in range(1, len(line)) if width(line[:n]) <= limit)
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


@dataclass(frozen=True)
class Look:
    """The colours of one kind of phone."""

    background: str
    theirs: str
    theirs_text: str
    mine: str
    mine_text: str
    button: str
    header: str


SMS_LOOK = Look("#ffffff", "#e9e9eb", "#111111", "#0b84ff", "#ffffff", "#000000", "#f6f6f6")
TELEGRAM_LOOK = Look("#c9d8e4", "#ffffff", "#111111", "#e1fec6", "#111111", "#6b8aa3", "#517da2")


def draw(shown: list[Bubble | Divider], person: Person) -> str:
    """The phone screen as SVG."""
    look = TELEGRAM_LOOK if person.style == "telegram" else SMS_LOOK
    body: list[str] = []
    y = 112.0
    for item in shown:
        if isinstance(item, Divider):
            y += 6
            body.append(_text(WIDTH / 2, y + 12, item.text, 12, "#6d6d72", anchor="middle"))
            y += 26
            continue
        lines = wrap(item.text, BUBBLE)
        inner = max([width(line) for line in lines] + [width(f) + 44 for f in item.files])
        w = inner + 2 * PAD
        h = len(lines) * LINE + 2 * PAD - 4 + 44 * len(item.files)
        x = WIDTH - 22 - w if item.mine else 22.0
        fill, ink = (look.mine, look.mine_text) if item.mine else (look.theirs, look.theirs_text)
        body.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
                    f'rx="14" fill="{fill}"/>')  # fmt: skip
        ty = y + PAD + 13
        for line in lines:
            body.append(_text(x + PAD, ty, line, 14, ink))
            ty += LINE
        for name in item.files:
            body.append(f'<circle cx="{x + PAD + 18:.1f}" cy="{ty + 8:.1f}" r="18" '
                        f'fill="#4fa3e0"/>')  # fmt: skip
            body.append(_text(x + PAD + 18, ty + 13, "↓", 16, "#ffffff", anchor="middle"))
            body.append(_text(x + PAD + 44, ty + 13, name, 14, "#3a76a8", bold=True))
            ty += 44
        y += h + 4
        if item.caption:
            body.append(_text(x + 6, y + 11, item.caption, 11, "#8e8e93"))
            y += 16
        for label in item.buttons:
            bw = max(w, 200.0)
            body.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw:.1f}" height="34" rx="10" '
                        f'fill="{look.button}" fill-opacity="0.75"/>')  # fmt: skip
            body.append(_text(x + bw / 2, y + 22, label, 13, "#ffffff", "middle", bold=True))
            y += 38
        y += 8
    height = y + 70
    return _frame(person, look, height, body)


def _frame(person: Person, look: Look, height: float, body: list[str]) -> str:
    """The phone around the conversation: its header, and the box people type in."""
    dark = person.style == "telegram"
    title_ink = "#ffffff" if dark else "#111111"
    sub_ink = "#d6e4f0" if dark else "#6d6d72"
    placeholder = "Message" if dark else "Texto"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0f}" '
        f'viewBox="0 0 {WIDTH} {height:.0f}" font-family="{FONT_FAMILY}">',
        f'<rect width="{WIDTH}" height="{height:.0f}" rx="34" fill="#1c1c1e"/>',
        f'<rect x="12" y="12" width="{SCREEN}" height="{height - 24:.0f}" rx="24" '
        f'fill="{look.background}"/>',
        f'<path d="M12 36 a24 24 0 0 1 24 -24 h{SCREEN - 48} a24 24 0 0 1 24 24 v60 '
        f'h-{SCREEN} z" fill="{look.header}"/>',
        f'<circle cx="52" cy="66" r="20" fill="{"#7fb2de" if dark else "#9aa0a6"}"/>',
        _text(52, 72, person.title[0], 18, "#ffffff", "middle", bold=True),
        _text(82, 62, person.title, 16, title_ink, bold=True),
        _text(82, 81, person.subtitle, 12, sub_ink),
        *body,
        f'<rect x="24" y="{height - 58:.0f}" width="{SCREEN - 24}" height="34" rx="17" '
        f'fill="#ffffff" stroke="#d1d1d6"/>',
        _text(40, height - 36, placeholder, 14, "#a0a0a5"),
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


def _text(
    x: float,
    y: float,
    text: str,
    size: int,
    fill: str,
    anchor: str = "start",
    bold: bool = False,
) -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{fill}" '
        f'text-anchor="{anchor}"{weight} xml:space="preserve">{escape(text)}</text>'
    )


def charts(events: list[Said | Clock | SimMessage]) -> dict[str, bytes]:
    """The referral chart of the coordinator's first ``/stats``, and the ``/chain`` picture."""
    first: dict[str, bytes] = {}
    for event in events:
        if isinstance(event, SimMessage) and event.to == "coord":
            for attachment in event.attachments:
                first.setdefault(attachment.filename, attachment.data)
    return {"stats.png": first["referrals-funnel.png"], "chain.png": first["chain.png"]}


def main() -> int:
    """Play the demo and write the pictures into docs/pictures/."""
    logging.disable(logging.WARNING)  # the demo's own log lines (dropped jobs) are expected
    recorder = Recorder()
    asyncio.run(play_demo(recorder))
    drawn = stretch(recorder.events)
    OUT.mkdir(exist_ok=True)
    for person in (AMINA, BEN):
        svg = draw(screen(drawn, person), person)
        (OUT / f"{person.style}.svg").write_text(svg, encoding="utf-8")
    for name, data in charts(recorder.events).items():
        (OUT / name).write_bytes(data)
    for path in sorted(OUT.iterdir()):
        print(f"wrote {path.relative_to(OUT.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
