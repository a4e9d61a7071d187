"""The features of one bot, collected: dialogues, actions, commands, menu entries, job kinds."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from handlers.core.context import Ctx, Scope
from handlers.core.engine import Dialogue, Result
from handlers.core.feature import (
    Action,
    Command,
    Decisions,
    Export,
    Feature,
    JobKind,
    MenuItem,
)
from handlers.core.jobs import PERSON_GONE, Job
from handlers.core.values import Language, Participant, Reply, Role
from handlers.core.words import WORD_COMMANDS

# Job kinds several features may react to: each feature's runs, in feature order.
SHARED_JOBS = frozenset({PERSON_GONE})
K = TypeVar("K")
V = TypeVar("V")


class Registry:
    """Looks up what the features declared; built once, from the one list of features. It is
    what handlers see as ``ctx.features`` (the ``Features`` of handlers/core/context.py).

    Construction checks the declarations: each feature builds only on features listed before
    it, ids are unique across features, and at most one feature provides onboarding.
    """

    def __init__(self, features: Sequence[Feature]) -> None:
        self.features = tuple(features)
        seen: set[str] = set()
        for feature in self.features:
            missing = set(feature.builds_on) - seen
            if missing:
                raise ValueError(f"{feature.name} builds on {sorted(missing)}, listed after it")
            if feature.name in seen:
                raise ValueError(f"feature {feature.name} is listed twice")
            seen.add(feature.name)
        self.dialogues: dict[str, Dialogue[Any]] = _unique(
            (d.id, d) for f in self.features for d in f.dialogues
        )
        self.actions: dict[str, Action] = _unique(
            (a.kind, a) for f in self.features for a in f.actions
        )
        self.jobs: dict[str, JobKind] = _jobs(self.features)
        self.menu: tuple[MenuItem, ...] = tuple(
            sorted((m for f in self.features for m in f.menu), key=lambda m: m.order)
        )
        _unique((m.id, m) for m in self.menu)
        self.commands: tuple[Command[Any], ...] = tuple(
            c for f in self.features for c in f.commands
        )
        # A name may be shared by one command for everyone and commands for some roles
        # (``/profile`` shows one's own profile; a coordinator's ``/profile 12`` shows number
        # 12): the restricted ones are tried first, in feature order.
        self._by_name: dict[str, tuple[Command[Any], ...]] = {}
        for c in sorted(self.commands, key=lambda c: c.roles is None):
            for name in set(c.names.values()):
                self._by_name[name] = (*self._by_name.get(name, ()), c)
        for name, named in self._by_name.items():
            sharing = [c for c in named if c.shares_name and c.roles is not None]
            if len(named) > 1 and len(named) - len(sharing) > 1:
                raise ValueError(f"command {name!r} is declared twice")
        self.scans = tuple(scan for f in self.features for scan in f.scans)
        self.readers = tuple(reader for f in self.features for reader in f.readers)
        self.codes = tuple(code for f in self.features for code in f.codes)
        self.decisions: tuple[Decisions, ...] = tuple(
            d for f in self.features for d in f.decisions
        )
        self.numbers = tuple(numbers for f in self.features for numbers in f.numbers)
        self.exports: tuple[Export, ...] = tuple(e for f in self.features for e in f.exports)
        self._exports: dict[str, Export] = _unique(
            (name, e) for e in self.exports for name in set(e.names.values())
        )
        onboarding = [f.onboarding for f in self.features if f.onboarding is not None]
        if len(onboarding) > 1:
            raise ValueError("more than one feature provides onboarding")
        self.onboarding = onboarding[0] if onboarding else None

    def command(self, name: str) -> Command[Any] | None:
        """The command called ``name`` in any language (the first tried, when shared)."""
        named = self._by_name.get(name)
        return named[0] if named else None

    def commands_named(self, name: str) -> tuple[Command[Any], ...]:
        """Every command called ``name`` in any language, those for some roles first."""
        return self._by_name.get(name, ())

    def export(self, name: str) -> Export | None:
        """The export called ``name`` in any language."""
        return self._exports.get(name)

    def commands_for(
        self, language: Language, person: Participant
    ) -> Iterator[tuple[str, Command[Any]]]:
        """The commands ``person`` may run, each under its name in ``language``."""
        for command in self.commands:
            if person.holds(command.roles):
                yield command.names[language], command

    def command_menu(self, language: Language, roles: frozenset[Role]) -> list[tuple[str, str]]:
        """Telegram's command menu: (name, about) for the global words, then for each command.

        Commands for everyone are listed with ``roles`` empty; a role's own menu adds the
        commands that role may run.
        """
        menu = [(word.names[language], word.about) for word in WORD_COMMANDS]
        for command in self.commands:
            named = command.names[language]
            if any(name == named for name, _ in menu):
                continue  # a shared name (``/profile``) is listed once
            if command.roles is None or not command.roles.isdisjoint(roles):
                menu.append((named, command.about))
        return menu

    def anytime(self, choice: str | None) -> bool:
        """Whether ``choice`` names an action that works from notifications, mid-dialogue."""
        action = self.actions.get((choice or "").split(":")[0])
        return action is not None and action.anytime

    async def read(self, ctx: Ctx, text: str) -> str | Reply | None:
        """What free text answers among the open questions of notifications, if anything.

        A choice id wins over a question asked again; None when no feature has a question open.
        """
        again: Reply | None = None
        for reader in self.readers:
            read = await reader(ctx, text)
            if isinstance(read, str):
                return read
            again = again or read
        return again

    async def redeem(self, ctx: Ctx, code: str) -> Result | None:
        """What a code the person brought leads to (the first feature that knows it), if any."""
        for read in self.codes:
            result = await read(ctx, code)
            if result is not None:
                return result
        return None

    async def act(self, ctx: Ctx, choice: str) -> Result | None:
        """Run the action ``choice`` names, if this person's roles allow it; None otherwise."""
        kind, _, rest = choice.partition(":")
        action = self.actions.get(kind)
        if action is None:
            return None
        if not ctx.participant.holds(action.roles):
            # A button this person was never shown (a forged tap): refused, and recorded.
            await ctx.tx.audit(ctx.participant.id, "action-refused", choice[:60])
            return None
        return await action.run(ctx, rest)


def _jobs(features: Iterable[Feature]) -> dict[str, JobKind]:
    """Each job kind and who runs it; a shared kind (a person gone) runs every feature's, in
    feature order."""
    found: dict[str, JobKind] = {}
    for feature in features:
        for job in feature.jobs:
            before = found.get(job.kind)
            if before is not None and job.kind not in SHARED_JOBS:
                raise ValueError(f"{job.kind!r} is declared twice")
            found[job.kind] = job if before is None else _chained(before, job)
    return found


def _chained(first: JobKind, then: JobKind) -> JobKind:
    """One job kind that runs ``first`` and then ``then``; dropped only when both drop it."""

    async def run(scope: Scope, job: Job) -> str | None:
        dropped = await first.run(scope, job)
        more = await then.run(scope, job)
        return dropped if dropped is not None and more is not None else None

    return JobKind(first.kind, run, first.late)


def _unique(pairs: Iterable[tuple[K, V]]) -> dict[K, V]:
    found: dict[K, V] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"{key!r} is declared twice")
        found[key] = value
    return found
