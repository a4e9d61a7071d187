"""What a feature declares: its dialogues, actions, commands, menu entries and job kinds.

A feature is a package under ``handlers/`` that exports one ``Feature``. The core collects the
features it is given (the list lives in ``handlers/features.py``) and names none of them: routing,
menus, Telegram's command menus and the due-scan all read these declarations.

Everything a feature declares is imported from here. ``Command``, ``MenuItem``, ``Export``,
``Decisions`` and ``Numbers`` are defined in context.py, next to ``Ctx``: handlers look them up
through ``ctx.features``, and each is called with a ``Ctx`` in turn.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from handlers.core.context import EXPORT_ROWS as EXPORT_ROWS
from handlers.core.context import Command as Command
from handlers.core.context import Ctx, Scope
from handlers.core.context import Decisions as Decisions
from handlers.core.context import Export as Export
from handlers.core.context import ExportRequest as ExportRequest
from handlers.core.context import MenuItem as MenuItem
from handlers.core.context import Numbers as Numbers
from handlers.core.context import always as always
from handlers.core.context import no_argument as no_argument
from handlers.core.engine import Dialogue
from handlers.core.jobs import Job
from handlers.core.results import Result
from handlers.core.values import Reply, Role


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
