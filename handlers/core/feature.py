"""What a feature declares: its dialogues, actions, commands, menu entries and job kinds.

A feature is a package under ``handlers/`` that exports one ``Feature``. The core collects the
features it is given (the list lives in ``handlers/features.py``) and names none of them: routing,
menus, Telegram's command menus and the due-scan all read these declarations.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from handlers.core.engine import Dialogue, Invalid, Result
from handlers.core.jobs import Job
from handlers.core.period import Period
from handlers.core.values import ChannelName, Language, Reply, Role, Table

if TYPE_CHECKING:
    from handlers.core.context import Ctx, Scope

T = TypeVar("T")


@dataclass(frozen=True)
class Action:
    """Choices of one kind (``accept:12``): the part after the colon goes to ``run``.

    ``run`` returns None when the choice names nothing this person may act on. ``anytime``
    actions come with notifications, so they work in the middle of another dialogue too.
    """

    kind: str
    run: Callable[[Ctx, str], Awaitable[Result | None]]
    roles: frozenset[Role] | None = None
    anytime: bool = False


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
    channels: frozenset[ChannelName] | None = None  # None: every channel


@dataclass(frozen=True)
class Late:
    """A job kind's late policy: drop the job once it is this late (``inclusive``: at once)."""

    after: timedelta
    reason: str
    inclusive: bool = False

    def too_late(self, job: Job, now: datetime) -> bool:
        """Whether ``job`` is now too late to be of use."""
        late = now - job.due_at
        return late >= self.after if self.inclusive else late > self.after


@dataclass(frozen=True)
class JobKind:
    """One kind of scheduled job and who runs it.

    ``run`` returns None when it ran, or why it was dropped. ``late`` None: run however late.
    """

    kind: str
    run: Callable[[Scope, Job], Awaitable[str | None]]
    late: Late | None = None


# A feature's lines in the coordinators' /stats: messages (each one fits two SMS segments)
# about ``period``, each figure with its value for ``period.previous()`` beside it. Charts go
# in the messages' ``charts``.
Numbers = Callable[["Ctx", Period], Awaitable[list[Reply]]]


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


@dataclass(frozen=True)
class Feature:
    """Everything one feature adds to the bot, in one place."""

    name: str
    builds_on: tuple[str, ...] = ()
    # The package that declares the feature (its ``__name__``). Its store is in the storage
    # module that mirrors it (handlers.meetings: storage.meetings; handlers.mentorship.weeks:
    # storage.mentorship.weeks), whatever the feature's name. None for a feature outside
    # handlers/ (a test's): it has no storage module.
    package: str | None = None
    dialogues: tuple[Dialogue[Any], ...] = ()
    actions: tuple[Action, ...] = ()
    commands: tuple[Command[Any], ...] = ()
    menu: tuple[MenuItem, ...] = ()
    jobs: tuple[JobKind, ...] = ()
    # Periodic work the due-scan runs before claiming jobs (digest rows, stalled newcomers).
    scans: tuple[Callable[[Scope], Awaitable[None]], ...] = ()
    # Free text nothing else understood, read as the answer to a question a notification
    # asked ("oui merci" to "Did you meet?"): the choice id it means, the question asked again
    # when it cannot be read, or None when no such question is open. Someone not registered
    # is read too (an invitation's "Non merci"), and only a choice id counts for them.
    readers: tuple[Callable[[Ctx, str], Awaitable[str | Reply | None]], ...] = ()
    # Lines of the coordinators' /stats report and tables of /export (see ``Numbers``).
    numbers: tuple[Numbers, ...] = ()
    exports: tuple[Export, ...] = ()
    # A code a person brings (a Telegram deep link, or JOIN and the code by SMS), read at the
    # end of registration or later: what it leads to, or None when the code is not this
    # feature's (the referral chain's invitations are read from the profile instead).
    codes: tuple[Callable[[Ctx, str], Awaitable[Result | None]], ...] = ()
    decisions: tuple[Decisions, ...] = ()
    # What a person who is not registered yet meets first (one feature provides it).
    onboarding: Callable[[Ctx, str | None], Awaitable[Result]] | None = None
