"""Programmes are configuration: the Connector programme and the longer mentorships.

A TOML file (``CONNECTOR_PROGRAMMES_FILE``; the built-in ``programmes.toml`` next to this module
when unset) lists the programmes: names in both languages, kind, open or employer-hosted access,
duration, meeting cadence, region, and which eligibility questions mentees and mentors answer.
It is read once at start-up and validated with pydantic; a mistake stops the bot with one line
that names the file, the programme and the field.

The models live in the core because every feature reads them from ``HandlerConfig`` (meetings
for the cadence, mentorship for eligibility); the questions themselves belong to mentorship.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, model_validator

from handlers.core.values import Frozen, Language

DEFAULT_FILE = Path(__file__).with_name("programmes.toml")

ProgrammeKind = Literal["connector", "mentorship"]
Access = Literal["open", "employer"]
# Eligibility questions, by the stable ids the programmes file names (handlers/mentorship/intake).
MenteeQuestion = Literal["status", "education", "clb", "region", "workshop", "objective", "resume"]
MentorQuestion = Literal[
    "years", "profession", "networks", "languages", "employer", "commitment"
]  # fmt: skip


class ProgrammesError(Exception):
    """The programmes file cannot be used, described in one line."""


class Names(Frozen):
    """A name in both languages."""

    en: str = Field(min_length=1, max_length=60)
    fr: str = Field(min_length=1, max_length=60)

    def __call__(self, language: Language) -> str:
        """The name in ``language``."""
        return self.en if language == "en" else self.fr


class Cadence(Frozen):
    """How often the pair meets, for how long at least, and the hours aimed for in all."""

    every: Literal["week", "two-weeks", "month", "once"] = "week"
    min_minutes: int = Field(default=60, ge=10, le=480)
    target_hours: float | None = Field(default=None, gt=0, le=500)


class Eligibility(Frozen):
    """The questions mentees and mentors answer, and the thresholds they are read against."""

    mentee: tuple[MenteeQuestion, ...] = ()
    mentor: tuple[MentorQuestion, ...] = ()
    # Canadian Language Benchmark (NCLC in French) a mentee needs, 1 to 12.
    min_clb: int = Field(default=5, ge=1, le=12)
    # Years of work experience in the region a mentor needs.
    min_years: int = Field(default=2, ge=0, le=40)


class Programme(Frozen):
    """One programme as the file describes it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]{1,23}$")
    name: Names
    kind: ProgrammeKind
    access: Access = "open"
    employer: str | None = Field(default=None, min_length=2, max_length=60)
    # None: ongoing (the Connector programme has no end).
    duration_weeks: int | None = Field(default=None, ge=1, le=104)
    cadence: Cadence = Cadence()
    region: Names
    eligibility: Eligibility = Eligibility()
    # How many mentees one mentor takes at a time (matching leaves out a mentor who is full).
    capacity: int = Field(default=2, ge=1, le=20)
    # A meeting of a staff member with both sides once they said yes, before their agreement
    # (the Ottawa model); a coordinator records it with /introduced and the agreement opens.
    introduction: bool = False

    @property
    def weeks(self) -> int:
        """How long a mentorship lasts, in weeks (one for an ongoing programme)."""
        return self.duration_weeks or 1

    @property
    def target_minutes(self) -> int:
        """The meeting time aimed for over the whole mentorship.

        The file's ``target_hours`` when it gives one; otherwise one meeting of the minimum
        length per cadence period over the programme's weeks.
        """
        if self.cadence.target_hours is not None:
            return round(self.cadence.target_hours * 60)
        per_period = {"week": 1, "two-weeks": 2, "month": 4, "once": self.weeks}
        meetings = max(self.weeks // per_period[self.cadence.every], 1)
        return meetings * self.cadence.min_minutes

    @model_validator(mode="after")
    def _employer_named(self) -> Programme:
        if self.access == "employer" and self.employer is None:
            raise ValueError('access = "employer" needs employer = "<the employer\'s name>"')
        if self.access == "open" and self.employer is not None:
            raise ValueError('employer is only for access = "employer"')
        if self.kind == "mentorship" and self.duration_weeks is None:
            raise ValueError("a mentorship programme needs duration_weeks")
        return self


class Programmes(Frozen):
    """Every programme the bot runs, in the file's order."""

    programme: tuple[Programme, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Programmes:
        ids = [p.id for p in self.programme]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"programme id {twice[0]!r} is used twice")
        return self

    def get(self, programme_id: str) -> Programme | None:
        """The programme called ``programme_id``, if there is one."""
        return next((p for p in self.programme if p.id == programme_id), None)

    def of_kind(self, kind: ProgrammeKind) -> tuple[Programme, ...]:
        """The programmes of one kind, in the file's order."""
        return tuple(p for p in self.programme if p.kind == kind)


def parse_programmes(text: str, source: str = "programmes file") -> Programmes:
    """Validate the TOML ``text``; raise ``ProgrammesError`` naming ``source`` and the field."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProgrammesError(f"{source}: not valid TOML ({error})") from None
    try:
        return Programmes.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = _where(first["loc"], data)
        message = str(first["msg"]).removeprefix("Value error, ")
        raise ProgrammesError(f"{source}: {where}{message}") from None


def load_programmes(path: str | Path | None = None) -> Programmes:
    """Read and validate the programmes file at ``path`` (the built-in one when None)."""
    file = Path(path) if path else DEFAULT_FILE
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as error:
        raise ProgrammesError(f"{file}: cannot be read ({error.strerror})") from None
    return parse_programmes(text, file.name)


def _where(loc: tuple[int | str, ...], data: dict[str, object]) -> str:
    """``programme 2 (career): cadence.min_minutes: `` from a pydantic error location."""
    if len(loc) >= 2 and loc[0] == "programme" and isinstance(loc[1], int):
        listed = data.get("programme")
        entry = listed[loc[1]] if isinstance(listed, list) and loc[1] < len(listed) else {}
        named = entry.get("id") if isinstance(entry, dict) else None
        head = f"programme {loc[1] + 1}" + (f" ({named})" if isinstance(named, str) else "")
        rest = ".".join(str(part) for part in loc[2:])
        return f"{head}: {rest}: " if rest else f"{head}: "
    dotted = ".".join(str(part) for part in loc)
    return f"{dotted}: " if dotted else ""
