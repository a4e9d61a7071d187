"""Timezone choices: the programme's zone first, then Canada's other zones."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from babel.core import get_global

from handlers.core.parsing import normalize
from handlers.core.values import Choice, Ref, Zone
from handlers.registration.cities import city_zone

# Canada's zones from east to west, each with its catalogue label.
CANADIAN_ZONES: dict[str, str] = {
    "America/St_Johns": "timezone-newfoundland",
    "America/Halifax": "timezone-atlantic",
    "America/Toronto": "timezone-eastern",
    "America/Winnipeg": "timezone-central",
    "America/Regina": "timezone-saskatchewan",
    "America/Edmonton": "timezone-mountain",
    "America/Vancouver": "timezone-pacific",
}


def timezone_ref(zone: str, at: datetime) -> Ref | Zone:
    """Name a zone in words: Canada's by their label, others by CLDR's name for it at ``at``."""
    key = CANADIAN_ZONES.get(zone)
    return Ref(key=key) if key is not None else Zone(zone=zone, on=at)


def timezone_choices(default: str, at: datetime) -> tuple[Choice, ...]:
    """Offer ``default`` first, then the other Canadian zones."""
    default_choice = Choice(
        id=f"tz:{default}",
        label=CANADIAN_ZONES.get(default, "timezone-other"),
        args={"zone": Zone(zone=default, on=at)},
    )
    others = tuple(
        Choice(id=f"tz:{zone}", label=key)
        for zone, key in CANADIAN_ZONES.items()
        if zone != default
    )
    return (default_choice, *others)


def canonical_zone(key: str) -> str:
    """Follow CLDR's aliases from legacy zone names ("America/Montreal" -> "America/Toronto")."""
    aliases: Mapping[str, str] = get_global("zone_aliases")
    return aliases.get(key, key)


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, str]:
    """Index IANA zones by their city part ("montreal" -> "America/Toronto")."""
    index: dict[str, str] = {}
    for key in sorted(available_timezones()):
        if "/" in key and not key.startswith(("Etc/", "SystemV/", "US/", "Canada/")):
            city = normalize(key.rsplit("/", 1)[1].replace("_", " "))
            index.setdefault(city, canonical_zone(key))
    return index


def parse_timezone(text: str) -> str | None:
    """Accept an IANA name ("America/Halifax") or a city that names a zone ("Halifax")."""
    candidate = text.strip()
    if "/" in candidate:
        try:
            return canonical_zone(ZoneInfo(candidate).key)
        except (ZoneInfoNotFoundError, ValueError):
            return None
    found = city_zone(candidate)
    if found is not None:
        return canonical_zone(found)
    return _zones_by_city().get(normalize(candidate))
