"""Past days as people type them in English and French: "today", "hier", "15 août", "3/11".

Events and interviews are logged after they happen, so a day without a year is the latest
such day not after today, and days in the future or more than a year back are refused.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from handlers.core.parsing import ascii_int, normalize

RELATIVE: dict[str, int] = {
    "today": 0, "aujourdhui": 0, "auj": 0, "yesterday": 1, "hier": 1,
    "avant hier": 2, "avanthier": 2, "day before yesterday": 2,
}  # fmt: skip
MONTHS: dict[str, int] = {
    **dict.fromkeys(("january", "jan", "janvier", "janv"), 1),
    **dict.fromkeys(("february", "feb", "fevrier", "fev", "fevr"), 2),
    **dict.fromkeys(("march", "mar", "mars"), 3),
    **dict.fromkeys(("april", "apr", "avril", "avr"), 4),
    **dict.fromkeys(("may", "mai"), 5),
    **dict.fromkeys(("june", "jun", "juin"), 6),
    **dict.fromkeys(("july", "jul", "juillet", "juil"), 7),
    **dict.fromkeys(("august", "aug", "aout"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septembre"), 9),
    **dict.fromkeys(("october", "oct", "octobre"), 10),
    **dict.fromkeys(("november", "nov", "novembre"), 11),
    **dict.fromkeys(("december", "dec", "decembre"), 12),
}
OLDEST = timedelta(days=366)
_FILLER = re.compile(r"\b(le|the|on|of|de|du|1er)\b")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er)? ([a-z]+)(?: (\d{4}))?", re.ASCII)
_MONTH_DAY = re.compile(r"([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?", re.ASCII)
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)


def parse_past_day(text: str, today: date) -> date | None:
    """The day ``text`` names, not after ``today`` and within a year of it; else None.

    Numeric days are read day first ("3/11" is 3 November), as in Canadian French and in the
    forms newcomers know; ISO dates ("2026-11-03") are read as such.
    """
    said = normalize(text)
    if said in RELATIVE:
        return today - timedelta(days=RELATIVE[said])
    if said.startswith("1er "):
        said = "1 " + said.removeprefix("1er ")
    said = re.sub(r"\.(?=\s|$)", " ", said.replace(",", " "))  # "aug. 15"
    said = re.sub(r"\s+", " ", _FILLER.sub(" ", said)).strip()
    found: tuple[int | None, int | None, int | None] | None = None
    if (m := _ISO.fullmatch(said)) is not None:
        found = (ascii_int(m[3]), ascii_int(m[2]), ascii_int(m[1]))
    elif (m := _NUMERIC.fullmatch(said)) is not None:
        found = (ascii_int(m[1]), ascii_int(m[2]), ascii_int(m[3]) if m[3] else None)
    elif (m := _DAY_MONTH.fullmatch(said)) is not None and m[2] in MONTHS:
        found = (ascii_int(m[1]), MONTHS[m[2]], ascii_int(m[3]) if m[3] else None)
    elif (m := _MONTH_DAY.fullmatch(said)) is not None and m[1] in MONTHS:
        found = (ascii_int(m[2]), MONTHS[m[1]], ascii_int(m[3]) if m[3] else None)
    if found is None:
        return None
    day, month, year = found
    if day is None or month is None:
        return None
    return _within(day, month, year, today)


def _within(day: int, month: int, year: int | None, today: date) -> date | None:
    """The date, the latest such day not after today when no year is given; None if unfit."""
    try:
        picked = date(year or today.year, month, day)
        if year is None and picked > today:
            picked = date(today.year - 1, month, day)
    except ValueError:
        return None
    return picked if today - OLDEST <= picked <= today else None
