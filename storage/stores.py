"""Which storage class implements each feature's store protocol.

A feature declares its store protocol and a ``StoreKey`` next to its code; the storage module that
mirrors its package (``storage/meetings.py`` for ``handlers/meetings``,
``storage/mentorship/weeks.py`` for ``handlers/mentorship/weeks``) exports ``BINDINGS``, found
here from the feature's ``package``, so adding a feature adds no line to this file.
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


def storage_module(feature: Feature) -> str | None:
    """The storage module that mirrors the feature's package, when it is under handlers/."""
    if feature.package is None or not feature.package.startswith("handlers."):
        return None
    return "storage." + feature.package.removeprefix("handlers.")


def bindings_for(features: Iterable[Feature]) -> dict[str, Binding[Any]]:
    """Collect the ``BINDINGS`` of each feature's storage module, where it has one."""
    found: dict[str, Binding[Any]] = {}
    for feature in features:
        name = storage_module(feature)
        if name is None or not _exists(name):
            continue
        for binding in getattr(importlib.import_module(name), "BINDINGS", ()):
            found[binding.key.name] = binding
    return found


def _exists(name: str) -> bool:
    """Whether module ``name`` exists; False too when a package above it does not (a feature
    grouped under handlers/ with no storage folder of its group yet)."""
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError as error:
        if error.name is not None and name.startswith(error.name + "."):
            return False
        raise
