"""What handlers give back: replies and dialogues to open (``Result``), or, from a parser, the
hint of a refused answer (``Invalid``).

Plain values that know nothing of contexts or features, so every module of handlers/core can
use them (the dialogue engine, commands' parsers, reporting periods); features import them
from ``handlers.core.engine``, with the rest of the dialogue vocabulary.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel

from handlers.core.values import ArgValue, Reply


@dataclass(frozen=True)
class Open:
    """A handler's wish to open a dialogue on top of the current one, returned as a value."""

    dialogue: str
    answers: BaseModel | None = None


# What handlers and a dialogue's ``finish`` return: messages, and possibly a dialogue to open.
Result = Sequence[Reply | Open]


@dataclass(frozen=True)
class Invalid:
    """A refused answer: the catalogue id of a hint that says what is expected."""

    hint: str
    args: Mapping[str, ArgValue] = field(default_factory=dict)
