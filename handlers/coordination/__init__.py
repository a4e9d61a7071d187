"""Coordination: what programme staff run from the chat."""

from __future__ import annotations

from handlers.coordination.stats import show_numbers
from handlers.core.feature import Command, Feature, MenuItem
from handlers.core.values import Role

COORDINATORS: frozenset[Role] = frozenset({"coordinator"})

FEATURE = Feature(
    name="coordination",
    menu=(
        MenuItem(id="coord:stats", label="menu-choice-stats", order=0, run=show_numbers,
                 roles=COORDINATORS),
    ),
    commands=(
        Command(names={"en": "stats", "fr": "stats"}, about="telegram-command-stats",
                run=show_numbers, roles=COORDINATORS),
    ),
)  # fmt: skip
