"""Times, names and typography as each reader expects them, in their language and channel."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.channels.segments import count_segments, is_gsm7
from bot.i18n import Catalogue, Rendering
from handlers.core.values import ArgValue, Languages, Ref, When
from tests.test_catalogues import messages

MEETING = When(at=datetime(2026, 12, 1, 19, 30, tzinfo=UTC))  # 14:30 in Toronto
# Fixed sample messages, so these tests read the renderer's rules, not the catalogue's words.
SAMPLES = {
    "en": {
        "test-when": "Meeting: { $when } ({ $zone })",
        "test-request": "{ $name }'s request ({ $when })",
        "test-note": 'Note: "{ $note }"',
        "test-zone": "Eastern",
    },
    "fr": {
        "test-when": "Rencontre : { $when } ({ $zone })",
        "test-request": "La demande de { $name } pour le { $when }",
        "test-note": 'Confirmé : son mot "{ $note }". D\'accord ? Oui ; non !',
        "test-zone": "Est",
    },
}


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    """A catalogue of the sample messages above."""
    root: Path = tmp_path_factory.mktemp("locales")
    for language, entries in SAMPLES.items():
        (root / language).mkdir()
        (root / language / "test.ftl").write_text(
            "".join(f"{key} = {text}\n" for key, text in entries.items()), encoding="utf-8"
        )
    return Catalogue(root)


def to(language: str, channel: str = "sms", zone: str = "America/Toronto") -> Rendering:
    """A rendering for one reader."""
    return Rendering(language=language, timezone=zone, channel=channel)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "zone", "expected"),
    [
        ("fr", "America/Toronto", "Rencontre : mardi 1er décembre à 14 h 30 (Est)"),
        ("en", "America/Toronto", "Meeting: Tuesday, December 1 at 2:30 p.m. (Eastern)"),
        ("fr", "America/Vancouver", "Rencontre : mardi 1er décembre à 11 h 30 (Est)"),
        ("en", "Asia/Kolkata", "Meeting: Wednesday, December 2 at 1:00 a.m. (Eastern)"),
        ("fr", "Asia/Kolkata", "Rencontre : mercredi 2 décembre à 1 h (Est)"),
    ],
)
def test_times_show_in_the_recipients_zone_and_language(
    catalogue: Catalogue, language: str, zone: str, expected: str
) -> None:
    text = catalogue.render(
        "test-when", {"when": MEETING, "zone": Ref(key="test-zone")}, to(language, zone=zone)
    )
    assert text == expected
    assert "\u00a0" not in text  # plain spaces keep SMS in GSM-7


@pytest.mark.parametrize(
    ("at", "style", "expected"),
    [
        (datetime(2026, 12, 1, 18, 0, tzinfo=UTC), "datetime", "mardi 1er décembre à 13 h"),
        (datetime(2026, 12, 1, 18, 30, tzinfo=UTC), "datetime", "mardi 1er décembre à 13 h 30"),
        (datetime(2026, 12, 2, 14, 5, tzinfo=UTC), "datetime", "mercredi 2 décembre à 9 h 05"),
        (datetime(2026, 12, 1, 18, 0, tzinfo=UTC), "date", "mardi 1er décembre"),
        (datetime(2026, 12, 1, 18, 0, tzinfo=UTC), "time", "13 h"),
        (datetime(2026, 12, 1, 18, 0, tzinfo=UTC), "day", "mar. 1er déc."),
        (datetime(2026, 12, 1, 18, 0, tzinfo=UTC), "short", "mar. 1er déc., 13 h"),
        (datetime(2026, 12, 11, 18, 30, tzinfo=UTC), "short", "ven. 11 déc., 13 h 30"),
    ],
)
def test_french_dates_say_1er_13_h_and_le_a(
    catalogue: Catalogue, at: datetime, style: str, expected: str
) -> None:
    when = When(at=at, style=style)
    for channel in ("sms", "telegram"):
        assert catalogue._value(when, to("fr", channel)) == expected
    request = catalogue.render("test-request", {"name": "Ben", "when": when}, to("fr"))
    assert request == f"La demande de Ben pour le {expected}"


def test_august_is_aout_on_sms_and_aout_with_its_accent_on_telegram(catalogue: Catalogue) -> None:
    august = When(at=datetime(2026, 8, 1, 17, 0, tzinfo=UTC))
    assert catalogue._value(august, to("fr", "telegram")) == "samedi 1er août à 13 h"
    # The 1990 spelling, accepted in Canada: û is not in GSM-7 and would double the cost.
    assert catalogue._value(august, to("fr", "sms")) == "samedi 1er aout à 13 h"
    short = When(at=august.at, style="short")
    assert catalogue._value(short, to("fr", "sms")) == "sam. 1er aout, 13 h"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Awa", "La demande d'Awa"),
        ("Émilie", "La demande d'Émilie"),
        ("Omar Haddad", "La demande d'Omar Haddad"),
        ("Ben", "La demande de Ben"),
        ("Hugo", "La demande de Hugo"),  # an h may be aspirated: left alone
        ("Yann", "La demande de Yann"),  # a y before a vowel is a consonant
    ],
)
def test_de_elides_before_a_name_that_starts_with_a_vowel(
    catalogue: Catalogue, name: str, expected: str
) -> None:
    for channel in ("sms", "telegram"):
        text = catalogue.render("test-request", {"name": name, "when": MEETING}, to("fr", channel))
        assert text.startswith(expected + " pour le mardi"), text


def test_only_a_de_right_before_the_name_elides(catalogue: Catalogue) -> None:
    # "de" elsewhere in the message, or before a word the person typed, is not touched.
    text = catalogue.render("test-note", {"note": "de Awa à Ottawa"}, to("fr"))
    assert text == 'Confirmé : son mot "de Awa à Ottawa". D\'accord ? Oui ; non !'


def test_french_typography_on_telegram_and_plain_characters_on_sms(catalogue: Catalogue) -> None:
    args = {"note": 'je cherche un "mentor" : merci'}
    telegram = catalogue.render("test-note", args, to("fr", "telegram"))
    # A no-break space before ":", a narrow one before ; ! ?, and « » around the quote; the
    # person's own quote marks and colon are theirs, and stay as typed.
    assert telegram == (
        'Confirmé\u00a0: son mot «\u00a0je cherche un "mentor" : merci\u00a0». '
        "D'accord\u202f? Oui\u202f; non\u202f!"
    )
    sms = catalogue.render("test-note", args, to("fr", "sms"))
    assert sms == 'Confirmé : son mot "je cherche un "mentor" : merci". D\'accord ? Oui ; non !'
    assert is_gsm7(sms)
    # English keeps its own typography on both channels.
    english = catalogue.render("test-note", {"note": "hi"}, to("en", "telegram"))
    assert english == 'Note: "hi"'


def test_french_number_grouping_is_flattened_on_sms(catalogue: Catalogue) -> None:
    # Babel groups "1 200" with a no-break space; on SMS it is a plain one.
    french = Languages(items=("fr",))
    assert catalogue._value(french, to("fr", "sms")) == "français"
    text = catalogue.render("test-when", {"when": MEETING, "zone": "1\u00a0200"}, to("fr"))
    assert "\u00a0" not in text
    assert count_segments(text) == 1


def test_a_missing_id_is_shown_as_its_name_and_not_raised(catalogue: Catalogue) -> None:
    assert catalogue.render("test-nothing", {}, to("en", "telegram")) == "test-nothing"


def test_spoken_languages_read_in_the_readers_language(catalogue: Catalogue) -> None:
    spoken = Languages(items=("en", "ar", "Klingon"))
    for language, expected in (
        ("en", "English, Arabic, Klingon"),
        ("fr", "anglais, arabe, Klingon"),
    ):
        assert catalogue._value(spoken, to(language)) == expected


@pytest.mark.parametrize("channel", ["sms", "telegram"])
def test_every_french_message_with_a_date_reads_right(channel: str) -> None:
    """No "le le", "du le" or "au le": the date itself never starts with an article."""
    catalogue = Catalogue()
    reader = to("fr", channel)
    checked = 0
    for key, variables in messages("fr").items():
        if "when" not in variables:
            continue
        args: dict[str, ArgValue] = {name: "x" for name in variables if name != "channel"}
        for style in ("datetime", "short"):
            args["when"] = When(at=datetime(2026, 12, 1, 18, 0, tzinfo=UTC), style=style)
            text = catalogue.render(key, args, reader)
            assert not re.search(r"\b(le|du|au|Le) le\b", text), text
            assert not re.search(r"\bà à\b", text), text
        checked += 1
    assert checked > 20
