"""Reporting periods for coordinators' numbers and exports: ``week``, ``mois``, or two dates."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.core.parsing import normalize
from handlers.core.results import Invalid
from handlers.core.values import Frozen

# Rolling windows that end now, in days; both languages' words.
LENGTHS = {
    "today": 1, "aujourdhui": 1, "day": 1, "jour": 1,
    "week": 7, "semaine": 7,
    "month": 30, "mois": 30,
    "quarter": 91, "trimestre": 91,
    "year": 365, "an": 365, "annee": 365,
}  # fmt: skip
DEFAULT = "month"
_DAYS = re.compile(r"([0-9]{1,3}) ?[dj]")  # 10d, 10 j
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class Span(Frozen):
    """What a coordinator asked for: a rolling window of ``days``, or two dates (inclusive)."""

    days: int | None = None
    first: date | None = None
    last: date | None = None


class Period(Frozen):
    """A stretch of time, ``start`` included and ``end`` excluded, both aware UTC."""

    start: datetime
    end: datetime

    @property
    def length(self) -> timedelta:
        """How long the period lasts."""
        return self.end - self.start

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        return Period(start=self.start - self.length, end=self.start)


def window_days(word: str) -> int | None:
    """Days in a rolling window named by one (normalised) word: ``week``, ``mois``, ``10d``."""
    if word in LENGTHS:
        return LENGTHS[word]
    days = _DAYS.fullmatch(word)
    if days is not None and int(days.group(1)) > 0:
        return int(days.group(1))
    return None


def parse_span(text: str) -> Span | Invalid:
    """``week``/``month``/``quarter``/``year`` (French too), or ``2026-01-01 2026-03-31``."""
    words = normalize(text).split()
    if not words:
        return Span(days=LENGTHS[DEFAULT])
    if len(words) == 1 and (days := window_days(words[0])) is not None:
        return Span(days=days)
    dates = [_date(word) for word in words]
    if len(dates) == 2 and dates[0] is not None and dates[1] is not None and dates[0] <= dates[1]:
        return Span(first=dates[0], last=dates[1])
    return Invalid("numbers-usage-period")


def resolve(span: Span, now: datetime, timezone: str) -> Period:
    """The period ``span`` means at ``now``: dates are whole days in ``timezone``."""
    if span.first is None or span.last is None:
        return Period(start=now - timedelta(days=span.days or LENGTHS[DEFAULT]), end=now)
    zone = ZoneInfo(timezone)
    start = datetime.combine(span.first, time(0), zone)
    end = datetime.combine(span.last + timedelta(days=1), time(0), zone)
    return Period(start=start.astimezone(now.tzinfo), end=end.astimezone(now.tzinfo))


def _date(word: str) -> date | None:
    """A date written YYYY-MM-DD, or None."""
    match = _DATE.match(word)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
