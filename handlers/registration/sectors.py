"""The ten broad occupational categories of Canada's National Occupational Classification."""

from __future__ import annotations

from handlers.core.values import Choice, Ref

# NOC 2021 broad categories: the first digit of every NOC code. Stored as the digit.
SECTORS: dict[str, str] = {
    "0": "sector-management",
    "1": "sector-business",
    "2": "sector-sciences",
    "3": "sector-health",
    "4": "sector-education-law-social",
    "5": "sector-arts-culture",
    "6": "sector-sales-service",
    "7": "sector-trades-transport",
    "8": "sector-natural-resources",
    "9": "sector-manufacturing",
}


def sector_choices() -> tuple[Choice, ...]:
    """Offer every sector, in NOC order."""
    return tuple(Choice(id=f"sector:{code}", label=key) for code, key in SECTORS.items())


def sector_ref(code: str | None) -> Ref:
    """Name a stored sector in the recipient's language."""
    return Ref(key=SECTORS.get(code or "", "sector-unknown"))
