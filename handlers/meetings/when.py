"""Days and times as people type them, in English and French, and local times to UTC."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.core.parsing import normalize

WEEKDAYS: dict[str, int] = {
    **dict.fromkeys(("monday", "mon", "lundi", "lun"), 0),
    **dict.fromkeys(("tuesday", "tue", "tues", "mardi", "mar"), 1),
    **dict.fromkeys(("wednesday", "wed", "mercredi", "mer"), 2),
    **dict.fromkeys(("thursday", "thu", "thurs", "jeudi", "jeu"), 3),
    **dict.fromkeys(("friday", "fri", "vendredi", "ven"), 4),
    **dict.fromkeys(("saturday", "sat", "samedi", "sam"), 5),
    **dict.fromkeys(("sunday", "sun", "dimanche", "dim"), 6),
}
RELATIVE: dict[str, int] = {
    "today": 0,
    "aujourdhui": 0,
    "tomorrow": 1,
    "demain": 1,
}
_TIME = re.compile(
    r"(?P<h>\d{1,2})\s*(?:(?::|h|\.)\s*(?P<m>\d{2})?)?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?$",
    re.ASCII,  # \d is 0-9 only: int() refuses some of the digits Unicode \d accepts
)


def parse_time(text: str) -> time | None:
    """Read "14:30", "14h30", "14 h 30", "14h", "2:30pm", "2 p.m."; None if it is no time."""
    match = _TIME.match(normalize(text).replace(" ", ""))
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["m"] or 0)
    ampm = (match["ampm"] or "").replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif match["m"] is None and "h" not in normalize(text):
        return None  # a bare number is not a time
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_day(text: str, today: date, horizon: int) -> tuple[date | None, time | None]:
    """Read a day ("mardi", "tomorrow", "2026-12-15") and maybe a time ("mardi 14h")."""
    words = normalize(text).split(" ", 1)
    first, rest = words[0], words[1] if len(words) > 1 else ""
    day: date | None = None
    if first in WEEKDAYS:
        ahead = (WEEKDAYS[first] - today.weekday()) % 7
        day = today + timedelta(days=ahead)
    elif first in RELATIVE:
        day = today + timedelta(days=RELATIVE[first])
    else:
        try:
            day = date.fromisoformat(first)
        except ValueError:
            return None, None
    if not today <= day < today + timedelta(days=horizon):
        return None, None
    return day, parse_time(rest) if rest else None


def local_moment(day: date, at: time, zone: str) -> datetime:
    """The aware UTC moment of a local day and time (DST-correct through zoneinfo)."""
    return datetime.combine(day, at, tzinfo=ZoneInfo(zone)).astimezone(ZoneInfo("UTC"))


def local_today(now: datetime, zone: str) -> date:
    """Today's date where the person is."""
    return now.astimezone(ZoneInfo(zone)).date()
