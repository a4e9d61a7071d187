"""Timezone choices: the programme's zone first, then Canada's other zones."""

from __future__ import annotations

from handlers.values import Choice, Ref

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


def timezone_ref(zone: str) -> Ref | str:
    """Name a zone in the recipient's language when it is a Canadian one, else its IANA id."""
    key = CANADIAN_ZONES.get(zone)
    return Ref(key=key) if key is not None else zone


def timezone_choices(default: str) -> tuple[Choice, ...]:
    """Offer ``default`` first, then the other Canadian zones."""
    default_choice = Choice(
        id=f"tz:{default}",
        label="timezone-other" if default not in CANADIAN_ZONES else CANADIAN_ZONES[default],
        args={"zone": default},
    )
    others = tuple(
        Choice(id=f"tz:{zone}", label=key) for zone, key in CANADIAN_ZONES.items() if zone != default
    )
    return (default_choice, *others)
