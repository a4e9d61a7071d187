"""How long a meeting lasted, as people type it: "1h30", "90 min", "1 h 30", "une heure et demie".

The numbered list of common durations covers most answers; this reads the rest. A bare number
up to 8 is hours ("2"), above it minutes ("45"). Anything outside 5 minutes to 10 hours is
refused, so a slip ("900") is asked again rather than logged.
"""

from __future__ import annotations

import re

from handlers.core.parsing import ascii_int, normalize

MIN_MINUTES = 5
MAX_MINUTES = 600
BARE_HOURS_UP_TO = 8

_WORD_NUMBERS = {
    "one": 1, "an": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "quarante-cinq": 45,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
}  # fmt: skip
_HOUR = r"(?:h|hr|hrs|hour|hours|heure|heures)"
_MIN = r"(?:m|mn|min|mins|minute|minutes)"
_NUMBER = r"([0-9]{1,4}(?:[.,][0-9]{1,2})?)"
_HOURS_MINUTES = re.compile(
    rf"{_NUMBER}\s*{_HOUR}\s*(?:et\s+|and\s+)?([0-9]{{1,2}})?\s*(?:{_MIN})?"
)
_MINUTES = re.compile(rf"([0-9]{{1,4}})\s*{_MIN}")
_CLOCK = re.compile(r"([0-9]{1,2}):([0-9]{2})")
_HALF = ("et demie", "et demi", "and a half", "1/2")


def _number(text: str) -> float | None:
    """A number in digits ("1", "1.5", "1,5"), else None."""
    whole, sep, part = text.partition(".") if "." in text else text.partition(",")
    units = ascii_int(whole)
    if units is None:
        return None
    if not sep:
        return float(units)
    decimals = ascii_int(part)
    return None if decimals is None else units + decimals / 10 ** len(part)


def _in_range(minutes: float | None) -> int | None:
    if minutes is None:
        return None
    rounded = round(minutes)
    return rounded if MIN_MINUTES <= rounded <= MAX_MINUTES else None


def _words_to_digits(text: str) -> str:
    """Spelled numbers to digits ("deux heures" -> "2 heures"), longest words first."""
    for word in sorted(_WORD_NUMBERS, key=len, reverse=True):
        text = re.sub(rf"(?<![a-z-]){re.escape(word.strip())}(?![a-z-])", str(_WORD_NUMBERS[word]),
                      text)  # fmt: skip
    return text


def parse_duration(text: str) -> int | None:
    """The minutes ``text`` says a meeting lasted, or None when it cannot be read."""
    said = normalize(text)[:60] if text else ""
    if not said:
        return None
    if said in {"demi-heure", "une demi-heure", "half an hour", "half hour", "30"}:
        return 30
    half = any(word in said for word in _HALF)
    for word in _HALF:
        said = said.replace(word, " ")
    said = _words_to_digits(said).replace("demi-heure", "30 min").replace("half an hour", "30 min")
    said = " ".join(said.split())
    if (clock := _CLOCK.fullmatch(said)) is not None:
        return _in_range(int(clock[1]) * 60 + int(clock[2]))
    if (found := _HOURS_MINUTES.fullmatch(said)) is not None:
        hours = _number(found[1])
        extra = int(found[2]) if found[2] else 0
        if hours is None or extra >= 60:
            return None
        return _in_range(hours * 60 + extra + (30 if half else 0))
    if (found := _MINUTES.fullmatch(said)) is not None:
        return _in_range(int(found[1]))
    bare = _number(said)
    if bare is None:
        return None
    return _in_range(bare * 60 + (30 if half else 0) if bare <= BARE_HOURS_UP_TO else bare)
