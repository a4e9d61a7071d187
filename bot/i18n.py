"""Fluent catalogues, rendered in the recipient's language and timezone."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_datetime, get_timezone_name
from fluent.runtime import FluentBundle, FluentResource

import locales
from bot.channels.segments import count_segments
from handlers.core.values import (
    LANGUAGES,
    ArgValue,
    Language,
    Languages,
    Ref,
    Segments,
    When,
    Zone,
)

log = logging.getLogger(__name__)

CATALOGUES = Path(locales.__file__).parent
BABEL_LOCALES: dict[Language, str] = {"en": "en_CA", "fr": "fr_CA"}
# French usage: "mardi 3 décembre, 14 h 30"; plain spaces so SMS stays in GSM-7.
PATTERNS: dict[Language, dict[str, str]] = {
    "en": {
        "date": "EEEE, MMMM d",
        "time": "h:mm a",
        "datetime": "EEEE, MMMM d 'at' h:mm a",
        "day": "EEE MMM d",
        "short": "EEE MMM d, h:mm a",
    },
    "fr": {
        "date": "EEEE d MMMM",
        "time": "H 'h' mm",
        "datetime": "EEEE d MMMM, H 'h' mm",
        "day": "EEE d MMM",
        "short": "EEE d MMM, H 'h' mm",
    },
}


SMS_PLAIN = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2019": "'", "\u2013": "-"})


@dataclass(frozen=True)
class Rendering:
    """Who a message is rendered for."""

    language: Language
    timezone: str
    channel: str


class Catalogue:
    """Every message of every language, loaded once from ``<root>/<lang>/*.ftl``.

    The bot's own catalogues are ``locales/``; further roots add a feature's own files.
    """

    def __init__(self, *roots: Path) -> None:
        self._bundles: dict[Language, FluentBundle] = {}
        for language in LANGUAGES:
            bundle = FluentBundle([BABEL_LOCALES[language].replace("_", "-")], use_isolating=False)
            for root in roots or (CATALOGUES,):
                for path in sorted((root / language).glob("*.ftl")):
                    bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
            self._bundles[language] = bundle

    def has(self, language: Language, key: str) -> bool:
        """Tell whether ``key`` exists in ``language``."""
        return bool(self._bundles[language].has_message(key))

    def render(self, key: str, args: Mapping[str, ArgValue], to: Rendering) -> str:
        """Format ``key`` with ``args`` for one recipient; unknown ids are logged, not raised."""
        bundle = self._bundles[to.language]
        if not bundle.has_message(key):
            log.error("missing message id %s in %s", key, to.language)
            return key
        values: dict[str, str | int] = {name: self._value(v, to) for name, v in args.items()}
        # Set last: the variant is the channel's decision, never a handler argument.
        values["channel"] = to.channel
        pattern = bundle.get_message(key).value
        if pattern is None:
            log.error("message id %s in %s has no value", key, to.language)
            return key
        text, errors = bundle.format_pattern(pattern, values)
        for error in errors:
            log.error("message %s in %s: %s", key, to.language, type(error).__name__)
        if to.channel == "sms":
            # French number grouping ("1 200") uses a no-break space; these characters are
            # outside GSM-7 and would double what the whole message costs.
            return str(text).translate(SMS_PLAIN)
        return str(text)

    def _value(self, value: ArgValue, to: Rendering) -> str | int:
        if isinstance(value, When):
            local = value.at.astimezone(ZoneInfo(value.zone or to.timezone))
            pattern = PATTERNS[to.language][value.style]
            return format_datetime(local, pattern, locale=BABEL_LOCALES[to.language])
        if isinstance(value, Ref):
            return self.render(value.key, {}, to)
        if isinstance(value, Zone):
            # CLDR's name for the zone ("Atlantic Time", "heure d'Afrique de l'Ouest").
            return str(get_timezone_name(value.zone, locale=BABEL_LOCALES[to.language]))
        if isinstance(value, Segments):
            sms = Rendering(language=value.language, timezone=to.timezone, channel="sms")
            return count_segments(self.render(value.measure, {"text": value.text}, sms))
        if isinstance(value, Languages):
            names = Locale.parse(BABEL_LOCALES[to.language]).languages
            return ", ".join(names.get(item, item) for item in value.items)
        return value
