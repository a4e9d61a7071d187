"""Times are shown in the recipient's language and time zone, formatted by Babel."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.i18n import Catalogue, Rendering
from handlers.core.values import Languages, Ref, When

MEETING = When(at=datetime(2026, 12, 1, 19, 30, tzinfo=UTC))  # 14:30 in Toronto


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    """A catalogue with one message that shows a time and a referenced message."""
    root: Path = tmp_path_factory.mktemp("locales")
    for language, text in (
        ("en", "Meeting: { $when } ({ $zone })"),
        ("fr", "Rencontre : { $when } ({ $zone })"),
    ):
        (root / language).mkdir()
        (root / language / "test.ftl").write_text(
            f"test-when = {text}\ntimezone-eastern = {'Eastern' if language == 'en' else 'Est'}\n",
            encoding="utf-8",
        )
    return Catalogue(root)


@pytest.mark.parametrize(
    ("language", "zone", "expected"),
    [
        ("fr", "America/Toronto", "Rencontre : mardi 1 décembre, 14 h 30 (Est)"),
        ("en", "America/Toronto", "Meeting: Tuesday, December 1 at 2:30 p.m. (Eastern)"),
        ("fr", "America/Vancouver", "Rencontre : mardi 1 décembre, 11 h 30 (Est)"),
        ("en", "Asia/Kolkata", "Meeting: Wednesday, December 2 at 1:00 a.m. (Eastern)"),
    ],
)
def test_times_show_in_the_recipients_zone_and_language(
    catalogue: Catalogue, language: str, zone: str, expected: str
) -> None:
    to = Rendering(language=language, timezone=zone, channel="sms")  # type: ignore[arg-type]
    text = catalogue.render(
        "test-when", {"when": MEETING, "zone": Ref(key="timezone-eastern")}, to
    )
    assert text == expected
    assert "\u00a0" not in text  # plain spaces keep SMS in GSM-7


def test_a_missing_id_is_shown_as_its_name_and_not_raised(catalogue: Catalogue) -> None:
    to = Rendering(language="en", timezone="UTC", channel="telegram")
    assert catalogue.render("test-nothing", {}, to) == "test-nothing"


def test_spoken_languages_read_in_the_readers_language(catalogue: Catalogue) -> None:
    spoken = Languages(items=("en", "ar", "Klingon"))
    for language, expected in (
        ("en", "English, Arabic, Klingon"),
        ("fr", "anglais, arabe, Klingon"),
    ):
        to = Rendering(language=language, timezone="UTC", channel="sms")  # type: ignore[arg-type]
        assert catalogue._value(spoken, to) == expected
