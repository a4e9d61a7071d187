"""Every message, rendered for SMS in both languages with realistic values, fits 2 segments."""

from __future__ import annotations

import re

import pytest

from bot.channels.base import RenderedMessage, numbered_text
from bot.channels.segments import count_segments
from bot.i18n import Catalogue, Rendering
from handlers.core.values import Language, MenuEntry
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
        "day": "Wed Dec 30",
        "time": "12:30 p.m.",
        "when": "Wednesday, December 30 at 12:30 p.m.",
        "format": "In person",
        "where": "Bridgehead cafe, 366 Bank St",
        "next": "Wed Dec 30, 12:30 p.m.",
        "note": "I am a civil engineer looking at municipal work, 10 years in bridges",
        "reason": "My daughter is sick today, I am very sorry, could we find another time?",
        "status": "requested",
        "more": "yes",
        "connector": "Benjamin",
        "mentee": "Amina",
        "names": "Amina, Léa, Omar, Sam, Zoé",
        "paused": "yes",
        "auto": "no",
        "short": "yes",
        "command": "settle",
        "text": "civil engineer",
        "roles": "connector, coordinator",
        "action": "admin-grant",
        "detail": "12 agency",
        "question": "remind",
        "place": "Saint-Jean-sur-Richelieu",
        "now": "12:30 p.m.",
        "old": "Wednesday, December 30 at 12:30 p.m.",
        "others": "yes",
        "gone": "no",
        "language": "English",
        "scope": "mine",
        "start": "Wednesday, December 30",
        "end": "Wednesday, December 30",
        "contacts": "yes",
        "audience": "Education, law, social services",
        "en_text": "Open house on Wednesday, December 30 at 12:30 p.m., 100 Main St.",
        "fr_text": "Portes ouvertes le mercredi 30 décembre à 12 h 30, 100, rue Main.",
    },
    "fr": {
        "name": "Amina Haddad",
        "profession": "Ingénieure civile",
        "city": "Montréal",
        "languages": "arabe, français, anglais",
        "contact": "613-555-0100",
        "zone": "America/St_Johns",
        "day": "mer. 30 déc.",
        "time": "12 h 30",
        "when": "mercredi 30 décembre, 12 h 30",
        "format": "En personne",
        "where": "café Bridgehead, 366, rue Bank",
        "next": "mer. 30 déc., 12 h 30",
        "note": "Ingénieure civile, je vise le secteur municipal, 10 ans dans les ponts",
        "reason": "Ma fille est malade aujourd'hui, désolée, pouvons-nous trouver un autre jour?",
        "status": "requested",
        "more": "yes",
        "connector": "Benjamin",
        "mentee": "Amina",
        "names": "Amina, Léa, Omar, Sam, Zoé",
        "paused": "yes",
        "auto": "no",
        "short": "yes",
        "command": "regler",
        "text": "ingenieure civile",
        "roles": "connector, coordinator",
        "action": "admin-grant",
        "detail": "12 agency",
        "question": "remind",
        "place": "Saint-Jean-sur-Richelieu",
        "now": "12 h 30",
        "old": "mercredi 30 décembre, 12 h 30",
        "others": "yes",
        "gone": "no",
        "language": "français",
        "scope": "mine",
        "start": "mercredi 30 décembre",
        "end": "mercredi 30 décembre",
        "contacts": "yes",
        "audience": "Enseignement, droit, services sociaux",
        "en_text": "Open house on Wednesday, December 30 at 12:30 p.m., 100 Main St.",
        "fr_text": "Portes ouvertes le mercredi 30 décembre à 12 h 30, 100, rue Main.",
    },
}
NUMBERS = {
    "mentees": 1200,
    "undelivered": 12,
    "hours": 24,
    "stalled": 12,
    "upcoming": 5,
    "limit": 3,
    "capacity": 12,
    "connectors": 340,
    "registering": 45,
    "refused": 12,
    "unreachable": 7,
    "minutes": 30,
    "weeks": 8,
    "count": 8,
    "skipped": 1,
    "most": 12,
    "id": 10234,
    "who": 10234,
    "held": 12,
    "noshow": 2,
    # Coordinators' /stats (each figure beside the previous period's) and exports.
    **{
        f"{figure}{when}": 1234
        for figure in (
            "newcomers_active",
            "newcomers_new",
            "connectors_active",
            "connectors_new",
            "requested",
            "held",
            "noshow",
        )
        for when in ("", "_before")
    },
    "rows": 12345,
    "meetings": 1234,
    "messages": 12345,
    # Broadcast previews: people per language and channel, and SMS segments per text.
    "total": 12345,
    **{f"{lang}_{channel}": 1234 for lang in ("en", "fr") for channel in ("sms", "telegram")},
    "sim": 12,
    "en_segments": 4,
    "fr_segments": 4,
}
# Labels with arguments: (label id, the argument it takes) for prompts whose choices vary.
VARIABLE_CHOICES: dict[str, tuple[str, str, int]] = {
    "offer-ask-day": ("offer-day-label", "day", 14),
    "offer-ask-time": ("offer-time-label", "time", 6),
    "booking-taken": ("booking-slot", "when", 3),
    "booking-past": ("booking-slot", "when", 3),
    "booking-unavailable": ("booking-slot", "when", 3),
    "booking-other-times": ("booking-slot", "when", 3),
    "find-ask-slot": ("booking-slot", "when", 3),
    "meetings-pick-new-time": ("booking-slot", "when", 6),
    "find-results": ("find-card", "card", 3),
    "find-other-times": ("find-time", "when", 6),
    "slots-list": ("slots-item-confirmed", "when", 5),
    "meetings-list": ("meetings-item", "when", 5),
}
# Fixed choices that follow a variable list.
TRAILING: dict[str, tuple[str, ...]] = {
    "booking-taken": ("booking-find-another", "dialogue-choice-menu"),
    "booking-past": ("booking-find-another", "dialogue-choice-menu"),
    "booking-unavailable": ("booking-find-another", "dialogue-choice-menu"),
    "booking-other-times": ("booking-find-another", "dialogue-choice-menu"),
    "find-results": ("find-other-times-choice", "find-more", "find-options"),
    "find-other-times": ("find-back-to-list",),
    "slots-list": ("dialogue-choice-menu",),
    "meetings-list": ("dialogue-choice-menu",),
    "meetings-pick-new-time": ("dialogue-choice-menu",),
}
# Messages always sent with choices, and the labels of those choices.
CHOICES: dict[str, tuple[str, ...]] = {
    "broadcast-preview": ("broadcast-send", "broadcast-cancel"),
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
    "offer-ask-format": ("offer-format-in-person", "offer-format-phone", "offer-format-video"),
    "offer-ask-link": ("offer-link-generate",),
    "offer-ask-weeks": ("offer-weeks-once", "offer-weeks-n", "offer-weeks-n"),
    "offer-summary": ("offer-confirm-yes", "dialogue-choice-back"),
    "remind-before": ("remind-coming", "remind-other-time", "meetings-cancel"),
    "remind-did-you-meet": ("dialogue-choice-yes", "dialogue-choice-no"),
    "remind-not-understood": ("remind-coming", "remind-other-time", "meetings-cancel"),
    "feedback-disputed": ("feedback-lift",),
    "remind-stalled": ("menu-choice-find", "dialogue-choice-menu"),
    "feedback-ask-rating": (
        "feedback-rating-1",
        "feedback-rating-2",
        "feedback-rating-3",
        "feedback-rating-4",
        "feedback-rating-5",
    ),
    "feedback-ask-comment": ("feedback-no-comment",),
    "feedback-ask-why": ("feedback-why-other", "feedback-why-self", "feedback-why-rescheduled"),
    "feedback-alert": ("feedback-lift",),
    "booking-request": ("booking-accept", "booking-decline"),
    "find-ask-field": (
        "find-every-field",
        *(
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
    ),
    "find-none": ("find-any-field", "find-other-field", "dialogue-choice-menu"),
    "find-none-other": ("find-any-field", "find-other-field", "dialogue-choice-menu"),
    "find-none-anywhere": ("dialogue-choice-menu",),
    "find-none-filtered": ("find-options", "dialogue-choice-menu"),
    "find-no-more": ("find-any-field", "find-other-field", "dialogue-choice-menu"),
    "find-ask-filter": (
        "find-only-language",
        "find-only-language",
        "find-only-city",
        "find-other-field",
        "find-back-to-list",
    ),
    "find-ask-note": ("find-no-note",),
    "meetings-details": (
        "booking-accept",
        "booking-decline",
        "meetings-move",
        "meetings-cancel",
        "dialogue-choice-menu",
    ),
    "meetings-ask-reason": ("meetings-no-reason",),
    "meetings-slot-reopened": ("slots-withdraw", "dialogue-choice-menu"),
    "meetings-move-request": ("meetings-move-accept", "meetings-move-keep"),
    "meetings-no-other-times": ("meetings-keep", "meetings-ask-time", "meetings-cancel"),
    "meetings-no-other-slots-connector": (
        "menu-choice-offer",
        "meetings-keep",
        "meetings-cancel",
    ),
    "meetings-time-asked": ("menu-choice-offer", "meetings-open"),
    "slots-open": ("slots-withdraw", "slots-back"),
    "settings-summary": (
        "settings-resume",
        "settings-manual",
        "settings-capacity",
        "dialogue-choice-menu",
    ),
    **dict.fromkeys(
        ("menu-main", "menu-not-understood"),
        (
            "menu-choice-offer",
            "menu-choice-slots",
            "menu-choice-settings",
            "menu-choice-phone",
            "menu-choice-stats",
            "menu-choice-profile",
            "menu-choice-language",
            "menu-choice-help",
        ),
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
    values: dict[str, str | int] = {**VALUES[language], **NUMBERS}
    values["role"] = longest(catalogue, "role-", to)
    values["sector"] = longest(catalogue, "sector-", to)
    values["timezone"] = values["default"] = longest(catalogue, "timezone-", to)
    over: list[str] = []
    for key, variables in messages(language).items():
        args = {name: values[name] for name in variables if name != "channel"}
        text = catalogue.render(key, dict(args), to)
        label_args = {**values, "sector": values["sector"]}
        labels = tuple(
            MenuEntry(id=label, label=catalogue.render(label, label_args, to))
            for label in CHOICES.get(key, ())
        )
        if key in VARIABLE_CHOICES:
            label, _argument, count = VARIABLE_CHOICES[key]
            # List items show times in the short style.
            entry = catalogue.render(label, {**label_args, "when": label_args["next"]}, to)
            labels = tuple(MenuEntry(id=str(n), label=entry) for n in range(count))
            labels += tuple(
                MenuEntry(id=extra, label=catalogue.render(extra, {}, to))
                for extra in TRAILING.get(key, ())
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
