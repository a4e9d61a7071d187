"""Fluent catalogues, rendered in the recipient's language, timezone and channel."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from anyascii import anyascii
from babel import Locale
from babel.dates import format_datetime, get_timezone_name
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl

import locales
from bot.channels.segments import count_segments, gsm_fold, is_gsm7
from handlers.core.values import (
    LANGUAGES,
    ArgValue,
    Language,
    Languages,
    Lines,
    Ref,
    Segments,
    When,
    Zone,
)

log = logging.getLogger(__name__)

CATALOGUES = Path(locales.__file__).parent
BABEL_LOCALES: dict[Language, str] = {"en": "en_CA", "fr": "fr_CA"}
ENGLISH_PATTERNS = {
    "date": "EEEE, MMMM d",
    "time": "h:mm a",
    "datetime": "EEEE, MMMM d 'at' h:mm a",
    "day": "EEE MMM d",
    "short": "EEE MMM d, h:mm a",
    "year": "EEEE, MMMM d, y",
}
# Arguments that are numbers a person types back in a command (``who 1234``): shown without
# grouping, which would make them unreadable as a command's argument.
IDENTIFIERS = frozenset({"id", "number", "who", "meeting", "connector", "mentee"})
SMS_PLAIN = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2019": "'", "\u2013": "-"})
# Inserted values are held apart while the catalogue's own words are typeset: each one is a
# private-use character until the very end, so a user's quote or colon is never touched.
_FIRST_MARK = 0xE000
_VOWELS = frozenset("AEIOUaeiouÀÂÄÉÈÊËÎÏÔÖÙÛÜàâäéèêëîïôöùûüŒœÆæ")


def french_when(at: datetime, style: str) -> str:
    """French usage: "mardi 1er décembre à 13 h", "mar. 1er déc., 13 h 30", "13 h"."""
    time = f"{at.hour} h" + (f" {at.minute:02d}" if at.minute else "")
    if style == "time":
        return time
    full = style in ("date", "datetime", "year")
    weekday = format_datetime(at, "EEEE" if full else "EEE", locale="fr_CA")
    month = format_datetime(at, "MMMM" if full else "MMM", locale="fr_CA")
    day = f"{weekday} {at.day}{'er' if at.day == 1 else ''} {month}"
    if style in ("date", "day"):
        return day
    if style == "year":
        return f"{day} {at.year}"
    return f"{day} à {time}" if style == "datetime" else f"{day}, {time}"


def typeset(text: str) -> str:
    """French typography for screens: « quotes » and no-break spaces before : ; ! ?."""
    text = re.sub(r'"([^"\n]*)"', "«\u00a0\\1\u00a0»", text)
    text = text.replace(" :", "\u00a0:")
    return re.sub(r" ([;!?])", "\u202f\\1", text)


def shorten(text: str, most: int) -> str:
    """Cut ``text`` to at most ``most`` characters, at a word if one is near, with "..."."""
    if len(text) <= most:
        return text
    keep = text[: max(most - 3, 1)]
    space = keep.rfind(" ")
    if space >= len(keep) // 2:
        keep = keep[:space]
    return keep.rstrip(" ,;:.-") + "..."


def in_latin(name: str) -> str:
    """``name`` in Latin letters that GSM-7 holds ("张伟明" -> "ZhangWeiMing"), or as typed
    when no letter of it has a Latin spelling."""
    spelled = "".join(c for c in anyascii(name).replace("`", "'") if is_gsm7(c))
    return spelled if any(c.isalpha() for c in spelled) else name


@dataclass(frozen=True)
class Rendering:
    """Who a message is rendered for."""

    language: Language
    timezone: str
    channel: str


@dataclass(frozen=True)
class Inserted:
    """One value inserted into a message (a name, a note, a date), held by its marker."""

    marker: str
    name: str
    value: str


@dataclass(frozen=True)
class Composed:
    """A message with its catalogue words final and its inserted values still apart.

    On SMS the inserted values can then be spelled in GSM-7 or shortened to fit the budget,
    without touching the catalogue's own words.
    """

    skeleton: str
    inserted: tuple[Inserted, ...]
    sms: bool

    def text(
        self,
        fold: bool = False,
        cuts: Mapping[str, int] | None = None,
        latin: frozenset[str] = frozenset(),
    ) -> str:
        """The message; on SMS, ``fold`` spells inserted values in GSM-7, ``latin`` writes the
        named arguments in Latin letters first ("张伟明" as "ZhangWeiMing", "Łukasz" as
        "Lukasz"), ``cuts`` shortens the values of the named arguments to at most that many
        characters."""
        out = self.skeleton
        for item in self.inserted:
            value = item.value
            if self.sms:
                if item.name in latin:
                    value = in_latin(value)
                value = gsm_fold(value) if fold else value.translate(SMS_PLAIN)
                if cuts and item.name in cuts:
                    value = shorten(value, cuts[item.name])
            out = out.replace(item.marker, value)
        return out


def _variant_keys(resource: ftl.Resource) -> set[str]:
    """Every variant key of a catalogue file (none, yes, requested, 1 ...)."""
    keys: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, ftl.Variant):
            key = node.key
            keys.add(key.name if isinstance(key, ftl.Identifier) else key.value)
        if isinstance(node, ftl.BaseNode):
            for value in vars(node).values():
                for child in value if isinstance(value, list) else [value]:
                    walk(child)

    walk(resource)
    return keys


@lru_cache(maxsize=256)
def _parsed(path: Path, modified: int) -> tuple[ftl.Resource, frozenset[str]]:
    """A catalogue file parsed, with its variant keys: once per file and version.

    Parsing is most of what building a catalogue costs (about half a second for both
    languages), and each simulator, test and process builds one; the parsed file is only read
    by the bundles, never changed, so they share it. ``modified`` makes an edited file parse
    again.
    """
    resource = FluentParser(with_spans=False).parse(path.read_text(encoding="utf-8"))
    return resource, frozenset(_variant_keys(resource))


class Catalogue:
    """Every message of every language, loaded once from ``<root>/<lang>/*.ftl``.

    The bot's own catalogues are ``locales/``; further roots add a feature's own files.
    """

    def __init__(self, *roots: Path) -> None:
        self._bundles: dict[Language, FluentBundle] = {}
        self._keys: set[str] = set()
        for language in LANGUAGES:
            bundle = FluentBundle([BABEL_LOCALES[language].replace("_", "-")], use_isolating=False)
            for root in roots or (CATALOGUES,):
                for path in sorted((root / language).glob("*.ftl")):
                    resource, keys = _parsed(path, path.stat().st_mtime_ns)
                    bundle.add_resource(resource)
                    self._keys |= keys
            self._bundles[language] = bundle

    def has(self, language: Language, key: str) -> bool:
        """Tell whether ``key`` exists in ``language``."""
        return bool(self._bundles[language].has_message(key))

    def render(self, key: str, args: Mapping[str, ArgValue], to: Rendering) -> str:
        """Format ``key`` with ``args`` for one recipient; unknown ids are logged, not raised."""
        return self.compose(key, args, to).text()

    def compose(self, key: str, args: Mapping[str, ArgValue], to: Rendering) -> Composed:
        """Format ``key`` for one recipient, keeping the inserted values apart (see Composed)."""
        bundle = self._bundles[to.language]
        sms = to.channel == "sms"
        if not bundle.has_message(key):
            log.error("missing message id %s in %s", key, to.language)
            return Composed(key, (), sms)
        inserted: list[Inserted] = []
        values: dict[str, str | int] = {}
        for name, arg in args.items():
            value = self._value(arg, to)
            if name in IDENTIFIERS and isinstance(value, int) and not isinstance(value, bool):
                # A number people type back ("approve 1234"), never "1,234" or "1 234".
                value = str(value)
            # A value a selector may test ("none", "yes") goes in as it is: it has to match.
            if isinstance(value, str) and value not in self._keys:
                marker = chr(_FIRST_MARK + len(inserted))
                inserted.append(Inserted(marker, name, value))
                value = marker
            values[name] = value
        # Set last: the variant is the channel's decision, never a handler argument.
        values["channel"] = to.channel
        pattern = bundle.get_message(key).value
        if pattern is None:
            log.error("message id %s in %s has no value", key, to.language)
            return Composed(key, (), sms)
        text, errors = bundle.format_pattern(pattern, values)
        for error in errors:
            log.error("message %s in %s: %s", key, to.language, type(error).__name__)
        skeleton = str(text)
        refs = {name for name, arg in args.items() if isinstance(arg, Ref)}
        inserted = [_sentence_case(item, skeleton) if item.name in refs else item
                    for item in inserted]  # fmt: skip
        if to.language == "fr":
            skeleton = _elide(skeleton, inserted)
        if sms:
            # French number grouping ("1 200") uses a no-break space; these characters are
            # outside GSM-7 and would double what the whole message costs.
            skeleton = skeleton.translate(SMS_PLAIN)
        elif to.language == "fr":
            skeleton = typeset(skeleton)
        return Composed(skeleton, tuple(inserted), sms)

    def _value(self, value: ArgValue, to: Rendering) -> str | int:
        if isinstance(value, When):
            local = value.at.astimezone(ZoneInfo(value.zone or to.timezone))
            if to.language == "fr":
                shown = french_when(local, value.style)
                # "août" is "aout" on SMS (the 1990 spelling, accepted in Canada): û is not
                # in GSM-7 and would double what the message costs.
                return gsm_fold(shown) if to.channel == "sms" else shown
            return format_datetime(local, ENGLISH_PATTERNS[value.style], locale="en_CA")
        if isinstance(value, Ref):
            return self.render(value.key, {}, to)
        if isinstance(value, Zone):
            # CLDR's name for the zone on that date ("Atlantic Standard Time", "heure
            # d'Afrique de l'Ouest"): standard or daylight as it really is then.
            named: str | datetime = value.zone
            if value.on is not None:
                named = value.on.astimezone(ZoneInfo(value.zone))
            return str(get_timezone_name(named, locale=BABEL_LOCALES[to.language]))
        if isinstance(value, Lines):
            return value.separator.join(
                self.render(line.key, line.args, to) for line in value.lines
            )
        if isinstance(value, Segments):
            sms = Rendering(language=value.language, timezone=to.timezone, channel="sms")
            return count_segments(self.render(value.measure, {"text": value.text}, sms))
        if isinstance(value, Languages):
            names = Locale.parse(BABEL_LOCALES[to.language]).languages
            return ", ".join(names.get(item, item) for item in value.items)
        return value


def _sentence_case(item: Inserted, text: str) -> Inserted:
    """A catalogue phrase ("a former participant") that starts a sentence, capitalised.

    Only values that are themselves catalogue messages: a person's own name is shown as they
    wrote it.
    """
    starts = re.search(rf"(?:^|[.!?]\s+|\n\s*){re.escape(item.marker)}", text)
    if starts is None or not item.value[:1].islower():
        return item
    return Inserted(item.marker, item.name, item.value[:1].upper() + item.value[1:])


def _elide(text: str, inserted: list[Inserted]) -> str:
    """Write "d'Awa", "qu'Omar": "de" and "que" elide before a value that starts with a vowel.

    Fluent cannot see the value's first letter, so this runs once the message is formatted;
    only a "de" or "que" right before an inserted value is touched. Names starting with h or
    y are left alone (aspirated h and consonant y do not elide).
    """
    for item in inserted:
        if item.value[:1] in _VOWELS:
            text = re.sub(rf"\b(de|De|que|Que) ({item.marker})", _elided, text)
    return text


def _elided(match: re.Match[str]) -> str:
    return match.group(1)[:-1] + "'" + match.group(2)
