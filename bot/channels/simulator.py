"""The simulator channel: personas in a terminal, rendered like SMS or like Telegram."""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal, TextIO

from bot.channels.base import Ready, RenderedMessage, SendResult, last_check, numbered_text
from bot.channels.segments import count_segments
from handlers.core.ports import Clock
from handlers.core.values import Address, Attachment, MenuEntry

Style = Literal["sms", "telegram"]


@dataclass(frozen=True)
class SimMessage:
    """One message delivered to a persona, as that persona sees it."""

    at: datetime
    to: str
    style: Style
    text: str
    choices: tuple[MenuEntry, ...]
    segments: int | None
    attachments: tuple[Attachment, ...]

    def as_json(self, paths: tuple[str, ...] = ()) -> str:
        """One JSON object per line, for scripts and tests (``paths``: where the files went)."""
        record: dict[str, object] = {
            "at": self.at.isoformat(),
            "to": self.to,
            "style": self.style,
            "text": self.text,
            "choices": [{"id": c.id, "label": c.label} for c in self.choices],
        }
        if self.segments is not None:
            record["segments"] = self.segments
        if self.attachments:
            record["attachments"] = [a.filename for a in self.attachments]
        if paths:
            record["files"] = list(paths)
        return json.dumps(record, ensure_ascii=False)

    def as_text(self, paths: tuple[str, ...] = ()) -> str:
        """A readable transcript block (``paths``: where the files went)."""
        detail: str = self.style
        if self.segments is not None:
            detail += f", {self.segments} segment{'s' if self.segments != 1 else ''}"
        lines = [f"  → {self.to} ({detail})"]
        lines += [f"  | {line}" for line in self.text.splitlines()]
        if self.style == "telegram":
            lines += [f"  [{n}: {c.label}]" for n, c in enumerate(self.choices, start=1)]
        shown = paths or tuple(a.filename for a in self.attachments)
        lines += [f"  📎 {path}" for path in shown]
        return "\n".join(lines)


class TranscriptPrinter:
    """Writes delivered messages (and what personas said) as text or JSON lines."""

    def __init__(
        self,
        out: TextIO | None = None,
        *,
        jsonl: bool = False,
        echo: bool = True,
        attachments: Path | None = None,
    ) -> None:
        self._out = out or sys.stdout
        self._jsonl = jsonl
        self.echo = echo
        # Where every file the bot sends is written (calendar files, charts, tables,
        # certificates), numbered in the order they came; None: only their names are shown.
        self._folder = attachments
        self._files = 0

    def said(self, persona: str, what: str) -> None:
        """Echo what a persona sent (text mode, when not typed at the prompt just now)."""
        if self.echo and not self._jsonl:
            print(f"{persona}: {what}", file=self._out, flush=True)

    def note(self, text: str) -> None:
        """Print a simulator note (text mode only)."""
        if not self._jsonl:
            print(f"-- {text}", file=self._out, flush=True)

    def delivered(self, message: SimMessage) -> None:
        """Print one delivered message (and write its files, when a folder was given)."""
        paths = self._write(message)
        shown = message.as_json(paths) if self._jsonl else message.as_text(paths)
        print(shown, file=self._out, flush=True)

    def _write(self, message: SimMessage) -> tuple[str, ...]:
        """Write the message's files into the folder; their paths."""
        if self._folder is None or not message.attachments:
            return ()
        self._folder.mkdir(parents=True, exist_ok=True)
        paths: list[str] = []
        for attachment in message.attachments:
            self._files += 1
            # The persona and the file's own name, after a number that keeps them apart.
            name = Path(attachment.filename).name or "file"
            path = self._folder / f"{self._files:03d}-{message.to}-{name}"
            path.write_bytes(attachment.data)
            paths.append(str(path))
        return tuple(paths)


class SimulatorChannel:
    """Delivers to personas; SMS-style ones get numbered menus and a segment count."""

    name: Literal["sim"] = "sim"
    rate_per_second = 0.0

    def __init__(self, clock: Clock, emit: Callable[[SimMessage], None]) -> None:
        self._clock = clock
        self._emit = emit
        self._styles: dict[str, Style] = {}
        self._choices: dict[str, tuple[MenuEntry, ...]] = {}

    @property
    def styles(self) -> dict[str, Style]:
        """Each declared persona's style."""
        return dict(self._styles)

    def persona(self, name: str, style: Style | None = None) -> Style:
        """Declare a persona (or change its style); return its style."""
        if style is not None:
            self._styles[name] = style
        return self._styles.setdefault(name, "sms")

    def last_choices(self, name: str) -> tuple[MenuEntry, ...]:
        """Return the choices of the last message with choices this persona received."""
        return self._choices.get(name, ())

    def rendering(self, address: Address) -> str:
        """Render SMS-style personas with the SMS wording, others with the Telegram one."""
        return self.persona(address.value)

    async def send(
        self, address: Address, message: RenderedMessage, ready: Ready | None = None
    ) -> SendResult:
        """Show the message to the persona the way its channel would."""
        await last_check(ready)
        style = self.persona(address.value)
        sms = style == "sms"
        text = numbered_text(message) if sms else message.text
        self._emit(
            SimMessage(
                at=self._clock.now(),
                to=address.value,
                style=style,
                text=text,
                choices=message.choices,
                segments=count_segments(text) if sms else None,
                # Files cannot travel by SMS, so SMS-style personas get none, as on a phone.
                attachments=() if sms else message.attachments,
            )
        )
        if message.choices:
            self._choices[address.value] = message.choices
        return SendResult(provider_id=f"sim-{uuid.uuid4().hex[:12]}")
