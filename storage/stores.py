"""Which storage class implements each feature's store protocol.

A feature declares its store protocol and a ``StoreKey`` next to its code; the storage module of
the same name (``storage/meetings.py`` for ``handlers/meetings``) exports ``BINDINGS``, found here
by that name, so adding a feature adds no line to this file.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.feature import Feature
from handlers.core.ports import Clock, StoreKey

T = TypeVar("T")


@dataclass(frozen=True)
class Binding(Generic[T]):
    """A store key and the class that implements its protocol on one connection."""

    key: StoreKey[T]
    factory: Callable[[AsyncConnection, Clock], T]


def bind(key: StoreKey[T], factory: Callable[[AsyncConnection, Clock], T]) -> Binding[T]:
    """Bind ``key`` to ``factory`` (mypy checks that it implements the key's protocol)."""
    return Binding(key, factory)


Bindings = Mapping[str, Binding[Any]]


def bindings_for(features: Iterable[Feature]) -> dict[str, Binding[Any]]:
    """Collect the ``BINDINGS`` of each feature's storage module, where it has one."""
    found: dict[str, Binding[Any]] = {}
    for feature in features:
        name = f"storage.{feature.name}"
        if importlib.util.find_spec(name) is None:
            continue
        for binding in getattr(importlib.import_module(name), "BINDINGS", ()):
            found[binding.key.name] = binding
    return found
