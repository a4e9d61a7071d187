"""Plain values that cross the seam between channels, handlers and storage."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

Language = Literal["en", "fr"]
LANGUAGES: tuple[Language, ...] = ("en", "fr")
# Every role a person can hold; one person may hold several (stored with who granted each).
Role = Literal["mentee", "connector", "coordinator", "mentor", "agency"]
ROLES: tuple[Role, ...] = ("mentee", "connector", "coordinator", "mentor", "agency")
ChannelName = Literal["telegram", "sms", "sim"]
# "erased": the person had their data deleted; the row stays, anonymous, so totals stay right.
ParticipantStatus = Literal["registering", "active", "consent_refused", "paused", "erased"]
# Where a person stands with the programme's approval (None: approved, or none needed).
Approval = Literal["pending", "rejected"]


class Frozen(BaseModel):
    """Base for immutable values."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class When(Frozen):
    """A moment to show the recipient in their own language and timezone."""

    at: AwareDatetime
    # "year": the date with its year, for spans that cross one (a year's /stats).
    style: Literal["date", "time", "datetime", "day", "short", "year"] = "datetime"
    # Shown in this zone rather than the recipient's (a zone they are choosing right now).
    zone: str | None = None


class Ref(Frozen):
    """An argument that is itself a catalogue message, shown in the recipient's language."""

    key: str


class Languages(Frozen):
    """Spoken languages (codes, or names as typed), shown in the recipient's language."""

    items: tuple[str, ...]


class Zone(Frozen):
    """A time zone (IANA id), named in words in the recipient's language as it is ``on`` a date.

    "Atlantic Standard Time" in December and "Atlantic Daylight Time" in July: the name a person
    reads must be right for that date. Without a moment CLDR's generic name is a guess that
    newer CLDR data gets wrong ("Nigéria (heure avancée)" for Lagos, which has no daylight
    time), so every new value carries one; ``None`` is only for replies stored before.
    """

    # Not ``key``: stored replies are read back by shape, and ``Ref`` has a ``key``.
    zone: str
    # Not ``at``: a zone and a moment would read back as a ``When``.
    on: AwareDatetime | None = None


class Line(Frozen):
    """One line of a list: a catalogue id and its arguments, in the recipient's language."""

    key: str
    # A ``Lines`` inside a line: items joined on it ("Missing: language level, workshop").
    args: dict[str, str | int | When | Ref | Languages | Zone | Lines] = Field(
        default_factory=dict
    )


class Lines(Frozen):
    """Lines shown one under the other in one message (a page of a list), or items of one
    line with another ``separator`` (a person's roles: "Newcomer, Coordinator")."""

    lines: tuple[Line, ...]
    separator: str = "\n"


Line.model_rebuild()


class Segments(Frozen):
    """What a catalogue message with ``text`` costs by SMS in ``language``, in segments.

    The renderer formats ``measure`` (with ``text`` as its ``$text``) for SMS and counts, so a
    preview tells the exact cost of what will be sent, opt-out line included.
    """

    measure: str
    text: str
    language: Language


ArgValue = str | int | When | Ref | Languages | Zone | Lines | Segments


YesNo = Literal["yes", "no"]


class Choice(Frozen):
    """One option offered to a person: a stable id and the catalogue id of its label.

    ``means`` marks the option a plain yes (or no) picks: "oui merci" answers "Yes, I'll be
    there" as well as a "Yes" button.
    """

    id: str
    label: str
    args: dict[str, ArgValue] = Field(default_factory=dict)
    means: YesNo | None = None


class Attachment(Frozen):
    """A file sent with a reply (calendar invitations, exports)."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", ser_json_bytes="base64", val_json_bytes="base64"
    )

    filename: str
    media_type: str
    data: bytes


class CalendarEvent(Frozen):
    """A meeting for people's calendars, rendered as an .ics file where the channel allows."""

    uid: str
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    title: str  # catalogue id
    args: dict[str, ArgValue] = Field(default_factory=dict)
    location: str | None = None
    cancelled: bool = False


class TreeNode(Frozen):
    """One node of a tree picture: how deep it sits, what it says, and how it went."""

    depth: int
    label: str  # names people typed: drawn as they are
    when: date | None = None
    # met | waiting | ended: the node's colour; ``star`` marks a node credited with a job.
    status: Literal["met", "waiting", "ended"] = "waiting"
    star: bool = False


class TreePicture(Frozen):
    """A tree drawn as an image where the channel can show one (the referral chain).

    Nodes come in order, each under the last node one level up. ``title`` is a catalogue id.
    """

    title: str
    args: dict[str, ArgValue] = Field(default_factory=dict)
    nodes: tuple[TreeNode, ...] = ()


class Bar(Frozen):
    """One bar of a chart: its label (a catalogue id with arguments) and its value."""

    label: str
    args: dict[str, ArgValue] = Field(default_factory=dict)
    value: int


class Chart(Frozen):
    """A chart for coordinators, drawn as a PNG where the channel takes files (Telegram).

    ``kind`` "bars" draws one bar per label in order (meetings per week); "funnel" draws the
    bars as the stages of one flow, each with its share of the first.
    """

    kind: Literal["bars", "funnel"]
    title: str  # catalogue id
    args: dict[str, ArgValue] = Field(default_factory=dict)
    bars: tuple[Bar, ...]
    filename: str


class Certificate(Frozen):
    """A certificate of completion (or a letter of participation), drawn as a PDF where the
    channel takes files (Telegram).

    The recipient's language picks the wording and the programme's name; SMS cannot carry it
    (its text then says how to get it: a private link, or from the coordinator).
    """

    name: str
    programme_en: str
    programme_fr: str
    start: date
    end: date
    hours: float
    signatory: str = ""
    organisation: str = ""
    filename: str = "certificate.pdf"
    # A mentorship that ended before its weeks or hours were met earns a letter of
    # participation instead, with the weeks it lasted.
    completed: bool = True
    weeks: int = 0


Cell = str | int | None


class Table(Frozen):
    """Rows for a CSV document, column headers as catalogue ids (rendered in the language)."""

    filename: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


class Reply(Frozen):
    """One outgoing message: a catalogue id with arguments, optional choices and files."""

    key: str
    args: dict[str, ArgValue] = Field(default_factory=dict)
    choices: tuple[Choice, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    calendar: CalendarEvent | None = None
    picture: TreePicture | None = None
    # Charts (PNG) and a table (CSV), rendered by the channel layer where files travel.
    charts: tuple[Chart, ...] = ()
    table: Table | None = None
    # A certificate of completion (PDF), likewise rendered where files travel.
    certificate: Certificate | None = None
    # After this moment the message is no longer worth sending (a reminder once its meeting
    # has started); the outbox retries until then, then gives up and tells the coordinators.
    useful_until: AwareDatetime | None = None
    # The recipient's roles changed (a coordinator granted or took one away): channels with a
    # command menu (Telegram) set theirs again for these roles when this message is sent.
    command_roles: frozenset[Role] | None = None
    # Sent unasked (news about someone else, a scheduled message), not in answer to what the
    # person just wrote: by SMS, one without options leaves the last numbered list in place,
    # so "1" still answers the reminder before it. Set by the outbox (``enqueue_to``).
    notice: bool = False


class Address(Frozen):
    """Where a participant is reached: a channel and the id that channel uses."""

    channel: ChannelName
    value: str

    def __str__(self) -> str:
        return f"{self.channel}:{self.value}"

    @classmethod
    def parse(cls, text: str) -> Address:
        """Parse ``channel:value`` (for example ``sms:+16135550100``)."""
        channel, sep, value = text.strip().partition(":")
        if not sep or not value.strip():
            raise ValueError(f"expected channel:value, got {text!r}")
        if channel not in ("telegram", "sms", "sim"):
            raise ValueError(f"unknown channel {channel!r}")
        return cls(channel=channel, value=value.strip())


class Inbound(Frozen):
    """One message a person sent: free text, or the id of a choice they picked."""

    address: Address
    external_id: str
    received_at: AwareDatetime
    text: str | None = None
    choice: str | None = None
    start_payload: str | None = None
    # A phone number the person shared about themselves (Telegram's contact button).
    shared_phone: str | None = None
    # Something the bot cannot read (a sticker, photo, voice note, location, file).
    unsupported: bool = False
    # The keyboard a tapped choice came from (Telegram); None where menus are numbered.
    menu_token: str | None = None
    # Whether STOP, START and HELP are carrier keywords here (SMS).
    carrier_keywords: bool = False

    @field_validator("text", "choice", "start_payload", "shared_phone", "menu_token")
    @classmethod
    def _no_nul(cls, value: str | None) -> str | None:
        """NUL characters mean nothing in a message, and PostgreSQL text cannot hold them."""
        return value.replace("\x00", "") if value is not None else None


MenuTokenState = Literal["fresh", "used", "stale"]
AddressStatus = Literal["ok", "unreachable", "opted_out"]


class MenuEntry(Frozen):
    """One numbered option as it was last rendered to a person on a numbered channel."""

    id: str
    label: str
    means: YesNo | None = None


class Participant(Frozen):
    """A registered (or registering) person as the handlers see them."""

    id: int
    # The role chosen at registration (shown in the profile); ``roles`` is every role held.
    role: Role | None
    language: Language
    timezone: str
    status: ParticipantStatus
    name: str | None = None
    profession: str | None = None
    sector: str | None = None
    city: str | None = None
    languages_spoken: tuple[str, ...] = ()
    referral_code: str | None = None
    consent_at: datetime | None = None
    requests_paused: bool = False
    roles: frozenset[Role] = frozenset()
    approval: Approval | None = None

    def holds(self, roles: frozenset[Role] | None) -> bool:
        """Whether the person holds one of ``roles`` (None: anyone)."""
        return roles is None or not roles.isdisjoint(self.roles)


def display_name(person: Participant) -> str | Ref:
    """The person's name, or "a former participant" once their data was erased."""
    if person.status == "erased":
        return Ref(key="privacy-former-participant")
    return person.name or ""
