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

# One word per sector, in either language, beside its NOC digit (coordinators' broadcasts
# and searches name sectors with them; folded: no accents).
SECTOR_NAMES = {
    "management": "0", "gestion": "0", "business": "1", "affaires": "1", "finance": "1",
    "sciences": "2", "science": "2", "engineering": "2", "genie": "2", "it": "2",
    "informatique": "2", "health": "3", "sante": "3", "education": "4", "enseignement": "4",
    "law": "4", "droit": "4", "arts": "5", "culture": "5", "sales": "6", "vente": "6",
    "ventes": "6", "trades": "7", "metiers": "7", "transport": "7", "resources": "8",
    "ressources": "8", "farming": "8", "agriculture": "8", "manufacturing": "9",
    "fabrication": "9",
}  # fmt: skip


def sector_choices() -> tuple[Choice, ...]:
    """Offer every sector, in NOC order."""
    return tuple(Choice(id=f"sector:{code}", label=key) for code, key in SECTORS.items())


def sector_ref(code: str | None) -> Ref:
    """Name a stored sector in the recipient's language."""
    return Ref(key=SECTORS.get(code or "", "sector-unknown"))
