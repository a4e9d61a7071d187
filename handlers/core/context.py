"""What a handler knows while it answers one inbound message, and what it can look up.

``Ctx`` carries the transaction, the clock, the settings, the person, and ``features``: what
the bot's features declared, as far as a handler may ask for it (``Features``, implemented by
``registry.Registry``). The declarations a handler finds there (commands, menu entries,
exports, coordinators' decisions and numbers) are defined here as well, because each of them
is in turn called with a ``Ctx``: types that refer to each other live in one module, so that
handlers/core imports without a circle (tests/test_architecture.py checks it). Features import
them from ``handlers.core.feature``, with the rest of what a feature declares.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from handlers.core.config import HandlerConfig, reads_sms
from handlers.core.jobs import Job
from handlers.core.period import Period
from handlers.core.ports import Clock, Frame, ProfileUpdate, Transaction
from handlers.core.results import Invalid, Result
from handlers.core.values import Address, ChannelName, Language, Participant, Reply, Role, Table

T = TypeVar("T")


@dataclass(frozen=True)
class Scope:
    """What scheduled work sees: the transaction, clock, settings and the features."""

    tx: Transaction
    clock: Clock
    config: HandlerConfig
    features: Features

    async def acting_for(self, person: Participant) -> Ctx | None:
        """A context acting for ``person`` (None when they cannot be reached)."""
        address = await self.tx.reach(person.id)
        if address is None:
            return None
        ctx = Ctx(self.tx, self.clock, self.config, address, person, self.features,
                  by_sms=reads_sms(self.config, address))  # fmt: skip
        return await ctx.refresh_menu()


async def gone_person(scope: Scope, job: Job) -> Participant | str:
    """The person a ``person_gone`` job is about (``jobs.PERSON_GONE``), or why there is
    nothing to do: every feature that reacts checks the same, that they still cannot be
    reached."""
    if job.subject is None:
        return "no subject"
    if await scope.tx.reach(job.subject.id) is not None:
        return "reachable again"
    return await scope.tx.participant(job.subject.id)


@dataclass
class Ctx:
    """The transaction, clock, settings, features and person for one inbound message."""

    tx: Transaction
    clock: Clock
    config: HandlerConfig
    address: Address
    participant: Participant
    features: Features
    # The person reads by SMS (a real number, or an SMS-style persona in the simulator): short
    # pages, numbered choices, and no files.
    by_sms: bool = False
    # The stateful menu entries (``MenuItem.shown``) the person's state offers now; the others
    # are left out, whatever the roles (which may change while the message is answered: a
    # registration that ends shows the menu).
    stateful: frozenset[str] = frozenset()
    # The dialogue the person was in when the message came (None: none), for readers of text
    # that must not take an answer meant for it ("1 9" to a week's topics is no new answer
    # to that week).
    frame: Frame | None = None

    async def refresh_menu(self) -> Ctx:
        """Decide which stateful menu entries this person is offered; return the context."""
        self.stateful = frozenset(
            [item.id for item in self.features.menu if item.shown and await item.shown(self)]
        )
        return self

    def offers(self, item: MenuItem) -> bool:
        """Whether the person's state lets ``item`` into the menu (roles are checked apart)."""
        return item.shown is None or item.id in self.stateful

    async def update(self, update: ProfileUpdate) -> Participant:
        """Store ``update`` and keep this context's view of the participant current."""
        self.participant = await self.tx.update_participant(self.participant.id, update)
        return self.participant


class Features(Protocol):
    """What a handler may ask of the bot's features while it answers (``Registry`` is one)."""

    @property
    def menu(self) -> tuple[MenuItem, ...]:
        """Every feature's main-menu entries, in menu order."""
        ...

    @property
    def decisions(self) -> tuple[Decisions, ...]:
        """The features' own cases in the coordinators' /pending, /approve and /reject."""
        ...

    @property
    def numbers(self) -> tuple[Numbers, ...]:
        """The features' lines in the coordinators' /stats."""
        ...

    def commands_named(self, name: str) -> tuple[Command[Any], ...]:
        """Every command called ``name`` in any language, those for some roles first."""
        ...

    def commands_for(
        self, language: Language, person: Participant
    ) -> Iterator[tuple[str, Command[Any]]]:
        """The commands ``person`` may run, each under its name in ``language``."""
        ...

    def export(self, name: str) -> Export | None:
        """The export called ``name`` in any language."""
        ...

    async def redeem(self, ctx: Ctx, code: str) -> Result | None:
        """What a code the person brought leads to (the first feature that knows it), if any."""
        ...

    async def act(self, ctx: Ctx, choice: str) -> Result | None:
        """Run the action ``choice`` names, if this person's roles allow it; None otherwise."""
        ...


def no_argument(text: str) -> str | Invalid:
    """The parser of a command that takes no argument: whatever follows is ignored."""
    return text


@dataclass(frozen=True)
class Command(Generic[T]):
    """A command with a name per language, the roles allowed and a typed argument parser.

    On Telegram it is typed ``/name args``; on SMS the same word without the slash. Names must
    never be carrier keywords (STOP, HELP, ...), which a test checks.
    """

    names: Mapping[Language, str]
    about: str  # catalogue id of the one-line description (Telegram's command menu, /help)
    run: Callable[[Ctx, T], Awaitable[Result]]
    parse: Callable[[str], T | Invalid] = no_argument  # type: ignore[assignment]
    usage: str | None = None  # catalogue id shown when the argument does not parse
    roles: frozenset[Role] | None = None  # None: anyone registered
    # A command for some roles may share its names with one for everyone, declared so here
    # (a coordinator's ``/profile 12``); it is tried first, and the other when it refuses.
    shares_name: bool = False
    # Destructive or wide-reaching: asked "go ahead?" first, given the parsed argument (an
    # export only with contacts). ``secure``: by SMS, the coordinator's PIN first as well
    # (caller id can be forged); set for a command that confirms itself (a broadcast's
    # preview). See handlers/safeguards.
    confirm: Callable[[Any], bool] | None = None
    secure: bool = False
    # Read even in the middle of a question, when this says the parsed argument is meant as
    # the command (``WRITE 12 ...`` naming one of the person's meetings), not as the answer.
    anytime: Callable[[Ctx, Any], Awaitable[bool]] | None = None


def always(argument: object) -> bool:
    """Ask before every run of the command (``Command.confirm``)."""
    return True


@dataclass(frozen=True)
class MenuItem:
    """One entry of the main menu: shown to the roles named, run when chosen."""

    id: str  # the choice id, "menu:find"
    label: str
    order: int  # position in the menu, smallest first
    run: Callable[[Ctx], Awaitable[Result]]
    roles: frozenset[Role] | None = None  # None: everyone
    # The renderings shown it, "sms" or "telegram" (a simulator persona reads as one of them).
    channels: frozenset[ChannelName] | None = None  # None: every channel
    # Shown only when this says so, for what depends on the person's state (My mentorship
    # only once there is one). Asked once per message, in ``Ctx.refresh_menu``.
    shown: Callable[[Ctx], Awaitable[bool]] | None = None


# A feature's lines in the coordinators' /stats: messages (each one fits two SMS segments)
# about ``period``, each figure with its value for ``period.previous()`` beside it. Charts go
# in the messages' ``charts``.
Numbers = Callable[[Ctx, Period], Awaitable[list[Reply]]]


@dataclass(frozen=True)
class ExportRequest:
    """What a coordinator asked to export: the period, and whether with contact details."""

    period: Period
    contacts: bool = False


# Rows in one exported document; a programme larger than this exports a period at a time.
EXPORT_ROWS = 5000


@dataclass(frozen=True)
class Export:
    """A table coordinators can export as CSV (``/export meetings month``).

    ``run`` returns the rows of the request's period; contact details only when asked.
    """

    names: Mapping[Language, str]
    run: Callable[[Ctx, ExportRequest], Awaitable[Table]]
    contacts: bool = False  # whether the table has contact details to leave out or add


@dataclass(frozen=True)
class Decisions:
    """A feature's own cases in the coordinators' /pending, /approve and /reject.

    Besides people waiting after registration, a feature may hold cases of its own (programme
    intake). ``pending`` returns the first page of them (nothing when there are none);
    ``approve`` and ``reject`` return None when the person has no case there.
    """

    pending: Callable[[Ctx], Awaitable[Result]]
    approve: Callable[[Ctx, int], Awaitable[Result | None]]
    reject: Callable[[Ctx, int, str], Awaitable[Result | None]]
