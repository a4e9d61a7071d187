"""Helpers that keep personal data and secrets out of logs."""

from __future__ import annotations

from handlers.core.values import Address


def mask(address: Address) -> str:
    """Show a channel address with all but its last four characters hidden."""
    value = address.value
    tail = value[-4:] if len(value) > 4 else ""
    return f"{address.channel}:…{tail}"
