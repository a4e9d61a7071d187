"""Every message, rendered for SMS in both languages with realistic values, fits 2 segments."""

from __future__ import annotations

import re

import pytest

from bot.channels.base import RenderedMessage, numbered_text
from bot.channels.segments import count_segments
from bot.i18n import Catalogue, Rendering
from handlers.values import Language, MenuEntry
from tests.test_catalogues import messages

# Realistic (and long) values for every variable, per language. Names and words people type
# can contain characters outside GSM-7 ("Français"), which halves what a segment holds.
VALUES: dict[Language, dict[str, str]] = {
    "en": {
        "name": "Amina Haddad",
        "profession": "Civil engineer",
        "city": "Montreal",
        "languages": "Arabic, French, English",
        "contact": "613-555-0100",
        "zone": "America/St_Johns",
    },
    "fr": {
        "name": "Amina Haddad",
        "profession": "Ingénieure civile",
        "city": "Montréal",
        "languages": "Arabe, Français, Anglais",
        "contact": "613-555-0100",
        "zone": "America/St_Johns",
    },
}
# Messages always sent with choices, and the labels of those choices.
CHOICES: dict[str, tuple[str, ...]] = {
    "registration-welcome": ("language-name-en", "language-name-fr"),
    "language-choose": ("language-name-en", "language-name-fr"),
    "registration-consent": ("dialogue-choice-yes", "dialogue-choice-no"),
    "registration-ask-role": ("registration-role-mentee", "registration-role-connector"),
    "registration-ask-sector": tuple(
        f"sector-{k}"
        for k in (
            "management",
            "business",
            "sciences",
            "health",
            "education-law-social",
            "arts-culture",
            "sales-service",
            "trades-transport",
            "natural-resources",
            "manufacturing",
        )
    ),
    "registration-ask-languages": (
        "registration-languages-en",
        "registration-languages-fr",
        "registration-languages-both",
    ),
    "registration-ask-timezone": (
        "timezone-eastern",
        "timezone-newfoundland",
        "timezone-atlantic",
        "timezone-central",
        "timezone-saskatchewan",
        "timezone-mountain",
        "timezone-pacific",
    ),
    "registration-summary": ("registration-confirm-yes", "dialogue-choice-back"),
    "dialogue-stuck": ("dialogue-choice-help", "dialogue-choice-continue", "dialogue-choice-menu"),
    "menu-main": (
        "menu-choice-stats",
        "menu-choice-profile",
        "menu-choice-language",
        "menu-choice-help",
    ),
}


def longest(catalogue: Catalogue, prefix: str, to: Rendering) -> str:
    """The longest label of a family (roles, sectors, zones), the worst case for a message."""
    found = messages(to.language)
    keys = [key for key in found if key.startswith(prefix) and not found[key] - {"channel"}]
    return max((catalogue.render(key, {}, to) for key in keys), key=len)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_message_fits_two_sms_segments(language: Language) -> None:
    catalogue = Catalogue()
    to = Rendering(language=language, timezone="America/Toronto", channel="sms")
    values: dict[str, str | int] = {**VALUES[language], "mentees": 1200, "connectors": 340,
        "registering": 45, "refused": 12, "unreachable": 7}  # fmt: skip
    values["role"] = longest(catalogue, "role-", to)
    values["sector"] = longest(catalogue, "sector-", to)
    values["timezone"] = values["default"] = longest(catalogue, "timezone-", to)
    over: list[str] = []
    for key, variables in messages(language).items():
        args = {name: values[name] for name in variables if name != "channel"}
        text = catalogue.render(key, dict(args), to)
        labels = tuple(
            MenuEntry(id=label, label=catalogue.render(label, {}, to))
            for label in CHOICES.get(key, ())
        )
        body = numbered_text(RenderedMessage(text=text, choices=labels))
        if count_segments(body) > 2:
            over.append(f"{key} ({count_segments(body)} segments, {len(body)} chars)")
    assert over == []


def test_no_sms_asks_people_to_type_a_carrier_opt_out_word_for_anything_else() -> None:
    catalogue = Catalogue()
    for language in ("en", "fr"):
        to = Rendering(language=language, timezone="UTC", channel="sms")
        for key, variables in messages(language).items():
            text = catalogue.render(key, {v: "x" for v in variables if v != "channel"}, to)
            assert not re.search(r"\b(CANCEL|END|QUIT)\b", text), key
            for match in re.finditer(r"\b(STOP|ARRET)\b", text):
                after = text[match.end() : match.end() + 30]
                assert re.match(r" (to opt out|pour vous d)", after), f"{key}: {text!r}"
