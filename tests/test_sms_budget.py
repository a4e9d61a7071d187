"""Every SMS fits 2 segments, measured after people's own words are in it; and a whole booking.

A message's cost is decided by what is inserted as much as by the catalogue: one "ô" in a
place or "ê" in a note turns the message into UCS-2 (70 characters a segment, not 160), and
so does "août" in a date. So every message is rendered here through the real SMS path
(bot/render.py) with every month's dates and long, accented values people really type.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.channels.base import numbered_text
from bot.channels.segments import count_segments, gsm_fold, is_gsm7
from bot.channels.simulator import SimMessage
from bot.i18n import Catalogue, Rendering
from bot.render import render_reply
from handlers.core.parsing import shorten
from handlers.core.values import (
    ArgValue,
    Choice,
    Language,
    Languages,
    Line,
    Lines,
    Participant,
    Ref,
    Reply,
    When,
)
from handlers.followup.reminders import reminder
from handlers.meetings.values import Meeting
from handlers.referrals.invite import NAME_ROOM, PROFESSION_ROOM
from tests.conftest import Transcript
from tests.test_catalogues import messages

NOW = datetime(2026, 1, 1, tzinfo=UTC)
# One Wednesday afternoon in every month (the longest weekday, a two-digit day, 12:30 p.m.),
# and a first of the month ("1er").
DATES = [datetime(2026, month, 1, 17, 30, tzinfo=UTC) for month in range(1, 13)] + [
    datetime(2026, month, day, 17, 30, tzinfo=UTC)
    for month, day in (
        (1, 28), (2, 25), (3, 25), (4, 29), (5, 27), (6, 24),
        (7, 29), (8, 26), (9, 30), (10, 28), (11, 25), (12, 30),
    )
]  # fmt: skip
NOTE = {  # 126 characters each, with what people write: "être", "ç", "ô"
    "fr": "Ingénieure civile, 10 ans dans les ponts. J'aimerais être guidée vers le secteur "
    "municipal; ça m'aiderait de savoir par où commencer",
    "en": "Civil engineer, 10 years on bridges in Montréal (Côte-des-Neiges). I would love to "
    "hear how you got into municipal work here, ça",
}
REASON = {
    "fr": "Ma fille est malade aujourd'hui, désolée. Pouvons-nous trouver une autre heure? "
    "Peut-être la semaine prochaine, ça m'arrangerait.",
    "en": "My daughter is sick today, I am so sorry. Could we find another time? Maybe next "
    "week, at the café near Côte-Vertu?",
}
PROFESSION = {
    "fr": "Ingénieure en structures, ponts et ouvrages d'art",
    "en": "Structural engineer, bridges and heavy civil works",
}
WHERE = {
    "place": "Café Névé, 151, rue Rachel Est, Côte-des-Neiges",
    "link": "https://meet.jit.si/connector-XfgovI-lw4Eq",
}
LINES = {  # a page of a coordinator's list, as the handlers lay it out
    "en": "#10234 Amina Haddad (Newcomer): Civil engineer, Montreal\n"
    "#10235 Benjamin Okafor (Professional connector): Bridge engineer, Halifax\n"
    "#10236 Zoe Tremblay (Newcomer): Registered nurse, Saint-Jean-sur-Richelieu",
    "fr": "#10234 Amina Haddad (Personne nouvellement arrivée) : Ingénieure civile, Montréal\n"
    "#10235 Benjamin Okafor (Connecteur ou connectrice) : Ingénieur, Halifax\n"
    "#10236 Zoé Tremblay (Personne nouvellement arrivée) : Infirmière, Lévis",
}
GOAL = {  # 80 characters, the most a goal may have
    "en": "Practise interviews in English for engineering roles with municipal employers ok",
    "fr": "Pratiquer les entrevues pour un poste d'ingénieure municipale, et le réseautage!",
}
COMMENT = {
    "en": "Very kind, he gave me three names to contact and a tip...",
    "fr": "Très humain, il m'a donné trois noms à contacter et un...",
}
LANGUAGES = Languages(items=("ar", "fr", "en", "Créole haïtien"))
SECTORS = (
    "management", "business", "sciences", "health", "education-law-social", "arts-culture",
    "sales-service", "trades-transport", "natural-resources", "manufacturing",
)  # fmt: skip
ZONES = ("eastern", "newfoundland", "atlantic", "central", "saskatchewan", "mountain", "pacific")
NUMBERS: dict[str, ArgValue] = {
    "mentees": 1200, "undelivered": 12, "hours": 24, "stalled": 12, "upcoming": 5, "limit": 3,
    "capacity": 12, "connectors": 340, "waiting": 12, "rejected": 3, "registering": 45,
    "refused": 12, "unreachable": 7, "number": 1234,
    "minutes": 30, "weeks": 8, "count": 8, "skipped": 1, "most": 12, "id": 10234,
    "who": 10234, "held": 12, "noshow": 2, "rating": 5, "meeting": 10234, "slots": 3,
    "met": 12, "generations": 4, "people": 23, "meetings": 17, "jobs": 3, "share": 42,
    "deepest": 4,
    # Coordinators' /stats (each figure beside the previous period's) and exports.
    **{
        f"{figure}{when}": 1234
        for figure in (
            "newcomers_active", "newcomers_new", "connectors_active", "connectors_new",
            "requested", "held", "noshow", "made", "followed", "met", "field", "related",
            "other",
        )
        for when in ("", "_before")
    },
    "rows": 12345, "messages": 12345,
    # Broadcast previews: people per language and channel, and SMS segments per text.
    "total": 12345,
    # A page of a coordinator's search: which of the total it shows.
    "first_shown": 12340, "last_shown": 12342,
    **{f"{lang}_{channel}": 1234 for lang in ("en", "fr") for channel in ("sms", "telegram")},
    "sim": 12, "en_segments": 4, "fr_segments": 4,
    # Mentoring: a late week of a long programme, its target, more topics than the first.
    "week": 52, "target": 500, "extra": 4,
    # Outcomes: the period's check-ins and logs, and employment at closure/3/6/12 months.
    **{f"{figure}{when}": 1234 for figure in ("checkins", "alerts", "interviews", "events")
       for when in ("", "_before")},
    **{f"at_{figure}": "1234/1234/1234/1234" for figure in (
        "answered", "field", "related", "other", "studying", "searching")},
    "days": 1234, "month": 12, "months": 12, "told": "yes", "again": "no",
    "kind": "interview",
    "source": "mentorship",
    "dial": "yes",
    # The mentorship programmes since the start, in /stats.
    **{figure: 1234 for figure in (
        "applied", "by_agency", "eligible", "oriented", "matched", "running", "ended",
        "completions", "participations", "withdrawals", "mentors", "mentors_now", "trained",
        "in_person", "in_hours", "in_minutes", "shown", "of",
        "mentee_evaluations", "mentor_evaluations", "referred")},
    "rate": 100, "mentee_recommend": 100, "mentor_recommend": 100,
    "mentee_whole": 4, "mentee_tenths": 5, "mentor_whole": 4, "mentor_tenths": 5,
}  # fmt: skip
# Messages always sent with choices, and the labels of those choices.
CHOICES: dict[str, tuple[str, ...]] = {
    "broadcast-preview": ("broadcast-send", "broadcast-cancel"),
    "registration-welcome": ("language-name-en", "language-name-fr"),
    "language-choose": ("language-name-en", "language-name-fr"),
    "registration-consent": ("dialogue-choice-yes", "dialogue-choice-no"),
    "registration-ask-role": ("registration-role-mentee", "registration-role-connector"),
    "registration-ask-sector": tuple(f"sector-{key}" for key in SECTORS),
    "registration-ask-languages": (
        "registration-languages-en",
        "registration-languages-fr",
        "registration-languages-both",
    ),
    "registration-ask-timezone": tuple(f"timezone-{key}" for key in ZONES),
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
    "feedback-disputed-met": ("feedback-lift",),
    "remind-stalled": ("menu-choice-find", "dialogue-choice-menu"),
    "feedback-ask-rating": tuple(f"feedback-rating-{n}" for n in range(1, 6)),
    "feedback-ask-comment": ("feedback-no-comment",),
    "feedback-ask-why": ("feedback-why-other", "feedback-why-self", "feedback-why-rescheduled"),
    "feedback-alert": ("feedback-lift",),
    "booking-request": ("booking-accept", "booking-decline"),
    "find-ask-field": ("find-every-field", *(f"sector-{k}" for k in SECTORS)),
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
    "meetings-no-other-slots-connector": ("menu-choice-offer", "meetings-keep", "meetings-cancel"),
    "meetings-time-asked": ("menu-choice-offer", "meetings-open"),
    "slots-open": ("slots-withdraw", "slots-back"),
    "settings-summary": (
        "settings-resume",
        "settings-manual",
        "settings-capacity",
        "dialogue-choice-menu",
    ),
    "referrals-job-field": (
        "referrals-job-field-yes",
        "referrals-job-field-related",
        "referrals-job-field-no",
    ),
    "referrals-job-start": ("referrals-job-this-month", "referrals-job-next-month"),
    "referrals-ask-kind": (
        "referrals-kind-member",
        "referrals-kind-invite",
        "referrals-kind-outside",
        "referrals-kind-done",
    ),
    "referrals-ask-search": ("referrals-search-field",),
    "referrals-to-mentee-member": ("referrals-book",),
    "referrals-joined": ("referrals-book",),
    "referrals-show": ("referrals-book", "dialogue-choice-menu"),
    "referrals-outside-next": (
        "referrals-outside-met",
        "referrals-outside-contacted",
        "referrals-outside-not",
        "dialogue-choice-menu",
    ),
    "referrals-referred-by": ("booking-accept", "booking-decline"),
    "referrals-outside-check": (
        "referrals-outside-met",
        "referrals-outside-contacted",
        "referrals-outside-not",
    ),
    "referrals-reminder": ("referrals-give-more", "dialogue-choice-menu"),
    "referrals-held-recorded": ("referrals-give-more", "dialogue-choice-menu"),
    "mentorship-ask-role": ("mentorship-join-as-mentee", "mentorship-join-as-mentor"),
    "mentorship-ask-status": (
        "mentorship-status-pr",
        "mentorship-status-refugee",
        "mentorship-status-other",
    ),
    **dict.fromkeys(
        (
            "mentorship-ask-education",
            "mentorship-ask-region",
            "mentorship-ask-workshop",
            "mentorship-ask-resume",
            "mentorship-ask-employer",
            "mentorship-ask-commitment",
        ),
        ("dialogue-choice-yes", "dialogue-choice-no"),
    ),
    "mentorship-ask-credential": tuple(
        f"mentorship-credential-{c}"
        for c in ("college", "bachelor", "master", "doctorate", "certificate", "other")
    ),
    "mentorship-ask-clb": ("mentorship-clb-none",),
    "mentorship-orient-expectations": ("mentorship-orient-read",),
    "mentorship-orient-ask-often": tuple(
        f"mentorship-orient-often-{every}" for every in ("week", "two-weeks", "month")
    ),
    "mentorship-orient-ask-length": tuple(
        f"mentorship-orient-length-{length}" for length in ("right", "short", "year")
    ),
    "mentorship-orient-ask-absent": tuple(
        f"mentorship-orient-absent-{what}" for what in ("tell", "skip", "later")
    ),
    "mentorship-you-are-eligible": ("mentorship-orient-start",),
    "mentorship-where": ("mentorship-orient-start",),
    "mentorship-ask-profession": ("mentorship-profession-same",),
    "mentorship-ask-sector": tuple(f"sector-{key}" for key in SECTORS),
    "mentorship-ask-networks": ("mentorship-networks-none",),
    "mentorship-ask-languages": (
        "registration-languages-en",
        "registration-languages-fr",
        "registration-languages-both",
    ),
    "mentorship-ask-programme": ("mentorship-programme-label", "mentorship-programme-label"),
    "mentorship-pending": ("intake-choice-more",),
    "pairing-proposed-mentee": ("pairing-accept", "pairing-decline"),
    "pairing-proposed-mentor": ("pairing-accept", "pairing-decline"),
    "pairing-both-accepted": ("pairing-agreement-start",),
    "pairing-ask-goal": ("pairing-goals-done",),
    "pairing-ask-day": tuple(f"pairing-weekday-{day}" for day in range(7)),
    "pairing-ask-format": ("offer-format-in-person", "offer-format-phone", "offer-format-video"),
    "pairing-agreement-summary": ("pairing-agreement-send", "dialogue-choice-back"),
    "pairing-agreement-review": ("pairing-agreement-ok", "pairing-agreement-change"),
    "pairing-change-asked": ("pairing-agreement-again",),
    "outcomes-checkin-invite": ("outcomes-checkin-start",),
    "outcomes-checkin-satisfaction": tuple(f"outcomes-rating-{n}" for n in range(1, 6)),
    "outcomes-checkin-goal": tuple(f"outcomes-progress-{p}" for p in ("none", "some", "achieved")),
    "outcomes-checkin-concern": ("outcomes-checkin-nothing",),
    "outcomes-log-ask-day": ("outcomes-log-today", "outcomes-log-yesterday"),
    "outcomes-log-ask-role": ("outcomes-log-skip",),
    **dict.fromkeys(
        ("outcomes-employment-question", "outcomes-employment-ask"),
        tuple(
            f"outcomes-employment-{s}"
            for s in ("field", "related", "other", "studying", "searching")
        ),
    ),
    "outcomes-employment-role": ("outcomes-log-skip",),
    "outcomes-employment-start": (
        "referrals-job-this-month",
        "outcomes-employment-last-month",
        "outcomes-log-skip",
    ),
    "pairing-ask-reason": (
        "pairing-reason-no-time",
        "pairing-reason-not-fit",
        "pairing-reason-none",
    ),
    "mentoring-week-ask": ("mentoring-week-yes", "mentoring-week-no"),
    "mentoring-ask-duration": ("mentoring-duration",) * 5,
    "mentoring-ask-topics": (
        *(f"mentoring-topic-{t}" for t in ("resume", "interview", "networking", "research")),
        "mentoring-topic-other",
        "mentoring-topics-done",
    ),
    "mentoring-evaluate-invite": ("mentoring-evaluate-start",),
    "mentoring-end-soon": (
        "mentoring-close-as-planned",
        "mentoring-extend-by",
        "mentoring-extend-by",
    ),
    "mentoring-extend-asked": ("mentoring-extend-agree", "mentoring-extend-refuse"),
    "mentoring-end-asked": ("mentoring-end-agree", "mentoring-end-refuse"),
    "mentoring-ask-rating": tuple(f"mentoring-rating-{n}" for n in range(5, 0, -1)),
    "mentoring-ask-helped": (
        *(f"mentoring-helped-{h}" for h in ("advice", "contacts", "resume", "interview")),
        "mentoring-helped-confidence",
        "mentoring-topics-done",
    ),
    "mentoring-ask-recommend": ("mentoring-recommend-yes", "mentoring-recommend-no"),
    "mentoring-ask-comment": ("mentoring-comment-skip",),
    **dict.fromkeys(
        ("mentoring-summary", "mentoring-summary-usual"),
        ("mentoring-evaluate-start", "mentoring-certificate-again", "dialogue-choice-menu"),
    ),
    **dict.fromkeys(
        ("menu-main", "menu-not-understood"),
        (
            "menu-choice-offer",
            "menu-choice-slots",
            "referrals-menu-give",
            "referrals-menu-referred",
            "menu-choice-settings",
            # "Share my phone number" is a Telegram-only entry, never in an SMS menu.
            "menu-choice-stats",
            "mentorship-menu-join",
            "mentoring-menu",
            "menu-choice-profile",
            "menu-choice-language",
            "menu-choice-help",
        ),
    ),
}
# Prompts whose choices are a list of times or people: (label id, how many), then fixed ones.
LISTS: dict[str, tuple[str, int, tuple[str, ...]]] = {
    "offer-ask-day": ("offer-day-label", 14, ()),
    "offer-ask-time": ("offer-time-label", 6, ()),
    "booking-taken": ("booking-slot", 3, ("booking-find-another", "dialogue-choice-menu")),
    "booking-past": ("booking-slot", 3, ("booking-find-another", "dialogue-choice-menu")),
    "booking-unavailable": ("booking-slot", 3, ("booking-find-another", "dialogue-choice-menu")),
    "booking-other-times": ("booking-slot", 3, ("booking-find-another", "dialogue-choice-menu")),
    "find-ask-slot": ("booking-slot", 3, ()),
    "meetings-pick-new-time": ("booking-slot", 6, ("dialogue-choice-menu",)),
    "find-results": ("find-card", 3, ("find-other-times-choice", "find-more", "find-options")),
    "find-other-times": ("find-time", 6, ("find-back-to-list",)),
    "slots-list": ("slots-item-confirmed", 5, ("dialogue-choice-menu",)),
    "meetings-list": ("meetings-item", 5, ("dialogue-choice-menu",)),
    "remind-request-expired": ("booking-slot", 3, ("dialogue-choice-menu",)),
    "referrals-ask-meeting": ("referrals-meeting-item", 5, ()),
    "referrals-ask-member": ("referrals-member-card", 5, ("referrals-search-again",)),
    "referrals-member-none": ("referrals-member-card", 0, ("referrals-search-again",)),
    "referrals-network": ("referrals-network-item", 5, ("dialogue-choice-menu",)),
    "referrals-job-helped": ("referrals-job-person", 5, ("referrals-job-nobody",)),
    "referrals-given": ("referrals-given-item", 5, ("dialogue-choice-menu",)),
    "pairing-suggest-pick": ("pairing-suggest-match", 5, ()),
    "pairing-ask-time": ("offer-time-label", 5, ()),
    "pairing-which": ("pairing-which-item", 5, ()),
}


def longest(catalogue: Catalogue, keys: list[str], to: Rendering) -> Ref:
    """The longest of a family of labels (roles, sectors, zones), the worst case for a message."""
    return Ref(key=max(keys, key=lambda key: len(catalogue.render(key, {}, to))))


def arguments(
    catalogue: Catalogue, language: Language, at: datetime, where: str, to: Rendering
) -> dict[str, ArgValue]:
    """Realistic, long and accented values for every variable of every message."""
    found = messages(language)
    return {
        "name": "Marie-Hélène Côté",
        "connector": "Benoît",
        "mentee": "Marie-Hélène",
        "departed": "Marie-Hélène Côté",  # a mentorship's side who can no longer be reached
        "says": "Marie-Hélène Côté",  # who says a disputed meeting took place
        "denies": "Benoît Okafor-Smith",  # and who says it did not
        "names": "Amina, Léa, Benoît, Zoé, Marie-Hélène",
        "profession": PROFESSION[language],
        "city": "Saint-Jean-sur-Richelieu",
        "languages": LANGUAGES,
        "contact": "+1 613-555-0100",
        "phone": "+1 613-555-0100",
        "zone": "America/Argentina/ComodRivadavia",
        "note": NOTE[language],
        "reason": REASON[language],
        "where": WHERE[where],
        "when": When(at=at),
        "next": When(at=at, style="short"),
        "day": When(at=at, style="day"),
        "time": When(at=at, style="time"),
        "status": "requested",
        "more": "yes",
        "paged": "yes",  # a search shown a page at a time
        "how": "expired",  # an invitation that ended unanswered (the longer wording)
        "answer": "yes",  # which proposal a typed yes is for
        "mismatch": "both",  # a broadcast's texts that look swapped
        "scheduled": "yes",  # a broadcast that leaves later
        "completed": "no",  # a letter of participation (the longer wording)
        "as_mentor": "yes",  # a mentor's wording (the longer, where it differs)
        "at": When(at=at),
        "newest": "no",  # an older page of the audit log
        "paused": "yes",
        "auto": "no",
        "short": "yes",
        "command": "settle",
        "text": "ingénieure civile" if language == "fr" else "civil engineer",
        "roles": "connector, coordinator",
        "action": "admin-grant",
        "detail": "12 agency",
        "question": "remind",
        "by": "newcomer",
        "place": "Saint-Jean-sur-Richelieu",
        "now": When(at=at, style="time"),
        "old": When(at=at - timedelta(days=2)),
        "others": "yes",
        "gone": "no",
        "language": "français" if language == "fr" else "English",
        "scope": "mine",
        "outcome": "you",  # a settled no-show, told to the one who missed it
        "start": When(at=at, style="day"),
        "end": When(at=at + timedelta(days=6), style="day"),
        "contacts": "yes",
        "audience": "Enseignement, droit, services sociaux"
        if language == "fr"
        else "Education, law, social services",
        "en_text": "Open house on Wednesday, December 30 at 12:30 p.m., 100 Main St.",
        "fr_text": "Portes ouvertes le mercredi 30 décembre à 12 h 30, 100, rue Main.",
        "lines": LINES[language],
        # A mentee's three goals, as long as they may be typed (80 characters each).
        "goals": Lines(
            lines=tuple(
                Line(key="pairing-goal-line", args={"count": n, "text": GOAL[language]})
                for n in (1, 2, 3)
            )
        ),
        # Why a mentor is suggested: every reason a mentor can have at once, but the region.
        "reasons": Lines(
            lines=tuple(
                Line(key=f"pairing-reason-{reason}")
                for reason in (
                    "french",
                    "same-sector",
                    "close-profession",
                    "objective",
                    "shared-language",
                    "same-city",
                )
            )
        ),
        "comment": COMMENT[language],
        # A mentorship week by week: by SMS its last 8 weeks, each as long as one can be.
        "mode": "remote",
        "has_topic": "yes",
        "topic": longest(catalogue, [k for k in found if k.startswith("mentoring-topic-")], to),
        "weeks": Lines(
            lines=tuple(
                Line(
                    key="mentoring-weeks-line",
                    args={
                        "week": 52,
                        "outcome": "met",
                        "mode": "remote",
                        "hours": 10,
                        "minutes": 30,
                        "has_topic": "yes",
                        "extra": 4,
                        "topic": Ref(key="mentoring-topic-research"),
                    },
                )
                for _ in range(8)
            )
        ),
        # Mentoring: a private certificate link, whose side, logged on what.
        "url": "https://connector.example.org/certificate/6K2WWMWqdgX5on3mtmIe6Typjy5VD-Nu-5c_KV1kEQk",
        "side": longest(catalogue, [k for k in found if k.startswith("mentoring-partner-")], to),
        "closed": "yes",
        "topics": longest(catalogue, [k for k in found if k.startswith("mentoring-topic-")], to),
        "about": "Présenter une personne nouvelle à un connecteur"
        if language == "fr"
        else "Introduce a newcomer to a connector",
        "position": "Directrice des ressources humaines"
        if language == "fr"
        else "Director of human resources",
        "organisation": "Office municipal d'habitation de Montréal",
        "link": "https://t.me/connector_bot?start=K7P2QX4M",
        "code": "K7P2QX4M",
        "tree": "x",
        "per": "1,7" if language == "fr" else "1.7",
        "leaders": "Benoît (12/3), Carla (8/2), Omar (5/1)",
        # Mentorship: programme names come from the programmes file, in the reader's language.
        "programme": "Programme de mentorat professionnel"
        if language == "fr"
        else "Career Mentoring Program",
        "programmes": "career, vancouver-newcomers, toronto-profession",
        "region": "Colombie-Britannique" if language == "fr" else "British Columbia",
        "employer": "Ville de Montréal",
        "agency": "Centre d'intégration des immigrants de Côte-des-Neiges",
        "objective": "Ingénieure civile en transport, réseau municipal"
        if language == "fr"
        else "Civil engineer in transportation, municipal works",
        "networks": "OIQ, Réseau des ingénieurs du Québec, IEEE Montréal",
        "criterion": Ref(key="mentorship-criterion-employer"),
        # Every criterion a case can miss at once, as its one "Missing:" line lists them.
        "criteria": Lines(
            lines=tuple(
                Line(key=f"mentorship-criterion-{c}")
                for c in ("status", "education", "clb", "region", "workshop", "resume")
            ),
            separator=", ",
        ),
        "educated": Ref(key="mentorship-answer-unasked"),
        "credential": Ref(key="mentorship-credential-certificate"),
        "workshop": Ref(key="mentorship-answer-yes"),
        "resume": Ref(key="mentorship-answer-yes"),
        "commitment": Ref(key="mentorship-answer-yes"),
        "every": longest(catalogue, [k for k in found if k.startswith("mentorship-every-")], to),
        "level": 12,
        "years": 40,
        "role": longest(catalogue, [k for k in found if k.startswith("role-")], to),
        "sector": longest(catalogue, [f"sector-{k}" for k in SECTORS], to),
        "timezone": longest(catalogue, [f"timezone-{k}" for k in ZONES], to),
        "default": longest(catalogue, [f"timezone-{k}" for k in ZONES], to),
        "format": longest(catalogue, [k for k in found if k.startswith("offer-how-")], to),
        # The mentorship programmes in /stats: by SMS, the two agencies that referred most.
        "agencies": Lines(
            lines=tuple(
                Line(
                    key="mentoring-numbers-agency",
                    args={"name": name, "referred": 1234, "eligible": 1234, "matched": 1234},
                )
                for name in ("Centre francophone du Grand Toronto", "ACCES Employment Ontario")
            ),
            separator="; ",
        ),
        **NUMBERS,
    }


def replies(catalogue: Catalogue, language: Language, at: datetime, where: str) -> list[Reply]:
    """Every message of ``language`` as a reply with its choices, filled with ``arguments``."""
    to = Rendering(language=language, timezone="America/Toronto", channel="sms")
    values = arguments(catalogue, language, at, where, to)
    out: list[Reply] = []
    for key, variables in messages(language).items():
        args = {name: values[name] for name in variables if name != "channel"}
        choices = [Choice(id=label, label=label, args=values) for label in CHOICES.get(key, ())]
        if key in LISTS:
            label, count, trailing = LISTS[key]
            # A list shows days one after the other, times in the short style, first names.
            choices = [
                Choice(id=str(n), label=label, args=list_item(values, at + timedelta(days=n)))
                for n in range(count)
            ]
            choices += [Choice(id=extra, label=extra) for extra in trailing]
        out.append(Reply(key=key, args=args, choices=tuple(choices)))
    return out


def list_item(values: dict[str, ArgValue], at: datetime) -> dict[str, ArgValue]:
    """The values of one item of a list (of days, times, meetings or people)."""
    return {
        **values,
        "name": "Marie-Hélène",
        "when": When(at=at, style="short"),
        "next": When(at=at, style="short"),
        "day": When(at=at, style="day"),
    }


def plain_values(reply: Reply) -> list[str]:
    """The values people typed into ``reply`` (what the SMS fitting may respell or cut)."""
    return [value for value in reply.args.values() if isinstance(value, str)]


@pytest.mark.parametrize("where", ["place", "link"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_message_fits_two_sms_segments_in_every_month(
    language: Language, where: str
) -> None:
    catalogue = Catalogue()
    to = Rendering(language=language, timezone="America/Toronto", channel="sms")
    over: list[str] = []
    cut: list[str] = []
    for at in DATES:
        for reply in replies(catalogue, language, at, where):
            body = numbered_text(render_reply(catalogue, reply, to, NOW))
            if count_segments(body) > 2:
                over.append(f"{reply.key} {at:%b %d} ({count_segments(body)} segments): {body!r}")
            # These values are long but real: they are respelled in GSM-7 at most, never cut.
            shown = catalogue.render(reply.key, reply.args, to)
            for value in plain_values(reply):
                if value in shown and value not in body and gsm_fold(value) not in body:
                    cut.append(f"{reply.key}: {value!r} cut in {body!r}")
    assert over == []
    assert cut == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_catalogues_own_sms_words_are_all_in_gsm7(language: Language) -> None:
    """A catalogue's SMS wording never forces UCS-2 by itself, in any of its variants."""
    catalogue = Catalogue()
    to = Rendering(language=language, timezone="America/Toronto", channel="sms")
    keys = {"none", "yes", "no", "requested", "confirmed", "declined", "cancelled", "other"}
    outside: list[str] = []
    for key, variables in messages(language).items():
        if key.startswith(
            ("telegram-", "numbers-col-", "referrals-col-", "mentoring-col-")
        ):  # Telegram only; CSV headers
            continue
        for value in keys:
            args: dict[str, ArgValue] = {v: value for v in variables if v != "channel"}
            for number in NUMBERS:
                if number in args:
                    args[number] = 1 if value == "yes" else 2
            text = catalogue.render(key, args, to)
            if not is_gsm7(text):
                outside.append(f"{key}: {text!r}")
    assert sorted(set(outside)) == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_extreme_values_are_shortened_on_sms_and_kept_whole_on_telegram(
    language: Language,
) -> None:
    catalogue = Catalogue()
    at = datetime(2026, 8, 26, 17, 30, tzinfo=UTC)
    longest_note = ("Ingénieure civile, je veux être guidée; ça compte pour moi. " * 3)[:140]
    place = ("Café Côte-des-Neiges, 5200, chemin de la Côte-des-Neiges, 2e étage, " * 3)[:200]
    reply = Reply(
        key="booking-request",
        args={
            "name": "أمينة حداد",  # no GSM-7 spelling exists: UCS-2 it is, and it still fits
            "profession": "Ingénieure en structures, ponts et ouvrages d'art, 15 ans",
            "when": When(at=at),
            "note": longest_note,
        },
        choices=(Choice(id="a", label="booking-accept"), Choice(id="d", label="booking-decline")),
    )
    sms = Rendering(language=language, timezone="America/Toronto", channel="sms")
    body = numbered_text(render_reply(catalogue, reply, sms, NOW))
    assert count_segments(body) <= 2, body
    assert "..." in body  # the note was shortened, visibly
    assert "أمينة حداد" in body  # the name was not
    telegram = Rendering(language=language, timezone="America/Toronto", channel="telegram")
    assert longest_note in render_reply(catalogue, reply, telegram, NOW).text
    confirmed = Reply(
        key="booking-confirmed",
        args={
            "name": "Marie-Hélène Côté",
            "when": When(at=at),
            "format": Ref(key="offer-how-in-person"),
            "where": place,
            "contact": "+1 613-555-0100",
        },
    )
    body = numbered_text(render_reply(catalogue, confirmed, sms, NOW))
    assert count_segments(body) <= 2, body
    assert "+1 613-555-0100" in body  # a contact is never cut


def test_accents_are_kept_when_they_cost_nothing() -> None:
    catalogue = Catalogue()
    sms = Rendering(language="fr", timezone="America/Toronto", channel="sms")
    short = Reply(key="registration-complete", args={"name": "Hélène Côté"})
    # One segment either way: the name stays as she wrote it.
    assert render_reply(catalogue, short, sms, NOW).text == (
        "Merci, Hélène Côté! Votre inscription est terminée."
    )


# --- A realistic registration, and a whole booking, measured through the simulator ---------


async def register_marie_helene(chat: Transcript, french: bool) -> list[int]:
    """Register Marie-Hélène by SMS with long, accented answers; return each message's cost."""
    chat.persona("mh", "sms")
    costs: list[int] = []
    steps: list[str] = [
        "Bonjour",
        "2" if french else "1",
        "oui" if french else "yes",
        "1",
        "Marie-Hélène Côté",
        PROFESSION["fr" if french else "en"],
        "3",
        "Saint-Jean-sur-Richelieu",
        "arabe, français, anglais, créole haïtien" if french else "Arabic, French, English",
        "1",
        "1",
    ]
    for step in steps:
        for message in await chat.say("mh", step):
            assert message.segments is not None
            costs.append(message.segments)
    return costs


@pytest.mark.parametrize("french", [True, False])
async def test_a_realistic_registration_summary_and_profile_fit_two_segments(
    chat: Transcript, french: bool
) -> None:
    costs = await register_marie_helene(chat, french)
    assert max(costs) <= 2, costs
    profile = await chat.say("mh", "profil" if french else "profile")
    assert profile[0].segments is not None
    assert profile[0].segments <= 2, profile[0].text
    assert "Saint-Jean-sur-Richelieu" in profile[0].text


# The issue's target for a whole booking on the newcomer's side.
TARGET = {"en": 8, "fr": 10}


async def newcomer_booking(chat: Transcript, language: Language) -> list[tuple[str, int]]:
    """Run a whole booking by SMS and return what the newcomer received, with each cost.

    Ben (Telegram) offers a time by phone. The newcomer searches, asks for it with a note, is
    confirmed, gets both reminders (and says she will be there), then answers "did you meet?"
    with a rating and a comment. The steps are driven by the choices offered, so the measure
    holds when the flow asks fewer questions.
    """
    chat.persona("ben", "telegram")
    for step in ("/start", "#1", "#1", "#2", "Ben Okafor", "Civil engineer", "#3", "Ottawa"):
        await chat.line(f"ben: {step}" if not step.startswith("#") else f"ben {step}")
    for step in ("#3", "#1", "#1"):
        await chat.line(f"ben {step}")
    await chat.say("ben", "menu")
    await chat.pick("ben", "menu:offer")
    await chat.say("ben", "thursday 12:00")
    await chat.press("ben", 2)  # by phone
    await chat.pick("ben", "phone:none")  # asked for a number to call: none
    await chat.press("ben", 1)  # once
    await chat.press("ben", 1)  # offer it

    french = language == "fr"
    await register_marie_helene(chat, french)
    received: list[tuple[str, int]] = []

    def keep(messages: list[SimMessage]) -> None:
        for message in messages:
            if message.to == "mh":
                assert message.segments is not None
                received.append((message.text, message.segments))

    await chat.say("mh", "menu")
    keep(await chat.pick("mh", "menu:find"))
    note = NOTE[language][:60]
    for _ in range(6):  # field, connector, time, note: whatever the flow still asks
        ids = [choice.id for choice in chat.simulator.channel.last_choices("mh")]
        if any(i == "field:mine" for i in ids):
            keep(await chat.pick("mh", "field:mine"))
        elif any(i.startswith("conn:") for i in ids):
            keep(await chat.pick("mh", "conn:"))
        elif any(i.startswith("slot:") for i in ids):
            picked = await chat.pick("mh", "slot:")
            keep(picked)
            if not any(c.id == "note:none" for m in picked for c in m.choices):
                break  # the request went with the time
        elif "note:none" in ids:
            keep(await chat.say("mh", note))
            break
        else:
            break
    keep(await chat.pick("ben", "accept:"))
    keep(await chat.line(":clock 2026-12-02T12:05"))  # the day before (programme time)
    keep(await chat.pick("mh", "confirm:"))
    keep(await chat.line(":clock 2026-12-03T11:05"))  # an hour before
    keep(await chat.line(":clock 2026-12-03T13:05"))  # after the meeting
    comment = "Très humain, il m'a donné trois noms" if french else "Very kind, gave me 3 names"
    # Yes, the rating and the note in one reply, as the question invites.
    keep(await chat.say("mh", f"{'oui' if french else 'yes'} 5 {comment}"))
    return received


@pytest.mark.parametrize("language", ["en", "fr"])
async def test_a_whole_booking_costs_the_newcomer_at_most_8_sms_in_english_10_in_french(
    chat: Transcript, language: Language
) -> None:
    received = await newcomer_booking(chat, language)
    total = sum(cost for _, cost in received)
    flat = [(cost, " / ".join(text.splitlines())[:100]) for text, cost in received]
    lines = "\n".join(f"{cost} | {text}" for cost, text in flat)
    assert total <= TARGET[language], f"{language}: {total} segments\n{lines}"


@pytest.mark.parametrize("language", ["en", "fr"])
async def test_every_message_of_a_whole_booking_fits_two_segments(
    chat: Transcript, language: Language
) -> None:
    received = await newcomer_booking(chat, language)
    assert len(received) >= 8  # the whole loop really ran: search to feedback
    assert all(cost <= 2 for _, cost in received), received


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


def test_the_dates_measured_cover_every_month_and_the_first() -> None:
    assert {at.month for at in DATES} == set(range(1, 13))
    assert sum(at.day == 1 for at in DATES) == 12  # "1er"
    assert all(at.weekday() == 2 for at in DATES if at.day != 1)  # Wednesday, the longest


# --- The invitation to someone new, and an outside contact's details -------------------------

INVITATION = {
    "en": {"connector": "Benoît Okafor-Smith", "profession": "Senior civil engineer ab"},
    "fr": {"connector": "Benoît Okafor-Smith", "profession": "Ingénieure en génie civ"},
}


@pytest.mark.parametrize(("language", "most"), [("en", 1), ("fr", 2)])
def test_an_invitation_fits_its_budget_and_ends_with_how_to_opt_out(
    language: Language, most: int
) -> None:
    sms = Rendering(language=language, timezone="UTC", channel="sms")
    values = INVITATION[language]
    assert len(values["connector"]) <= NAME_ROOM
    assert len(values["profession"]) <= PROFESSION_ROOM
    assert shorten("Ingenieure en genie civil, ouvrages d'art", PROFESSION_ROOM) == (
        "Ingenieure en genie..."
    )
    args: dict[str, ArgValue] = {**values, "code": "K7P2QX4M", "minutes": 30}
    text = render_reply(Catalogue(), Reply(key="referrals-invitation", args=args), sms, NOW).text
    assert count_segments(text) <= most, text
    assert text.endswith(("STOP to opt out.", "ARRET pour vous désabonner.")), text
    assert "K7P2QX4M" in text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_contact_details_are_a_message_of_their_own(language: Language) -> None:
    sms = Rendering(language=language, timezone="UTC", channel="sms")
    contact = "dana.roy@ottawa.ca, 613-555-0100 ext 2231"
    reply = Reply(key="referrals-contact-details", args={"name": "Dana Roy", "contact": contact})
    text = render_reply(Catalogue(), reply, sms, NOW).text
    # Only the name and the details, so they can be kept or forwarded as they are.
    assert text.replace(" :", ":") == f"Dana Roy: {contact}"
    assert count_segments(text) == 1


CATALOGUE = Catalogue()
# First names that once made the day-before reminder cost three segments, and more like them.
HARD_NAMES = ["Łukasz-Żółć", "محمد", "张伟明", "Nguyễn Thị Minh Khai", "Владимир", "Şükrü",
              "Ἀλέξανδρος", "Đặng", "Ørjan-Þór", "Kwame Nkrumah-Acheampong"]  # fmt: skip
# A name as people write theirs: letters of the scripts names are written in (Latin, Greek,
# Cyrillic, Arabic, Hebrew, the Indic scripts, Thai, Hangul, Chinese...), with spaces and
# hyphens.
ANY_NAME = st.text(
    alphabet=st.characters(categories=("L", "M"), max_codepoint=0x2FFF)
    | st.characters(categories=("Lo", "Lm"), min_codepoint=0x4E00, max_codepoint=0x9FFF)
    | st.characters(categories=("Lo", "Lm"), min_codepoint=0xAC00, max_codepoint=0xD7A3)
    | st.sampled_from(" -'"),
    min_size=1,
    max_size=40,
).filter(lambda name: sum(c.isalpha() for c in name) >= 2)  # a name, not an initial


def day_before(name: str, format_: str, where: str | None) -> Reply:
    """The real day-before reminder about a meeting with ``name``."""
    at = datetime(2026, 9, 30, 17, 30, tzinfo=UTC)  # a Wednesday in September: long words
    meeting = Meeting(
        id=12, slot_id=3, connector_id=1, mentee_id=2, starts_at=at,
        ends_at=at + timedelta(minutes=30), status="confirmed", format=format_,
        place=where if format_ == "in_person" else None,
        link=where if format_ == "video" else None,
    )  # fmt: skip
    other = Participant(id=2, role="mentee", language="en", timezone="UTC", status="active",
                        name=name)  # fmt: skip
    return reminder(meeting, other, 24)


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(
    ("format_", "where"),
    [
        ("video", "https://meet.jit.si/connector-programme-halifax-ben"),
        ("in_person", "Café Côte-des-Neiges, 5000 ch. de la Côte-des-Neiges"),
        ("phone", None),
    ],
)
@settings(max_examples=40, deadline=None)
@given(name=st.one_of(st.sampled_from(HARD_NAMES), ANY_NAME))
def test_the_day_before_reminder_fits_two_segments_whatever_the_name(
    language: Language, format_: str, where: str | None, name: str
) -> None:
    to = Rendering(language=language, timezone="America/Toronto", channel="sms")
    body = numbered_text(render_reply(CATALOGUE, day_before(name, format_, where), to, NOW))
    assert count_segments(body) <= 2, body
    if where is not None and "://" in where:
        assert where in body  # a link is never cut


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("name", HARD_NAMES)
def test_hard_names_in_a_reminder_with_a_link_fit_two_segments(
    language: Language, name: str
) -> None:
    to = Rendering(language=language, timezone="America/Toronto", channel="sms")
    link = "https://meet.jit.si/connector-programme-halifax-ben"
    body = numbered_text(render_reply(CATALOGUE, day_before(name, "video", link), to, NOW))
    assert count_segments(body) <= 2, body
    assert link in body
