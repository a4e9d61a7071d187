"""Safeguards on coordinators' commands: asking before destructive ones, a PIN by SMS.

The commands themselves say which need it (``Command.confirm`` and ``Command.secure``, in
their own features); this feature asks (confirm.py) and keeps the PINs (pin.py).
"""

from __future__ import annotations

from handlers.core.feature import Command, Feature
from handlers.core.values import Role
from handlers.safeguards.confirm import CONFIRM
from handlers.safeguards.pin import parse_pin, set_pin

COORDINATORS: frozenset[Role] = frozenset({"coordinator"})

FEATURE = Feature(
    name="safeguards",
    package=__name__,
    builds_on=("coordination",),
    dialogues=(CONFIRM,),
    commands=(
        Command(names={"en": "pin", "fr": "nip"}, about="safeguards-command-pin",
                run=set_pin, parse=parse_pin, usage="safeguards-usage-pin", roles=COORDINATORS),
    ),
)  # fmt: skip
